import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountState, Coupon } from '../../../lib/model/observation';
import type { Settings } from '../../../lib/model/settings';
import { fundsThresholdRule, thresholdFor } from '../../../lib/rules/funds-threshold';
import type { Purchase } from '../../../lib/rules/rule';
import { coupon, draftWith, HOUR, NOW, observed, ruleInput, settingsWith } from './rule-input';

function judge(state: AccountState, thresholdFen = 5000) {
  return fundsThresholdRule(ruleInput(state, undefined, settingsWith({ thresholdFen })));
}

describe('fundsThresholdRule', () => {
  it('passes at exactly 50.00 CNY of cash + coupons', () => {
    const result = judge({ cash: observed('cash', 3000), coupons: observed('coupons', 2000) });
    expect(result).toEqual({
      id: 'funds-threshold',
      status: 'pass',
      required: true,
      message: {
        key: 'check.funds-threshold.pass',
        params: {
          cashFen: 3000,
          couponsFen: 2000,
          totalFen: 5000,
          thresholdFen: 5000,
          thresholdTerm: 'term.threshold.default',
        },
      },
      facts: [
        { field: 'cash', source: 'page:capital-overview', observedAt: NOW },
        { field: 'coupons', source: 'page:coupons', observedAt: NOW },
      ],
    });
  });

  it('fails at 49.99 CNY with the numbers for "cash + coupons = total < threshold"', () => {
    const result = judge({ cash: observed('cash', 3250), coupons: observed('coupons', 1749) });
    expect(result).toMatchObject({
      status: 'fail',
      fix: 'recharge',
      message: {
        key: 'check.funds-threshold.fail',
        params: { cashFen: 3250, couponsFen: 1749, totalFen: 4999, thresholdFen: 5000, shortFen: 1 },
      },
    });
  });

  it('does not subtract frozen funds (the available balance already excludes them)', () => {
    const result = judge({
      cash: observed('cash', 5000),
      frozen: observed('frozen', 4000),
      coupons: observed('coupons', 0),
    });
    expect(result.status).toBe('pass');
    expect(result.message.params?.totalFen).toBe(5000);
  });

  it('passes on cash alone when coupons were never read', () => {
    expect(judge({ cash: observed('cash', 5000) })).toMatchObject({
      status: 'pass',
      message: { key: 'check.funds-threshold.pass-cash', params: { cashFen: 5000, thresholdFen: 5000 } },
    });
  });

  it('is unknown, not failed, when cash is short and coupons were never read', () => {
    expect(judge({ cash: observed('cash', 3250) })).toMatchObject({
      status: 'unknown',
      fix: 'coupons',
      message: {
        key: 'check.funds-threshold.unknown-coupons',
        params: { cashFen: 3250, thresholdFen: 5000, shortFen: 1750 },
      },
    });
  });

  it('is unknown and points at the capital overview when cash was never read, even with coupons', () => {
    expect(judge({ coupons: observed('coupons', 100_000) })).toEqual({
      id: 'funds-threshold',
      status: 'unknown',
      required: true,
      message: {
        key: 'check.funds-threshold.unknown-cash',
        params: { thresholdFen: 5000, thresholdTerm: 'term.threshold.default' },
      },
      facts: [],
      fix: 'capital-overview',
    });
  });

  it('takes negative cash for a debt: it fails with the debt, however many coupons there are', () => {
    expect(judge({ cash: observed('cash', -1000), coupons: observed('coupons', 100_000) })).toMatchObject({
      status: 'fail',
      fix: 'recharge',
      message: { key: 'check.funds-threshold.arrears', params: { arrearsFen: 1000 } },
    });
  });

  it('treats unparseable amounts as absent, never as zero or a pass', () => {
    const badCash = { cash: { ...observed('cash', 0), value: Number.NaN } } as unknown as AccountState;
    expect(judge(badCash).status).toBe('unknown');
    const badCoupons = {
      cash: observed('cash', 1000),
      coupons: { ...observed('coupons', 0), value: '40.00' },
    } as unknown as AccountState;
    expect(judge(badCoupons).message.key).toBe('check.funds-threshold.unknown-coupons');
  });

  it('follows the configured threshold', () => {
    expect(judge({ cash: observed('cash', 9999), coupons: observed('coupons', 0) }, 10_000).status).toBe(
      'fail',
    );
    expect(judge({ cash: observed('cash', 0), coupons: observed('coupons', 0) }, 0).status).toBe('pass');
  });

  describe('staleness', () => {
    it('a pass on cash read just before the limit stays a pass; just after, it warns', () => {
      const fresh = judge({ cash: observed('cash', 8000, 24 * HOUR) });
      const stale = judge({ cash: observed('cash', 8000, 24 * HOUR + 1) });
      expect(fresh.status).toBe('pass');
      expect(stale).toMatchObject({
        status: 'warn',
        fix: 'capital-overview',
        message: { key: 'check.funds-threshold.pass-cash.stale', params: { cashFen: 8000, ageHours: 24 } },
      });
    });

    it('ignores old coupons when cash alone covers the threshold', () => {
      const result = judge({ cash: observed('cash', 6000), coupons: observed('coupons', 1000, 100 * HOUR) });
      expect(result.status).toBe('pass');
    });

    it('warns when the pass leans on old coupons', () => {
      const result = judge({ cash: observed('cash', 3000), coupons: observed('coupons', 2500, 48 * HOUR) });
      expect(result).toMatchObject({
        status: 'warn',
        fix: 'coupons',
        message: { key: 'check.funds-threshold.pass.stale', params: { totalFen: 5500, ageHours: 48 } },
      });
    });

    it('turns a stale fail into a warning to refresh, pointing at the oldest value', () => {
      const result = judge({
        cash: observed('cash', 1000, 30 * HOUR),
        coupons: observed('coupons', 0, 50 * HOUR),
      });
      expect(result).toMatchObject({
        status: 'warn',
        fix: 'coupons',
        message: { key: 'check.funds-threshold.fail.stale', params: { ageHours: 50, totalFen: 1000 } },
      });
    });

    it('keeps unknown as unknown even when the cash it has is old', () => {
      expect(judge({ cash: observed('cash', 1000, 100 * HOUR) }).status).toBe('unknown');
    });
  });

  it('passes only when known cash + coupons reach the threshold; fails only on a debt or when both are known and short (property)', () => {
    const maybeFen = fc.option(fc.integer({ min: -100_000, max: 100_000 }), { nil: undefined });
    fc.assert(
      fc.property(
        maybeFen,
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 50_000 }),
        (cash, coupons, thresholdFen) => {
          const state: AccountState = {};
          if (cash !== undefined) state.cash = observed('cash', cash);
          if (coupons !== undefined) state.coupons = observed('coupons', coupons);
          const result = judge(state, thresholdFen);
          if (result.status === 'pass') {
            expect(cash).toBeDefined();
            expect(cash).toBeGreaterThanOrEqual(0);
            expect((cash ?? 0) + (coupons ?? 0)).toBeGreaterThanOrEqual(thresholdFen);
          }
          if (result.status === 'fail') {
            const short = cash !== undefined && coupons !== undefined && cash + coupons < thresholdFen;
            expect(short || (cash !== undefined && cash < 0)).toBe(true);
          }
          if (cash === undefined) expect(result.status).toBe('unknown');
        },
      ),
    );
  });
});

