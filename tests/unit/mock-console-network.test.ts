/**
 * The mock console's network pages in both skins: connection details with tunnels, the add-tunnel form (a
 * route on classic, a dialog on 2019), the customer-gateway list and its create form (a dialog on classic, a
 * route on 2019), and the VPN list's border gateways, paging and search. What a person would see: labels,
 * values, counts, empty states; and the SPA's moves between them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  MOCK_URLS,
  type MockLanguage,
  type MockSkin,
  mockConsoleResponse,
  vpnConnectionDetailUrl,
  vpnTunnelCreateUrl,
} from '../fixtures/console/render';
import { type ScenarioName, scenarios } from '../fixtures/console/scenarios';
import { closeOpenPages, type LoadedPage, loadConsolePage } from './support/load-fixture';

afterEach(closeOpenPages);

interface MockConsole {
  submissions: number;
  lastSubmission: Record<string, unknown> | null;
  forms: { tunnel: string; customerGateway: string };
  goto(path: string): void;
  openGatewayDialog(): void;
  openTunnelDialog(): void;
}

const mock = (page: LoadedPage) => (page.window as unknown as { mockConsole: MockConsole }).mockConsole;

function load(url: string, scenario: ScenarioName, lang: MockLanguage, skin: MockSkin, scripts = false) {
  return loadConsolePage(url, { scenario, lang, skin }, { scripts });
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A table row as its cells read, one space between cells. */
const row = (tr: Element) => texts(tr, 'td').join(' ');
const texts = (root: ParentNode, selector: string) =>
  Array.from(root.querySelectorAll(selector)).map((el) => text(el));

function button(page: LoadedPage, label: string, scope: ParentNode = page.document): HTMLElement {
  const found = Array.from(scope.querySelectorAll('button, a')).find((b) => text(b) === label);
  if (!found) throw new Error(`no button ${label}`);
  return found as HTMLElement;
}

function click(page: LoadedPage, selector: string): void {
  const element = page.document.querySelector(selector) as HTMLElement | null;
  if (!element) throw new Error(`no ${selector}`);
  element.click();
}

/** Classic: the control a label names (`<label for>` in zh and en inputs, aria-labelledby on en comboboxes). */
function classicControl(root: ParentNode, label: string): Element | null {
  const labels = Array.from(root.querySelectorAll('label, span[id$="-lbl"]')).filter(
    (l) => text(l).replace(/^\*/, '') === label,
  );
  for (const el of labels) {
    const forId = el.getAttribute('for');
    if (forId) return root.querySelector(`#${CSS.escape(forId)}`);
    if (el.id) return root.querySelector(`[aria-labelledby="${el.id}"]`);
  }
  return null;
}

/** What a classic control shows: an input's value, a native select's chosen text, a combobox's text. */
function classicShown(control: Element | null): string {
  if (!control) return '<missing>';
  if (control instanceof HTMLSelectElement || control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return text(select.options[select.selectedIndex]);
  }
  if (control.tagName === 'INPUT' || control.tagName === 'TEXTAREA')
    return (control as HTMLInputElement).value;
  return text(control.querySelector('.dd-value'));
}

/** 2019: the form items under `root` as [label, what the item shows] (an input's value, a checked radio, a switch). */
function items2019(root: ParentNode): [string, string][] {
  return Array.from(root.querySelectorAll('.el-form-item'))
    .filter((item) => item.querySelector(':scope > .el-form-item__label'))
    .map((item) => {
      const label = text(item.querySelector('.el-form-item__label'));
      const content = item.querySelector('.el-form-item__content') as Element;
      const radio = content.querySelector('.el-radio.is-checked');
      const sw = content.querySelector('.el-switch');
      const inputs = Array.from(
        content.querySelectorAll('input.el-input__inner, textarea'),
      ) as HTMLInputElement[];
      const shown = radio
        ? text(radio)
        : sw
          ? sw.classList.contains('is-checked')
            ? 'on'
            : 'off'
          : inputs.length
            ? inputs.map((i) => i.value).join(' | ')
            : text(content);
      return [label, shown];
    });
}

