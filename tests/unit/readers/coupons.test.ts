import { afterEach, describe, expect, it } from 'vitest';
import { readCoupons } from '../../../lib/readers/coupons';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const URL = MOCK_URLS.coupons;
const LANGS: MockLanguage[] = ['zh', 'en'];

// Unused coupons covering VPN (or everything) with pay-as-you-go billing, in fen.
const EXPECTED: [ScenarioName, number][] = [
  ['ready', 3_600],
  ['low-balance', 1_000],
  ['coupons-lift', 2_500],
  ['unverified', 0],
  ['under-review', 2_000],
  ['no-gateways', 0],
];

describe('readCoupons on the mock console', () => {
  for (const [scenario, fen] of EXPECTED) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): ${fen} fen`, async () => {
        const page = await loadConsolePage(URL, { scenario, lang });
        expect(readCoupons(page.context())).toEqual([{ field: 'coupons', value: fen }]);
      });
    }
  }

  it('coupons-lift: leaves out the VM-only coupon and the monthly-only coupon', async () => {
    const page = await loadConsolePage(URL, { scenario: 'coupons-lift', lang: 'zh' });
    const [reading] = readCoupons(page.context());
    // 15 + 10 count; 100 (VM only) and 40 (monthly only) must not.
    expect(reading?.value).toBe(2_500);
    expect(reading?.value).not.toBe(16_500);
    expect(reading?.value).not.toBe(20_500);
  });

  it('ready: counts the balance left on a part-used coupon, not its face value', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'en' });
    expect(readCoupons(page.context())).toEqual([{ field: 'coupons', value: 3_600 }]);
  });

  for (const lang of LANGS) {
    it(`unreadable (${lang}): garbled amounts give no reading`, async () => {
      const page = await loadConsolePage(URL, { scenario: 'unreadable', lang });
      expect(readCoupons(page.context())).toEqual([]);
    });
  }

  it('gives nothing while the Used or Expired tab is shown', async () => {
    for (const status of ['used', 'expired']) {
      const page = await loadConsolePage(`${URL}?status=${status}`, { scenario: 'ready', lang: 'en' });
      expect(
        page.document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.toLowerCase(),
      ).toBe(status);
      expect(readCoupons(page.context())).toEqual([]);
    }
  });
});

const HEAD = '<tr><th>面额</th><th>余额</th><th>适用产品</th><th>计费类型</th><th>状态</th></tr>';

async function table(rows: string, head = HEAD, before = '') {
  const page = await loadHtml(
    URL,
    `<main>${before}<table><thead>${head}</thead><tbody>${rows}</tbody></table></main>`,
  );
  return readCoupons(page.context());
}

describe('readCoupons rules', () => {
  it('counts only unused, VPN-or-all, pay-as-you-go rows', async () => {
    expect(
      await table(`
        <tr><td>¥10.00</td><td>¥10.00</td><td>VPN连接</td><td>按用量</td><td>未使用</td></tr>
        <tr><td>¥20.00</td><td>¥20.00</td><td>全部产品</td><td>按配置、按用量</td><td>可用</td></tr>
        <tr><td>¥40.00</td><td>¥40.00</td><td>云主机</td><td>按配置</td><td>未使用</td></tr>
        <tr><td>¥80.00</td><td>¥80.00</td><td>VPN连接</td><td>包年包月</td><td>未使用</td></tr>
        <tr><td>¥160.00</td><td>¥160.00</td><td>VPN连接</td><td>按用量</td><td>已过期</td></tr>
        <tr><td>¥320.00</td><td>¥0.00</td><td>VPN连接</td><td>按用量</td><td>已使用</td></tr>`),
    ).toEqual([{ field: 'coupons', value: 3_000 }]);
  });

  it('does not count a coupon whose scope or billing type cell is blank', async () => {
    expect(
      await table(`
        <tr><td>¥10.00</td><td>¥10.00</td><td></td><td>按用量</td><td>未使用</td></tr>
        <tr><td>¥20.00</td><td>¥20.00</td><td>VPN连接</td><td> </td><td>未使用</td></tr>`),
    ).toEqual([{ field: 'coupons', value: 0 }]);
  });

  it('uses the face value when there is no balance column', async () => {
    expect(
      await table(
        '<tr><td>¥12.00</td><td>All products</td><td>Pay-as-you-go</td><td>Unused</td></tr>',
        '<tr><th>Amount</th><th>Scope</th><th>Billing Method</th><th>Status</th></tr>',
      ),
    ).toEqual([{ field: 'coupons', value: 1_200 }]);
  });

  it('finds columns whose headers carry a unit or a colon', async () => {
    expect(
      await table(
        '<tr><td>100.00</td><td>12.50</td><td>VPN连接</td><td>按配置</td><td>未使用</td></tr>',
        '<tr><th>面额（元）</th><th>余额（元）</th><th>适用产品：</th><th>计费类型</th><th>状态</th></tr>',
      ),
    ).toEqual([{ field: 'coupons', value: 1_250 }]);
  });

  it('says 0 for an explicitly empty list and nothing for a table it cannot read', async () => {
    expect(await table('<tr><td colspan="5">暂无数据</td></tr>')).toEqual([{ field: 'coupons', value: 0 }]);
    expect(await table('<tr><td>--</td><td>--</td><td>VPN</td><td>按用量</td><td>未使用</td></tr>')).toEqual(
      [],
    );
    expect(await table('')).toEqual([]);
  });

  it('gives nothing on a page without a coupon table', async () => {
    const page = await loadHtml(URL, '<main><h1>代金券</h1><p>加载中…</p></main>');
    expect(readCoupons(page.context())).toEqual([]);
  });

  it('gives nothing when neither a status column nor an unused tab says which rows are unused', async () => {
    const rows = '<tr><td>¥12.00</td><td>¥12.00</td><td>VPN</td><td>按用量</td></tr>';
    const head = '<tr><th>面额</th><th>余额</th><th>适用产品</th><th>计费类型</th></tr>';
    expect(await table(rows, head)).toEqual([]);
    const allTab = '<div role="tablist"><a role="tab" aria-selected="true">全部</a></div>';
    expect(await table(rows, head, allTab)).toEqual([]);
    const unusedTab = '<div role="tablist"><a role="tab" aria-selected="true">未使用(1)</a></div>';
    expect(await table(rows, head, unusedTab)).toEqual([{ field: 'coupons', value: 1_200 }]);
  });

  it('takes a selector override first and refuses a non-money one', async () => {
    const page = await loadConsolePage(URL, { scenario: 'coupons-lift', lang: 'zh' });
    page.document.querySelector('main')?.insertAdjacentHTML('beforeend', '<p id="vpn-coupons">¥ 99.00</p>');
    expect(readCoupons(page.context({ coupons: '#vpn-coupons' }))).toEqual([
      { field: 'coupons', value: 9_900 },
    ]);
    expect(readCoupons(page.context({ coupons: 'main h1' }))).toEqual([]);
    expect(readCoupons(page.context({ coupons: '#missing' }))).toEqual([{ field: 'coupons', value: 2_500 }]);
  });
});
