import { afterEach, describe, expect, it } from 'vitest';
import {
  esc,
  MOCK_CONSOLE_PAGES,
  MOCK_URLS,
  type MockLanguage,
  type MockSkin,
  mockConsoleResponse,
} from '../fixtures/console/render';
import { type Coupon, SCENARIO_NAMES, type Scenario, scenarios } from '../fixtures/console/scenarios';
import { closeOpenPages, type LoadedPage, loadConsolePage } from './support/load-fixture';

afterEach(closeOpenPages);

const LANGS: MockLanguage[] = ['zh', 'en'];
const SKINS: MockSkin[] = ['classic', 'console-2019'];
const CONSOLE_URLS = MOCK_CONSOLE_PAGES;

interface MockConsoleWindow {
  mockConsole: {
    submissions: number;
    lastSubmission: {
      name: string;
      description: string;
      borderGateway: string;
      customerGateway: string;
      bgpEnabled: boolean | null;
    } | null;
    createMode: string;
    goto(path: string): void;
    openCreateDialog(): void;
  };
}

function mock(page: LoadedPage): MockConsoleWindow['mockConsole'] {
  return (page.window as unknown as MockConsoleWindow).mockConsole;
}

function click(page: LoadedPage, selector: string): void {
  const element = page.document.querySelector(selector) as HTMLElement | null;
  if (!element) throw new Error(`no ${selector}`);
  element.click();
}

