import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationContext, evaluate, evaluateAccount } from '../../lib/evaluate';
import { translate } from '../../lib/i18n';
import { checkCatalog } from '../../lib/i18n/checks';
import { CHECK_IDS, type CheckResult, type FixLink, type Message } from '../../lib/model/checklist';
import type { FormDraft, TunnelDraft, VpnDraft } from '../../lib/model/draft';
import { type AccountState, type Coupon, REAL_NAME_STATUSES } from '../../lib/model/observation';
import type { Settings } from '../../lib/model/settings';
import { TUNNEL_PARAMETERS } from '../../lib/rules/ike-ipsec';
import { pskShapeOf } from '../../lib/rules/psk-format';
import {
  coupon,
  draftWith,
  gatewayDraftWith,
  HOUR,
  listsWith,
  NOW,
  observed,
  settingsWith,
  tunnelDraftWith,
} from './rules/rule-input';

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
  'account-info': true,
  options: true,
  'coupon-product-lines': true,
  'vpn-connections': true,
  'quota-ticket': true,
};

const languages = ['en', 'zh-CN'] as const;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** Coupon lists: none apply, one applies, unmapped ones that could lift ¥30 to ¥50, and that could not. */
const couponLists: Coupon[][] = [
  [],
  [coupon({ amountFen: 2000 })],
  [coupon({ amountFen: 2000, covers: 'unmapped', scope: '基础云' })],
  [coupon({ amountFen: 100, covers: 'unmapped', scope: '基础云' })],
];

/** The funds in every form they come in: cash or the weaker balance, debts, refusals, coupons as a list. */
function fundsStates(ages: readonly number[]): AccountState[] {
  const states: AccountState[] = [];
  for (const age of ages) {
    for (const value of [-500, 0, 3000, 5000, 100_000]) {
      const cashes: AccountState[] = [
        { cash: observed('cash', value, age) },
        { accountBalance: observed('accountBalance', value, age) },
      ];
      for (const cash of cashes) {
        states.push(cash, { ...cash, coupons: observed('coupons', 0, age) });
        for (const list of couponLists)
          states.push({ ...cash, couponList: observed('couponList', list, age) });
      }
    }
    states.push(
      { arrears: observed('arrears', 500, age) },
      { arrears: observed('arrears', 0, age), cash: observed('cash', 100_000, age) },
      { billingDenied: observed('billingDenied', true, age) },
      { billingDenied: observed('billingDenied', false, age) },
      { signedIn: observed('signedIn', true, age), cash: observed('cash', 100_000, age) },
      { account: observed('account', 'jdc-admin', age), cash: observed('cash', 6000, age) },
    );
  }
  return states;
}

const OLD = NOW - 30 * HOUR;
const ikeFields = Object.keys(TUNNEL_PARAMETERS) as (keyof typeof TUNNEL_PARAMETERS)[];
const noIkeRead = Object.fromEntries(ikeFields.map((field) => [field, undefined])) as Partial<TunnelDraft>;

/** Forms that reach every finding of the tunnel, customer gateway and quota checks. */
const formCases: [FormDraft | undefined, EvaluationContext][] = [
  [undefined, { form: 'tunnel' }],
  [undefined, { form: 'customer-gateway' }],
  [draftWith(), { lists: listsWith() }],
  [draftWith(), { lists: listsWith({ 'bgw-main': 1 }, { observedAt: OLD }) }],
  [draftWith(), { lists: listsWith({ 'bgw-other': 1 }) }],
  [draftWith(), { lists: listsWith({ 'bgw-other': 1 }, { observedAt: OLD }) }],
  [draftWith(), { lists: listsWith({ 'bgw-main': 10 }) }],
  [draftWith(), { lists: listsWith({ 'bgw-main': 10 }, { complete: false }) }],
  [draftWith(), { lists: listsWith({ 'bgw-main': 1 }, { complete: false }) }],
  [draftWith(), { lists: listsWith({ 'bgw-other': 10 }) }],
  [tunnelDraftWith(), {}],
  [tunnelDraftWith({ existingTunnels: undefined }), {}],
  [tunnelDraftWith({ borderGatewayTunnelCidrs: ['10.0.0.0/30'] }), {}],
  [tunnelDraftWith({ customerGatewayIpCount: undefined, insideCidr: '', psk: pskShapeOf('') }), {}],
  [tunnelDraftWith({ customerGatewayIpCount: 1, existingTunnels: [{}, {}] }), {}],
  [tunnelDraftWith({ cloudIp: undefined }), {}],
  [tunnelDraftWith({ customerIp: '1.2.3.5' }), {}],
  [tunnelDraftWith({ existingTunnels: [{ insideCidr: 'n/a' }] }), {}],
  [tunnelDraftWith({ insideCidr: undefined, psk: undefined, ...noIkeRead }), {}],
  [tunnelDraftWith({ insideCidr: 'x', psk: pskShapeOf('a b') }), {}],
  [tunnelDraftWith({ insideCidr: '169.254.1.0/29', psk: pskShapeOf('k'.repeat(21)) }), {}],
  [tunnelDraftWith({ insideCidr: '8.8.8.0/30', psk: pskShapeOf('0xab') }), {}],
  [tunnelDraftWith({ insideCidr: '169.254.0.0/30', ikeSaLifeSec: '' }), {}],
  [tunnelDraftWith({ insideCidr: '169.254.1.1/30' }), {}],
  // Each IKE and IPsec field with a value no rule allows, so every field's term is named.
  ...ikeFields.map((field): [FormDraft, EvaluationContext] => [
    tunnelDraftWith({ ikeVersion: field === 'ikeVersion' ? 'v9' : 'v1', [field]: 'bogus' }),
    {},
  ]),
  [tunnelDraftWith({ ikeSaLifeSec: '1' }), {}],
  [gatewayDraftWith(), {}],
  [gatewayDraftWith({ existingGateways: undefined, bgpAsn: undefined, ipCount: undefined }), {}],
  [gatewayDraftWith({ existingGateways: { count: 3, complete: false }, bgpAsn: '', ipCount: 3 }), {}],
  [
    gatewayDraftWith({
      existingGateways: { count: 10, complete: true },
      bgpAsn: 'AS1',
      customerIps: ['1.1.1.1', '1.1.1.2', '1.1.1.3'],
    }),
    {},
  ],
  [
    gatewayDraftWith({
      existingGateways: { count: 10, complete: false },
      bgpAsn: '65000',
      customerIps: ['x', '1.1.1.1'],
    }),
    {},
  ],
  [gatewayDraftWith({ customerIps: ['10.0.0.1', '1.1.1.1'] }), {}],
  [gatewayDraftWith({ customerIps: ['1.1.1.1', '1.1.1.1'] }), {}],
  [gatewayDraftWith({ customerIps: ['1.1.1.1', ''] }), {}],
];

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
  states.push(...fundsStates(ages));
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
    settingsWith({ thresholdByAccount: { 'jdc-admin': 8000 } }),
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
  for (const [draft, context] of formCases)
    results.push(...evaluate({}, draft, settingsWith(), NOW, context).checks);
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

