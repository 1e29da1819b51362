import { afterEach, describe, expect, it } from 'vitest';
import type { Coupon, CouponBillingType, CouponCover } from '../../../lib/model/observation';
import { couponSchema } from '../../../lib/model/observation';
import { parseCouponScope, parseCouponValidity, readCoupons } from '../../../lib/readers/coupons';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import { type ScenarioName, scenarios } from '../../fixtures/console/scenarios';
import { PRODUCT_NAMES } from '../../fixtures/console/shared';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';
import { couponsPage, URLS_2019 } from './fixtures-2019/console-2019';

afterEach(closeOpenPages);

const URL = MOCK_URLS.coupons;
const LANGS: MockLanguage[] = ['zh', 'en'];
const HOUR = 3_600_000;

/** Epoch ms of a China-time (UTC+8) wall clock. */
function chinaTime(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, m - 1, d, h, mi, s) - 8 * HOUR;
}

/** The end of a China-time day (the last millisecond). */
function endOfChinaDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return chinaTime(y, m, d + 1) - 1;
}

const BILLING: Record<string, CouponBillingType> = {
  'by-configuration': 'configuration',
  'by-consumption': 'consumption',
  monthly: 'monthly',
};

/** What the classic mock's coupons page must give: every unused coupon, as the scenario defines it. */
function expectedList(scenario: ScenarioName, lang: MockLanguage): Coupon[] {
  return scenarios[scenario].coupons
    .filter((coupon) => coupon.status === 'unused')
    .map((coupon) => {
      const covers: CouponCover = coupon.products.includes('all')
        ? 'all'
        : coupon.products.includes('vpn')
          ? 'vpn'
          : coupon.products.includes('basic-cloud')
            ? 'unmapped'
            : 'none';
      return {
        amountFen: coupon.balanceFen,
        scope: coupon.products
          .map((product) => PRODUCT_NAMES[product][lang])
          .join(lang === 'zh' ? '、' : ', '),
        covers,
        billingTypes: coupon.billingTypes.map((type) => BILLING[type] as CouponBillingType),
        validUntil: endOfChinaDay(coupon.validUntil),
      };
    });
}

const SCENARIOS: ScenarioName[] = [
  'ready',
  'low-balance',
  'coupons-lift',
  'unverified',
  'under-review',
  'no-gateways',
];

