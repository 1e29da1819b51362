import { afterEach, describe, expect, it } from 'vitest';
import {
  classify,
  findCustomerGatewayForm,
  findTunnelForm,
  findVpnConnectionForm,
  isInDialog,
} from '../../lib/pages';
import { MOCK_URLS, vpnConnectionDetailUrl, vpnTunnelCreateUrl } from '../fixtures/console/render';
import { URLS_2019, vpnCreateRoute, vpnListWithDialog } from './readers/fixtures-2019/console-2019';
import { closeOpenPages, type LoadedPage, loadConsolePage, loadHtml } from './support/load-fixture';

afterEach(closeOpenPages);

const LIST = MOCK_URLS.vpnConnectionList;

function mockConsole(page: LoadedPage): { openCreateDialog(): void; goto(path: string): void } {
  return (page.window as unknown as { mockConsole: { openCreateDialog(): void; goto(path: string): void } })
    .mockConsole;
}

async function listWith(dialog: string, style = ''): Promise<LoadedPage> {
  return loadHtml(
    LIST,
    `<!DOCTYPE html><html><head><style>${style}</style></head><body><main><h1>VPN连接</h1>
    <table><thead><tr><th>名称</th><th>边界网关</th><th>客户网关</th></tr></thead><tbody></tbody></table></main>${dialog}</body></html>`,
  );
}

describe('classify by URL', () => {
  it.each([
    ['https://uc.jdcloud.com/cost/capital/capital-overview', 'capital-overview'],
    ['https://uc.jdcloud.com/cost/capital/capital-overview/', 'capital-overview'],
    ['https://uc.jdcloud.com/cost/capital/capital-overview?from=console', 'capital-overview'],
    ['https://uc.jdcloud.com/cost/coupon/list', 'coupons'],
    ['https://uc.jdcloud.com/cost/coupon', 'coupons'],
    ['https://realname.jdcloud.com/account/verify', 'real-name'],
    ['https://uc.jdcloud.com/account/verify', 'real-name'],
    ['https://uc.jdcloud.com/account/certify', 'real-name'],
    ['https://uc.jdcloud.com/account/basic-info', 'account-info'],
    ['https://login.jdcloud.com/', 'login'],
    ['https://login.jdcloud.com/?returnUrl=https%3A%2F%2Fuc.jdcloud.com%2F', 'login'],
    ['https://login.jdcloud.com/subAccount/login/jdc_demo_01', 'login'],
    ['https://passport.jd.com/new/login.aspx', 'login'],
    ['https://cns-console.jdcloud.com/host/vpnConnection/list', 'vpn-connection-list'],
    ['https://cns-console.jdcloud.com/host/vpnConnection/list?regionId=cn-east-2', 'vpn-connection-list'],
    ['https://cns-console.jdcloud.com/host/vpnconnection/list/', 'vpn-connection-list'],
    ['https://cns-console.jdcloud.com/#/host/vpnConnection/list', 'vpn-connection-list'],
    ['https://cns-console.jdcloud.com/host/vpnConnection/create', 'vpn-connection-form'],
    [
      'https://cns-console.jdcloud.com/host/vpnConnection/list#/host/vpnConnection/create',
      'vpn-connection-list',
    ],
    [
      'https://cns-console.jdcloud.com/#/host/vpnConnection/create?regionId=cn-north-1',
      'vpn-connection-form',
    ],
    ['https://cns-console.jdcloud.com/host/vpc/list', 'other-console'],
    ['https://cns-console.jdcloud.com/host/customerGateway/list', 'customer-gateway-list'],
    ['https://console.jdcloud.com/overview', 'other-console'],
    ['https://console.jdcloud.com/', 'other-console'],
    ['https://uc.jdcloud.com/cost/capital/recharge', 'other-console'],
    ['https://ticket.jdcloud.com/applyorder/submit', 'other-console'],
  ] as const)('%s → %s', (url, kind) => {
    expect(classify(url)).toBe(kind);
  });

  it.each([
    'https://docs.jdcloud.com/cn/vpn/vpn-connection-configuration',
    'https://docs.jdcloud.com/en/real-name-verification/introduction',
    'https://www.jdcloud.com/cn/products/vpn',
    'https://jdcloud.com/',
    'https://example.com/host/vpnConnection/list',
    'https://jdcloud.com.evil.example/host/vpnConnection/create',
    'https://notjdcloud.com/cost/capital/capital-overview',
    'https://www.jd.com/',
    'ftp://uc.jdcloud.com/cost/capital/capital-overview',
    'chrome-extension://abc/popup.html',
    'not a url',
    '',
  ])('%s is not ours', (url) => {
    expect(classify(url)).toBe('not-ours');
  });

  it('takes URL objects as well as strings', () => {
    expect(classify(new URL('https://uc.jdcloud.com/account/basic-info'))).toBe('account-info');
  });

  it('keeps docs pages not-ours even when they show every form word', async () => {
    const page = await loadConsolePage(MOCK_URLS.docs, { scenario: 'ready', lang: 'zh' });
    expect(page.document.body.textContent).toContain('边界网关');
    expect(classify(page.url, page.document)).toBe('not-ours');
    expect(findVpnConnectionForm(page.document)).toBeNull();
  });
});

