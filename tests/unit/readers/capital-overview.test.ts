import { afterEach, describe, expect, it } from 'vitest';
import { readCapitalOverview } from '../../../lib/readers/capital-overview';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

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

describe('readCapitalOverview on the mock console', () => {
  for (const [scenario, cash, frozen] of EXPECTED) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): cash ${cash} fen, frozen ${frozen} fen`, async () => {
        expect(await read(scenario, lang)).toEqual([
          { field: 'cash', value: cash },
          { field: 'frozen', value: frozen },
        ]);
      });
    }
  }

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
      { field: 'cash', value: 4_200 },
    ]);
  });

  it('falls back to labels when the override matches nothing or is not a valid selector', async () => {
    const page = await loadConsolePage(URL, { scenario: 'low-balance', lang: 'en' });
    for (const selector of ['#no-such-element', '[[[invalid']) {
      const readings = readCapitalOverview(page.context({ cash: selector, frozen: selector }));
      expect(readings).toEqual([
        { field: 'cash', value: 3_250 },
        { field: 'frozen', value: 0 },
      ]);
    }
  });

  it('gives no reading when the override points at something that is not money', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'zh' });
    const readings = readCapitalOverview(page.context({ cash: 'main h1' }));
    expect(readings).toEqual([{ field: 'frozen', value: 2_000 }]);
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
    expect(readCapitalOverview(page.context())).toEqual([{ field: 'cash', value: fen }]);
  });

  it('does not borrow the neighbouring frozen amount when cash is blank', async () => {
    const page = await loadHtml(
      URL,
      `<main><div class="row"><div class="item"><span>可用余额</span><span></span></div>
       <div class="item"><span>冻结金额</span><span>¥9.00</span></div></div></main>`,
    );
    expect(readCapitalOverview(page.context())).toEqual([{ field: 'frozen', value: 900 }]);
  });

  it('leaves out a negative frozen amount (frozen funds cannot be negative)', async () => {
    const page = await loadHtml(URL, '<main><dl><dt>冻结金额</dt><dd>-¥1.00</dd></dl></main>');
    expect(readCapitalOverview(page.context())).toEqual([]);
  });
});