describe('readCoupons on the classic mock console', () => {
  for (const scenario of SCENARIOS) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): the unused coupons, each with what it covers and its billing types`, async () => {
        const page = await loadConsolePage(URL, { scenario, lang });
        const readings = readCoupons(page.context());
        expect(readings).toEqual([
          { field: 'couponList', value: expectedList(scenario, lang), found: 'label' },
        ]);
        for (const coupon of expectedList(scenario, lang)) expect(couponSchema.parse(coupon)).toEqual(coupon);
      });
    }
  }

  it('coupons-lift: lists the VM-only coupon as covering none and the monthly-only one as monthly', async () => {
    const page = await loadConsolePage(URL, { scenario: 'coupons-lift', lang: 'zh' });
    const [reading] = readCoupons(page.context());
    const list = reading?.field === 'couponList' ? reading.value : [];
    expect(list.find((c) => c.scope === '云主机')).toMatchObject({ amountFen: 10_000, covers: 'none' });
    expect(list.find((c) => c.scope === 'VPN连接、云主机')).toMatchObject({
      amountFen: 4_000,
      covers: 'vpn',
      billingTypes: ['monthly'],
    });
  });

  it('ready: the balance left on a part-used coupon, not its face value', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'en' });
    const [reading] = readCoupons(page.context());
    expect(reading?.field === 'couponList' && reading.value.map((c) => c.amountFen)).toEqual([3_600]);
  });

  for (const lang of LANGS) {
    it(`unreadable (${lang}): a usable coupon with a garbled amount gives no list at all`, async () => {
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

  it('takes a selector override first as the one coupons amount, and refuses a non-money one', async () => {
    const page = await loadConsolePage(URL, { scenario: 'coupons-lift', lang: 'zh' });
    page.document.querySelector('main')?.insertAdjacentHTML('beforeend', '<p id="vpn-coupons">¥ 99.00</p>');
    expect(readCoupons(page.context({ coupons: '#vpn-coupons' }))).toEqual([
      { field: 'coupons', value: 9_900, found: 'override' },
    ]);
    expect(readCoupons(page.context({ coupons: 'main h1' }))).toEqual([]);
    expect(readCoupons(page.context({ coupons: '#missing' }))[0]?.field).toBe('couponList');
  });
});

async function read2019(options: Parameters<typeof couponsPage>[0]) {
  const page = await loadHtml(URLS_2019.coupons, couponsPage(options));
  return readCoupons(page.context());
}

async function list2019(options: Parameters<typeof couponsPage>[0]): Promise<Coupon[] | undefined> {
  const [reading, ...rest] = await read2019(options);
  expect(rest).toEqual([]);
  if (!reading) return undefined;
  expect(reading.field).toBe('couponList');
  expect(reading.found).toBe('label');
  return reading.field === 'couponList' ? reading.value : undefined;
}

describe('readCoupons on the 2019-shaped 代金券管理 page (Element tabs and split table)', () => {
  it('reads the 2018 sample row: face value only, billing types one per line, China-time validity, 启用', async () => {
    const list = await list2019({
      rows: [
        {
          code: '31KGDwW',
          scope: '基础云',
          billing: ['配置', '包年包月', '流量', '次数'],
          face: '2.00',
          validity: '2018-09-20 00:00:00至2018-09-30 00:00:00',
          status: '启用',
        },
      ],
    });
    expect(list).toEqual([
      {
        amountFen: 200,
        scope: '基础云',
        covers: 'unmapped',
        billingTypes: ['configuration', 'monthly', 'other'],
        validFrom: chinaTime(2018, 9, 20),
        validUntil: chinaTime(2018, 9, 30),
      },
    ]);
    expect(list?.[0]?.validFrom).toBe(Date.UTC(2018, 8, 19, 16));
  });

  it('reads thousands separators and 元/¥/CNY in the amount', async () => {
    const row = { scope: '对象存储', billing: '按用量', validity: '2036-12-31', status: '未使用' };
    const list = await list2019({
      rows: [
        { ...row, face: '1,000.00' },
        { ...row, face: '¥2,500.50' },
        { ...row, face: 'CNY 3.00' },
        { ...row, face: '4.00元' },
      ],
    });
    expect(list?.map((c) => c.amountFen)).toEqual([100_000, 250_050, 300, 400]);
    expect(list?.every((c) => c.covers === 'none')).toBe(true);
  });

  it('prefers the balance column over the face value where one exists', async () => {
    const list = await list2019({
      balanceColumn: true,
      rows: [
        {
          scope: 'VPN',
          billing: '按用量',
          face: '50.00',
          balance: '36.00',
          validity: '2036-12-31',
          status: '未使用',
        },
      ],
    });
    expect(list?.map((c) => c.amountFen)).toEqual([3_600]);
  });

  it.each([
    ['按配置', ['configuration']],
    ['按用量', ['consumption']],
    ['按量付费', ['consumption']],
    ['按使用量', ['consumption']],
    ['包年包月', ['monthly']],
    ['按配置、按用量', ['configuration', 'consumption']],
    ['按配置 / 按用量', ['configuration', 'consumption']],
    ['按配置,按用量', ['configuration', 'consumption']],
    ['流量', ['other']],
    ['后付费', ['configuration', 'consumption']],
  ] as const)('billing %s → %j', async (billing, types) => {
    const list = await list2019({
      rows: [{ scope: 'VPN', billing, face: '1.00', validity: '2036-12-31', status: '未使用' }],
    });
    expect(list?.[0]?.billingTypes).toEqual(types);
  });

  it('leaves billingTypes out when the billing cell says nothing readable', async () => {
    const list = await list2019({
      rows: [
        { scope: 'VPN', billing: '--', face: '1.00', validity: '2036-12-31', status: '未使用' },
        { scope: 'VPN', billing: '', face: '2.00', validity: '2036-12-31', status: '未使用' },
      ],
    });
    expect(list?.map((c) => 'billingTypes' in c)).toEqual([false, false]);
  });

  it.each([
    ['VPN', 'vpn'],
    ['VPN连接', 'vpn'],
    ['全部产品', 'all'],
    ['所有产品', 'all'],
    ['通用', 'all'],
    ['全产品', 'all'],
    ['除VPN外全部产品', 'none'],
    ['除云主机外全部产品', 'none'],
    ['不适用于VPN', 'none'],
    ['全部产品（不含VPN）', 'none'],
    ['云主机', 'none'],
    ['云硬盘、对象存储', 'none'],
    ['弹性公网IP', 'none'],
    ['基础云', 'unmapped'],
    ['基础云、对象存储', 'unmapped'],
    ['网络服务', 'unmapped'],
  ] as const)('scope %s → covers %s', async (scope, covers) => {
    const list = await list2019({
      rows: [{ scope, billing: '按用量', face: '1.00', validity: '2036-12-31', status: '未使用' }],
    });
    expect(list?.[0]).toMatchObject({ scope, covers });
  });

  it('keeps the scope text of a product line one per line', async () => {
    const list = await list2019({
      rows: [
        {
          scope: ['基础云', '对象存储'],
          billing: '按配置',
          face: '1.00',
          validity: '2036-12-31',
          status: '未使用',
        },
      ],
    });
    expect(list?.[0]).toMatchObject({ scope: '基础云、对象存储', covers: 'unmapped' });
  });

  it('lists only usable rows: 未使用/启用/可用/正常 in, 已使用/已过期/冻结/作废/不可用 out', async () => {
    const row = { scope: 'VPN', billing: '按用量', validity: '2036-12-31' };
    const statuses = [
      '未使用',
      '启用',
      '可用',
      '正常',
      '已使用',
      '已过期',
      '冻结',
      '已冻结',
      '作废',
      '不可用',
    ];
    const list = await list2019({
      tab: '未使用',
      rows: statuses.map((status, i) => ({ ...row, status, face: `${i + 1}.00` })),
    });
    expect(list?.map((c) => c.amountFen)).toEqual([100, 200, 300, 400]);
  });

  it('rows on the unused tab are usable without a status column; a tab marked only by class counts', async () => {
    const row = { scope: 'VPN', billing: '按用量', face: '5.00', validity: '2036-12-31' };
    expect((await list2019({ statusColumn: false, rows: [row] }))?.length).toBe(1);
    expect((await list2019({ statusColumn: false, tabMarking: 'class', rows: [row] }))?.length).toBe(1);
  });

  it('gives nothing with the 已使用 or 已过期 tab selected', async () => {
    const row = { scope: 'VPN', billing: '按用量', face: '5.00', validity: '2036-12-31', status: '已使用' };
    expect(await read2019({ tab: '已使用', rows: [row] })).toEqual([]);
    expect(await read2019({ tab: '已过期', rows: [] })).toEqual([]);
    expect(await read2019({ tab: '已过期', tabMarking: 'class', rows: [] })).toEqual([]);
  });

  it('an explicitly empty table (el-table__empty-text 暂无数据) is an empty list', async () => {
    expect(await read2019({ rows: [] })).toEqual([{ field: 'couponList', value: [], found: 'label' }]);
  });

  it('reads the region column into a region code', async () => {
    const list = await list2019({
      regionColumn: true,
      rows: [
        {
          scope: 'VPN',
          billing: '按用量',
          face: '1.00',
          validity: '2036-12-31',
          status: '未使用',
          region: '华北-北京',
        },
        {
          scope: 'VPN',
          billing: '按用量',
          face: '2.00',
          validity: '2036-12-31',
          status: '未使用',
          region: '全部地域',
        },
      ],
    });
    expect(list?.[0]?.region).toBe('cn-north-1');
    expect(list?.[1] && 'region' in list[1]).toBe(false);
  });

  it('reads the visible page of a paginated list (共 25 条, 10 shown)', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      scope: 'VPN',
      billing: '按用量',
      face: `${i + 1}.00`,
      validity: '2036-12-31',
      status: '未使用',
    }));
    const page = await loadHtml(URLS_2019.coupons, couponsPage({ rows, total: 25 }));
    expect(page.document.body.textContent).toContain('共 25 条');
    const [reading] = readCoupons(page.context());
    expect(reading?.field === 'couponList' && reading.value.length).toBe(10);
  });

  it('leaves out a usable row without a scope (what it covers cannot be told)', async () => {
    const list = await list2019({
      rows: [
        { scope: '', billing: '按用量', face: '1.00', validity: '2036-12-31', status: '未使用' },
        { scope: '--', billing: '按用量', face: '2.00', validity: '2036-12-31', status: '未使用' },
        { scope: 'VPN', billing: '按用量', face: '3.00', validity: '2036-12-31', status: '未使用' },
      ],
    });
    expect(list?.map((c) => c.amountFen)).toEqual([300]);
  });

  it('a refused coupons page says billingDenied', async () => {
    const page = await loadHtml(
      URLS_2019.coupons,
      '<body><div class="el-empty"><p>您没有权限访问该页面</p></div></body>',
    );
    expect(readCoupons(page.context())).toEqual([
      { field: 'billingDenied', value: true, found: 'inference' },
    ]);
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

describe('readCoupons on plain tables', () => {
  it('never takes a negated status or billing type for a usable one, nor a negated region for that region', async () => {
    const [reading] = await table(
      [
        '<tr><td>¥10.00</td><td>VPN</td><td>按用量</td><td>未启用</td><td>华北-北京</td></tr>',
        '<tr><td>¥40.00</td><td>VPN</td><td>按用量</td><td>不可使用</td><td>华北-北京</td></tr>',
        '<tr><td>¥30.00</td><td>VPN</td><td>不支持按用量</td><td>启用</td><td>华北-北京</td></tr>',
        '<tr><td>¥20.00</td><td>VPN</td><td>按用量</td><td>启用</td><td>除华北-北京外</td></tr>',
      ].join(''),
      '<tr><th>面额（元）</th><th>适用产品</th><th>计费类型</th><th>状态</th><th>地域</th></tr>',
    );
    const listed = reading?.field === 'couponList' ? reading.value : [];
    expect(listed.map((coupon) => coupon.amountFen)).toEqual([3_000, 2_000]);
    expect(listed[0]?.billingTypes).toEqual(['other']);
    expect(listed[1]?.region).toBe('除华北-北京外');
  });

  it('uses the face value when there is no balance column (en)', async () => {
    expect(
      await table(
        '<tr><td>¥12.00</td><td>All products</td><td>Pay-as-you-go</td><td>Available</td></tr>',
        '<tr><th>Face Value</th><th>Applicable Products</th><th>Billing Method</th><th>Status</th></tr>',
      ),
    ).toEqual([
      {
        field: 'couponList',
        value: [
          {
            amountFen: 1_200,
            scope: 'All products',
            covers: 'all',
            billingTypes: ['configuration', 'consumption'],
          },
        ],
        found: 'label',
      },
    ]);
  });

  it('finds columns whose headers carry a unit or a colon', async () => {
    const [reading] = await table(
      '<tr><td>100.00</td><td>12.50</td><td>VPN连接</td><td>按配置</td><td>未使用</td></tr>',
      '<tr><th>面额（元）</th><th>余额（元）</th><th>适用产品：</th><th>计费类型</th><th>状态</th></tr>',
    );
    expect(reading?.field === 'couponList' && reading.value[0]?.amountFen).toBe(1_250);
  });

  it('says [] for an explicitly empty list (one cell saying 暂无数据) and nothing for a table it cannot read', async () => {
    expect(await table('<tr><td colspan="5">暂无数据</td></tr>')).toEqual([
      { field: 'couponList', value: [], found: 'label' },
    ]);
    expect(await table('<tr><td>--</td><td>--</td><td>VPN</td><td>按用量</td><td>未使用</td></tr>')).toEqual(
      [],
    );
    expect(await table('')).toEqual([]);
  });

  it('skips unreadable amounts on rows that are not usable', async () => {
    const [reading] = await table(`
      <tr><td>--</td><td>--</td><td>VPN</td><td>按用量</td><td>已过期</td></tr>
      <tr><td>¥5.00</td><td>¥5.00</td><td>VPN</td><td>按用量</td><td>未使用</td></tr>`);
    expect(reading?.field === 'couponList' && reading.value.map((c) => c.amountFen)).toEqual([500]);
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
    const [reading] = await table(rows, head, unusedTab);
    expect(reading?.field === 'couponList' && reading.value.map((c) => c.amountFen)).toEqual([1_200]);
  });

  it('reads an ARIA grid of divs as well as a table', async () => {
    const cell = (text: string) => `<div role="cell">${text}</div>`;
    const page = await loadHtml(
      URL,
      `<main><div role="table"><div role="row"><div role="columnheader">Face Value</div><div role="columnheader">Scope</div><div role="columnheader">Billing Type</div><div role="columnheader">Validity</div><div role="columnheader">Status</div></div>
      <div role="row">${cell('¥8.00')}${cell('VPN')}${cell('Pay by consumption')}${cell('2026-09-20 ~ 2036-12-31')}${cell('Unused')}</div></div></main>`,
    );
    expect(readCoupons(page.context())).toEqual([
      {
        field: 'couponList',
        value: [
          {
            amountFen: 800,
            scope: 'VPN',
            covers: 'vpn',
            billingTypes: ['consumption'],
            validFrom: chinaTime(2026, 9, 20),
            validUntil: endOfChinaDay('2036-12-31'),
          },
        ],
        found: 'label',
      },
    ]);
  });
});

describe('parseCouponScope', () => {
  it.each([
    ['VPN Connection', 'vpn'],
    ['All products', 'all'],
    ['All products except VPN', 'none'],
    ['Not applicable to VPN', 'none'],
    ['Virtual Machines', 'none'],
    ['Object Storage Service', 'none'],
    ['Basic Cloud', 'unmapped'],
    // Exclusions as consoles write them, each naming VPN and meaning everything but VPN.
    ['全部产品（除VPN）', 'none'],
    ['非VPN产品', 'none'],
    ['VPN以外的全部产品', 'none'],
    ['VPN之外', 'none'],
    ['Non-VPN', 'none'],
    ['All products but VPN', 'none'],
    ['全部产品 不支持VPN', 'none'],
  ] as const)('%s → %s', (scope, covers) => {
    expect(parseCouponScope(scope)).toBe(covers);
  });
});

describe('parseCouponValidity (China time, UTC+8)', () => {
  it.each([
    ['2026-09-20 00:00:00至2026-12-31 23:59:59', chinaTime(2026, 9, 20), chinaTime(2026, 12, 31, 23, 59, 59)],
    ['2026-09-20 ~ 2026-12-31', chinaTime(2026, 9, 20), endOfChinaDay('2026-12-31')],
    ['2026/09/20 - 2026/12/31', chinaTime(2026, 9, 20), endOfChinaDay('2026-12-31')],
    ['2026年9月20日至2026年12月31日', chinaTime(2026, 9, 20), endOfChinaDay('2026-12-31')],
    // The end first, then the start with its 起 (from): still from the earlier to the later.
    ['2026-12-31 2026-09-20 起', chinaTime(2026, 9, 20), endOfChinaDay('2026-12-31')],
    ['Until 2026-12-31, from 2026-09-20', chinaTime(2026, 9, 20), endOfChinaDay('2026-12-31')],
  ])('%s', (text, validFrom, validUntil) => {
    expect(parseCouponValidity(text)).toEqual({ validFrom, validUntil });
  });

  it('reads one date as the end of that day', () => {
    expect(parseCouponValidity('有效期至 2026-12-31')).toEqual({ validUntil: endOfChinaDay('2026-12-31') });
    expect(endOfChinaDay('2026-12-31')).toBe(Date.UTC(2026, 11, 31, 15, 59, 59, 999));
  });

  it.each(['--', '永久有效', '2026-13-01', '2026-02-30', ''])('reads nothing from %j', (text) => {
    expect(parseCouponValidity(text)).toEqual({});
  });
});
