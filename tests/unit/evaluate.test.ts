import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_CHECKS, evaluate, evaluateAccount, overallReadiness } from '../../lib/evaluate';
import { CHECK_IDS, type CheckResult, type CheckStatus } from '../../lib/model/checklist';
import type { VpnDraft } from '../../lib/model/draft';
import {
  type AccountState,
  COUPON_BILLING_TYPES,
  COUPON_COVERS,
  REAL_NAME_STATUSES,
} from '../../lib/model/observation';
import { coupon, draftWith, HOUR, NOW, observed, readyState, settingsWith } from './rules/rule-input';

function check(status: CheckStatus, required = true): CheckResult {
  return { id: required ? 'real-name' : 'funds-runway', status, required, message: { key: 'k' }, facts: [] };
}

describe('overallReadiness', () => {
  it('is ready when everything passes', () => {
    expect(overallReadiness([check('pass'), check('pass', false)])).toBe('ready');
  });

  it('is blocked by a required fail, whatever else is unknown', () => {
    expect(overallReadiness([check('unknown'), check('warn'), check('fail')])).toBe('blocked');
  });

  it('is unknown when a required check is unknown and nothing fails', () => {
    expect(overallReadiness([check('pass'), check('warn'), check('unknown')])).toBe('unknown');
  });

  it('is a warning for any warn, and for an optional fail', () => {
    expect(overallReadiness([check('pass'), check('warn')])).toBe('warning');
    expect(overallReadiness([check('pass'), check('warn', false)])).toBe('warning');
    expect(overallReadiness([check('pass'), check('fail', false)])).toBe('warning');
  });

  it('lets an optional unknown neither block nor hold readiness back', () => {
    expect(overallReadiness([check('pass'), check('unknown', false)])).toBe('ready');
  });
});

