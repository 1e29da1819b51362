import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { vpnDraftSchema } from '../../../lib/model/draft';
import { FOUND_BY, fieldValueSchemas } from '../../../lib/model/observation';
import { PAGE_KINDS } from '../../../lib/model/page-kind';
import { classify, findVpnConnectionForm } from '../../../lib/pages';
import {
  readAccountInfo,
  readCapitalOverview,
  readConsoleHeader,
  readCoupons,
  readersByPage,
  readLoginPage,
  readRealName,
  readVpnConnectionForm,
} from '../../../lib/readers';
import { MOCK_URLS } from '../../fixtures/console/render';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';
import { accountPage, capitalPage, couponsPage, realNamePage, URLS_2019 } from './fixtures-2019/console-2019';

afterEach(closeOpenPages);

describe('readersByPage', () => {
  it('has a reader for every page kind except not-ours and the console pages a VPN does not need', () => {
    const unread = ['not-ours', 'other-console'];
    for (const kind of PAGE_KINDS) {
      expect(typeof readersByPage[kind], kind).toBe(unread.includes(kind) ? 'undefined' : 'function');
    }
  });

  it('adds the header readings after the page readings, without repeating a field', async () => {
    const page = await loadConsolePage(MOCK_URLS.accountInfo, { scenario: 'low-balance', lang: 'zh' });
    expect(readersByPage['account-info']?.(page.context())).toEqual([
      { field: 'account', value: 'jdc_demo_02', found: 'label' },
      { field: 'realName', value: 'personal', found: 'label' },
      { field: 'signedIn', value: true, found: 'inference' },
    ]);
  });

  it('gives the capital overview readings plus the header', async () => {
    const page = await loadConsolePage(MOCK_URLS.capitalOverview, { scenario: 'low-balance', lang: 'en' });
    expect(readersByPage[classify(page.url, page.document)]?.(page.context())).toEqual([
      { field: 'cash', value: 3_250, found: 'label' },
      { field: 'frozen', value: 0, found: 'label' },
      { field: 'billingDenied', value: false, found: 'inference' },
      { field: 'signedIn', value: true, found: 'inference' },
      { field: 'account', value: 'jdc_demo_02', found: 'label' },
    ]);
  });

  it('reads a 2019-shaped capital page with its bar: the page figures, then the name beside the caret', async () => {
    const page = await loadHtml(URLS_2019.capital, capitalPage({ available: '32.50元', frozen: '0.00元' }));
    expect(readersByPage[classify(page.url, page.document)]?.(page.context())).toEqual([
      { field: 'cash', value: 3_250, found: 'label' },
      { field: 'frozen', value: 0, found: 'label' },
      { field: 'billingDenied', value: false, found: 'inference' },
      { field: 'signedIn', value: true, found: 'inference' },
      { field: 'account', value: 'jcloudiaas5', found: 'inference' },
    ]);
  });

  it('reads the 2019-shaped account page: the pin from the page, the bar name as the account', async () => {
    const page = await loadHtml(URLS_2019.accountInfo, accountPage([['用户Pin：', 'jcloudiaas5']]));
    expect(readersByPage['account-info']?.(page.context())).toEqual([
      { field: 'pin', value: 'jcloudiaas5', found: 'label' },
      { field: 'signedIn', value: true, found: 'inference' },
      { field: 'account', value: 'jcloudiaas5', found: 'inference' },
    ]);
  });

  it('every reading says how it was found, on every kind of page', async () => {
    const pages = [
      await loadHtml(URLS_2019.capital, capitalPage()),
      await loadHtml(URLS_2019.coupons, couponsPage({ rows: [] })),
      await loadHtml(URLS_2019.realName, realNamePage({ action: '立即认证' }, { action: '立即认证' })),
    ];
    for (const page of pages) {
      const readings = readersByPage[classify(page.url, page.document)]?.(page.context()) ?? [];
      expect(readings.length).toBeGreaterThan(0);
      for (const reading of readings) expect(FOUND_BY).toContain(reading.found);
    }
  });
});

