import { describe, expect, it } from 'vitest';
import { uiCatalog } from '../../lib/i18n/ui';
import type { CheckFact } from '../../lib/model/checklist';
import { FOUND_BY } from '../../lib/model/observation';
import { describeFact } from '../../lib/views';
import { NOW } from './rules/rule-input';

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
    expect(describeFact(signedIn, 'en', NOW)).toBe(
      'inferred: a console page was shown to you (the console page), 3 min ago',
    );
    expect(describeFact(signedIn, 'zh-CN', NOW)).toBe('推断：控制台页面已向您显示（控制台页面），3 分钟前');
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