describe('connection detail pages', () => {
  it('classic: basic information and the tunnel list, in zh and en', async () => {
    const zh = await load(vpnConnectionDetailUrl('vpnc-nw0101'), 'tunnel-ready', 'zh', 'classic');
    const main = zh.document.querySelector('main') as HTMLElement;
    expect(main.getAttribute('data-view')).toBe('detail');
    expect(text(main.querySelector('h1'))).toBe('bj-to-idc-primary');
    const info = Object.fromEntries(
      Array.from(main.querySelectorAll('dl.info dt')).map((dt) => [text(dt), text(dt.nextElementSibling)]),
    );
    expect(info).toMatchObject({
      名称: 'bj-to-idc-primary',
      ID: 'vpnc-nw0101',
      边界网关: 'bgw-bj-prod（bgw-nw01a1）',
      客户网关: 'idc-beijing-01（cgw-nw01c1）',
      云端公网IP: '116.196.80.11，116.196.80.12',
      高可用状态: '非高可用',
    });
    expect(texts(main, 'h2')).toEqual(['基本信息', '资源信息']);
    expect(texts(main, 'table.tunnels th')).toEqual([
      '隧道ID',
      '云端公网IP',
      '客户网关公网IP',
      '隧道内网IP',
      '状态',
      '操作',
    ]);
    expect(Array.from(main.querySelectorAll('table.tunnels tbody tr')).map(row)).toEqual([
      'tun-nw0101a 116.196.80.11 36.112.10.21 169.254.1.0/30 已连接 删除',
    ]);
    expect(text(button(zh, '添加隧道'))).toBe('添加隧道');
    expect(zh.document.title).toBe('bj-to-idc-primary - VPN连接详情 - 京东云');

    const en = await load(vpnConnectionDetailUrl('vpnc-nw0101'), 'tunnel-ready', 'en', 'classic');
    expect(texts(en.document, 'main h2')).toEqual(['Basic Information', 'Resource Information']);
    expect(texts(en.document, 'main table.tunnels th').slice(0, 4)).toEqual([
      'Tunnel ID',
      'Cloud IP',
      'Customer IP',
      'Inside CIDR',
    ]);
    expect(texts(en.document, 'main table.tunnels tbody td').slice(1, 5)).toEqual([
      '116.196.80.11',
      '36.112.10.21',
      '169.254.1.0/30',
      'Up',
    ]);
    expect(text(button(en, 'Add Tunnel'))).toBe('Add Tunnel');
  });

  it('2019: tabs 基本信息 | 资源信息 | 监控, the tunnel list on a hidden pane until its tab is chosen', async () => {
    const page = await load(
      vpnConnectionDetailUrl('vpnc-nw0101'),
      'tunnel-ready',
      'zh',
      'console-2019',
      true,
    );
    const doc = page.document;
    expect(text(doc.querySelector('.content-header__title'))).toBe('bj-to-idc-primary');
    expect(texts(doc, '[role="tab"]')).toEqual(['基本信息', '资源信息', '监控']);
    const resource = doc.getElementById('pane-resource') as HTMLElement;
    expect(resource.style.display).toBe('none');
    expect(resource.getAttribute('aria-hidden')).toBe('true');
    expect(items2019(doc.getElementById('pane-basic') as HTMLElement)).toEqual([
      ['名称：', 'bj-to-idc-primary'],
      ['ID：', 'vpnc-nw0101'],
      ['边界网关：', 'bgw-bj-prod / bgw-nw01a1'],
      ['客户网关：', 'idc-beijing-01 / cgw-nw01c1'],
      ['云端公网IP：', '116.196.80.11116.196.80.12'],
      ['高可用状态：', '非高可用'],
      ['路由方式：', 'BGP'],
      ['创建时间：', '2026-09-14 10:21:07'],
    ]);
    (doc.getElementById('tab-resource') as HTMLElement).click();
    expect(resource.style.display).toBe('');
    expect((doc.getElementById('pane-basic') as HTMLElement).style.display).toBe('none');
    expect(texts(resource, '.el-table__header th .cell')).toEqual([
      '隧道ID',
      '云端公网IP',
      '客户网关公网IP',
      '隧道IP',
      '运行状态',
      '操作',
    ]);
    expect(texts(resource, '.el-table__body tr td .cell')).toEqual([
      'tun-nw0101a',
      '116.196.80.11',
      '36.112.10.21',
      '169.254.1.0/30',
      'UP',
      '删除',
    ]);
    expect(text(resource.querySelector('.el-pagination__total'))).toBe('共 1 条');
    expect(texts(resource, 'button > span')).toContain('添加隧道');
    const en = await load(vpnConnectionDetailUrl('vpnc-nw0102'), 'tunnel-ready', 'en', 'console-2019');
    expect(texts(en.document, '[role="tab"]')).toEqual([
      'Basic Information',
      'Resource Information',
      'Monitoring',
    ]);
    expect(texts(en.document, '#pane-resource .el-table__body td .cell').slice(1, 4)).toEqual([
      '116.196.80.13',
      '120.92.33.40',
      '169.254.2.0/30',
    ]);
  });

  it('shows 暂无数据 for a connection without tunnels, and a first scenario’s connections with made-up cloud IPs', async () => {
    for (const skin of ['classic', 'console-2019'] as const) {
      const page = await load(vpnConnectionDetailUrl('vpnc-r3ad01'), 'ready', 'zh', skin);
      expect(page.status).toBe(200);
      expect(page.document.body.textContent).toContain('暂无数据');
      expect(page.document.body.textContent).toMatch(/116\.196\.\d+\.\d+/);
    }
  });

  it('answers an unknown connection, and the other skin’s form route, with a 404', () => {
    for (const skin of ['classic', 'console-2019'] as const) {
      expect(
        mockConsoleResponse(vpnConnectionDetailUrl('vpnc-nope'), {
          scenario: 'tunnel-ready',
          lang: 'zh',
          skin,
        }).status,
      ).toBe(404);
    }
    const opts = { scenario: 'cgw-ready', lang: 'zh' } as const;
    expect(mockConsoleResponse(MOCK_URLS.customerGatewayCreate, { ...opts, skin: 'classic' }).status).toBe(
      404,
    );
    expect(
      mockConsoleResponse(MOCK_URLS.customerGatewayCreate, { ...opts, skin: 'console-2019' }).status,
    ).toBe(200);
    const tunnel = vpnTunnelCreateUrl('vpnc-nw0101');
    expect(
      mockConsoleResponse(tunnel, { scenario: 'tunnel-ready', lang: 'en', skin: 'console-2019' }).status,
    ).toBe(404);
    expect(
      mockConsoleResponse(tunnel, { scenario: 'tunnel-ready', lang: 'en', skin: 'classic' }).status,
    ).toBe(200);
  });
});