/** Judged against a coupon list, on a connection form in cn-north-1 unless told otherwise. */
function judgeList(
  cashFen: number,
  coupons: Coupon[],
  options: { settings?: Partial<Settings>; purchase?: Purchase; region?: string | undefined } = {},
) {
  const state: AccountState = {
    cash: observed('cash', cashFen),
    couponList: observed('couponList', coupons),
  };
  const draft = 'region' in options ? draftWith({ region: options.region }) : draftWith();
  return fundsThresholdRule(ruleInput(state, draft, settingsWith(options.settings), NOW, options.purchase));
}

describe('fundsThresholdRule: arrears', () => {
  it('fails on arrears with the debt in words and a recharge link, however much cash and coupons there are', () => {
    const result = judge({
      cash: observed('cash', 100_000),
      coupons: observed('coupons', 100_000),
      arrears: observed('arrears', 1234),
    });
    expect(result).toEqual({
      id: 'funds-threshold',
      status: 'fail',
      required: true,
      message: {
        key: 'check.funds-threshold.arrears',
        params: { arrearsFen: 1234, thresholdFen: 5000, thresholdTerm: 'term.threshold.default' },
      },
      facts: [{ field: 'arrears', source: 'page:capital-overview', observedAt: NOW }],
      fix: 'recharge',
    });
  });

  it('fails on arrears even when no cash was read', () => {
    expect(judge({ arrears: observed('arrears', 1) }).status).toBe('fail');
  });

  it('takes arrears of 0 for no debt', () => {
    const result = judge({ cash: observed('cash', 6000), arrears: observed('arrears', 0) });
    expect(result.message.key).toBe('check.funds-threshold.pass-cash');
  });

  it('turns old arrears into a warning to refresh, never a pass', () => {
    expect(judge({ arrears: observed('arrears', 500, 30 * HOUR) })).toMatchObject({
      status: 'warn',
      fix: 'capital-overview',
      message: { key: 'check.funds-threshold.arrears.stale', params: { arrearsFen: 500, ageHours: 30 } },
    });
  });
});

