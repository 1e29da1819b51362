import { afterEach, describe, expect, it } from 'vitest';
import { readCapitalOverview } from '../../../lib/readers/capital-overview';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';
import { capitalPage, deniedPage, URLS_2019 } from './fixtures-2019/console-2019';

afterEach(closeOpenPages);

const URL = MOCK_URLS.capitalOverview;
const LANGS: MockLanguage[] = ['zh', 'en'];

// cash and frozen in fen as each scenario's page shows them.
const EXPECTED: [ScenarioName, number, number][] = [
  ['ready', 128_000, 2_000],
  ['low-balance', 3_250, 0],
  ['coupons-lift', 3_000, 500],
  ['unverified', 20_000, 0],
  ['under-review', 8_800, 0],
  ['no-gateways', 50_000, 0],
];

async function read(scenario: ScenarioName, lang: MockLanguage, overrides = {}) {
  const page = await loadConsolePage(URL, { scenario, lang });
  return readCapitalOverview(page.context(overrides));
}

describe('readCapitalOverview on the classic mock console', () => {
  for (const [scenario, cash, frozen] of EXPECTED) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): cash ${cash} fen, frozen ${frozen} fen, billing not denied`, async () => {
        expect(await read(scenario, lang)).toEqual([
          { field: 'cash', value: cash, found: 'label' },
          { field: 'frozen', value: frozen, found: 'label' },
          { field: 'billingDenied', value: false, found: 'inference' },
        ]);
      });
    }
  }

  it('leaves 账户余额 out where the page shows the available amount', async () => {
    const readings = await read('ready', 'zh');
    expect(readings.map((r) => r.field)).not.toContain('accountBalance');
  });

  it('reads available cash, not the total that includes frozen funds', async () => {
    const readings = await read('ready', 'zh');
    expect(readings.find((r) => r.field === 'cash')?.value).toBe(128_000);
    expect(readings.map((r) => r.value)).not.toContain(130_000);
  });

  it('never reports the page-wide coupon figure', async () => {
    for (const lang of LANGS) {
      const readings = await read('coupons-lift', lang);
      expect(readings.map((r) => r.field)).not.toContain('coupons');
    }
  });

  for (const lang of LANGS) {
    it(`unreadable (${lang}): "--" and garbage give no reading at all`, async () => {
      expect(await read('unreadable', lang)).toEqual([]);
    });
  }
});

describe('readCapitalOverview selector overrides', () => {
  it('tries the override first', async () => {
    const page = await loadHtml(
      URL,
      `<main><dl><dt>可用余额</dt><dd>¥100.00</dd></dl><div id="real-cash"><b>¥ 42.00</b> <a>充值</a></div></main>`,
    );
    expect(readCapitalOverview(page.context({ cash: '#real-cash' }))).toEqual([
      { field: 'cash', value: 4_200, found: 'override' },
      { field: 'billingDenied', value: false, found: 'inference' },
    ]);
  });

  it('falls back to labels when the override matches nothing or is not a valid selector', async () => {
    const page = await loadConsolePage(URL, { scenario: 'low-balance', lang: 'en' });
    for (const selector of ['#no-such-element', '[[[invalid']) {
      const readings = readCapitalOverview(page.context({ cash: selector, frozen: selector }));
      expect(readings).toEqual([
        { field: 'cash', value: 3_250, found: 'label' },
        { field: 'frozen', value: 0, found: 'label' },
        { field: 'billingDenied', value: false, found: 'inference' },
      ]);
    }
  });

  it('gives no cash when the override points at something that is not money, and no stand-in for it', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'zh' });
    const readings = readCapitalOverview(page.context({ cash: 'main h1' }));
    expect(readings).toEqual([{ field: 'frozen', value: 2_000, found: 'label' }]);
  });

  it('takes the frozen override (found: override)', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'en' });
    page.document.body.insertAdjacentHTML('beforeend', '<b id="f">¥7.00</b>');
    expect(readCapitalOverview(page.context({ frozen: '#f' }))).toContainEqual({
      field: 'frozen',
      value: 700,
      found: 'override',
    });
  });
});

describe('readCapitalOverview layouts', () => {
  it.each([
    ['inline label: value', '<p>可用余额：¥1,234.56</p>', 123_456],
    ['label and value spans', '<div><span>现金余额</span><span>1,234.56 元</span></div>', 123_456],
    ['a table row', '<table><tr><th>Cash Balance</th><td>CNY 50</td></tr></table>', 5_000],
    ['a label with a unit suffix', '<div><label>可用余额（元）</label><strong>¥8.00</strong></div>', 800],
    ['10k-yuan units', '<dl><dt>Available Balance:</dt><dd>¥1.2万</dd></dl>', 1_200_000],
    ['a negative balance (arrears)', '<dl><dt>可用余额</dt><dd>-¥3.20</dd></dl>', -320],
  ])('reads cash from %s', async (_layout, html, fen) => {
    const page = await loadHtml(URL, `<main>${html}</main>`);
    expect(readCapitalOverview(page.context())).toEqual([
      { field: 'cash', value: fen, found: 'label' },
      { field: 'billingDenied', value: false, found: 'inference' },
    ]);
  });

  it('does not borrow the neighbouring frozen amount when cash is blank', async () => {
    const page = await loadHtml(
      URL,
      `<main><div class="row"><div class="item"><span>可用余额</span><span></span></div>
       <div class="item"><span>冻结金额</span><span>¥9.00</span></div></div></main>`,
    );
    expect(readCapitalOverview(page.context())).toEqual([{ field: 'frozen', value: 900, found: 'label' }]);
  });

  it('leaves out a negative frozen amount (frozen funds cannot be negative)', async () => {
    const page = await loadHtml(URL, '<main><dl><dt>冻结金额</dt><dd>-¥1.00</dd></dl></main>');
    expect(readCapitalOverview(page.context())).toEqual([]);
  });
});

describe('readCapitalOverview on the 2019-shaped capital page (资金账户)', () => {
  const url = URLS_2019.capital;

  it('reads 可用金额 as cash: never 账户总金额, 可开票金额, the alert threshold or a history row', async () => {
    const page = await loadHtml(
      url,
      capitalPage({
        total: '1,320.04元',
        available: '1,300.04元',
        frozen: '20.00元',
        invoiceable: '88.00元',
      }),
    );
    const readings = readCapitalOverview(page.context());
    expect(readings).toEqual([
      { field: 'cash', value: 130_004, found: 'label' },
      { field: 'frozen', value: 2_000, found: 'label' },
      { field: 'billingDenied', value: false, found: 'inference' },
    ]);
    for (const other of [132_004, 8_800, 20_000, 500_000])
      expect(readings.map((r) => r.value)).not.toContain(other);
  });

  it('reads the same page on the billing-console host', async () => {
    const page = await loadHtml(URLS_2019.billingCapital, capitalPage());
    expect(readCapitalOverview(page.context())[0]).toEqual({ field: 'cash', value: 4, found: 'label' });
  });

  it('keeps a negative available amount as negative cash', async () => {
    const page = await loadHtml(url, capitalPage({ available: '-12.50元', total: '-12.50元' }));
    expect(readCapitalOverview(page.context())[0]).toEqual({ field: 'cash', value: -1_250, found: 'label' });
  });

  it.each(['--', '-', '—', '***', '¥--.--', '¥**.**', '¥ NaN'])(
    'a placeholder (%s) under 可用金额 is no cash, and neither the total, the frozen amount nor 账户余额 stands in',
    async (placeholder) => {
      const page = await loadHtml(
        url,
        capitalPage({
          available: placeholder,
          frozen: '--',
          extra: '<div class="figure"><p>账户余额</p><p>¥99.00</p></div>',
        }),
      );
      expect(readCapitalOverview(page.context())).toEqual([]);
    },
  );

  it('reads 账户余额 as the weaker accountBalance where the page shows no available amount', async () => {
    const page = await loadHtml(
      url,
      `<body><div class="bar"><span>账户余额</span><span>¥56.78</span></div><div><span>冻结金额</span><span>0.00元</span></div></body>`,
    );
    expect(readCapitalOverview(page.context())).toEqual([
      { field: 'accountBalance', value: 5_678, found: 'label' },
      { field: 'frozen', value: 0, found: 'label' },
    ]);
  });

  it.each([
    ['Account Balance (en)', '<dl><dt>Account Balance</dt><dd>CNY 10.00</dd></dl>', 1_000],
    ['账户余额 inline', '<p>账户余额：¥1,000.00</p>', 100_000],
  ])('accountBalance from %s', async (_what, html, fen) => {
    const page = await loadHtml(url, `<main>${html}</main>`);
    expect(readCapitalOverview(page.context())).toEqual([
      { field: 'accountBalance', value: fen, found: 'label' },
    ]);
  });

  it.each([
    ['欠费金额 beside its label', '<div><span>欠费金额</span><span>¥12.00</span></div>', 1_200],
    ['a negative 欠费金额', '<dl><dt>欠费金额</dt><dd>-12.00元</dd></dl>', 1_200],
    ['已欠费 in a sentence', '<div class="el-alert">您的账户已欠费 ¥35.20，请及时充值</div>', 3_520],
    ['no debt', '<dl><dt>欠费金额</dt><dd>0.00元</dd></dl>', 0],
    ['Arrears (en)', '<dl><dt>Arrears</dt><dd>CNY 3.00</dd></dl>', 300],
  ])('reads arrears: %s', async (_what, html, fen) => {
    const page = await loadHtml(url, capitalPage({ extra: html }));
    expect(readCapitalOverview(page.context())).toContainEqual({
      field: 'arrears',
      value: fen,
      found: 'label',
    });
  });

  it('reads no arrears from a rule about them', async () => {
    const page = await loadHtml(url, capitalPage({ extra: '<p>欠费 24 小时后停服，请保持余额充足</p>' }));
    expect(readCapitalOverview(page.context()).map((r) => r.field)).not.toContain('arrears');
  });

  it.each([
    '您没有权限访问该页面，请联系主账号授权',
    '无访问权限',
    '没有权限',
    '无权限',
    'Access denied',
    'Permission denied',
    '403',
  ])('a page that refuses access (%s) says billingDenied', async (message) => {
    const page = await loadHtml(url, deniedPage(message));
    expect(readCapitalOverview(page.context())).toEqual([
      { field: 'billingDenied', value: true, found: 'inference' },
    ]);
  });

  it('a refusal of one part of a page that shows the cash is no refusal', async () => {
    const page = await loadHtml(url, capitalPage({ extra: '<p>无权限查看发票信息</p>' }));
    expect(readCapitalOverview(page.context())).toContainEqual({
      field: 'billingDenied',
      value: false,
      found: 'inference',
    });
  });
});