describe('the add-tunnel form', () => {
  it('classic zh: a route with labelled native selects and named inputs, holding the scenario’s values', async () => {
    const page = await load(vpnTunnelCreateUrl('vpnc-nw0701'), 'psk-too-long', 'zh', 'classic');
    const form = page.document.querySelector('form[data-tunnel-form]') as HTMLFormElement;
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
    expect(text(page.document.querySelector('main h1'))).toBe('添加隧道');
    expect(texts(form, 'legend')).toEqual(['隧道1']);
    const shown = (label: string) => classicShown(classicControl(form, label));
    expect(shown('云端公网IP')).toBe('116.196.80.12');
    expect(shown('客户网关公网IP')).toBe('36.112.10.22');
    expect(shown('隧道内网IP')).toBe('169.254.1.4/30');
    expect(shown('预共享密钥')).toBe('Jdc_Vpn-2026-abcdefgh');
    expect(shown('IKE版本')).toBe('IKEv2');
    expect(shown('IKE DH组')).toBe('ecp256 (DH19)');
    expect(shown('IKE认证算法')).toBe('SHA256');
    expect(shown('IKE加密算法')).toBe('AES128');
    expect(shown('IKE SA生命周期（秒）')).toBe('14400');
    expect(shown('DPD')).toBe('开启（10秒）');
    expect(shown('IPsec DH组（PFS）')).toBe('关闭');
    expect(shown('IPsec SA生命周期（秒）')).toBe('3600');
    expect(form.textContent).toContain('留空则由系统自动生成');
    expect((form.querySelector('[name="tunnels[0].psk"]') as HTMLInputElement).value).toBe(
      'Jdc_Vpn-2026-abcdefgh',
    );
    expect(texts(form, 'button')).toEqual(['确定', '取消']);
  });

  it('classic en: div comboboxes named by aria-labelledby; the IKE lifetime of ike-ipsec-lifetime', async () => {
    const page = await load(vpnTunnelCreateUrl('vpnc-nw1001'), 'ike-ipsec-lifetime', 'en', 'classic');
    const form = page.document.querySelector('form[data-tunnel-form]') as HTMLFormElement;
    const shown = (label: string) => classicShown(classicControl(form, label));
    expect(shown('Cloud IP')).toBe('116.196.80.12');
    expect(shown('Customer IP')).toBe('36.112.10.22');
    expect(shown('Inside CIDR')).toBe('169.254.1.4/30');
    expect(shown('PSK')).toBe('Jdc_Vpn-2026a');
    expect(shown('IKE Version')).toBe('IKEv2');
    expect(shown('IKE SA Lifetime (s)')).toBe('100000');
    expect(shown('IPsec PFS Group')).toBe('Off');
    expect(form.textContent).toContain('Leave empty to have one generated');
    expect(texts(form, 'button')).toEqual(['OK', 'Cancel']);
  });

  it('classic: a connection’s first tunnels come two at a time, one per cloud IP', async () => {
    const page = await load(vpnTunnelCreateUrl('vpnc-nw0103'), 'tunnel-ready', 'zh', 'classic');
    const groups = Array.from(page.document.querySelectorAll('fieldset.tunnel-group'));
    expect(groups.map((g) => text(g.querySelector('legend')))).toEqual(['隧道1', '隧道2']);
    expect(groups.map((g) => classicShown(classicControl(g, '云端公网IP')))).toEqual([
      '116.196.80.15',
      '116.196.80.16',
    ]);
    expect(groups.map((g) => classicShown(classicControl(g, '客户网关公网IP')))).toEqual([
      '36.112.10.21',
      '36.112.10.22',
    ]);
    expect(groups.map((g) => classicShown(classicControl(g, '隧道内网IP')))).toEqual(['', '']);
  });

  it('2019: an Element dialog over the detail page, with the scenario’s values; IP options reach <body> when opened', async () => {
    const page = await load(
      vpnConnectionDetailUrl('vpnc-nw0601'),
      'tunnel-cidr-overlap',
      'zh',
      'console-2019',
      true,
    );
    const doc = page.document;
    const wrapper = doc.querySelector('.tunnel-dialog') as HTMLElement;
    expect(wrapper.style.display).toBe('none');
    expect(wrapper.querySelector('.el-dialog__body')).toBeNull();
    expect(mock(page).forms).toEqual({ tunnel: 'dialog', customerGateway: 'route' });
    (doc.getElementById('tab-resource') as HTMLElement).click();
    button(page, '添加隧道').click();
    expect(page.window.location.href).toBe(vpnConnectionDetailUrl('vpnc-nw0601'));
    expect(wrapper.style.display).toBe('');
    expect(doc.querySelector('body > .v-modal')).not.toBeNull();
    const dialog = doc.querySelector('[role="dialog"][aria-label="添加隧道"]') as HTMLElement;
    expect(texts(dialog, '.form-section')).toEqual(['通用', '第一阶段协商(IKE)', '第二阶段协商(IPsec)']);
    expect(items2019(dialog)).toEqual([
      ['云端公网IP', '116.196.80.12'],
      ['客户网关公网IP', '36.112.10.22'],
      ['Local ID', ''],
      ['Remote ID', ''],
      ['隧道IP', '169.254.2.0/30'],
      ['预共享密钥', 'Jdc_Vpn-2026a'],
      ['IKE版本', 'v2'],
      ['协商模式', '主模式'],
      ['DH Group', 'ecp256'],
      ['认证算法', 'sha256'],
      ['加密算法', 'aes128'],
      ['IKE SA Lifetime(s)', '14400'],
      ['DPD', 'on'],
      ['报文封装模式', '隧道模式'],
      ['安全协议', 'ESP'],
      ['DH Group', '不启用'],
      ['认证算法', 'sha256'],
      ['加密算法', 'aes128'],
      ['IPsec SA Lifetime(s)', '3600'],
      ['IPsec SA Lifetime(Byte)', '0'],
      ['IPsec SA Lifetime(Packet)', '0'],
    ]);
    // IKE v2: the negotiation mode is hidden (v-show); the key is a password input.
    const mode = dialog.querySelector('.el-form-item__label[for="tunnels.0.ikeMode"]')
      ?.parentElement as HTMLElement;
    expect(mode.style.display).toBe('none');
    expect(
      dialog.querySelector('.el-form-item__label[for="tunnels.0.psk"] + div input')?.getAttribute('type'),
    ).toBe('password');
    expect(dialog.textContent).toContain('不填写将由系统自动生成');
    expect(dialog.querySelectorAll('[name]:not([name=""])')).toHaveLength(0);
    // The cloud IP's options are not in the page until its select opens.
    expect(doc.querySelector('body > .el-select-dropdown')).toBeNull();
    (
      dialog.querySelector('.el-form-item__label[for="tunnels.0.cloudIp"] + div .el-select') as HTMLElement
    ).click();
    const options = doc.querySelector('body > .el-select-dropdown') as HTMLElement;
    expect(texts(options, 'li')).toEqual(['116.196.80.11', '116.196.80.12']);
    expect(texts(options, 'li.selected')).toEqual(['116.196.80.12']);
    // Choosing v1 shows the mode.
    (
      dialog.querySelector('.el-form-item__label[for="tunnels.0.ikeVersion"] + div .el-radio') as HTMLElement
    ).click();
    expect(mode.style.display).toBe('');
    expect(texts(dialog.parentElement as HTMLElement, '.el-dialog__footer button > span')).toEqual([
      '取 消',
      '确 定',
    ]);
  });

  it('2019 en: the labels of the docs, and two tunnels for a connection’s first', async () => {
    const page = await load(
      vpnConnectionDetailUrl('vpnc-nw0103'),
      'tunnel-ready',
      'en',
      'console-2019',
      true,
    );
    mock(page).openTunnelDialog();
    const dialog = page.document.querySelector('[role="dialog"][aria-label="Add Tunnel"]') as HTMLElement;
    expect(texts(dialog, '.tunnel-group__title')).toEqual(['Tunnel 1', 'Tunnel 2']);
    const labels = items2019(dialog).map(([label]) => label);
    expect(labels.slice(0, 13)).toEqual([
      'Cloud Public IP',
      'Customer Gateway Public IP',
      'Local ID',
      'Remote ID',
      'Tunnel IP',
      'Pre-shared Key',
      'IKE Version',
      'Negotiation Mode',
      'DH Group',
      'Authentication Algorithm',
      'Encryption Algorithm',
      'IKE SA Lifetime(s)',
      'DPD',
    ]);
    expect(labels).toHaveLength(42);
    const ips = items2019(dialog).filter(
      ([label]) => label === 'Cloud Public IP' || label === 'Customer Gateway Public IP',
    );
    expect(ips.map(([, v]) => v)).toEqual(['116.196.80.15', '36.112.10.21', '116.196.80.16', '36.112.10.22']);
    expect(texts(dialog, '.form-section')).toContain('Phase 1 (IKE)');
    expect(texts(page.document, '.tunnel-dialog .el-dialog__footer button')).toEqual(['Cancel', 'OK']);
  });
});

