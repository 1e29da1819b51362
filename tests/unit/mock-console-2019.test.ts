/**
 * The console-2019 skin of the mock console: shaped on the real console (Vue 2 + Element UI), drawing
 * the same scenarios as the classic skin. See mock-console.test.ts for what both skins share.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MOCK_CONSOLE_PAGES, MOCK_URLS, type MockLanguage } from '../fixtures/console/render';
import { SCENARIO_NAMES, type ScenarioName, scenarios } from '../fixtures/console/scenarios';
import { closeOpenPages, type LoadedPage, loadConsolePage } from './support/load-fixture';

afterEach(closeOpenPages);

const LANGS: MockLanguage[] = ['zh', 'en'];

interface MockConsoleWindow {
  mockConsole: {
    skin: string;
    submissions: number;
    lastSubmission: Record<string, unknown> | null;
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

const SKIN_2019 = { skin: 'console-2019' } as const;

function load2019(url: string, scenario: ScenarioName, lang: MockLanguage = 'zh', scripts = false) {
  return loadConsolePage(url, { scenario, lang, ...SKIN_2019 }, { scripts });
}

const texts = (root: ParentNode, selector: string) =>
  Array.from(root.querySelectorAll(selector)).map((el) => el.textContent?.trim() ?? '');

/** What the 2019 capital page shows under each figure label, in page order. */
function figures(page: LoadedPage): [string, string][] {
  return Array.from(page.document.querySelectorAll('.capital-total, .capital-item')).map((block) => [
    block.querySelector('[class$="__label"]')?.textContent?.trim() ?? '',
    block.querySelector('[class$="__value"]')?.textContent?.trim() ?? '',
  ]);
}

describe('console-2019: the top bar', () => {
  it('is a bare div with the account name and a caret, and no sign-out until the menu opens', async () => {
    for (const url of MOCK_CONSOLE_PAGES) {
      for (const lang of LANGS) {
        const page = await load2019(url, 'ready', lang, true);
        const doc = page.document;
        expect(doc.querySelector('header, [role="banner"]'), url).toBeNull();
        expect(doc.querySelector('.jdc-topbar .user-dropdown')?.textContent).toBe('jdc_demo_01');
        expect(doc.body.textContent, url).not.toMatch(/退出|Sign Out|账户余额|Account Balance/);
        expect(doc.querySelector('.jdc-topbar')?.textContent, url).not.toMatch(/账号名|用户名|Username/);
        expect(doc.querySelector('.user-menu')).toBeNull();
      }
    }
  });

  it('builds the account menu on hover, and keeps it hidden once it closes', async () => {
    const page = await load2019(MOCK_URLS.vpcList, 'ready', 'zh', true);
    const trigger = page.document.querySelector('.user-dropdown') as HTMLElement;
    trigger.dispatchEvent(new page.window.MouseEvent('mouseenter') as unknown as Event);
    const menu = page.document.querySelector('body > .user-menu') as HTMLElement;
    expect(menu.textContent).toContain('账户余额：¥1,280.00');
    expect(texts(menu, '.user-menu__tiles a')).toEqual(['账户管理', '账户安全', 'Access Key管理']);
    expect(texts(menu, '.user-menu__foot a')).toEqual(['切换为子账号', '退出']);
    (page.document.querySelector('.content-body') as HTMLElement).click();
    expect(menu.style.display).toBe('none');
    trigger.click();
    expect(menu.style.display).toBe('');
  });

  it('shows a masked phone as the account name, and a sub-user no balance', async () => {
    const masked = await load2019(MOCK_URLS.accountInfo, 'masked-name', 'zh', true);
    expect(masked.document.querySelector('.user-name')?.textContent).toBe('138****1234');
    const sub = await load2019(MOCK_URLS.vpcList, 'sub-user', 'en', true);
    (sub.document.querySelector('.user-dropdown') as HTMLElement).click();
    expect(sub.document.querySelector('.user-menu')?.textContent).not.toContain('Account Balance');
  });
});

