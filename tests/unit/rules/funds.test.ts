import { describe, expect, it } from 'vitest';
import type { AccountState } from '../../../lib/model/observation';
import {
  type CouponContext,
  cashThatCounts,
  couponCoverage,
  couponsThatCount,
  debtOf,
  fundsThatCount,
  PURCHASE_BILLING_TYPE,
} from '../../../lib/rules/funds';
import { coupon, draftWith, NOW, observed, ruleInput, settingsWith } from './rule-input';

const context: CouponContext = {
  billingType: 'consumption',
  region: 'cn-north-1',
  now: NOW,
  productLines: { 基础云: true, 云存储: false },
};

describe('the funds that count', () => {
  it('bills the connection by usage and a tunnel by configuration', () => {
    expect(PURCHASE_BILLING_TYPE).toEqual({ connection: 'consumption', tunnel: 'configuration' });
  });

  it('takes the available amount over the account balance, and the balance only as a weak figure', () => {
    const cash = observed('cash', 100, 99_999);
    const accountBalance = observed('accountBalance', 900);
    expect(cashThatCounts({ cash, accountBalance })).toEqual({ fen: 100, observation: cash, weak: false });
    expect(cashThatCounts({ accountBalance })).toEqual({ fen: 900, observation: accountBalance, weak: true });
    expect(cashThatCounts({})).toBeUndefined();
    const corrupt = { cash: { ...cash, value: Number.NaN }, accountBalance } as unknown as AccountState;
    expect(cashThatCounts(corrupt)?.weak).toBe(true);
  });

  it('takes no account balance for cash where frozen funds are known: it may or may not include them', () => {
    const accountBalance = observed('accountBalance', 100_000);
    expect(cashThatCounts({ accountBalance, frozen: observed('frozen', 99_000) })).toBeUndefined();
    expect(cashThatCounts({ accountBalance, frozen: observed('frozen', 0) })?.fen).toBe(100_000);
  });

  it('takes a debt read before the newest cash figure as paid', () => {
    const arrears = observed('arrears', 100, 3_600_000);
    const fresh = { fen: 1_000_000, observation: observed('cash', 1_000_000), weak: false };
    expect(debtOf({ arrears }, fresh)).toBeUndefined();
    const sameRead = { ...fresh, observation: observed('cash', 0, 3_600_000) };
    expect(debtOf({ arrears }, sameRead)).toEqual({ fen: 100, observation: arrears });
  });

  it('finds a debt in arrears above zero or in a negative cash figure, and none otherwise', () => {
    const arrears = observed('arrears', 300);
    const negative = { fen: -200, observation: observed('cash', -200), weak: false };
    expect(debtOf({ arrears }, negative)).toEqual({ fen: 300, observation: arrears });
    expect(debtOf({ arrears: observed('arrears', 0) }, negative)).toEqual({
      fen: 200,
      observation: negative.observation,
    });
    expect(debtOf({ arrears: observed('arrears', 0) }, undefined)).toBeUndefined();
    expect(debtOf({}, { ...negative, fen: 0 })).toBeUndefined();
  });

  it('decides in order: unidentified account, debt, cash, a refused billing page', () => {
    const judged = (state: AccountState) => fundsThatCount(ruleInput(state)).kind;
    const signedIn = observed('signedIn', true);
    expect(judged({ signedIn, arrears: observed('arrears', 1) })).toBe('no-account');
    expect(judged({ arrears: observed('arrears', 1), billingDenied: observed('billingDenied', true) })).toBe(
      'debt',
    );
    expect(judged({ billingDenied: observed('billingDenied', true) })).toBe('denied');
    expect(judged({ billingDenied: observed('billingDenied', false) })).toBe('no-cash');
    expect(judged({ cash: observed('cash', 0), billingDenied: observed('billingDenied', true) })).toBe(
      'known',
    );
  });
});

describe('couponCoverage', () => {
  it.each([
    ['vpn', 'applies'],
    ['all', 'applies'],
    ['none', 'not'],
  ] as const)('a coupon covering %s: %s', (covers, expected) => {
    expect(couponCoverage(coupon({ covers }), context)).toBe(expected);
  });

  it('asks the person’s answer for an unmapped product line', () => {
    expect(couponCoverage(coupon({ covers: 'unmapped', scope: '基础云' }), context)).toBe('applies');
    expect(couponCoverage(coupon({ covers: 'unmapped', scope: '云存储' }), context)).toBe('not');
    expect(couponCoverage(coupon({ covers: 'unmapped', scope: '云计算' }), context)).toBe('unanswered');
    expect(couponCoverage(coupon({ covers: 'unmapped', scope: 'toString' }), context)).toBe('unanswered');
  });

  it('needs the purchase’s billing type, the form’s region when one is named, and a valid date', () => {
    expect(couponCoverage(coupon({ billingTypes: ['monthly', 'consumption'] }), context)).toBe('applies');
    expect(couponCoverage(coupon({ billingTypes: ['configuration'] }), context)).toBe('not');
    expect(couponCoverage(coupon({ billingTypes: undefined }), context)).toBe('not');
    expect(couponCoverage(coupon({ region: 'cn-north-1' }), context)).toBe('applies');
    expect(couponCoverage(coupon({ region: 'cn-north-1' }), { ...context, region: undefined })).toBe('not');
    expect(couponCoverage(coupon({ validFrom: NOW, validUntil: NOW }), context)).toBe('applies');
    expect(couponCoverage(coupon({ validFrom: NOW + 1 }), context)).toBe('not');
    expect(couponCoverage(coupon({ validUntil: NOW - 1 }), context)).toBe('not');
  });

  it('says an unmapped coupon is "not" (rather than unanswered) when it fails on anything else', () => {
    const expired = coupon({ covers: 'unmapped', scope: '云计算', validUntil: NOW - 1 });
    expect(couponCoverage(expired, context)).toBe('not');
  });
});

describe('couponsThatCount', () => {
  const counted = (state: AccountState) => couponsThatCount(ruleInput(state, draftWith(), settingsWith()));

  it('adds up the coupons that apply and names the unanswered product lines, each once', () => {
    const lines = ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g'].map((scope) =>
      coupon({ amountFen: 10, covers: 'unmapped', scope }),
    );
    const result = counted({ couponList: observed('couponList', [coupon({ amountFen: 700 }), ...lines]) });
    expect(result?.fen).toBe(700);
    expect(result?.unanswered).toEqual({ fen: 80, lines: 'a / b / c / d / e / f …' });
  });

  it('skips list entries it cannot count', () => {
    const list = [coupon({ amountFen: 100 }), { amountFen: -5, scope: 'VPN' }, null, { amountFen: 1.5 }];
    const state = { couponList: { ...observed('couponList', []), value: list } } as unknown as AccountState;
    expect(counted(state)?.fen).toBe(100);
  });

  it('takes the typed-in total when no list can be used, and nothing when neither is known', () => {
    const total = observed('coupons', 1200);
    const badList = { ...observed('couponList', []), value: 'x' };
    expect(counted({ coupons: total, couponList: badList } as unknown as AccountState)).toEqual({
      fen: 1200,
      observation: total,
      unanswered: { fen: 0, lines: '' },
    });
    expect(counted({})).toBeUndefined();
    expect(counted({ coupons: observed('coupons', -1) })).toBeUndefined();
  });
});