/** Every named control of a classic tunnel form with what it holds, in page order. */
function namedValues(form: Element): [string, string][] {
  return Array.from(form.querySelectorAll('[name]')).map((el) => [
    el.getAttribute('name') ?? '',
    (el as HTMLInputElement).value,
  ]);
}

describe('SPA: list → detail → tunnel form and back', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`classic ${lang}: the route built in the page holds what the route loaded as a page holds`, async () => {
      for (const [scenario, connection] of [
        ['tunnel-quota-count', 'vpnc-nw0302'],
        ['tunnel-ready', 'vpnc-nw0103'],
      ] as const) {
        const loaded = await load(vpnTunnelCreateUrl(connection), scenario, lang, 'classic');
        const spa = await load(vpnConnectionDetailUrl(connection), scenario, lang, 'classic', true);
        button(spa, lang === 'zh' ? '添加隧道' : 'Add Tunnel').click();
        const built = spa.document.querySelector('main form[data-tunnel-form]') as HTMLFormElement;
        const served = loaded.document.querySelector('main form[data-tunnel-form]') as HTMLFormElement;
        expect(namedValues(built)).toEqual(namedValues(served));
        expect(texts(built, 'legend, label, .dd-value, select option')).toEqual(
          texts(served, 'legend, label, .dd-value, select option'),
        );
        expect(built.querySelectorAll('[id]').length).toBe(served.querySelectorAll('[id]').length);
      }
    });
  }

  it('classic: router links to the detail, 添加隧道 to the route, 取消 back, 确定 records the tunnel', async () => {
    const page = await load(MOCK_URLS.vpnConnectionList, 'tunnel-ready', 'zh', 'classic', true);
    const main = page.document.querySelector('main') as HTMLElement;
    expect(mock(page).forms).toEqual({ tunnel: 'route', customerGateway: 'dialog' });
    click(page, 'main tbody a[href="/host/vpnConnection/detail/vpnc-nw0101"]');
    expect(page.window.location.href).toBe(vpnConnectionDetailUrl('vpnc-nw0101'));
    expect(main.getAttribute('data-view')).toBe('detail');
    expect(page.document.querySelector('nav a[aria-current="page"]')?.getAttribute('data-nav')).toBe(
      '/host/vpnConnection/list',
    );
    button(page, '添加隧道').click();
    expect(page.window.location.href).toBe(vpnTunnelCreateUrl('vpnc-nw0101'));
    expect(main.getAttribute('data-view')).toBe('tunnel-create');
    button(page, '取消').click();
    expect(page.window.location.pathname).toBe('/host/vpnConnection/detail/vpnc-nw0101');
    button(page, '添加隧道').click();
    button(page, '确定').click();
    expect(mock(page).submissions).toBe(1);
    expect(mock(page).lastSubmission).toMatchObject({
      form: 'vpn-tunnel',
      connectionId: 'vpnc-nw0101',
      tunnels: [
        {
          cloudIp: '116.196.80.12',
          customerIp: '36.112.10.22',
          insideCidr: '169.254.1.4/30',
          psk: 'Jdc_Vpn-2026a',
          ikeVersion: 'v2',
          dpd: '10',
          ipsecPfs: 'none',
        },
      ],
    });
    expect(page.window.location.pathname).toBe('/host/vpnConnection/detail/vpnc-nw0101');
    expect(texts(main, 'table.tunnels tbody tr')).toHaveLength(2);
    expect(text(page.document.querySelector('[role="status"]'))).toBe('创建成功');
    // Back to the list and forth: the new row is still there.
    click(page, 'main .crumbs a');
    expect(main.getAttribute('data-view')).toBe('list');
    mock(page).goto('/host/vpnConnection/detail/vpnc-nw0101');
    expect(texts(main, 'table.tunnels tbody tr')).toHaveLength(2);
  });

  it('2019: the name’s router link opens the detail; 确 定 in the dialog records the tunnel and adds its row', async () => {
    const page = await load(MOCK_URLS.vpnConnectionList, 'tunnel-ready', 'en', 'console-2019', true);
    const view = page.document.getElementById('view') as HTMLElement;
    click(page, '#view .el-table__body a.router-link');
    expect(page.window.location.pathname).toBe('/host/vpnConnection/detail/vpnc-nw0101');
    expect(view.getAttribute('data-view')).toBe('detail');
    expect(page.document.title).toBe('bj-to-idc-primary - VPN Connection Details - JD Cloud');
    expect(texts(page.document, '.el-menu-item.is-active')).toEqual(['VPN Connections']);
    (page.document.getElementById('tab-resource') as HTMLElement).click();
    button(page, 'Add Tunnel').click();
    button(page, 'OK', page.document.querySelector('.tunnel-dialog') as HTMLElement).click();
    expect(mock(page).submissions).toBe(1);
    expect(mock(page).lastSubmission).toMatchObject({
      form: 'vpn-tunnel',
      connectionId: 'vpnc-nw0101',
      tunnels: [{ cloudIp: '116.196.80.12', insideCidr: '169.254.1.4/30', psk: 'Jdc_Vpn-2026a', dpd: 'on' }],
    });
    expect((page.document.querySelector('.tunnel-dialog') as HTMLElement).style.display).toBe('none');
    expect(page.document.querySelector('.v-modal')).toBeNull();
    expect(texts(page.document, '#pane-resource .el-table__body tr')).toHaveLength(2);
    // 取 消 and Escape close without a submission; each opening starts from the defaults again.
    mock(page).openTunnelDialog();
    button(page, 'Cancel', page.document.querySelector('.tunnel-dialog') as HTMLElement).click();
    mock(page).openTunnelDialog();
    page.document.dispatchEvent(
      new page.window.KeyboardEvent('keydown', { key: 'Escape' }) as unknown as Event,
    );
    expect((page.document.querySelector('.tunnel-dialog') as HTMLElement).style.display).toBe('none');
    expect(mock(page).submissions).toBe(1);
    page.window.history.back();
    await page.window.happyDOM.waitUntilComplete();
    expect(page.window.location.pathname).toBe('/host/vpnConnection/list');
    expect(view.getAttribute('data-view')).toBe('list');
  });
});