describe('classify by DOM markers on cns-console', () => {
  it('turns the list into the form while the create dialog is open, and back when it closes', async () => {
    const page = await loadConsolePage(LIST, { scenario: 'ready', lang: 'zh' }, { scripts: true });
    expect(classify(page.window.location.href, page.document)).toBe('vpn-connection-list');
    mockConsole(page).openCreateDialog();
    expect(page.window.location.href).toBe(LIST);
    expect(classify(page.window.location.href, page.document)).toBe('vpn-connection-form');
    (page.document.querySelector('[data-action="cancel"]') as HTMLElement).click();
    expect(classify(page.window.location.href, page.document)).toBe('vpn-connection-list');
  });

  it('sees the en dialog by its aria-label title', async () => {
    const page = await loadConsolePage(LIST, { scenario: 'ready', lang: 'en' }, { scripts: true });
    mockConsole(page).openCreateDialog();
    expect(classify(page.window.location.href, page.document)).toBe('vpn-connection-form');
  });

  it('follows SPA navigation to the vpc list', async () => {
    const page = await loadConsolePage(LIST, { scenario: 'ready', lang: 'en' }, { scripts: true });
    mockConsole(page).goto('/host/vpc/list');
    expect(classify(page.window.location.href, page.document)).toBe('other-console');
  });

  it('recognizes an untitled dialog by its two gateway fields', async () => {
    const page = await listWith(`<div role="dialog"><label>边界网关</label><select></select>
      <label>客户网关</label><select></select></div>`);
    expect(classify(LIST, page.document)).toBe('vpn-connection-form');
  });

  it('ignores a detail dialog that names both gateways but has no fields', async () => {
    const page = await listWith(`<div role="dialog"><h3>VPN连接详情</h3><dl><dt>边界网关</dt><dd>bgw-1</dd>
      <dt>客户网关</dt><dd>cgw-1</dd></dl></div>`);
    expect(classify(LIST, page.document)).toBe('vpn-connection-list');
  });

  it.each([
    ['the hidden attribute', '<div role="dialog" hidden><h3>创建VPN连接</h3><input></div>', ''],
    ['aria-hidden', '<div aria-hidden="true"><div role="dialog"><h3>创建VPN连接</h3><input></div></div>', ''],
    ['a closed <dialog>', '<dialog><h3>创建VPN连接</h3><input></dialog>', ''],
    [
      'display:none on its wrapper',
      '<div class="wrap"><div role="dialog"><h3>创建VPN连接</h3><input></div></div>',
      '.wrap{display:none}',
    ],
  ])('ignores a create dialog hidden by %s', async (_how, dialog, style) => {
    const page = await listWith(dialog, style);
    expect(classify(LIST, page.document)).toBe('vpn-connection-list');
    expect(findVpnConnectionForm(page.document)).toBeNull();
  });

  it('counts an open <dialog> element', async () => {
    const page = await listWith('<dialog open><h2>Create VPN Connection</h2><input></dialog>');
    expect(classify(LIST, page.document)).toBe('vpn-connection-form');
  });

  it.each([
    ['<div role="dialog" aria-label="添加隧道"><input></div>', 'vpn-tunnel-form'],
    ['<div role="dialog"><h3>Add Tunnel</h3><input></div>', 'vpn-tunnel-form'],
    [
      '<div role="dialog"><label>预共享密钥</label><input><label>隧道IP</label><input></div>',
      'vpn-tunnel-form',
    ],
    ['<div role="dialog"><h3>创建客户网关</h3><input></div>', 'customer-gateway-form'],
    [
      '<div role="dialog"><label>Name</label><input><label>BGP ASN</label><input><label>Public IP</label><input></div>',
      'customer-gateway-form',
    ],
  ] as const)('classifies other form dialogs: %s → %s', async (dialog, kind) => {
    const page = await listWith(dialog);
    expect(classify(LIST, page.document)).toBe(kind);
    expect(classify('https://cns-console.jdcloud.com/host/customerGateway/list', page.document)).toBe(kind);
  });

  it('lets the create URL decide even before its form renders', async () => {
    const page = await loadHtml(MOCK_URLS.vpnConnectionCreate, '<!DOCTYPE html><html><body></body></html>');
    expect(classify(MOCK_URLS.vpnConnectionCreate, page.document)).toBe('vpn-connection-form');
    expect(findVpnConnectionForm(page.document)).toBeNull();
  });

  it('does not look for dialogs on hosts other than cns-console', async () => {
    const page = await listWith('<div role="dialog"><h3>创建VPN连接</h3><input></div>');
    expect(classify('https://uc.jdcloud.com/cost/capital/capital-overview', page.document)).toBe(
      'capital-overview',
    );
  });
});