describe('fundsThresholdRule: the weaker account balance', () => {
  it('passes on the account balance when no available amount is known, and says so', () => {
    const result = judge({ accountBalance: observed('accountBalance', 6000) });
    expect(result).toEqual({
      id: 'funds-threshold',
      status: 'pass',
      required: true,
      message: {
        key: 'check.funds-threshold.pass-cash-weak',
        params: { cashFen: 6000, thresholdFen: 5000, thresholdTerm: 'term.threshold.default' },
      },
      facts: [{ field: 'accountBalance', source: 'page:capital-overview', observedAt: NOW }],
    });
  });

  it('says so with coupons, when short, and when coupons are unknown', () => {
    const balance = (fen: number) => observed('accountBalance', fen);
    expect(judge({ accountBalance: balance(3000), coupons: observed('coupons', 2000) }).message.key).toBe(
      'check.funds-threshold.pass-weak',
    );
    expect(judge({ accountBalance: balance(3000), coupons: observed('coupons', 0) })).toMatchObject({
      status: 'fail',
      message: { key: 'check.funds-threshold.fail-weak', params: { shortFen: 2000 } },
    });
    expect(judge({ accountBalance: balance(3000) })).toMatchObject({
      status: 'unknown',
      message: { key: 'check.funds-threshold.unknown-coupons-weak' },
    });
  });

  it('uses the available amount when both are known, whatever their ages', () => {
    const state = {
      cash: observed('cash', 1000, 20 * HOUR),
      accountBalance: observed('accountBalance', 100_000),
      coupons: observed('coupons', 0),
    };
    expect(judge(state)).toMatchObject({
      status: 'fail',
      message: { key: 'check.funds-threshold.fail', params: { cashFen: 1000 } },
    });
  });

  it('takes a negative account balance for a debt', () => {
    expect(judge({ accountBalance: observed('accountBalance', -300) })).toMatchObject({
      status: 'fail',
      message: { key: 'check.funds-threshold.arrears', params: { arrearsFen: 300 } },
      facts: [{ field: 'accountBalance' }],
    });
  });
});

