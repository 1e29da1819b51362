import { describe, expect, it } from 'vitest';
import { fixLinkUrl, isExtensionPageLink } from '../../lib/fix-links';
import { uiCatalog } from '../../lib/i18n/ui';
import type { CheckFact, CheckResult } from '../../lib/model/checklist';
import { FOUND_BY } from '../../lib/model/observation';
import { buildPanelView, describeFact, renderCheck } from '../../lib/views';
import { coupon, draftWith, NOW, observed, readyState, settingsWith } from './rules/rule-input';

const MIN = 60_000;

function fact(overrides: Partial<CheckFact> = {}): CheckFact {
  return { field: 'cash', source: 'page:capital-overview', observedAt: NOW - 3 * MIN, ...overrides };
}

describe('describeFact', () => {
  it('says where, how and when a page value was found, in each language', () => {
    expect(describeFact(fact({ found: 'label' }), 'en', NOW)).toBe(
      'from the capital overview page, read beside its label, 3 min ago',
    );
    expect(describeFact(fact({ found: 'label' }), 'zh-CN', NOW)).toBe(
      '来自资金概览页面，按标签读取，3 分钟前',
    );
    expect(describeFact(fact({ found: 'taught' }), 'en', NOW)).toBe(
      'from the capital overview page, at the place you pointed at, 3 min ago',
    );
    expect(describeFact(fact({ found: 'override' }), 'en', NOW)).toBe(
      'from the capital overview page, by your selector override, 3 min ago',
    );
    const signedIn = fact({ field: 'signedIn', source: 'page:other-console', found: 'inference' });
    expect(describeFact(signedIn, 'en', NOW)).toBe('inferred from what the console page shows, 3 min ago');
    expect(describeFact(signedIn, 'zh-CN', NOW)).toBe('根据控制台页面显示的内容推断，3 分钟前');
  });

  it('has words for every way a value can be found, in both languages', () => {
    for (const found of FOUND_BY) {
      expect(uiCatalog.en).toHaveProperty(`fact.found.${found}`);
      expect(uiCatalog['zh-CN']).toHaveProperty(`fact.found.${found}`);
    }
  });

  it('keeps the plain source line for values without `found`, the OpenAPI and manual values', () => {
    expect(describeFact(fact(), 'en', NOW)).toBe('from the capital overview page, 3 min ago');
    expect(describeFact(fact({ source: 'openapi', found: 'label' }), 'en', NOW)).toBe(
      'from the JD Cloud OpenAPI, 3 min ago',
    );
    expect(describeFact(fact({ source: 'manual' }), 'zh-CN', NOW)).toBe('来自您手动填写的数值，3 分钟前');
    const corrupt = fact({ found: '<b>x</b>' as unknown as CheckFact['found'] });
    expect(describeFact(corrupt, 'en', NOW)).toBe('from the capital overview page, 3 min ago');
  });

  it('says the account balance is the weaker 账户余额 figure', () => {
    const balance = fact({ field: 'accountBalance', found: 'label' });
    expect(describeFact(balance, 'en', NOW)).toBe(
      'account balance (账户余额, a weaker figure that may include frozen funds) from the capital overview page, read beside its label, 3 min ago',
    );
    expect(describeFact(balance, 'zh-CN', NOW)).toContain('账户余额（较弱的数值，可能含冻结金额）');
  });
});

describe('fix links', () => {
  const check = (fix: CheckResult['fix']): CheckResult => ({
    id: 'funds-threshold',
    status: 'unknown',
    required: true,
    message: { key: 'check.funds-threshold.no-account' },
    facts: [],
    fix,
  });

  it('sends the unidentified account to 账户管理 → 基本资料', () => {
    expect(fixLinkUrl('account-info', 'en')).toBe('https://uc.jdcloud.com/account/basic-info');
    expect(isExtensionPageLink('account-info')).toBe(false);
  });

  it('gives the options page as a path inside the extension, resolved when the caller can', () => {
    expect(fixLinkUrl('options', 'en')).toBe('options.html');
    expect(fixLinkUrl('coupon-product-lines', 'zh-CN')).toBe('options.html#coupon-product-lines');
    expect(isExtensionPageLink('options')).toBe(true);
    expect(isExtensionPageLink('coupon-product-lines')).toBe(true);
    expect(renderCheck(check('options'), 'en', NOW).fix).toEqual({
      label: 'Open the options',
      url: 'options.html',
    });
    const resolve = (path: string) => `chrome-extension://abc/${path}`;
    expect(renderCheck(check('coupon-product-lines'), 'en', NOW, resolve).fix?.url).toBe(
      'chrome-extension://abc/options.html#coupon-product-lines',
    );
    expect(renderCheck(check('account-info'), 'en', NOW, resolve).fix?.url).toBe(
      'https://uc.jdcloud.com/account/basic-info',
    );
  });
});

describe('buildPanelView', () => {
  it('counts the coupons of the purchase it is given', () => {
    const state = {
      ...readyState(),
      cash: observed('cash', 3000),
      coupons: undefined,
      couponList: observed('couponList', [coupon({ amountFen: 2000, billingTypes: ['configuration'] })]),
    };
    const funds = (purchase?: 'connection' | 'tunnel') =>
      buildPanelView(state, draftWith(), settingsWith(), 'en', NOW, { purchase }).checks.find(
        (c) => c.id === 'funds-threshold',
      );
    expect(funds()?.status).toBe('fail');
    expect(funds('tunnel')?.status).toBe('pass');
  });

  it('says which threshold it used', () => {
    const settings = settingsWith({ thresholdByAccount: { 'jdc-admin': 200_000 } });
    const row = buildPanelView(readyState(), draftWith(), settings, 'en', NOW).checks.find(
      (c) => c.id === 'funds-threshold',
    );
    expect(row?.reason).toBe(
      'Cash ¥1,000.00 + coupons ¥0.00 = ¥1,000.00, below the ¥2,000.00 threshold set for this account. Recharge at least ¥1,000.00.',
    );
  });
});