describe('findVpnConnectionForm', () => {
  it('finds the route form (a <form> outside any dialog)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await loadConsolePage(MOCK_URLS.vpnConnectionCreate, { scenario: 'ready', lang });
      const form = findVpnConnectionForm(page.document);
      expect(form?.tagName).toBe('FORM');
      expect(form?.id).toBe('vpnc-route-form');
      expect(form && isInDialog(form)).toBe(false);
    }
  });

  it('returns the whole dialog (footer buttons included) when the form is a dialog', async () => {
    const page = await loadConsolePage(LIST, { scenario: 'ready', lang: 'en' }, { scripts: true });
    expect(findVpnConnectionForm(page.document)).toBeNull();
    mockConsole(page).openCreateDialog();
    const root = findVpnConnectionForm(page.document);
    expect(root?.getAttribute('role')).toBe('dialog');
    expect(root && isInDialog(root)).toBe(true);
    expect(Array.from(root?.querySelectorAll('button') ?? []).map((b) => b.textContent)).toContain('OK');
  });

  it('finds nothing on the list, the vpc page and the capital overview', async () => {
    for (const url of [LIST, MOCK_URLS.vpcList, MOCK_URLS.capitalOverview]) {
      const page = await loadConsolePage(url, { scenario: 'ready', lang: 'zh' });
      expect(findVpnConnectionForm(page.document), url).toBeNull();
    }
  });
});

describe('the 2019-shaped Element UI dialog and route', () => {
  it('classifies the list with the dialog open as the form (title in aria-label)', async () => {
    const page = await loadHtml(URLS_2019.vpnList, vpnListWithDialog());
    expect(classify(URLS_2019.vpnList, page.document)).toBe('vpn-connection-form');
    expect(findVpnConnectionForm(page.document)?.getAttribute('aria-label')).toBe('创建VPN连接');
  });

  it('classifies by the .el-dialog__title span when aria-label is the generic "dialog"', async () => {
    const page = await loadHtml(
      URLS_2019.vpnList,
      vpnListWithDialog({ title: 'span' }).replace(/边界网关|客户网关/g, '网关'),
    );
    expect(classify(URLS_2019.vpnList, page.document)).toBe('vpn-connection-form');
  });

  it('classifies a generic dialog titled 添加隧道 by its title span', async () => {
    const page = await loadHtml(
      URLS_2019.vpnList,
      '<body><div role="dialog" aria-modal="true" aria-label="dialog" class="el-dialog"><div class="el-dialog__header"><span class="el-dialog__title">添加隧道</span></div><input></div></body>',
    );
    expect(classify(URLS_2019.vpnList, page.document)).toBe('vpn-tunnel-form');
  });

  it('keeps the list while the dialog wrapper is hidden', async () => {
    const page = await loadHtml(URLS_2019.vpnList, vpnListWithDialog({ shown: false }));
    expect(classify(URLS_2019.vpnList, page.document)).toBe('vpn-connection-list');
    expect(findVpnConnectionForm(page.document)).toBeNull();
  });

  it('finds the route el-form', async () => {
    const page = await loadHtml(URLS_2019.vpnCreate, vpnCreateRoute());
    const form = findVpnConnectionForm(page.document);
    expect(form?.tagName).toBe('FORM');
    expect(form && isInDialog(form)).toBe(false);
  });
});