describe('evaluate', () => {
  it('is ready for a verified, funded account and a valid form, with every check in order', () => {
    const checklist = evaluate(readyState(), draftWith(), settingsWith(), NOW);
    expect(checklist.readiness).toBe('ready');
    expect(checklist.evaluatedAt).toBe(NOW);
    expect(checklist.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(checklist.checks.map((c) => c.status)).toEqual(CHECK_IDS.map(() => 'pass'));
    expect(checklist.checks.filter((c) => !c.required).map((c) => c.id)).toEqual(['funds-runway']);
  });

  it('is blocked at 49.99 CNY and ready at 50.00 CNY', () => {
    const settings = settingsWith({ runwayWarnDays: 0 });
    const funded = (cash: number) => ({
      ...readyState(),
      cash: observed('cash', cash),
      coupons: observed('coupons', 1000),
    });
    expect(evaluate(funded(3999), draftWith(), settings, NOW).readiness).toBe('blocked');
    expect(evaluate(funded(4000), draftWith(), settings, NOW).readiness).toBe('ready');
  });

  it('is unknown, not blocked, when cash is short and coupons were never read', () => {
    const state = { ...readyState(), cash: observed('cash', 3000), coupons: undefined };
    expect(evaluate(state, draftWith(), settingsWith(), NOW).readiness).toBe('unknown');
  });

  it('is a warning when only the runway is short', () => {
    const state = { ...readyState(), cash: observed('cash', 5000) };
    const checklist = evaluate(state, draftWith(), settingsWith(), NOW);
    expect(checklist.readiness).toBe('warning');
    expect(checklist.checks.find((c) => c.id === 'funds-runway')?.status).toBe('warn');
  });

  it('is blocked by an empty gateway list and a warning for a pending verification', () => {
    const noGateway = draftWith({ customerGateway: { options: [] } });
    expect(evaluate(readyState(), noGateway, settingsWith(), NOW).readiness).toBe('blocked');
    const pending = { ...readyState(), realName: observed('realName', 'pending') };
    expect(evaluate(pending, draftWith(), settingsWith(), NOW).readiness).toBe('warning');
  });

  it('is a warning, never ready, on data just past the staleness limit', () => {
    const justFresh = { ...readyState(), cash: observed('cash', 100_000, 24 * HOUR) };
    const justStale = { ...readyState(), cash: observed('cash', 100_000, 24 * HOUR + 1) };
    expect(evaluate(justFresh, draftWith(), settingsWith(), NOW).readiness).toBe('ready');
    expect(evaluate(justStale, draftWith(), settingsWith(), NOW).readiness).toBe('warning');
  });

  it('is unknown without a form', () => {
    const checklist = evaluate(readyState(), undefined, settingsWith(), NOW);
    expect(checklist.readiness).toBe('unknown');
    expect(checklist.checks).toHaveLength(CHECK_IDS.length);
  });

  it('turns a rule that throws into an unknown check instead of throwing', () => {
    const state = readyState();
    Object.defineProperty(state, 'realName', {
      get() {
        throw new Error('corrupt storage');
      },
    });
    const checklist = evaluate(state, draftWith(), settingsWith(), NOW);
    expect(checklist.checks.find((c) => c.id === 'real-name')).toEqual({
      id: 'real-name',
      status: 'unknown',
      required: true,
      message: { key: 'check.error' },
      facts: [],
    });
    expect(checklist.readiness).toBe('unknown');
  });

  it('is unknown, with the 基本资料 fix on each account check, when signed in but no account was read', () => {
    const state = { ...readyState(), account: undefined };
    const checklist = evaluate(state, draftWith(), settingsWith(), NOW);
    expect(checklist.readiness).toBe('unknown');
    const accountBound = checklist.checks.filter((c) =>
      ['real-name', 'funds-threshold', 'funds-runway'].includes(c.id),
    );
    expect(accountBound.map((c) => [c.id, c.status, c.message.key, c.fix])).toEqual([
      ['real-name', 'unknown', 'check.real-name.no-account', 'account-info'],
      ['funds-threshold', 'unknown', 'check.funds-threshold.no-account', 'account-info'],
      ['funds-runway', 'unknown', 'check.funds-runway.no-account', 'account-info'],
    ]);
    expect(checklist.checks.find((c) => c.id === 'signed-in')?.status).toBe('pass');
  });

  it('is blocked by arrears however much cash there is', () => {
    const state = { ...readyState(), arrears: observed('arrears', 1) };
    expect(evaluate(state, draftWith(), settingsWith(), NOW).readiness).toBe('blocked');
  });

  it('counts the coupons of the purchase’s billing type: the connection by usage, a tunnel by configuration', () => {
    const state = {
      ...readyState(),
      cash: observed('cash', 3000),
      coupons: undefined,
      couponList: observed('couponList', [coupon({ amountFen: 100_000, billingTypes: ['configuration'] })]),
    };
    const settings = settingsWith({ runwayWarnDays: 0 });
    expect(evaluate(state, draftWith(), settings, NOW).readiness).toBe('blocked');
    expect(evaluate(state, draftWith(), settings, NOW, 'connection').readiness).toBe('blocked');
    expect(evaluate(state, draftWith(), settings, NOW, 'tunnel').readiness).toBe('ready');
    expect(evaluateAccount(state, settings, NOW, 'tunnel').readiness).toBe('ready');
  });

  it('survives a missing state', () => {
    const checklist = evaluate(null as unknown as AccountState, draftWith(), settingsWith(), NOW);
    expect(checklist.readiness).toBe('unknown');
    expect(checklist.checks.find((c) => c.id === 'signed-in')?.message.key).toBe('check.signed-in.unknown');
  });
});

describe('evaluateAccount', () => {
  it('runs only the checks that need no form', () => {
    expect([...ACCOUNT_CHECKS]).toEqual(['signed-in', 'real-name', 'funds-threshold', 'funds-runway']);
    const checklist = evaluateAccount(readyState(), settingsWith(), NOW);
    expect(checklist.checks.map((c) => c.id)).toEqual([...ACCOUNT_CHECKS]);
    expect(checklist.readiness).toBe('ready');
    expect(checklist.evaluatedAt).toBe(NOW);
  });

  it('is unknown for an account never seen', () => {
    const checklist = evaluateAccount({}, settingsWith(), NOW);
    expect(checklist.readiness).toBe('unknown');
    expect(checklist.checks.map((c) => c.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });
});

describe('never a false "ready" (properties)', () => {
  const age = fc.integer({ min: 0, max: 72 * HOUR });
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const couponArb = fc.record({
    amountFen: fc.integer({ min: 0, max: 10_000 }),
    scope: fc.constantFrom('VPN', '基础云', '云存储'),
    covers: fc.constantFrom(...COUPON_COVERS),
    billingTypes: maybe(fc.subarray([...COUPON_BILLING_TYPES])),
    region: maybe(fc.constantFrom('cn-north-1', 'cn-east-2')),
    validUntil: maybe(fc.integer({ min: NOW - HOUR, max: NOW + HOUR })),
  });
  const stateArb = fc.record({
    signedIn: maybe(fc.tuple(fc.boolean(), age)),
    account: maybe(fc.constantFrom('jdc-admin', 'jdc-ops')),
    realName: maybe(fc.tuple(fc.constantFrom(...REAL_NAME_STATUSES), age)),
    cash: maybe(fc.tuple(fc.integer({ min: -10_000, max: 200_000 }), age)),
    accountBalance: maybe(fc.tuple(fc.integer({ min: -10_000, max: 200_000 }), age)),
    arrears: maybe(fc.tuple(fc.integer({ min: 0, max: 1000 }), age)),
    billingDenied: maybe(fc.tuple(fc.boolean(), age)),
    coupons: maybe(fc.tuple(fc.integer({ min: 0, max: 200_000 }), age)),
    couponList: maybe(fc.tuple(fc.array(couponArb, { maxLength: 4 }), age)),
  });
  const selectArb = maybe(
    fc.record({
      selected: maybe(fc.constantFrom('gw-a', '')),
      options: fc.array(fc.constantFrom('gw-a', 'gw-b'), { maxLength: 3 }),
    }),
  );
  const draftArb: fc.Arbitrary<VpnDraft | undefined> = maybe(
    fc.record({
      presentation: fc.constantFrom('route' as const, 'dialog' as const),
      region: maybe(fc.constantFrom('cn-north-1', 'cn-east-2', 'cn-west-9')),
      name: maybe(fc.constantFrom('', 'vpn-01', '京东云VPN', 'bad name', 'x'.repeat(40))),
      description: maybe(fc.constantFrom('', 'office', 'd'.repeat(300))),
      borderGateway: selectArb,
      customerGateway: selectArb,
    }),
  );

  type Generated = typeof stateArb extends fc.Arbitrary<infer T> ? T : never;

  function toState(g: Generated): AccountState {
    const state: AccountState = {};
    if (g.signedIn) state.signedIn = observed('signedIn', g.signedIn[0], g.signedIn[1]);
    if (g.realName) state.realName = observed('realName', g.realName[0], g.realName[1]);
    if (g.account) state.account = observed('account', g.account);
    if (g.cash) state.cash = observed('cash', g.cash[0], g.cash[1]);
    if (g.accountBalance)
      state.accountBalance = observed('accountBalance', g.accountBalance[0], g.accountBalance[1]);
    if (g.arrears) state.arrears = observed('arrears', g.arrears[0], g.arrears[1]);
    if (g.billingDenied)
      state.billingDenied = observed('billingDenied', g.billingDenied[0], g.billingDenied[1]);
    if (g.coupons) state.coupons = observed('coupons', g.coupons[0], g.coupons[1]);
    if (g.couponList) state.couponList = observed('couponList', g.couponList[0], g.couponList[1]);
    return state;
  }

  /** The cash figure the funds checks use: the available amount, else the weaker balance. */
  const cashOf = (g: Generated) => g.cash ?? g.accountBalance;

  it('is never ready when a required input is missing', () => {
    fc.assert(
      fc.property(stateArb, draftArb, (generated, draft) => {
        const readiness = evaluate(toState(generated), draft, settingsWith(), NOW).readiness;
        const missing =
          !generated.signedIn ||
          (generated.signedIn[0] && !generated.account) ||
          !generated.realName ||
          !cashOf(generated) ||
          !draft ||
          draft.name === undefined ||
          !draft.borderGateway ||
          !draft.customerGateway;
        if (missing) expect(readiness).not.toBe('ready');
      }),
      { numRuns: 500 },
    );
  });

  it('is never ready on stale data it relies on', () => {
    const limit = 24 * HOUR;
    fc.assert(
      fc.property(stateArb, draftArb, (generated, draft) => {
        const readiness = evaluate(toState(generated), draft, settingsWith(), NOW).readiness;
        const stale = (entry: readonly [unknown, number] | undefined) =>
          entry !== undefined && entry[1] > limit;
        const cash = cashOf(generated);
        const cashCovers = cash !== undefined && cash[0] >= 5000;
        // The list counts when it is at least as new as the typed-in total.
        const { couponList, coupons } = generated;
        const couponsUsed = couponList && !(coupons && coupons[1] < couponList[1]) ? couponList : coupons;
        if (stale(generated.signedIn) || stale(generated.realName) || stale(cash)) {
          expect(readiness).not.toBe('ready');
        }
        if (stale(couponsUsed) && !cashCovers) expect(readiness).not.toBe('ready');
      }),
      { numRuns: 500 },
    );
  });

  it('is never ready with a debt, nor on a refused billing page without cash', () => {
    fc.assert(
      fc.property(stateArb, draftArb, (generated, draft) => {
        const readiness = evaluate(toState(generated), draft, settingsWith(), NOW).readiness;
        const cash = cashOf(generated);
        const { arrears } = generated;
        // A cash figure read after the debt says it is paid (the page showed figures and no debt).
        const owing = arrears !== undefined && arrears[0] > 0 && !(cash && cash[1] < arrears[1]);
        if (owing || (cash && cash[0] < 0)) {
          expect(readiness).not.toBe('ready');
        }
        if (!cash) expect(readiness).not.toBe('ready');
      }),
      { numRuns: 500 },
    );
  });

  it('is ready only when every required check passes and nothing warns', () => {
    fc.assert(
      fc.property(stateArb, draftArb, (generated, draft) => {
        const checklist = evaluate(toState(generated), draft, settingsWith(), NOW);
        if (checklist.readiness !== 'ready') return;
        for (const result of checklist.checks) {
          if (result.required) expect(result.status).toBe('pass');
          else expect(['pass', 'unknown']).toContain(result.status);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever is in storage', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (state, draft) => {
        const checklist = evaluate(state as AccountState, draft as VpnDraft, settingsWith(), NOW);
        expect(checklist.checks).toHaveLength(CHECK_IDS.length);
        expect(checklist.readiness).not.toBe('ready');
      }),
      { numRuns: 300 },
    );
  });
});

describe('content-script safety', () => {
  // These modules may be bundled into the content script, whose budget has no room for zod.
  const root = join(__dirname, '../../lib');
  const files = [
    'estimate.ts',
    'evaluate.ts',
    'i18n/checks.ts',
    ...readdirSync(join(root, 'rules')).map((file) => `rules/${file}`),
  ];

  it.each(files)('%s imports zod and lib/model only as types', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map(
      (m) => m[1],
    );
    for (const specifier of valueImports) {
      expect(specifier).not.toBe('zod');
      expect(specifier).not.toMatch(/model(\/index)?$/);
      expect(specifier).not.toMatch(/model\/(draft|observation|settings)$/);
    }
  });
});
