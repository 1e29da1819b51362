import { afterEach, describe, expect, it } from 'vitest';
import {
  esc,
  MOCK_CONSOLE_PAGES,
  MOCK_URLS,
  type MockLanguage,
  mockConsoleResponse,
} from '../fixtures/console/render';
import { SCENARIO_NAMES, scenarios } from '../fixtures/console/scenarios';
import { closeOpenPages, type LoadedPage, loadConsolePage } from './support/load-fixture';

afterEach(closeOpenPages);

const LANGS: MockLanguage[] = ['zh', 'en'];
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
    for (const url of [...CONSOLE_URLS, MOCK_URLS.login, MOCK_URLS.docs]) {
      const { body } = mockConsoleResponse(url, { scenario: 'ready', lang: 'en' });
      expect(body, url).not.toMatch(/<link\b|<script[^>]+src=|<img\b|<iframe\b|@import|url\(/i);
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
    // The scenario definitions the task fixes: 32.50 + 10.00 < 50 and 30.00 + 25.00 >= 50.
    expect(scenarios['low-balance'].cashFen + (scenarios['low-balance'].expected.couponsFen ?? 0)).toBe(
      4_250,
    );
    expect(scenarios['coupons-lift'].cashFen + (scenarios['coupons-lift'].expected.couponsFen ?? 0)).toBe(
      5_500,
    );
  });
});

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