describe('fundsThresholdRule: a billing page refused a sub-user', () => {
  it('is unknown with the sub-user advice and the options as the fix, not "open the capital page"', () => {
    const result = judge({ billingDenied: observed('billingDenied', true), coupons: observed('coupons', 0) });
    expect(result).toEqual({
      id: 'funds-threshold',
      status: 'unknown',
      required: true,
      message: {
        key: 'check.funds-threshold.denied',
        params: { thresholdFen: 5000, thresholdTerm: 'term.threshold.default' },
      },
      facts: [{ field: 'billingDenied', source: 'page:capital-overview', observedAt: NOW }],
      fix: 'options',
    });
  });

  it('asks for the capital overview as before when the page did not refuse', () => {
    expect(judge({ billingDenied: observed('billingDenied', false) }).message.key).toBe(
      'check.funds-threshold.unknown-cash',
    );
  });

  it('judges the cash a sub-user still has from elsewhere (the OpenAPI, a value typed in)', () => {
    const state = {
      billingDenied: observed('billingDenied', true),
      cash: observed('cash', 8000, 0, 'openapi'),
    };
    expect(judge(state).status).toBe('pass');
  });
});

describe('fundsThresholdRule: the coupon list', () => {
  it('counts the coupons that apply to the purchase', () => {
    const result = judgeList(3000, [coupon({ amountFen: 1500 }), coupon({ amountFen: 500, covers: 'all' })]);
    expect(result).toMatchObject({
      status: 'pass',
      message: { key: 'check.funds-threshold.pass', params: { couponsFen: 2000, totalFen: 5000 } },
      facts: [{ field: 'cash' }, { field: 'couponList', source: 'page:coupons' }],
    });
  });

  it.each<[string, Coupon]>([
    ['excluded (none)', coupon({ covers: 'none' })],
    ['for another billing type', coupon({ billingTypes: ['configuration', 'monthly'] })],
    ['with no billing type read', coupon({ billingTypes: undefined })],
    ['for another region', coupon({ region: 'cn-east-2' })],
    ['expired', coupon({ validUntil: NOW - 1 })],
    ['not yet valid', coupon({ validFrom: NOW + 1 })],
    ['unmapped and answered "no"', coupon({ covers: 'unmapped', scope: '基础云' })],
  ])('does not count a coupon %s', (_, excluded) => {
    const settings = { couponProductLines: { 基础云: false } };
    expect(judgeList(3000, [{ ...excluded, amountFen: 5000 }], { settings })).toMatchObject({
      status: 'fail',
      message: { key: 'check.funds-threshold.fail', params: { couponsFen: 0, shortFen: 2000 } },
    });
  });

  it('counts a coupon on the day its validity starts and ends', () => {
    const today = coupon({ amountFen: 2000, validFrom: NOW, validUntil: NOW });
    expect(judgeList(3000, [today]).status).toBe('pass');
  });

  it('counts a coupon for the tunnel’s billing type on a tunnel purchase only', () => {
    const byConfiguration = coupon({ amountFen: 2000, billingTypes: ['configuration'] });
    expect(judgeList(3000, [byConfiguration], { purchase: 'tunnel' }).status).toBe('pass');
    expect(judgeList(3000, [byConfiguration], { purchase: 'connection' }).status).toBe('fail');
    expect(judgeList(3000, [byConfiguration]).status).toBe('fail');
  });

  it('counts a coupon naming a region only when the form is in that region', () => {
    const north = coupon({ amountFen: 2000, region: 'cn-north-1' });
    expect(judgeList(3000, [north], { region: 'cn-north-1' }).status).toBe('pass');
    expect(judgeList(3000, [north], { region: 'cn-south-1' }).status).toBe('fail');
    expect(judgeList(3000, [north], { region: undefined }).status).toBe('fail');
    const noForm = fundsThresholdRule(
      ruleInput({ cash: observed('cash', 3000), couponList: observed('couponList', [north]) }),
    );
    expect(noForm.status).toBe('fail');
  });

  it('counts an unmapped product line the person said covers VPN', () => {
    const basic = coupon({ amountFen: 2000, covers: 'unmapped', scope: '基础云' });
    const settings = { couponProductLines: { 基础云: true } };
    expect(judgeList(3000, [basic], { settings }).status).toBe('pass');
  });

  it('is unknown, naming them, when unanswered product lines could lift the funds over the threshold', () => {
    const result = judgeList(3000, [
      coupon({ amountFen: 500 }),
      coupon({ amountFen: 1000, covers: 'unmapped', scope: '基础云' }),
      coupon({ amountFen: 800, covers: 'unmapped', scope: '云计算' }),
      coupon({ amountFen: 100, covers: 'unmapped', scope: '基础云' }),
    ]);
    expect(result).toEqual({
      id: 'funds-threshold',
      status: 'unknown',
      required: true,
      message: {
        key: 'check.funds-threshold.unmapped',
        params: {
          cashFen: 3000,
          couponsFen: 500,
          totalFen: 3500,
          thresholdFen: 5000,
          thresholdTerm: 'term.threshold.default',
          shortFen: 1500,
          unmappedFen: 1900,
          lines: '基础云 / 云计算',
        },
      },
      facts: [
        { field: 'cash', source: 'page:capital-overview', observedAt: NOW },
        { field: 'couponList', source: 'page:coupons', observedAt: NOW },
      ],
      fix: 'coupon-product-lines',
    });
  });

  it('fails, naming them, when unanswered product lines could not lift the funds either', () => {
    const result = judgeList(1000, [coupon({ amountFen: 1000, covers: 'unmapped', scope: '基础云' })]);
    expect(result).toMatchObject({
      status: 'fail',
      fix: 'recharge',
      message: {
        key: 'check.funds-threshold.fail-unmapped',
        params: { totalFen: 1000, shortFen: 4000, unmappedFen: 1000, lines: '基础云' },
      },
    });
  });

  it('leaves unanswered coupons aside when the counted funds pass anyway', () => {
    const result = judgeList(6000, [coupon({ covers: 'unmapped', scope: '基础云' })]);
    expect(result.message.key).toBe('check.funds-threshold.pass');
  });

  it('does not wait on unanswered coupons that do not apply for other reasons', () => {
    const expired = coupon({ amountFen: 5000, covers: 'unmapped', scope: '基础云', validUntil: NOW - 1 });
    expect(judgeList(1000, [expired]).message.key).toBe('check.funds-threshold.fail');
  });

  describe('list or typed-in total, by age', () => {
    const list = (ageMs: number) => observed('couponList', [coupon({ amountFen: 2000 })], ageMs);
    const total = (ageMs: number) => observed('coupons', 0, ageMs);

    it('uses the list when it is newer or as new', () => {
      for (const [listAge, totalAge] of [
        [0, HOUR],
        [HOUR, HOUR],
      ] as const) {
        const state = { cash: observed('cash', 3000), couponList: list(listAge), coupons: total(totalAge) };
        expect(judge(state)).toMatchObject({ status: 'pass', message: { params: { couponsFen: 2000 } } });
      }
    });

    it('uses the total when it is newer', () => {
      const state = { cash: observed('cash', 3000), couponList: list(HOUR), coupons: total(0) };
      expect(judge(state)).toMatchObject({
        status: 'fail',
        message: { params: { couponsFen: 0 } },
        facts: [{ field: 'cash' }, { field: 'coupons' }],
      });
    });
  });

  it('warns when the pass leans on an old list', () => {
    const state = {
      cash: observed('cash', 3000),
      couponList: observed('couponList', [coupon({ amountFen: 2000 })], 30 * HOUR),
    };
    expect(judge(state)).toMatchObject({
      status: 'warn',
      fix: 'coupons',
      message: { key: 'check.funds-threshold.pass.stale', params: { ageHours: 30 } },
    });
  });

  it('never changes its verdict when a coupon that does not apply is added (property)', () => {
    const notApplying: fc.Arbitrary<Coupon> = fc.oneof(
      fc.constant(coupon({ covers: 'none' })),
      fc.constant(coupon({ covers: 'unmapped', scope: '基础云' })),
      fc.constant(coupon({ billingTypes: ['configuration', 'monthly', 'other'] })),
      fc.constant(coupon({ billingTypes: [] })),
      fc.constant(coupon({ billingTypes: undefined })),
      fc.constantFrom('cn-east-2', 'cn-south-1').map((region) => coupon({ region })),
      fc.integer({ min: 1, max: 1000 * HOUR }).map((ms) => coupon({ validUntil: NOW - ms })),
      fc.integer({ min: 1, max: 1000 * HOUR }).map((ms) => coupon({ validFrom: NOW + ms })),
    );
    const applying = fc.record({
      amountFen: fc.integer({ min: 0, max: 10_000 }),
      covers: fc.constantFrom('vpn' as const, 'all' as const),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 10_000 }),
        fc.array(applying, { maxLength: 4 }),
        fc.array(
          fc
            .tuple(notApplying, fc.integer({ min: 0, max: 100_000 }))
            .map(([c, amountFen]) => ({ ...c, amountFen })),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 0, max: 10 }),
        (cash, counted, extra, at) => {
          const base = counted.map((c) => coupon(c));
          const mixed = [...base];
          mixed.splice(Math.min(at, mixed.length), 0, ...extra);
          const settings = { couponProductLines: { 基础云: false } };
          expect(judgeList(cash, mixed, { settings })).toEqual(judgeList(cash, base, { settings }));
        },
      ),
    );
  });
});