describe('customer gateways', () => {
  it('the list: names, addresses, ASN, the count, and the empty state', async () => {
    const classic = await load(MOCK_URLS.customerGatewayList, 'cgw-quota-full', 'zh', 'classic');
    expect(texts(classic.document, 'main thead th')).toEqual([
      '名称/ID',
      '公网IP',
      'BGP ASN',
      '描述',
      '创建时间',
      '操作',
    ]);
    expect(classic.document.querySelectorAll('main tbody tr')).toHaveLength(10);
    // Name over id, one address a line (<br>).
    expect(texts(classic.document, 'main tbody tr:first-child td').slice(0, 3)).toEqual([
      'idc-beijing-01cgw-nw12c1',
      '36.112.10.2136.112.10.22',
      '65010',
    ]);
    expect(text(classic.document.querySelector('.pager__total'))).toBe('共 10 条，第 1/1 页');
    const v2019 = await load(MOCK_URLS.customerGatewayList, 'cgw-quota-full', 'en', 'console-2019');
    expect(texts(v2019.document, '.el-table__header th .cell')).toEqual([
      'Name/ID',
      'Public IP Addresses',
      'BGP ASN',
      'Description',
      'Created',
      'Actions',
    ]);
    expect(v2019.document.querySelectorAll('.el-table__body tr')).toHaveLength(10);
    expect(text(v2019.document.querySelector('.el-pagination__total'))).toBe('Total 10');
    const empty = await load(
      `${MOCK_URLS.customerGatewayList}?regionId=cn-south-1`,
      'cgw-ready',
      'zh',
      'console-2019',
    );
    expect(text(empty.document.querySelector('.el-table__empty-text'))).toBe('暂无数据');
    expect(text(empty.document.querySelector('.el-pagination__total'))).toBe('共 0 条');
    const emptyClassic = await load(
      `${MOCK_URLS.customerGatewayList}?regionId=cn-south-1`,
      'cgw-ready',
      'en',
      'classic',
    );
    expect(text(emptyClassic.document.querySelector('main tbody'))).toBe('No data');
  });

  it('a searched list shows the search text and counts only what matches', async () => {
    const classic = await load(MOCK_URLS.customerGatewayList, 'cgw-quota-filtered', 'zh', 'classic');
    expect((classic.document.querySelector('main input[type="search"]') as HTMLInputElement).value).toBe(
      'beijing',
    );
    expect(classic.document.querySelectorAll('main tbody tr')).toHaveLength(4);
    expect(text(classic.document.querySelector('.pager__total'))).toBe('共 4 条，第 1/1 页');
    const v2019 = await load(MOCK_URLS.customerGatewayList, 'cgw-quota-filtered', 'zh', 'console-2019');
    expect((v2019.document.querySelector('.list-toolbar input') as HTMLInputElement).value).toBe('beijing');
    expect(text(v2019.document.querySelector('.el-pagination__total'))).toBe('共 4 条');
  });

  it('classic: 创建 opens a dialog with the scenario’s values; 公网IP个数 adds and removes inputs; 确定 records', async () => {
    const page = await load(MOCK_URLS.customerGatewayList, 'customer-ips-missing', 'zh', 'classic', true);
    button(page, '创建').click();
    expect(page.window.location.href).toBe(MOCK_URLS.customerGatewayList);
    const dialog = page.document.querySelector('[role="dialog"]') as HTMLElement;
    expect(text(dialog.querySelector('#cgw-dialog-title'))).toBe('创建客户网关');
    expect(texts(dialog, '.form-item__label')).toEqual([
      '*名称',
      '描述',
      '*公网IP个数',
      '*公网IP',
      '*BGP ASN',
    ]);
    expect((dialog.querySelector('[name="customerGatewayName"]') as HTMLInputElement).value).toBe(
      'idc-shenzhen-03',
    );
    expect((dialog.querySelector('[name="description"]') as HTMLTextAreaElement).value).toBe('深圳办公室');
    expect((dialog.querySelector('input[name="ipCount"]:checked') as HTMLInputElement).value).toBe('2');
    expect(text(dialog.querySelector('input[name="ipCount"]:checked')?.parentElement)).toBe('双IP');
    const ips = () =>
      Array.from(dialog.querySelectorAll('[data-ip-inputs] input')).map((i) => [
        i.getAttribute('aria-label'),
        (i as HTMLInputElement).value,
      ]);
    expect(ips()).toEqual([
      ['公网IP1', '36.112.10.31'],
      ['公网IP2', ''],
    ]);
    expect((dialog.querySelector('[name="bgpAsn"]') as HTMLInputElement).value).toBe('65030');
    expect(dialog.textContent).toContain('取值范围65001-65499，创建后不可修改');
    const four = dialog.querySelector('input[name="ipCount"][value="4"]') as HTMLInputElement;
    four.click();
    four.dispatchEvent(new page.window.Event('change', { bubbles: true }) as unknown as Event);
    expect(ips().map(([label]) => label)).toEqual(['公网IP1', '公网IP2', '公网IP3', '公网IP4']);
    button(page, '确定', dialog).click();
    expect(mock(page).lastSubmission).toEqual({
      form: 'customer-gateway',
      name: 'idc-shenzhen-03',
      description: '深圳办公室',
      ipCount: 4,
      ips: ['36.112.10.31', '', '', ''],
      bgpAsn: '65030',
    });
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
    expect(page.document.querySelectorAll('main tbody tr')).toHaveLength(3);
  });

  it('classic en: Number of IPs, Public IP 1…, ASN, and an OK outside the form', async () => {
    const page = await load(MOCK_URLS.customerGatewayList, 'asn-65500', 'en', 'classic', true);
    mock(page).openGatewayDialog();
    const dialog = page.document.querySelector(
      '[role="dialog"][aria-label="Create Customer Gateway"]',
    ) as HTMLElement;
    const shown = (label: string) => classicShown(classicControl(dialog, label));
    expect(shown('Name')).toBe('idc-shenzhen-03');
    expect(shown('Public IP 1')).toBe('36.112.10.31');
    expect(shown('Public IP 2')).toBe('36.112.10.32');
    expect(shown('ASN')).toBe('65500');
    expect(text(dialog.querySelector('[role="radiogroup"] input:checked')?.parentElement)).toBe('Dual IP');
    button(page, 'OK', dialog).click();
    expect(mock(page).submissions).toBe(1);
    expect(mock(page).lastSubmission).toMatchObject({ bgpAsn: '65500', ipCount: 2 });
  });

  it('2019: 创建 goes to the create route; labels, values, 公网地址个数 radios; 确 定 back to the list', async () => {
    const page = await load(
      MOCK_URLS.customerGatewayList,
      'customer-ips-private',
      'zh',
      'console-2019',
      true,
    );
    button(page, '创建').click();
    expect(page.window.location.href).toBe(MOCK_URLS.customerGatewayCreate);
    const form = page.document.querySelector('form.cgw-form') as HTMLFormElement;
    expect(text(page.document.querySelector('.content-header__title'))).toBe('创建客户网关');
    expect(items2019(form)).toEqual([
      ['名称', 'idc-shenzhen-03'],
      ['BGP ASN', '65030'],
      ['公网地址个数', '双IP'],
      ['公网地址', '10.8.0.1 | 36.112.10.32'],
      ['描述', '深圳办公室'],
    ]);
    expect(form.textContent).toContain('取值范围：65001-65499，创建后不可修改');
    expect(texts(form, '.cgw-form-actions button > span')).toEqual(['取 消', '确 定']);
    expect(page.document.querySelector('.el-menu-item.is-active')?.textContent).toBe('客户网关');
    (form.querySelector('.el-form-item__label[for="ipCount"] + div .el-radio') as HTMLElement).click();
    expect(items2019(form)[3]).toEqual(['公网地址', '10.8.0.1']);
    button(page, '确 定').click();
    expect(mock(page).lastSubmission).toEqual({
      form: 'customer-gateway',
      name: 'idc-shenzhen-03',
      description: '深圳办公室',
      ipCount: 1,
      ips: ['10.8.0.1'],
      bgpAsn: '65030',
    });
    expect(page.window.location.pathname).toBe('/host/customerGateway/list');
    expect(page.document.querySelectorAll('.el-table__body tr')).toHaveLength(3);
    expect(text(page.document.querySelector('.el-message'))).toBe('创建成功');
  });

  it('2019 en: the route’s labels, and 取 消 back to the list without a submission', async () => {
    const page = await load(MOCK_URLS.customerGatewayCreate, 'cgw-ready', 'en', 'console-2019', true);
    const form = page.document.querySelector('form.cgw-form') as HTMLFormElement;
    expect(items2019(form).map(([label]) => label)).toEqual([
      'Name',
      'BGP ASN',
      'Number of Public IPs',
      'Public IP Addresses',
      'Description',
    ]);
    expect(items2019(form)[2]).toEqual(['Number of Public IPs', 'Dual IP']);
    button(page, 'Cancel').click();
    expect(page.window.location.pathname).toBe('/host/customerGateway/list');
    expect(mock(page).submissions).toBe(0);
  });
});