function buttonByText(page: LoadedPage, text: string, scope: ParentNode = page.document): HTMLElement {
  const button = Array.from(scope.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button ${text}`);
  return button as HTMLElement;
}

describe('mockConsoleResponse', () => {
  it('answers every console page with a full HTML document in the requested language', () => {
    for (const url of CONSOLE_URLS) {
      for (const lang of LANGS) {
        const response = mockConsoleResponse(url, { scenario: 'ready', lang });
        expect(response.status, url).toBe(200);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.body.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(response.body).toContain(lang === 'zh' ? '<html lang="zh-CN">' : '<html lang="en">');
        expect(response.body).toContain(lang === 'zh' ? '京东云' : 'JD Cloud');
        expect(response.body).toContain('jdc_demo_01');
      }
    }
  });

  it('wears the JD Cloud & AI brand in the scenarios that use it, escaped', () => {
    const zh = mockConsoleResponse(MOCK_URLS.capitalOverview, { scenario: 'coupons-lift', lang: 'zh' });
    const en = mockConsoleResponse(MOCK_URLS.capitalOverview, { scenario: 'coupons-lift', lang: 'en' });
    expect(zh.body).toContain('京东智联云');
    expect(en.body).toContain('JD Cloud &amp; AI');
  });

  it('loads no external resources', () => {
    for (const skin of SKINS) {
      for (const url of [...CONSOLE_URLS, MOCK_URLS.login, MOCK_URLS.docs]) {
        const { body } = mockConsoleResponse(url, { scenario: 'ready', lang: 'en', skin });
        expect(body, url).not.toMatch(/<link\b|<script[^>]+src=|<img\b|<iframe\b|@import|url\(/i);
      }
    }
  });

  it('renders every scenario on every console page, both billing hosts, both skins and languages', () => {
    for (const name of SCENARIO_NAMES) {
      for (const skin of SKINS) {
        for (const lang of LANGS) {
          for (const url of CONSOLE_URLS) {
            const response = mockConsoleResponse(url, { scenario: name, lang, skin });
            const where = `${name} ${skin} ${lang} ${url}`;
            if (!scenarios[name].signedIn) {
              expect(response.status, where).toBe(302);
              continue;
            }
            expect(response.status, where).toBe(200);
            expect(response.body, where).toContain(esc(scenarios[name].pin));
          }
        }
      }
    }
  });

  it('serves the billing pages on billing-console as on uc, and nothing else there', () => {
    for (const skin of SKINS) {
      const opts = { scenario: 'ready', lang: 'zh', skin } as const;
      expect(mockConsoleResponse(MOCK_URLS.billingCapitalOverview, opts).body).toBe(
        mockConsoleResponse(MOCK_URLS.capitalOverview, opts).body,
      );
      expect(mockConsoleResponse(MOCK_URLS.billingCoupons, opts).body).toBe(
        mockConsoleResponse(MOCK_URLS.coupons, opts).body,
      );
      expect(mockConsoleResponse('https://billing-console.jdcloud.com/account/basic-info', opts).status).toBe(
        404,
      );
    }
  });

  it('redirects signed-out console pages to the login page with the return URL', () => {
    for (const url of CONSOLE_URLS) {
      const response = mockConsoleResponse(url, { scenario: 'signed-out', lang: 'zh' });
      expect(response.status).toBe(302);
      expect(response.headers.location).toBe(
        `https://login.jdcloud.com/?returnUrl=${encodeURIComponent(url)}`,
      );
    }
    expect(mockConsoleResponse(MOCK_URLS.login, { scenario: 'signed-out', lang: 'zh' }).status).toBe(200);
    expect(mockConsoleResponse(MOCK_URLS.docs, { scenario: 'signed-out', lang: 'zh' }).status).toBe(200);
  });

  it('answers unknown paths and hosts with a 404 page', () => {
    for (const url of [
      'https://uc.jdcloud.com/cost/nothing-here',
      'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1',
      'https://login.jdcloud.com/elsewhere',
      'https://docs.jdcloud.com/fr/vpn',
      'https://example.com/',
      'not a url',
    ]) {
      const response = mockConsoleResponse(url, { scenario: 'ready', lang: 'en' });
      expect(response.status, url).toBe(404);
      expect(response.body).toContain('<h1>404</h1>');
    }
  });

  it('puts the login return URL back into the form, escaped', () => {
    const response = mockConsoleResponse(
      `${MOCK_URLS.login}?returnUrl=${encodeURIComponent('https://x/"><b>')}`,
      {
        scenario: 'signed-out',
        lang: 'en',
      },
    );
    expect(response.body).toContain('value="https://x/&quot;&gt;&lt;b&gt;"');
  });

  it('escapes the five HTML-special characters', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('draws the scenarios consistently with their expectations', () => {
    for (const name of SCENARIO_NAMES) {
      const s = scenarios[name];
      expect(s.name).toBe(name);
      expect(s.expected.signedIn).toBe(s.signedIn);
      if (s.expected.cashFen !== undefined) expect(s.expected.cashFen).toBe(s.cashFen);
    }
    for (const name of SCENARIO_NAMES) {
      const s = scenarios[name];
      if (s.expected.couponsFen !== undefined) expect(applicableFen(s), name).toBe(s.expected.couponsFen);
      if (s.expected.account !== undefined) expect(s.expected.account, name).toBe(s.pin);
      expect(s.expected.arrearsFen, name).toBe(s.arrearsFen);
      expect(Boolean(s.expected.billingDenied), name).toBe(Boolean(s.subUser));
      if (s.subUser) expect(s.expected.cashFen, name).toBeUndefined();
    }
    expect(scenarios['unmapped-coupon'].expected.unmappedCouponsFen).toBe(4_000);
    // The scenario definitions the task fixes: 32.50 + 10.00 < 50 and 30.00 + 25.00 >= 50.
    expect(scenarios['low-balance'].cashFen + (scenarios['low-balance'].expected.couponsFen ?? 0)).toBe(
      4_250,
    );
    expect(scenarios['coupons-lift'].cashFen + (scenarios['coupons-lift'].expected.couponsFen ?? 0)).toBe(
      5_500,
    );
  });
});

/** Unused coupons that surely pay for a VPN in the default region: what `expected.couponsFen` claims. */
function applicableFen(s: Scenario): number {
  const applies = (c: Coupon) =>
    c.status === 'unused' &&
    c.products.some((p) => p === 'vpn' || p === 'all') &&
    c.billingTypes.some((t) => t !== 'monthly') &&
    (c.region === undefined || c.region === 'cn-north-1');
  return s.coupons.filter(applies).reduce((sum, c) => sum + c.balanceFen, 0);
}

