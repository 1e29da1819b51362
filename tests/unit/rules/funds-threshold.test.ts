import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountState } from '../../../lib/model/observation';
import { fundsThresholdRule } from '../../../lib/rules/funds-threshold';
import { HOUR, NOW, observed, ruleInput, settingsWith } from './rule-input';

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
        params: { cashFen: 3000, couponsFen: 2000, totalFen: 5000, thresholdFen: 5000 },
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
      message: { key: 'check.funds-threshold.unknown-cash', params: { thresholdFen: 5000 } },
      facts: [],
      fix: 'capital-overview',
    });
  });

  it('counts arrears: negative cash needs more coupons', () => {
    expect(judge({ cash: observed('cash', -1000), coupons: observed('coupons', 5500) }).status).toBe('fail');
    expect(judge({ cash: observed('cash', -1000), coupons: observed('coupons', 6000) }).status).toBe('pass');
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

  it('passes only when known cash + coupons reach the threshold; fails only when both are known and short (property)', () => {
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
            expect((cash ?? 0) + (coupons ?? 0)).toBeGreaterThanOrEqual(thresholdFen);
          }
          if (result.status === 'fail') {
            expect(cash !== undefined && coupons !== undefined && cash + coupons < thresholdFen).toBe(true);
          }
          if (cash === undefined) expect(result.status).toBe('unknown');
        },
      ),
    );
  });
});