/** The catalog phrases a message names through its `…Term` params. */
function termsOf(message: Message): string[] {
  return Object.entries(message.params ?? {})
    .filter(([name, value]) => name.endsWith('Term') && typeof value === 'string')
    .map(([, value]) => String(value));
}
const gridTerms = [...new Set(gridMessages.flatMap(termsOf))].sort();

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

  it.each(languages)('has text in %s for every message key and term a rule emits', (language) => {
    const missing = [...gridKeys, ...gridTerms].filter((key) => !(key in checkCatalog[language]));
    expect(missing).toEqual([]);
  });

  it.each(languages)('fills every placeholder of the %s text from the params the rule sent', (language) => {
    for (const message of gridMessages) {
      const texts = [message.key, ...termsOf(message)].map((key) => checkCatalog[language][key] ?? '');
      for (const name of texts.flatMap(placeholders)) {
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
      (key) => !key.endsWith('.title') && !key.startsWith('fix.') && !key.startsWith('term.'),
    );
    expect(messageKeys.sort()).toEqual(gridKeys);
    expect(Object.keys(checkCatalog.en).filter((key) => key.startsWith('term.'))).toEqual(
      expect.arrayContaining(gridTerms),
    );
    expect(gridTerms).toEqual(
      Object.keys(checkCatalog.en)
        .filter((key) => key.startsWith('term.'))
        .sort(),
    );
  });

  it('reaches every new funds finding: debts, the weak balance, refusals, unmapped coupons, no account', () => {
    for (const key of [
      'check.funds-threshold.arrears',
      'check.funds-threshold.pass-weak',
      'check.funds-threshold.denied',
      'check.funds-threshold.unmapped',
      'check.funds-threshold.fail-unmapped-weak.stale',
      'check.funds-threshold.no-account',
      'check.funds-runway.warn-cash-weak',
      'check.real-name.no-account',
    ]) {
      expect(gridKeys).toContain(key);
    }
  });

  it('names money in a term as money, in each language', () => {
    const params = { thresholdFen: 8000, thresholdTerm: 'term.threshold.account', cashFen: 100 };
    expect(translate('en', 'check.funds-threshold.pass-cash', params)).toBe(
      'Cash ¥1.00 alone meets the ¥80.00 threshold set for this account (coupons not counted).',
    );
    expect(translate('zh-CN', 'check.funds-threshold.pass-cash', params)).toBe(
      '仅可用金额 ¥1.00 即已达到为此账号设置的消费门槛 ¥80.00（未计代金券）。',
    );
    expect(
      translate('en', 'check.funds-threshold.unknown-cash', {
        ...params,
        thresholdTerm: 'term.threshold.default',
      }),
    ).toBe('Balance not read yet. Open the capital overview to compare it with the ¥80.00 threshold.');
  });

  it('fills a term one level deep only, and shows a page value as it is', () => {
    expect(translate('en', 'term.threshold.default', { thresholdFen: 1, thresholdTerm: 'x' })).toBe(
      'the ¥0.01 threshold',
    );
    const lines = '{thresholdFen} <b>基础云</b>';
    const text = translate('en', 'check.funds-threshold.fail-unmapped', {
      cashFen: 0,
      couponsFen: 0,
      totalFen: 0,
      thresholdFen: 5000,
      thresholdTerm: 'term.threshold.default',
      shortFen: 5000,
      unmappedFen: 100,
      lines,
    });
    expect(text).toContain(`for ${lines}, not known`);
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
