import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { vpnDraftSchema } from '../../../lib/model/draft';
import { fieldValueSchemas } from '../../../lib/model/observation';
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
import { closeOpenPages, loadConsolePage } from '../support/load-fixture';

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
      { field: 'account', value: 'jdc_demo_02' },
      { field: 'realName', value: 'personal' },
      { field: 'signedIn', value: true },
    ]);
  });

  it('gives the capital overview readings plus the header', async () => {
    const page = await loadConsolePage(MOCK_URLS.capitalOverview, { scenario: 'low-balance', lang: 'en' });
    expect(readersByPage[classify(page.url, page.document)]?.(page.context())).toEqual([
      { field: 'cash', value: 3_250 },
      { field: 'frozen', value: 0 },
      { field: 'signedIn', value: true },
      { field: 'account', value: 'jdc_demo_02' },
    ]);
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
          }
        }
        const draft = readVpnConnectionForm(page);
        if (draft !== undefined) expect(vpnDraftSchema.safeParse(draft).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
