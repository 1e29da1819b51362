import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateAccount } from '../../lib/evaluate';
import { checkCatalog } from '../../lib/i18n/checks';
import { CHECK_IDS, type CheckResult, type FixLink, type Message } from '../../lib/model/checklist';
import type { VpnDraft } from '../../lib/model/draft';
import { type AccountState, REAL_NAME_STATUSES } from '../../lib/model/observation';
import type { Settings } from '../../lib/model/settings';
import { draftWith, HOUR, NOW, observed, settingsWith } from './rules/rule-input';

// A Record so that tsc fails here when a fix link is added to the model without a label.
const fixLinks: Record<FixLink, true> = {
  recharge: true,
  'capital-overview': true,
  coupons: true,
  'real-name': true,
  login: true,
  'border-gateways': true,
  'customer-gateways': true,
  'vpn-billing-docs': true,
  'vpn-restrictions-docs': true,
};

const languages = ['en', 'zh-CN'] as const;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** Runs every rule over a grid of account states, forms and settings; returns every result produced. */
function resultsOverGrid(): CheckResult[] {
  const ages = [0, 30 * HOUR];
  const states: AccountState[] = [];
  const signedIns = [
    undefined,
    ...ages.flatMap((age) => [true, false].map((v) => observed('signedIn', v, age))),
  ];
  const realNames = [
    undefined,
    ...ages.flatMap((age) => REAL_NAME_STATUSES.map((v) => observed('realName', v, age))),
  ];
  const cashes = [
    undefined,
    ...ages.flatMap((age) => [-500, 0, 3000, 5000, 100_000].map((v) => observed('cash', v, age))),
  ];
  const coupons = [
    undefined,
    ...ages.flatMap((age) => [0, 2000, 100_000].map((v) => observed('coupons', v, age))),
  ];
  for (const signedIn of signedIns) states.push(signedIn ? { signedIn } : {});
  for (const realName of realNames) states.push(realName ? { realName } : {});
  for (const cash of cashes) {
    for (const coupon of coupons) {
      const state: AccountState = {};
      if (cash) state.cash = cash;
      if (coupon) state.coupons = coupon;
      states.push(state);
    }
  }

  const settingsVariants: Settings[] = [
    settingsWith(),
    settingsWith({
      prices: { default: { connectionPerHourFen: 0, tunnelPerHourFen: 0, outboundPerGbFen: 0 } },
    }),
    settingsWith({ runwayWarnDays: 0, thresholdFen: 0 }),
  ];

  const drafts: (VpnDraft | undefined)[] = [
    undefined,
    draftWith(),
    draftWith({
      name: undefined,
      description: undefined,
      borderGateway: undefined,
      customerGateway: undefined,
    }),
    draftWith({ name: '', borderGateway: { options: [] }, customerGateway: { options: [] } }),
    draftWith({ name: 'bad name!', description: 'x'.repeat(300) }),
    draftWith({ name: 'n'.repeat(40), description: 'office link' }),
  ];

  const results: CheckResult[] = [];
  for (const settings of settingsVariants) {
    for (const state of states) results.push(...evaluateAccount(state, settings, NOW).checks);
  }
  for (const draft of drafts) results.push(...evaluate({}, draft, settingsWith(), NOW).checks);
  // A rule that throws.
  const broken = {};
  Object.defineProperty(broken, 'cash', {
    get() {
      throw new Error('corrupt');
    },
  });
  results.push(...evaluate(broken, draftWith(), settingsWith(), NOW).checks);
  return results;
}

const gridResults = resultsOverGrid();
const gridMessages: Message[] = gridResults.map((r) => r.message);
const gridKeys = [...new Set(gridMessages.map((m) => m.key))].sort();

describe('checkCatalog', () => {
  it('the grid reaches every status of every check (so it really exercises the rules)', () => {
    const seen = new Set(gridResults.map((r) => `${r.id}:${r.status}`));
    for (const id of CHECK_IDS) expect(seen.has(`${id}:pass`)).toBe(true);
    for (const pair of [
      'funds-threshold:fail',
      'funds-threshold:unknown',
      'funds-runway:warn',
      'real-name:warn',
    ]) {
      expect(seen.has(pair)).toBe(true);
    }
    expect(gridKeys.length).toBeGreaterThan(50);
  });

  it.each(languages)('has text in %s for every message key a rule emits', (language) => {
    const missing = gridKeys.filter((key) => !(key in checkCatalog[language]));
    expect(missing).toEqual([]);
  });

  it.each(languages)('fills every placeholder of the %s text from the params the rule sent', (language) => {
    for (const message of gridMessages) {
      const text = checkCatalog[language][message.key] ?? '';
      for (const name of placeholders(text)) {
        expect({ key: message.key, name, present: message.params?.[name] !== undefined }).toEqual({
          key: message.key,
          name,
          present: true,
        });
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const keys = new Set([...Object.keys(checkCatalog.en), ...Object.keys(checkCatalog['zh-CN'])]);
    for (const key of keys) {
      expect({ key, zh: placeholders(checkCatalog['zh-CN'][key] ?? '') }).toEqual({
        key,
        zh: placeholders(checkCatalog.en[key] ?? 'missing'),
      });
    }
  });

  it('has the same keys in both languages, and no message text that no rule emits', () => {
    expect(Object.keys(checkCatalog['zh-CN']).sort()).toEqual(Object.keys(checkCatalog.en).sort());
    const messageKeys = Object.keys(checkCatalog.en).filter(
      (key) => !key.endsWith('.title') && !key.startsWith('fix.'),
    );
    expect(messageKeys.sort()).toEqual(gridKeys);
  });

  it.each(languages)('has a %s title for every check and a label for every fix link', (language) => {
    for (const id of CHECK_IDS) expect(checkCatalog[language][`check.${id}.title`]).toBeTruthy();
    for (const link of Object.keys(fixLinks)) expect(checkCatalog[language][`fix.${link}`]).toBeTruthy();
    for (const result of gridResults) {
      if (result.fix) expect(checkCatalog[language][`fix.${result.fix}`]).toBeTruthy();
    }
  });

  it('writes the Chinese text in Chinese', () => {
    for (const [key, text] of Object.entries(checkCatalog['zh-CN'])) {
      expect({ key, han: /\p{Script=Han}/u.test(text) }).toEqual({ key, han: true });
    }
  });

  it('has text for what the rules say on random inputs too (property)', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    fc.assert(
      fc.property(
        maybe(fc.integer({ min: -100_000, max: 1_000_000 })),
        maybe(fc.integer({ min: 0, max: 1_000_000 })),
        fc.integer({ min: 0, max: 100 * HOUR }),
        maybe(fc.string({ maxLength: 40 })),
        maybe(fc.string({ maxLength: 300 })),
        (cash, coupons, age, name, description) => {
          const state: AccountState = {};
          if (cash !== undefined) state.cash = observed('cash', cash, age);
          if (coupons !== undefined) state.coupons = observed('coupons', coupons, age);
          for (const check of evaluate(state, draftWith({ name, description }), settingsWith(), NOW).checks) {
            for (const language of languages) {
              const text = checkCatalog[language][check.message.key];
              expect(text).toBeDefined();
              for (const p of placeholders(text ?? '')) expect(check.message.params?.[p]).toBeDefined();
            }
          }
        },
      ),
    );
  });
});