describe('the network pages: connection details, tunnels, customer gateways', () => {
  interface NetworkMock {
    openTunnelDialog(): void;
    openGatewayDialog(): void;
  }
  const network = (page: LoadedPage) => (page.window as unknown as { mockConsole: NetworkMock }).mockConsole;
  const DETAIL = vpnConnectionDetailUrl('vpnc-nw0101');

  it.each([
    [DETAIL, 'vpn-connection-detail'],
    [`${DETAIL}/`, 'vpn-connection-detail'],
    [vpnTunnelCreateUrl('vpnc-nw0101'), 'vpn-tunnel-form'],
    [MOCK_URLS.customerGatewayList, 'customer-gateway-list'],
    [MOCK_URLS.customerGatewayCreate, 'customer-gateway-form'],
    ['https://cns-console.jdcloud.com/#/host/customerGateway/list', 'customer-gateway-list'],
    ['https://cns-console.jdcloud.com/host/vpnConnection/detail', 'other-console'],
    ['https://cns-console.jdcloud.com/host/vpnConnection/detail/a/b', 'other-console'],
  ])('%s is %s by its address', (url, kind) => {
    expect(classify(url)).toBe(kind);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`classic ${lang}: the tunnel route is the tunnel form, never a connection form`, async () => {
      const page = await loadConsolePage(vpnTunnelCreateUrl('vpnc-nw0101'), {
        scenario: 'tunnel-ready',
        lang,
        skin: 'classic',
      });
      const form = findTunnelForm(page.document);
      // The zh form names both gateways (客户网关公网IP, a tip about the 边界网关) and still is no connection form.
      if (lang === 'zh') expect(form?.textContent).toContain('边界网关');
      expect(form?.tagName).toBe('FORM');
      expect(form && isInDialog(form)).toBe(false);
      expect(findVpnConnectionForm(page.document)).toBeNull();
      expect(findCustomerGatewayForm(page.document)).toBeNull();
      expect(classify(page.url, page.document)).toBe('vpn-tunnel-form');
    });

    it(`2019 ${lang}: the add-tunnel dialog turns the detail page into the tunnel form`, async () => {
      const page = await loadConsolePage(
        DETAIL,
        { scenario: 'tunnel-ready', lang, skin: 'console-2019' },
        { scripts: true },
      );
      expect(classify(page.url, page.document)).toBe('vpn-connection-detail');
      expect(findTunnelForm(page.document)).toBeNull();
      network(page).openTunnelDialog();
      expect(classify(page.url, page.document)).toBe('vpn-tunnel-form');
      expect(findTunnelForm(page.document)?.getAttribute('role')).toBe('dialog');
      expect(findVpnConnectionForm(page.document)).toBeNull();
    });

    it(`classic ${lang}: the create dialog turns the gateway list into the gateway form`, async () => {
      const page = await loadConsolePage(
        MOCK_URLS.customerGatewayList,
        { scenario: 'cgw-ready', lang, skin: 'classic' },
        { scripts: true },
      );
      expect(classify(page.url, page.document)).toBe('customer-gateway-list');
      expect(findCustomerGatewayForm(page.document)).toBeNull();
      network(page).openGatewayDialog();
      expect(classify(page.url, page.document)).toBe('customer-gateway-form');
      expect(findCustomerGatewayForm(page.document)?.getAttribute('role')).toBe('dialog');
      expect(findTunnelForm(page.document)).toBeNull();
    });

    it(`2019 ${lang}: the gateway route's el-form`, async () => {
      const page = await loadConsolePage(MOCK_URLS.customerGatewayCreate, {
        scenario: 'cgw-ready',
        lang,
        skin: 'console-2019',
      });
      const form = findCustomerGatewayForm(page.document);
      expect(form?.tagName).toBe('FORM');
      expect(findVpnConnectionForm(page.document)).toBeNull();
      expect(findTunnelForm(page.document)).toBeNull();
    });
  }

  it('finds no form on the detail page, the lists and the VPN form', async () => {
    for (const skin of ['classic', 'console-2019'] as const) {
      for (const url of [DETAIL, LIST, MOCK_URLS.customerGatewayList, MOCK_URLS.vpnConnectionCreate]) {
        const page = await loadConsolePage(url, { scenario: 'tunnel-ready', lang: 'zh', skin });
        expect(findTunnelForm(page.document), `${skin} ${url}`).toBeNull();
        expect(findCustomerGatewayForm(page.document), `${skin} ${url}`).toBeNull();
      }
    }
  });
});