describe('cns-console single-page app (scripts run under happy-dom)', () => {
  it('switches views with pushState and data-spa links, without a page load', async () => {
    const page = await loadConsolePage(
      MOCK_URLS.vpnConnectionList,
      { scenario: 'ready', lang: 'zh' },
      { scripts: true },
    );
    const before = page.document.querySelector('main');
    expect(page.document.querySelector('main')?.getAttribute('data-view')).toBe('list');
    click(page, 'nav a[data-nav="/host/vpc/list"]');
    expect(page.window.location.pathname).toBe('/host/vpc/list');
    expect(page.document.querySelector('main')).toBe(before);
    expect(page.document.querySelector('main h1')?.textContent).toBe('私有网络');
    expect(page.document.title).toBe('私有网络 - 京东云');
    mock(page).goto('/host/vpnConnection/list');
    expect(page.document.querySelector('main h1')?.textContent).toBe('VPN连接');
    expect(page.document.querySelector('nav a[aria-current="page"]')?.getAttribute('data-nav')).toBe(
      '/host/vpnConnection/list',
    );
  });

  it('opens the create form as a dialog over the list without changing the URL (default mode)', async () => {
    const page = await loadConsolePage(
      MOCK_URLS.vpnConnectionList,
      { scenario: 'ready', lang: 'en' },
      { scripts: true },
    );
    expect(mock(page).createMode).toBe('dialog');
    buttonByText(page, 'Create').click();
    expect(page.window.location.href).toBe(MOCK_URLS.vpnConnectionList);
    const dialog = page.document.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Create VPN Connection');
    expect(page.document.querySelector('main')?.getAttribute('data-view')).toBe('list');
    buttonByText(page, 'Cancel').click();
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('counts each submission exactly once: OK button, form submit, and nothing on cancel', async () => {
    const page = await loadConsolePage(
      MOCK_URLS.vpnConnectionList,
      { scenario: 'ready', lang: 'zh' },
      { scripts: true },
    );
    expect(mock(page).submissions).toBe(0);
    mock(page).openCreateDialog();
    const name = page.document.querySelector(
      '[role="dialog"] input[name="vpnConnectionName"]',
    ) as HTMLInputElement;
    name.value = 'vpn-to-idc';
    const bgw = page.document.querySelector('[role="dialog"] select[name="bgwId"]') as HTMLSelectElement;
    bgw.value = 'bgw-r3ada2';
    buttonByText(page, '确定').click();
    expect(mock(page).submissions).toBe(1);
    expect(mock(page).lastSubmission).toEqual({
      name: 'vpn-to-idc',
      description: '',
      borderGateway: 'bgw-bj-test（bgw-r3ada2）',
      customerGateway: '',
      bgpEnabled: true,
    });
    expect(page.document.querySelector('[role="status"]')?.textContent).toBe('创建成功');
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
    expect(page.document.querySelector('main tbody')?.textContent).toContain('vpn-to-idc');

    mock(page).openCreateDialog();
    (page.document.querySelector('[role="dialog"] form') as HTMLFormElement).requestSubmit();
    expect(mock(page).submissions).toBe(2);

    mock(page).openCreateDialog();
    buttonByText(page, '取消').click();
    expect(mock(page).submissions).toBe(2);
  });

  it('submits the en dialog through the OK button that sits outside the form', async () => {
    const page = await loadConsolePage(
      MOCK_URLS.vpnConnectionList,
      { scenario: 'ready', lang: 'en' },
      { scripts: true },
    );
    mock(page).openCreateDialog();
    click(page, '[role="dialog"] [aria-controls="vpnc-dialog-bgw-list"]');
    expect(page.document.getElementById('vpnc-dialog-bgw-list')?.hidden).toBe(false);
    click(page, '#vpnc-dialog-bgw-list [role="option"]:nth-child(2)');
    click(page, '[role="dialog"] [role="switch"]');
    buttonByText(page, 'OK').click();
    expect(mock(page).submissions).toBe(1);
    expect(mock(page).lastSubmission?.borderGateway).toBe('bgw-bj-test (bgw-r3ada2)');
    expect(mock(page).lastSubmission?.bgpEnabled).toBe(false);
    expect(page.document.querySelector('[role="status"]')?.textContent).toBe('Created');
  });

  it('navigates to the create route in route mode, and back to the list after creating', async () => {
    const page = await loadConsolePage(
      MOCK_URLS.vpnConnectionList,
      { scenario: 'ready', lang: 'zh', createMode: 'route' },
      { scripts: true },
    );
    buttonByText(page, '创建').click();
    expect(page.window.location.href).toBe(MOCK_URLS.vpnConnectionCreate);
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
    expect(page.document.querySelector('main h1')?.textContent).toBe('创建VPN连接');
    buttonByText(page, '立即创建').click();
    expect(mock(page).submissions).toBe(1);
    expect(page.window.location.pathname).toBe('/host/vpnConnection/list');
  });

  it('serves the create route directly, with cancel going back to the list', async () => {
    const page = await loadConsolePage(
      MOCK_URLS.vpnConnectionCreate,
      { scenario: 'ready', lang: 'en' },
      { scripts: true },
    );
    expect(page.document.querySelector('main form[data-vpn-create-form]')).not.toBeNull();
    buttonByText(page, 'Cancel').click();
    expect(page.window.location.pathname).toBe('/host/vpnConnection/list');
    expect(mock(page).submissions).toBe(0);
  });

  it('shows the empty state for a region without gateways', async () => {
    const page = await loadConsolePage(MOCK_URLS.vpnConnectionCreate, {
      scenario: 'no-gateways',
      lang: 'zh',
    });
    const options = Array.from(page.document.querySelectorAll('select[name="bgwId"] option')).map(
      (o) => o.textContent,
    );
    expect(options).toEqual(['暂无数据']);
    const en = await loadConsolePage(MOCK_URLS.vpnConnectionCreate, { scenario: 'no-gateways', lang: 'en' });
    expect(en.document.querySelector('[role="listbox"]')?.textContent).toBe('No data');
  });

  it('renders another region from ?regionId', async () => {
    const page = await loadConsolePage(`${MOCK_URLS.vpnConnectionCreate}?regionId=cn-east-2`, {
      scenario: 'ready',
      lang: 'zh',
    });
    const options = Array.from(page.document.querySelectorAll('select[name="bgwId"] option')).map(
      (o) => o.textContent,
    );
    expect(options).toEqual(['请选择边界网关', 'bgw-sh-main（bgw-r3ade1）']);
  });
});

describe('the classic skin draws the new scenarios', () => {
  it('sub-user: the billing pages refuse, inside the console chrome', async () => {
    for (const url of [MOCK_URLS.capitalOverview, MOCK_URLS.billingCoupons]) {
      const zh = await loadConsolePage(url, { scenario: 'sub-user', lang: 'zh' });
      expect(zh.document.querySelector('main')?.textContent).toContain(
        '您没有权限访问该页面，请联系主账号授权',
      );
      expect(zh.document.querySelector('header')?.textContent).toContain('ops_wang');
      const en = await loadConsolePage(url, { scenario: 'sub-user', lang: 'en' });
      expect(en.document.querySelector('main')?.textContent).toContain('Access denied');
      expect(en.document.body.textContent).not.toContain('CNY');
    }
  });

  it('arrears: a 欠费金额 figure beside an available balance of zero', async () => {
    const page = await loadConsolePage(MOCK_URLS.capitalOverview, { scenario: 'arrears', lang: 'zh' });
    const text = page.document.querySelector('main')?.textContent ?? '';
    expect(text).toMatch(/可用余额¥0\.00/);
    expect(text).toContain('欠费金额¥12.56');
    const en = await loadConsolePage(MOCK_URLS.capitalOverview, { scenario: 'arrears', lang: 'en' });
    expect(en.document.querySelector('main')?.textContent).toMatch(/Arrears\W*CNY 12\.56/);
  });

  it('masked-name: the masked phone in the header and as the account name', async () => {
    const page = await loadConsolePage(MOCK_URLS.accountInfo, { scenario: 'masked-name', lang: 'zh' });
    expect(page.document.querySelector('header .account > span')?.textContent).toBe('138****1234');
    expect(page.document.querySelector('.info-table tr td')?.textContent).toBe('138****1234');
  });

  it('unmapped-coupon: frozen coupons get their own status word and, in en, their own tab', async () => {
    const zh = await loadConsolePage(MOCK_URLS.coupons, { scenario: 'unmapped-coupon', lang: 'zh' });
    const statuses = Array.from(zh.document.querySelectorAll('.jd-table__body tr td:last-child')).map(
      (td) => td.textContent,
    );
    expect(statuses).toEqual(['未使用', '未使用', '冻结']);
    expect(zh.document.body.textContent).toContain('除VPN外全部产品');
    const en = await loadConsolePage(`${MOCK_URLS.coupons}?status=frozen`, {
      scenario: 'unmapped-coupon',
      lang: 'en',
    });
    expect(en.document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Frozen');
    expect(en.document.querySelector('tbody')?.textContent).toContain('CP2026092001103');
  });
});