describe('fundsThresholdRule: the threshold set for an account', () => {
  const settings = settingsWith({ thresholdFen: 5000, thresholdByAccount: { 'jdc-ops': 20_000 } });
  const funded = (account?: string): AccountState => ({
    ...(account ? { account: observed('account', account) } : {}),
    cash: observed('cash', 10_000),
  });

  it('uses the account’s own threshold and says so', () => {
    const result = fundsThresholdRule(ruleInput(funded('jdc-ops'), undefined, settings));
    expect(result).toMatchObject({
      status: 'unknown',
      message: {
        key: 'check.funds-threshold.unknown-coupons',
        params: { thresholdFen: 20_000, thresholdTerm: 'term.threshold.account', shortFen: 10_000 },
      },
    });
  });

  it('uses the general threshold for other accounts and without an account', () => {
    for (const state of [funded('jdc-admin'), funded()]) {
      expect(fundsThresholdRule(ruleInput(state, undefined, settings)).message).toMatchObject({
        key: 'check.funds-threshold.pass-cash',
        params: { thresholdFen: 5000, thresholdTerm: 'term.threshold.default' },
      });
    }
  });

  it('finds the threshold under the name the account is kept under, whichever name the page showed', () => {
    const shownAsPin = { ...observed('account', 'jd_pin1'), account: 'jdc-ops' };
    expect(thresholdFor(settings, { account: shownAsPin })).toEqual({
      fen: 20_000,
      term: 'term.threshold.account',
    });
  });

  it('takes only a threshold of the account’s own (not an Object.prototype member)', () => {
    const state = { account: observed('account', 'constructor') };
    expect(thresholdFor(settings, state)).toEqual({ fen: 5000, term: 'term.threshold.default' });
    expect(
      thresholdFor(settingsWith({ thresholdByAccount: { x: 0 } }), { account: observed('account', 'x') }),
    ).toEqual({ fen: 0, term: 'term.threshold.account' });
  });
});

describe('fundsThresholdRule: signed in, account not identified', () => {
  it('is unknown with the 基本资料 fix, whatever else the state holds', () => {
    const state: AccountState = {
      signedIn: observed('signedIn', true),
      cash: observed('cash', 100_000),
      coupons: observed('coupons', 100_000),
      arrears: observed('arrears', 500),
    };
    expect(judge(state)).toEqual({
      id: 'funds-threshold',
      status: 'unknown',
      required: true,
      message: { key: 'check.funds-threshold.no-account' },
      facts: [{ field: 'signedIn', source: 'page:other-console', observedAt: NOW }],
      fix: 'account-info',
    });
  });

  it('judges as usual once the account is known, or when not signed in', () => {
    const cash = observed('cash', 100_000);
    expect(
      judge({ signedIn: observed('signedIn', true), account: observed('account', 'a'), cash }).status,
    ).toBe('pass');
    expect(judge({ signedIn: observed('signedIn', false), cash }).status).toBe('pass');
  });
});