describe('console-2019: billing pages', () => {
  it('capital: the total first, then available, frozen and invoiceable; history balances are not the cash', async () => {
    const page = await load2019(MOCK_URLS.billingCapitalOverview, 'ready');
    expect(figures(page)).toEqual([
      ['账户总金额', '1,300.00元'],
      ['可用金额', '1,280.00元'],
      ['冻结金额', '20.00元'],
      ['可开票金额', '1,270.00元'],
    ]);
    expect(page.document.querySelector('.capital-warn')?.textContent).toContain('余额提醒阈值200.00');
    expect(texts(page.document, '.el-table__header th .cell')).toEqual([
      '流水单号',
      '时间',
      '类型',
      '收入/支出（元）',
      '余额（元）',
    ]);
    const balances = texts(page.document, '.el-table__body tr td:last-child');
    expect(balances).toHaveLength(3);
    expect(balances).not.toContain('1,280.00');
    const en = await load2019(MOCK_URLS.capitalOverview, 'ready', 'en');
    expect(figures(en).map(([label]) => label)).toEqual([
      'Total Amount',
      'Available Amount',
      'Frozen Amount',
      'Invoiceable Amount',
    ]);
    expect(figures(en)[1]?.[1]).toBe('¥1,280.00');
  });

  it('capital, arrears: 已欠费, a 欠费金额 figure and 可用金额 0.00', async () => {
    const page = await load2019(MOCK_URLS.capitalOverview, 'arrears');
    expect(figures(page)).toContainEqual(['可用金额', '0.00元']);
    expect(figures(page)).toContainEqual(['欠费金额', '12.56元']);
    expect(page.document.querySelector('.capital-total .el-tag')?.textContent).toBe('已欠费');
    expect(page.document.querySelector('[role="alert"]')?.textContent).toContain('已欠费');
  });

  it('sub-user: 无权限访问 on both billing pages and hosts, in the console chrome', async () => {
    for (const url of [MOCK_URLS.capitalOverview, MOCK_URLS.billingCoupons]) {
      const page = await load2019(url, 'sub-user');
      expect(page.document.querySelector('.no-permission')?.textContent).toBe(
        '无权限访问您没有权限访问该页面，请联系主账号授权',
      );
      expect(page.document.querySelector('.user-name')?.textContent).toBe('ops_wang');
      expect(page.document.body.textContent).not.toContain('可用金额');
      const en = await load2019(url, 'sub-user', 'en');
      expect(en.document.querySelector('.no-permission__title')?.textContent).toBe('Access denied');
    }
  });

  it('coupons: tabs as links, the 2018 columns with no balance column, 启用 and 冻结, one billing type per line', async () => {
    const page = await load2019(MOCK_URLS.billingCoupons, 'unmapped-coupon');
    const doc = page.document;
    expect(texts(doc, '[role="tab"]')).toEqual(['未使用', '已使用', '已过期']);
    expect(doc.querySelector('[role="tab"].is-active a')?.getAttribute('href')).toBe('?status=unused');
    expect(texts(doc, '.content-header__links a')).toEqual(['激活代金券', '代金券帮助文档']);
    expect(texts(doc, '.el-table__header th .cell')).toEqual([
      '代金券编码',
      '适用产品',
      '计费类型',
      '面额（元）',
      '有效日期',
      '状态',
    ]);
    const rows = Array.from(doc.querySelectorAll('.el-table__body tr')).map((tr) => texts(tr, 'td .cell'));
    expect(rows[0]).toEqual([
      '31KGDwW',
      '基础云',
      '按配置按用量',
      '40.00',
      '2026-09-20 00:00:00至2036-12-31 23:59:59',
      '启用',
    ]);
    expect(rows.map((row) => row[5])).toEqual(['启用', '启用', '冻结']);
    expect(doc.querySelectorAll('.el-table__body tr:first-child td:nth-child(3) .cell > div')).toHaveLength(
      2,
    );
    expect(doc.querySelector('.el-pagination__total')?.textContent).toBe('共 3 条');
  });

  it('coupons: thousands separators, a region line, the empty text, and the other tabs', async () => {
    const page = await load2019(MOCK_URLS.coupons, 'second-account');
    expect(texts(page.document, '.el-table__body td:nth-child(4) .cell')).toEqual(['30.00', '1,000.00']);
    expect(page.document.querySelector('.el-table__body td:nth-child(2)')?.textContent).toBe(
      'VPN地域：华北-北京',
    );
    const none = await load2019(MOCK_URLS.coupons, 'unverified', 'en');
    expect(none.document.querySelector('.el-table__empty-text')?.textContent).toBe('No Data');
    expect(none.document.querySelector('.el-pagination__total')?.textContent).toBe('Total 0');
    const used = await load2019(`${MOCK_URLS.coupons}?status=used`, 'ready');
    expect(texts(used.document, '.el-table__body td:last-child .cell')).toEqual(['已使用']);
    expect(used.document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('已使用');
  });
});

describe('console-2019: account pages', () => {
  const blocks = (page: LoadedPage) =>
    Array.from(page.document.querySelectorAll('.verify-card')).map((card) => card.textContent ?? '');

  it('real-name: two blocks, no status label; 立即认证 does not mean unverified', async () => {
    for (const name of SCENARIO_NAMES.filter((n) => scenarios[n].signedIn)) {
      const page = await load2019(MOCK_URLS.realName, name);
      expect(page.document.body.textContent, name).not.toContain('实名认证状态');
      expect(blocks(page), name).toHaveLength(2);
    }
    const none = await load2019(MOCK_URLS.realName, 'unverified');
    expect(texts(none.document, '.verify-card button')).toEqual(['立即认证', '立即认证']);
    expect(none.document.body.textContent).not.toContain('已认证');
    const personal = await load2019(MOCK_URLS.realName, 'ready');
    expect(blocks(personal)[0]).toContain('已认证');
    expect(blocks(personal)[1]).toContain('立即认证');
    const review = await load2019(MOCK_URLS.realName, 'under-review');
    expect(blocks(review)[1]).toContain('您已提交企业认证信息，请等待审核。系统将会在3个工作日内进行审核');
    expect(blocks(review)[0]).toContain('立即认证');
    const garbled = await load2019(MOCK_URLS.realName, 'unreadable', 'en');
    expect(blocks(garbled).join('')).not.toMatch(/Verified|Verify Now|review/);
  });

  it('basic info: 账号名 / 账号ID / PIN or 用户Pin / 账户ID / 用户昵称 / 账号类型 / 真实姓名, by scenario', async () => {
    const rows = (page: LoadedPage) =>
      Array.from(page.document.querySelectorAll('.info-form .el-form-item')).map((item) => [
        item.querySelector('.el-form-item__label')?.textContent,
        item.querySelector('.el-form-item__content')?.textContent?.trim(),
      ]);
    const masked = rows(await load2019(MOCK_URLS.accountInfo, 'masked-name'));
    expect(masked.slice(0, 3)).toEqual([
      ['账号名：', '138****1234'],
      ['账号ID：', '324100001313'],
      ['PIN (客户识别码)：', 'jd_5a7c31e9b2d04'],
    ]);
    expect(masked[5]).toEqual(['实名认证：', '已认证 个人查看']);
    const sub = rows(await load2019(MOCK_URLS.accountInfo, 'sub-user'));
    expect(sub.map(([label]) => label)).toEqual([
      '用户Pin',
      '账户ID',
      '用户昵称',
      '账号类型',
      '真实姓名',
      '实名认证',
    ]);
    expect(sub[3]).toEqual(['账号类型', '子用户']);
    const none = rows(await load2019(MOCK_URLS.accountInfo, 'unverified', 'en'));
    expect(none[5]).toEqual(['Real-name Verification:', 'UnverifiedVerify Now']);
  });
});

describe('console-2019: cns-console (scripts run under happy-dom)', () => {
  const dialogOf = (page: LoadedPage) => page.document.querySelector('.el-dialog__wrapper') as HTMLElement;
  const item = (page: LoadedPage, prop: string) =>
    page.document
      .querySelector(`.el-dialog .el-form-item__label[for="${prop}"]`)
      ?.closest('.el-form-item') as HTMLElement;

  it('lists connections under segmented region buttons; the dialog waits hidden with no body', async () => {
    const page = await load2019(MOCK_URLS.vpnConnectionList, 'ready', 'zh', true);
    const doc = page.document;
    expect(mock(page).skin).toBe('console-2019');
    expect(texts(doc, '.el-radio-button')).toEqual(['华北-北京', '华南-广州', '华东-宿迁', '华东-上海']);
    expect(texts(doc, '.el-radio-button.is-active')).toEqual(['华北-北京']);
    expect(doc.querySelectorAll('.el-radio-button[aria-checked]')).toHaveLength(1);
    expect(texts(doc, '.el-table__body tr td:first-child a')).toEqual([
      'bj-to-idc-primary',
      'bj-to-idc-backup',
    ]);
    expect(dialogOf(page).style.display).toBe('none');
    expect(doc.querySelector('.el-dialog')?.getAttribute('aria-label')).toBe('创建VPN连接');
    expect(doc.querySelector('.el-dialog__body')).toBeNull();
    expect(texts(doc, '.el-dialog__footer button > span')).toEqual(['取 消', '确 定']);
    expect(doc.querySelector('.el-dialog__footer button')?.getAttribute('type')).toBe('button');
  });

  it('opens an Element dialog over the list: labels, help text, selects and a BGP switch, no name attributes', async () => {
    const page = await load2019(MOCK_URLS.vpnConnectionList, 'ready', 'zh', true);
    buttonByText(page, '创建').click();
    expect(page.window.location.href).toBe(MOCK_URLS.vpnConnectionList);
    expect(dialogOf(page).style.display).toBe('');
    expect(page.document.querySelector('body > .v-modal')).not.toBeNull();
    const dialog = page.document.querySelector('[role="dialog"][aria-modal="true"]') as HTMLElement;
    expect(texts(dialog, '.el-form-item__label')).toEqual([
      '名称',
      '描述',
      '边界网关',
      '客户网关',
      '连接类型',
      '启用BGP',
    ]);
    expect(item(page, 'name').textContent).toContain(
      '名称不可为空，只支持中文、数字、大小写字母、英文下划线“_”及中划线“-”，且不能超过32字符',
    );
    expect(dialog.querySelectorAll('[name]:not([name=""])')).toHaveLength(0);
    expect(page.document.getElementById('name')).toBeNull();
    expect(item(page, 'cgwId').querySelector('a')?.textContent).toBe('新建客户网关');
    expect(item(page, 'connectionType').querySelector('.el-form-item__content')?.textContent).toBe('IPv4');
    expect(item(page, 'bgpEnabled').querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe(
      'true',
    );
    // The border gateway's options are in the DOM but hidden; the customer gateway's are not there yet.
    const bgwList = item(page, 'bgwId').querySelector('.el-select-dropdown') as HTMLElement;
    expect(bgwList.style.display).toBe('none');
    expect(texts(bgwList, 'li.el-select-dropdown__item')).toEqual(['bgw-bj-prod', 'bgw-bj-test']);
    expect(item(page, 'cgwId').querySelector('.el-select-dropdown')).toBeNull();
    expect(page.document.querySelectorAll('.el-select-dropdown')).toHaveLength(1);
  });

  it('chooses options into the readonly inputs only, and records 确 定 once like the classic skin', async () => {
    const page = await load2019(MOCK_URLS.vpnConnectionList, 'ready', 'zh', true);
    mock(page).openCreateDialog();
    const name = item(page, 'name').querySelector('input') as HTMLInputElement;
    name.value = 'vpn-to-idc';
    (item(page, 'bgwId').querySelector('.el-select') as HTMLElement).click();
    expect((item(page, 'bgwId').querySelector('.el-select-dropdown') as HTMLElement).style.display).toBe('');
    click(page, '.el-dialog li.el-select-dropdown__item:nth-child(2)');
    (item(page, 'cgwId').querySelector('.el-select') as HTMLElement).click();
    const appended = page.document.querySelector('body > .el-select-dropdown') as HTMLElement;
    expect(texts(appended, 'li')).toEqual(['idc-beijing-01', 'idc-tianjin-02']);
    (appended.querySelector('li') as HTMLElement).click();
    expect(appended.style.display).toBe('none');
    expect((item(page, 'cgwId').querySelector('input') as HTMLInputElement).value).toBe('idc-beijing-01');
    const sw = item(page, 'bgpEnabled').querySelector('[role="switch"]') as HTMLElement;
    sw.click();
    expect(sw.hasAttribute('aria-checked')).toBe(false);
    buttonByText(page, '确 定').click();
    expect(mock(page).submissions).toBe(1);
    expect(mock(page).lastSubmission).toEqual({
      name: 'vpn-to-idc',
      description: '',
      borderGateway: 'bgw-bj-test',
      customerGateway: 'idc-beijing-01',
      bgpEnabled: false,
    });
    expect(page.document.querySelector('.el-message')?.textContent).toBe('创建成功');
    expect(dialogOf(page).style.display).toBe('none');
    expect(texts(page.document, '.el-table__body tr td:first-child')).toContain('vpn-to-idc');
    // Reopened, the form is reset; 取 消 and Escape close it without a submission.
    mock(page).openCreateDialog();
    expect((item(page, 'name').querySelector('input') as HTMLInputElement).value).toBe('');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    buttonByText(page, '取 消').click();
    expect(dialogOf(page).style.display).toBe('none');
    mock(page).openCreateDialog();
    page.document.dispatchEvent(
      new page.window.KeyboardEvent('keydown', { key: 'Escape' }) as unknown as Event,
    );
    expect(dialogOf(page).style.display).toBe('none');
    expect(page.document.querySelector('.v-modal')).toBeNull();
    expect(mock(page).submissions).toBe(1);
  });

  it('confirms on Enter in the name field and on a submit of the el-form, once each', async () => {
    const page = await load2019(MOCK_URLS.vpnConnectionList, 'ready', 'en', true);
    mock(page).openCreateDialog();
    const name = item(page, 'name').querySelector('input') as HTMLInputElement;
    name.dispatchEvent(
      new page.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }) as unknown as Event,
    );
    expect(mock(page).submissions).toBe(1);
    expect(page.document.querySelector('.el-message')?.textContent).toBe('Created');
    mock(page).openCreateDialog();
    (page.document.querySelector('.el-dialog form') as HTMLFormElement).requestSubmit();
    expect(mock(page).submissions).toBe(2);
    expect(texts(page.document, '.el-dialog__footer button')).toEqual(['Cancel', 'OK']);
  });

  it('shows 无数据 in both selects of a region without gateways', async () => {
    const page = await load2019(MOCK_URLS.vpnConnectionList, 'no-gateways', 'zh', true);
    mock(page).openCreateDialog();
    expect(item(page, 'bgwId').querySelector('.el-select-dropdown__empty')?.textContent).toBe('无数据');
    expect(item(page, 'bgwId').querySelectorAll('li')).toHaveLength(0);
    (item(page, 'cgwId').querySelector('.el-select') as HTMLElement).click();
    expect(page.document.querySelector('body > .el-select-dropdown')?.textContent).toBe('无数据');
    expect(page.document.querySelector('.el-table__empty-text')?.textContent).toBe('暂无数据');
  });

  it('in route mode goes to /create with the same form, and back to the list after 确 定', async () => {
    const page = await load2019(MOCK_URLS.vpnConnectionList, 'ready', 'zh', true);
    const route = await loadConsolePage(
      MOCK_URLS.vpnConnectionList,
      { scenario: 'ready', lang: 'zh', createMode: 'route', ...SKIN_2019 },
      { scripts: true },
    );
    buttonByText(route, '创建').click();
    expect(route.window.location.href).toBe(MOCK_URLS.vpnConnectionCreate);
    expect(route.document.querySelector('.content-header__title')?.textContent).toBe('创建VPN连接');
    const dialogForm = page.document.getElementById('vpn-form-tpl') as HTMLTemplateElement;
    expect(texts(route.document, 'form .el-form-item__label')).toEqual(
      texts(dialogForm.content, '.el-form-item__label'),
    );
    expect(texts(route.document, 'form .el-form-item__label')).toHaveLength(6);
    buttonByText(route, '确 定').click();
    expect(mock(route).submissions).toBe(1);
    expect(route.window.location.pathname).toBe('/host/vpnConnection/list');
    expect(route.document.title).toBe('VPN连接 - 京东云');
  });

  it('serves another region from ?regionId, 华东-宿迁 empty, and no selected region when unreadable', async () => {
    const sh = await load2019(`${MOCK_URLS.vpnConnectionCreate}?regionId=cn-east-2`, 'ready');
    expect(texts(sh.document, '.el-radio-button.is-active')).toEqual(['华东-上海']);
    expect(texts(sh.document, 'form li.el-select-dropdown__item')).toEqual(['bgw-sh-main']);
    const sq = await load2019(`${MOCK_URLS.vpnConnectionCreate}?regionId=cn-east-1`, 'ready');
    expect(sq.document.querySelector('form .el-select-dropdown__empty')?.textContent).toBe('无数据');
    const garbled = await load2019(MOCK_URLS.vpnConnectionList, 'unreadable');
    expect(garbled.document.querySelector('.el-radio-button.is-active')).toBeNull();
  });
});