// Pieces the generated pages are made of: the readers' own vocabulary, values good and bad, and
// the structures they look into.
const words = fc.constantFrom(
  '可用余额',
  '冻结金额',
  '账户余额',
  'Available Balance',
  '实名认证状态',
  '个人认证',
  '企业认证',
  '审核中',
  '账号名',
  'Username',
  '名称',
  '描述',
  '边界网关',
  'Border Gateway',
  '客户网关',
  '启用BGP',
  '地域',
  '华北-北京',
  '创建VPN连接',
  '暂无数据',
  'No data',
  '请选择',
  '余额',
  '状态',
  '未使用',
  '适用产品',
  'VPN',
  '计费类型',
  '按用量',
  '退出登录',
  '登录',
  '¥32.50',
  '--',
  'NaN',
  '1.2万',
  '：',
  '',
  '可用金额',
  '账户总金额',
  '欠费金额',
  '无权限',
  '用户Pin',
  'PIN (客户识别码)',
  '个人实名认证',
  '已认证',
  '立即认证',
  '您已提交企业认证信息，请等待审核。',
  '概览',
  '消息',
  '工单 ▾',
  '费用',
  '备案',
  'jcloudiaas5 ▾',
  '138****1234',
  '面额（元）',
  '有效日期',
  '2026-09-20 00:00:00至2036-12-31 23:59:59',
  '启用',
  '除VPN外全部产品',
  '基础云',
  '确 定',
);
const tags = fc.constantFrom(
  'div',
  'span',
  'dl',
  'dt',
  'dd',
  'label',
  'table',
  'tr',
  'th',
  'td',
  'form',
  'header',
  'main',
  'p',
  'a',
  'button',
  'select',
  'option',
  'ul',
  'li',
  'h3',
  'input',
  'i',
);
const attrs = fc.constantFrom(
  '',
  ' role="dialog"',
  ' role="combobox"',
  ' role="listbox"',
  ' role="option" aria-selected="true"',
  ' role="switch" aria-checked="true"',
  ' role="tab" aria-selected="true"',
  ' aria-modal="true"',
  ' hidden',
  ' id="x"',
  ' aria-labelledby="x"',
  ' aria-controls="x"',
  ' for="x"',
  ' style="display:none"',
  ' aria-haspopup="true"',
  ' class="is-active"',
  ' class="el-icon-caret-bottom"',
  ' readonly value="bgw-1"',
  ' class="el-select-dropdown__item"',
  ' class="is-checked"',
);
const snippet = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    fc.string({ maxLength: 12 }),
    fc
      .tuple(tags, attrs, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attr, children]) => `<${tag}${attr}>${children.join('')}</${tag}>`),
  ),
})).node;

const URLS = [
  MOCK_URLS.capitalOverview,
  MOCK_URLS.coupons,
  MOCK_URLS.realName,
  MOCK_URLS.accountInfo,
  MOCK_URLS.login,
  MOCK_URLS.vpnConnectionList,
  MOCK_URLS.vpnConnectionCreate,
  MOCK_URLS.consoleOverview,
];

describe('readers on arbitrary HTML', () => {
  const window = new Window({ url: MOCK_URLS.vpnConnectionList });
  const document = window.document as unknown as Document;
  afterAll(() => window.happyDOM.close());

  it('never throw, and every reading and draft fits the model', () => {
    fc.assert(
      fc.property(fc.array(snippet, { maxLength: 6 }), fc.constantFrom(...URLS), (parts, url) => {
        document.body.innerHTML = parts.join('');
        const page = { document, overrides: { cash: 'main dd', coupons: '[[bad' } };
        const kind = classify(url, document);
        expect(PAGE_KINDS).toContain(kind);
        findVpnConnectionForm(document);
        // The raw readers, not the safety-wrapped ones in readersByPage, so a throw would surface.
        const raw = [
          readCapitalOverview,
          readCoupons,
          readRealName,
          readAccountInfo,
          readConsoleHeader,
          readLoginPage,
        ];
        for (const reader of raw) {
          for (const reading of reader(page)) {
            expect(fieldValueSchemas[reading.field].safeParse(reading.value).success).toBe(true);
            expect(FOUND_BY).toContain(reading.found);
          }
        }
        const draft = readVpnConnectionForm(page);
        if (draft !== undefined) expect(vpnDraftSchema.safeParse(draft).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
