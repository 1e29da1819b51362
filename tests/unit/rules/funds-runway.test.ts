import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountState, CouponBillingType } from '../../../lib/model/observation';
import type { Settings } from '../../../lib/model/settings';
import { fundsRunwayRule } from '../../../lib/rules/funds-runway';
import { fundsThresholdRule } from '../../../lib/rules/funds-threshold';
import {
  coupon,
  draftWith,
  HOUR,
  NOW,
  observed,
  ruleInput,
  settingsWith,
  tunnelDraftWith,
} from './rule-input';

// Defaults: 0.34 CNY/h + 1 GB a day at 0.8 → 896 fen a day (38 fen/h); warn under 7 days = 6272 fen.
function judge(state: AccountState, settings: Settings = settingsWith(), region = 'cn-north-1') {
  return fundsRunwayRule(ruleInput(state, draftWith({ region }), settings));
}

describe('fundsRunwayRule', () => {
  it('passes with 7 days covered, and is an optional check', () => {
    const result = judge({ cash: observed('cash', 5272), coupons: observed('coupons', 1000) });
    expect(result).toEqual({
      id: 'funds-runway',
      status: 'pass',
      required: false,
      message: {
        key: 'check.funds-runway.pass',
        params: {
          days: 7,
          perDayFen: 896,
          perHourFen: 38,
          availableFen: 6272,
          warnDays: 7,
          priceRegion: 'cn-north-1',
        },
      },
      facts: [
        { field: 'cash', source: 'page:capital-overview', observedAt: NOW },
        { field: 'coupons', source: 'page:coupons', observedAt: NOW },
      ],
    });
  });

  it('warns one fen short of 7 days, with a recharge link', () => {
    const result = judge({ cash: observed('cash', 5271), coupons: observed('coupons', 1000) });
    expect(result).toMatchObject({
      status: 'warn',
      required: false,
      fix: 'recharge',
      message: { key: 'check.funds-runway.warn', params: { days: 6, availableFen: 6271 } },
    });
  });

  it('uses cash alone as a lower bound when coupons were never read', () => {
    expect(judge({ cash: observed('cash', 6272) })).toMatchObject({
      status: 'pass',
      message: { key: 'check.funds-runway.pass-cash', params: { days: 7, availableFen: 6272 } },
    });
    expect(judge({ cash: observed('cash', 4480) })).toMatchObject({
      status: 'warn',
      fix: 'coupons',
      message: { key: 'check.funds-runway.warn-cash', params: { days: 5, availableFen: 4480 } },
    });
  });

  it('warns with the debt when the account is in arrears (negative cash or arrears above zero)', () => {
    for (const state of [
      { cash: observed('cash', -500), coupons: observed('coupons', 100_000) },
      { cash: observed('cash', 100_000), arrears: observed('arrears', 500) },
    ]) {
      expect(judge(state)).toMatchObject({
        status: 'warn',
        required: false,
        fix: 'recharge',
        message: { key: 'check.funds-runway.arrears', params: { arrearsFen: 500 } },
      });
    }
  });

  it('counts the account balance when no available amount is known, and says so', () => {
    expect(judge({ accountBalance: observed('accountBalance', 6272) })).toMatchObject({
      status: 'pass',
      message: { key: 'check.funds-runway.pass-cash-weak', params: { days: 7 } },
      facts: [{ field: 'accountBalance' }],
    });
    const short = { accountBalance: observed('accountBalance', 1000), coupons: observed('coupons', 0) };
    expect(judge(short).message.key).toBe('check.funds-runway.warn-weak');
  });

  it('is unknown with the sub-user advice when a billing page refused the user', () => {
    expect(judge({ billingDenied: observed('billingDenied', true) })).toMatchObject({
      status: 'unknown',
      fix: 'options',
      message: { key: 'check.funds-runway.denied' },
    });
  });

  it('is unknown with the 基本资料 fix when signed in but the account was not identified', () => {
    const state = { signedIn: observed('signedIn', true), cash: observed('cash', 100_000) };
    expect(judge(state)).toMatchObject({
      status: 'unknown',
      required: false,
      fix: 'account-info',
      message: { key: 'check.funds-runway.no-account' },
    });
  });

  it('counts the listed coupons that apply to the purchase only', () => {
    const list = observed('couponList', [
      coupon({ amountFen: 1000 }),
      coupon({ amountFen: 50_000, billingTypes: ['configuration'] }),
    ]);
    expect(judge({ cash: observed('cash', 5272), couponList: list })).toMatchObject({
      status: 'pass',
      message: { key: 'check.funds-runway.pass', params: { availableFen: 6272 } },
    });
  });

  it('counts the same funds as funds-threshold (property)', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    fc.assert(
      fc.property(
        maybe(fc.integer({ min: -1000, max: 20_000 })),
        maybe(fc.integer({ min: -1000, max: 20_000 })),
        maybe(fc.integer({ min: 0, max: 20_000 })),
        fc.array(
          fc.record({
            amountFen: fc.integer({ min: 0, max: 5000 }),
            covers: fc.constantFrom('vpn' as const, 'all' as const, 'none' as const, 'unmapped' as const),
            billingTypes: fc.constantFrom<CouponBillingType[]>(['consumption'], ['configuration']),
          }),
          { maxLength: 4 },
        ),
        (cash, balance, total, listed) => {
          const state: AccountState = {
            couponList: observed(
              'couponList',
              listed.map((c) => coupon(c)),
              HOUR,
            ),
          };
          if (cash !== undefined) state.cash = observed('cash', cash);
          if (balance !== undefined) state.accountBalance = observed('accountBalance', balance);
          if (total !== undefined) state.coupons = observed('coupons', total);
          const input = ruleInput(state, draftWith(), settingsWith({ thresholdFen: 0 }));
          const threshold = fundsThresholdRule(input);
          const runway = fundsRunwayRule(input);
          expect(runway.facts).toEqual(threshold.facts);
          const params = threshold.message.params ?? {};
          if (params.totalFen !== undefined)
            expect(runway.message.params?.availableFen).toBe(params.totalFen);
          if (params.arrearsFen !== undefined)
            expect(runway.message.params?.arrearsFen).toBe(params.arrearsFen);
          expect(runway.message.key.includes('-weak')).toBe(threshold.message.key.includes('-weak'));
        },
      ),
    );
  });

  it('is unknown when cash was never read', () => {
    expect(judge({ coupons: observed('coupons', 100_000) })).toEqual({
      id: 'funds-runway',
      status: 'unknown',
      required: false,
      message: { key: 'check.funds-runway.unknown-cash' },
      facts: [],
      fix: 'capital-overview',
    });
  });

  it('prices the draft region and falls back to the default price without a form', () => {
    const settings = settingsWith({
      prices: {
        default: { connectionPerHourFen: 10, tunnelPerHourFen: 12, outboundPerGbFen: 80 },
        'cn-south-1': { connectionPerHourFen: 100, tunnelPerHourFen: 0, outboundPerGbFen: 0 },
      },
    });
    const state = { cash: observed('cash', 24_000), coupons: observed('coupons', 0) };
    expect(judge(state, settings, 'cn-south-1').message.params).toMatchObject({
      days: 10,
      perDayFen: 2400,
      priceRegion: 'cn-south-1',
    });
    const noForm = fundsRunwayRule(ruleInput(state, undefined, settings));
    expect(noForm.message.params).toMatchObject({ days: 26, perDayFen: 896, priceRegion: 'default' });
  });

  it('says "no cost" instead of an infinite day count', () => {
    const settings = settingsWith({
      prices: { default: { connectionPerHourFen: 0, tunnelPerHourFen: 0, outboundPerGbFen: 0 } },
    });
    const result = judge({ cash: observed('cash', 100), coupons: observed('coupons', 0) }, settings);
    expect(result.status).toBe('pass');
    expect(result.message.key).toBe('check.funds-runway.no-cost');
    expect(result.message.params).not.toHaveProperty('days');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('follows runwayWarnDays', () => {
    const state = { cash: observed('cash', 896), coupons: observed('coupons', 0) };
    expect(judge(state, settingsWith({ runwayWarnDays: 1 })).status).toBe('pass');
    expect(judge(state, settingsWith({ runwayWarnDays: 2 })).status).toBe('warn');
  });

  it('warns rather than passes on a corrupt setting', () => {
    const state = { cash: observed('cash', 100_000), coupons: observed('coupons', 0) };
    expect(judge(state, settingsWith({ runwayWarnDays: Number.NaN })).status).toBe('warn');
  });

  describe('on the tunnel form', () => {
    const funded = { cash: observed('cash', 10_000), coupons: observed('coupons', 0) };
    const onTunnelForm = (existing: number | undefined) =>
      fundsRunwayRule(
        ruleInput(
          funded,
          tunnelDraftWith({
            existingTunnels:
              existing === undefined ? undefined : Array.from({ length: existing }, () => ({})),
          }),
          settingsWith({ plannedTunnels: 2 }),
          NOW,
          'tunnel',
        ),
      );

    it('prices the connection with the tunnels it has and this one', () => {
      // 1 listed + this one: 10 + 2 × 12 = 34 fen/h, 896 fen a day with 1 GB; ¥100 lasts 11 days.
      expect(onTunnelForm(1).message.params).toMatchObject({ perDayFen: 896, days: 11 });
      // 3 listed + this one: 10 + 4 × 12 = 58 fen/h, 1472 a day: 6 days, under the 7-day warning.
      expect(onTunnelForm(3)).toMatchObject({
        status: 'warn',
        message: { params: { perDayFen: 1472, days: 6 } },
      });
    });

    it('prices the planned tunnels when the detail page list was not seen', () => {
      expect(onTunnelForm(undefined).message.params).toMatchObject({ perDayFen: 896 });
    });
  });

  describe('staleness', () => {
    it('a pass on cash read just before the limit stays; just after, it warns', () => {
      const fresh = judge({ cash: observed('cash', 100_000, 24 * HOUR) });
      const stale = judge({ cash: observed('cash', 100_000, 24 * HOUR + 1) });
      expect(fresh.status).toBe('pass');
      expect(stale).toMatchObject({
        status: 'warn',
        fix: 'capital-overview',
        message: { key: 'check.funds-runway.pass-cash.stale', params: { ageHours: 24, days: 111 } },
      });
    });

    it('ignores old coupons when cash alone lasts long enough, not otherwise', () => {
      expect(
        judge({ cash: observed('cash', 100_000), coupons: observed('coupons', 10, 99 * HOUR) }).status,
      ).toBe('pass');
      expect(
        judge({ cash: observed('cash', 1000), coupons: observed('coupons', 9000, 99 * HOUR) }),
      ).toMatchObject({
        status: 'warn',
        fix: 'coupons',
        message: { key: 'check.funds-runway.pass.stale' },
      });
    });
  });
});