describe('the VPN connection list of the network console', () => {
  it('shows each connection’s border gateway by name and id', async () => {
    const classic = await load(MOCK_URLS.vpnConnectionList, 'connection-quota-full', 'zh', 'classic');
    const cells = texts(classic.document, 'main tbody tr td:nth-child(2)');
    expect(cells).toHaveLength(10);
    expect(new Set(cells)).toEqual(new Set(['bgw-bj-prodbgw-nw19a1']));
    expect(text(classic.document.querySelector('.pager__total'))).toBe('共 10 条，第 1/1 页');
    const v2019 = await load(MOCK_URLS.vpnConnectionList, 'connection-quota-full', 'en', 'console-2019');
    expect(texts(v2019.document, '.el-table__header th .cell')[1]).toBe('Border Gateway');
    expect(new Set(texts(v2019.document, '.el-table__body td:nth-child(2) .cell'))).toEqual(
      new Set(['bgw-bj-prodbgw-nw19a1']),
    );
    expect(text(v2019.document.querySelector('.el-pagination__total'))).toBe('Total 10');
  });

  it('paged: page 1 of 2 shows 10 of 12 rows, ?page=2 the rest', async () => {
    const classic = await load(MOCK_URLS.vpnConnectionList, 'connection-quota-paged', 'en', 'classic');
    expect(classic.document.querySelectorAll('main tbody tr')).toHaveLength(10);
    expect(text(classic.document.querySelector('.pager__total'))).toBe('12 items, page 1 of 2');
    expect(classic.document.querySelector('.pager a:last-child')?.getAttribute('href')).toBe('?page=2');
    const second = await load(
      `${MOCK_URLS.vpnConnectionList}?page=2`,
      'connection-quota-paged',
      'en',
      'classic',
    );
    expect(texts(second.document, 'main tbody tr td:nth-child(2)')).toEqual([
      'bgw-bj-prodbgw-nw20a1',
      'bgw-bj-prodbgw-nw20a1',
    ]);
    const v2019 = await load(
      MOCK_URLS.vpnConnectionList,
      'connection-quota-paged',
      'zh',
      'console-2019',
      true,
    );
    expect(text(v2019.document.querySelector('.el-pagination__total'))).toBe('共 12 条');
    expect(texts(v2019.document, '.el-pager li')).toEqual(['1', '2']);
    expect(texts(v2019.document, '.el-pager li.active')).toEqual(['1']);
    const onProd = texts(v2019.document, '.el-table__body td:nth-child(2) .cell').filter((t) =>
      t.startsWith('bgw-bj-prod'),
    );
    expect(onProd).toHaveLength(8);
    const page2 = await load(
      `${MOCK_URLS.vpnConnectionList}?page=2`,
      'connection-quota-paged',
      'zh',
      'console-2019',
    );
    expect(texts(page2.document, '.el-pager li.active')).toEqual(['2']);
    expect(page2.document.querySelectorAll('.el-table__body tr')).toHaveLength(2);
  });

  it('a test makes any list paged or searched through the `lists` option', async () => {
    const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, {
      scenario: 'ready',
      lang: 'zh',
      skin: 'console-2019',
      lists: { vpnConnections: { pageSize: 1 } },
    });
    expect(page.document.querySelectorAll('.el-table__body tr')).toHaveLength(1);
    expect(text(page.document.querySelector('.el-pagination__total'))).toBe('共 2 条');
    const searched = await loadConsolePage(MOCK_URLS.customerGatewayList, {
      scenario: 'cgw-quota-full',
      lang: 'en',
      lists: { customerGateways: { keyword: 'shanghai' } },
    });
    expect(texts(searched.document, 'main tbody td:first-child')).toEqual(['idc-shanghai-01cgw-nw12m3']);
    expect(text(searched.document.querySelector('.pager__total'))).toBe('1 items, page 1 of 1');
  });

  it('in the network console the VPN create form still opens and records as before', async () => {
    const page = await load(MOCK_URLS.vpnConnectionList, 'connection-quota-full', 'zh', 'console-2019', true);
    button(page, '创建').click();
    const dialog = page.document.querySelector('.vpn-create-dialog') as HTMLElement;
    expect(dialog.style.display).toBe('');
    button(page, '确 定', dialog).click();
    expect(mock(page).lastSubmission).toMatchObject({ name: '', bgpEnabled: true });
    const classic = await load(MOCK_URLS.vpnConnectionList, 'connection-quota-full', 'en', 'classic', true);
    button(classic, 'Create').click();
    button(classic, 'OK').click();
    expect(mock(classic).submissions).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The rules, written plainly here, so each scenario is seen to carry what its name says.

function ipv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.map(Number);
}

function cidrRange(cidr: string): { start: number; end: number; prefix: number } | undefined {
  const [ip, bits] = cidr.split('/');
  const parts = ipv4(ip ?? '');
  const prefix = Number(bits);
  if (!parts || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const value = parts.reduce((n, p) => n * 256 + p, 0);
  const size = 2 ** (32 - prefix);
  const start = value - (value % size);
  return { start, end: start + size - 1, prefix };
}

const within = (inner: string, outer: string) => {
  const a = cidrRange(inner);
  const b = cidrRange(outer);
  return !!a && !!b && a.start >= b.start && a.end <= b.end;
};
const overlaps = (x: string, y: string) => {
  const a = cidrRange(x);
  const b = cidrRange(y);
  return !!a && !!b && a.start <= b.end && b.start <= a.end;
};
const PRIVATE = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '100.64.0.0/10',
];

describe('the scenarios carry what their names say', () => {
  for (const s of Object.values(scenarios)) {
    const form = s.expected.form;
    if (!form) continue;
    it(`${s.name}: ${form.kind}, ${JSON.stringify(form.checks)}`, () => {
      const region = s.regions['cn-north-1'];
      const failing = Object.entries(form.checks)
        .filter(([, status]) => status !== 'pass')
        .map(([id]) => id);
      // One rule broken (or none for a ready form), and only ever one way.
      expect(failing.length, s.name).toBeLessThanOrEqual(1);
      const seen: Record<string, string> = {};
      if (form.kind === 'vpn-tunnel') {
        const values = s.forms?.tunnel;
        const connection = region.connections.find((c) => c.id === values?.connectionId);
        const gateway = region.customerGateways.find((g) => g.id === connection?.customerGatewayId);
        const tunnel = values?.tunnels?.[0];
        if (!connection || !gateway?.ips || !tunnel?.insideCidr) throw new Error(`${s.name}: incomplete`);
        const existing = connection.tunnels ?? [];
        const pairTaken = existing.some(
          (t) => t.cloudIp === tunnel.cloudIp && t.customerIp === tunnel.customerIp,
        );
        const overCount = existing.length + 1 > 2 * gateway.ips.length;
        seen['tunnel-quota'] = pairTaken || overCount ? 'fail' : 'pass';
        const cidr = cidrRange(tunnel.insideCidr);
        const allowed = ['169.254.0.0/20', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].some((r) =>
          within(tunnel.insideCidr as string, r),
        );
        const sameGateway = region.connections
          .filter((c) => c.borderGatewayId === connection.borderGatewayId)
          .flatMap((c) => c.tunnels ?? []);
        const clash = sameGateway.some((t) => overlaps(t.insideCidr, tunnel.insideCidr as string));
        seen['tunnel-inside-cidr'] = cidr?.prefix === 30 && allowed && !clash ? 'pass' : 'fail';
        const psk = tunnel.psk ?? '';
        const pskOk = psk === '' || (/^[A-Za-z0-9_-]{1,20}$/.test(psk) && !/^0[xs]/i.test(psk));
        seen['psk-format'] = pskOk ? 'pass' : 'fail';
        const lifetime = tunnel.ikeSaLifetimeSec ?? 14_400;
        seen['ike-ipsec'] = lifetime >= 60 && lifetime <= 86_400 ? 'pass' : 'fail';
        // A second tunnel on the free pair in the ready case; a connection with tunnels opens one at a time.
        expect(existing.length, s.name).toBeGreaterThan(0);
      }
      if (form.kind === 'customer-gateway') {
        const values = s.forms?.customerGateway;
        if (!values?.ips || !values.ipCount) throw new Error(`${s.name}: incomplete`);
        const shown = region.lists?.customerGateways?.keyword
          ? region.customerGateways.filter((g) =>
              g.name.includes(region.lists?.customerGateways?.keyword ?? ''),
            )
          : region.customerGateways;
        const full = region.customerGateways.length >= 10;
        // JD raises the region's gateway quota by ticket: over it warns (DESIGN).
        seen['cgw-quota'] =
          shown.length < region.customerGateways.length ? 'unknown' : full ? 'warn' : 'pass';
        const asn = Number(values.bgpAsn);
        seen['asn-range'] = asn >= 65_001 && asn <= 65_499 ? 'pass' : 'fail';
        const ips = Array.from({ length: values.ipCount }, (_, i) => values.ips?.[i] ?? '');
        const given = ips.filter((ip) => ip !== '');
        const valid = given.every((ip) => ipv4(ip) && !PRIVATE.some((r) => within(`${ip}/32`, r)));
        // An address input left empty is not typed yet: it warns; a bad or repeated address fails.
        seen['customer-ips'] =
          !valid || new Set(given).size < given.length ? 'fail' : given.length < ips.length ? 'warn' : 'pass';
        seen['name-format'] = /^[\p{Script=Han}A-Za-z0-9_-]{1,32}$/u.test(values.name ?? '')
          ? 'pass'
          : 'fail';
        seen['description-length'] = [...(values.description ?? '')].length <= 256 ? 'pass' : 'fail';
      }
      if (form.kind === 'vpn-connection') {
        const gateway = region.borderGateways.find((g) => g.name === form.choose?.borderGateway);
        const pageSize = region.lists?.vpnConnections?.pageSize ?? 10;
        const onGateway = region.connections.filter((c) => c.borderGatewayId === gateway?.id);
        const shownOnGateway = region.connections
          .slice(0, pageSize)
          .filter((c) => c.borderGatewayId === gateway?.id);
        const complete = region.connections.length <= pageSize;
        expect(onGateway.length, s.name).toBe(10);
        // Over a quota JD raises by ticket: a warning (DESIGN, checklist semantics), not a failure.
        seen['connection-quota'] = complete ? 'warn' : shownOnGateway.length >= 10 ? 'warn' : 'unknown';
        seen['name-format'] = 'pass';
        seen['description-length'] = 'pass';
      }
      expect(seen, s.name).toEqual(form.checks);
    });
  }
});

describe('scenarios', () => {
  it('every network scenario opens its form from a page that exists, after pages that exist', () => {
    for (const [name, s] of Object.entries(scenarios)) {
      const form = s.expected.form;
      if (!form) continue;
      for (const skin of ['classic', 'console-2019'] as const) {
        for (const url of [...form.visit, form.openFrom]) {
          expect(
            mockConsoleResponse(url, { scenario: s.name, lang: 'zh', skin }).status,
            `${name} ${url}`,
          ).toBe(200);
        }
      }
      expect(s.cnsPages, name).toBe('network');
    }
  });
});
