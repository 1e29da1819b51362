import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_CHECKS,
  CONNECTION_CHECKS,
  CUSTOMER_GATEWAY_CHECKS,
  evaluate,
  evaluateAccount,
  FORM_CHECKS,
  overallReadiness,
  TUNNEL_CHECKS,
} from '../../lib/evaluate';
import { formOf } from '../../lib/forms';
import { CHECK_IDS, type CheckResult, type CheckStatus } from '../../lib/model/checklist';
import type { CustomerGatewayDraft, FormDraft, TunnelDraft, VpnDraft } from '../../lib/model/draft';
import {
  type AccountState,
  COUPON_BILLING_TYPES,
  COUPON_COVERS,
  REAL_NAME_STATUSES,
} from '../../lib/model/observation';
import { pskShapeOf } from '../../lib/rules/psk-format';
import {
  coupon,
  draftWith,
  gatewayDraftWith,
  HOUR,
  listsWith,
  NOW,
  observed,
  readyState,
  settingsWith,
  tunnelDraftWith,
} from './rules/rule-input';

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
    const checklist = evaluate(readyState(), draftWith(), settingsWith(), NOW, { lists: listsWith() });
    expect(checklist.readiness).toBe('ready');
    expect(checklist.evaluatedAt).toBe(NOW);
    expect(checklist.checks.map((c) => c.id)).toEqual([...CONNECTION_CHECKS]);
    expect(checklist.checks.map((c) => c.status)).toEqual(CONNECTION_CHECKS.map(() => 'pass'));
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
    expect(checklist.checks).toHaveLength(CONNECTION_CHECKS.length);
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

describe('evaluate per form', () => {
  it('lists each form’s checks, and every check belongs to a form', () => {
    expect([...CONNECTION_CHECKS]).toEqual([
      'signed-in',
      'real-name',
      'funds-threshold',
      'funds-runway',
      'border-gateway',
      'customer-gateway',
      'connection-quota',
      'name-format',
      'description-length',
    ]);
    expect([...TUNNEL_CHECKS]).toEqual([
      'signed-in',
      'real-name',
      'funds-threshold',
      'funds-runway',
      'tunnel-quota',
      'tunnel-inside-cidr',
      'psk-format',
      'ike-ipsec',
    ]);
    expect([...CUSTOMER_GATEWAY_CHECKS]).toEqual([
      'cgw-quota',
      'asn-range',
      'customer-ips',
      'name-format',
      'description-length',
    ]);
    expect(new Set(Object.values(FORM_CHECKS).flat())).toEqual(new Set(CHECK_IDS));
  });

  it('runs the tunnel form’s checks on a tunnel draft, and is ready when they pass', () => {
    const checklist = evaluate(readyState(), tunnelDraftWith(), settingsWith(), NOW);
    expect(checklist.checks.map((c) => [c.id, c.status])).toEqual(TUNNEL_CHECKS.map((id) => [id, 'pass']));
    expect(checklist.readiness).toBe('ready');
  });

  it('runs the customer gateway form’s checks, with no funds checks: it costs nothing', () => {
    const checklist = evaluate({}, gatewayDraftWith(), settingsWith(), NOW);
    expect(checklist.checks.map((c) => [c.id, c.status])).toEqual(
      CUSTOMER_GATEWAY_CHECKS.map((id) => [id, 'pass']),
    );
    expect(checklist.readiness).toBe('ready');
  });

  it('takes the form from the context when no draft was read, and is unknown', () => {
    for (const form of ['tunnel', 'customer-gateway'] as const) {
      const checklist = evaluate(readyState(), undefined, settingsWith(), NOW, { form });
      expect(checklist.checks.map((c) => c.id)).toEqual([...FORM_CHECKS[form]]);
      expect(checklist.readiness).toBe('unknown');
    }
    // A draft's own form wins, and a corrupt form falls back to the connection form.
    const gateway = evaluate(readyState(), gatewayDraftWith(), settingsWith(), NOW, { form: 'tunnel' });
    expect(gateway.checks).toHaveLength(CUSTOMER_GATEWAY_CHECKS.length);
    const corrupt = { form: 'constructor' } as unknown as { form: 'tunnel' };
    expect(evaluate(readyState(), undefined, settingsWith(), NOW, corrupt).checks).toHaveLength(
      CONNECTION_CHECKS.length,
    );
  });

  it('counts the tunnel form’s coupons by configuration without being told', () => {
    const state = {
      ...readyState(),
      cash: observed('cash', 3000),
      coupons: undefined,
      couponList: observed('couponList', [coupon({ amountFen: 100_000, billingTypes: ['configuration'] })]),
    };
    const settings = settingsWith({ runwayWarnDays: 0 });
    expect(evaluate(state, tunnelDraftWith(), settings, NOW).readiness).toBe('ready');
    const noDraft = evaluate(state, undefined, settings, NOW, { form: 'tunnel' });
    expect(noDraft.checks.find((c) => c.id === 'funds-threshold')?.status).toBe('pass');
    expect(evaluate(state, draftWith(), settings, NOW, { lists: listsWith() }).readiness).toBe('blocked');
  });

  it('is blocked by a hard tunnel limit, and only warns over a quota JD raises by ticket', () => {
    const taken = tunnelDraftWith({ cloudIp: '116.196.1.10', customerIp: '1.2.3.5' });
    expect(evaluate(readyState(), taken, settingsWith(), NOW).readiness).toBe('blocked');
    const fullGateway = evaluate(readyState(), draftWith(), settingsWith(), NOW, {
      lists: listsWith({ 'bgw-main': 10 }),
    });
    expect(fullGateway.readiness).toBe('warning');
    expect(fullGateway.checks.find((c) => c.id === 'connection-quota')?.fix).toBe('quota-ticket');
    const fullRegion = gatewayDraftWith({ existingGateways: { count: 10, complete: true } });
    expect(evaluate({}, fullRegion, settingsWith(), NOW).readiness).toBe('warning');
  });

  it('lets a quota whose count cannot be known hold nothing back', () => {
    const connection = evaluate(readyState(), draftWith(), settingsWith(), NOW);
    expect(connection.checks.find((c) => c.id === 'connection-quota')).toMatchObject({
      status: 'unknown',
      required: false,
    });
    expect(connection.readiness).toBe('ready');
    const tunnel = tunnelDraftWith({ existingTunnels: undefined, insideCidr: '' });
    expect(evaluate(readyState(), tunnel, settingsWith(), NOW).readiness).toBe('ready');
    const gateway = gatewayDraftWith({ existingGateways: { count: 2, complete: false } });
    expect(evaluate({}, gateway, settingsWith(), NOW).readiness).toBe('ready');
  });

  it('turns a quota rule that throws into an unknown that is not required', () => {
    const draft = tunnelDraftWith();
    Object.defineProperty(draft, 'existingTunnels', {
      get() {
        throw new Error('corrupt');
      },
    });
    const checklist = evaluate(readyState(), draft, settingsWith(), NOW);
    expect(checklist.checks.find((c) => c.id === 'tunnel-quota')).toMatchObject({
      status: 'unknown',
      required: false,
      message: { key: 'check.error' },
    });
    expect(checklist.checks.find((c) => c.id === 'tunnel-inside-cidr')).toMatchObject({
      status: 'unknown',
      required: true,
    });
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
        expect(checklist.checks).toHaveLength(FORM_CHECKS[formOf(draft)].length);
        expect(checklist.readiness).not.toBe('ready');
      }),
      { numRuns: 300 },
    );
  });

  const ipArb = maybe(fc.constantFrom('116.196.1.10', '116.196.1.11', '1.2.3.4', '1.2.3.5', ''));
  const ikeFields = ['ikeVersion', 'ikeMode', 'ikeCipher', 'ikeSaLifeSec', 'ipsecKeyExchange'] as const;
  const tunnelArb: fc.Arbitrary<TunnelDraft> = fc.record({
    form: fc.constant('tunnel' as const),
    presentation: fc.constantFrom('route' as const, 'dialog' as const),
    region: maybe(fc.constantFrom('cn-north-1', 'cn-east-2')),
    cloudIp: ipArb,
    customerIp: ipArb,
    customerGatewayIpCount: maybe(fc.constantFrom(1, 2, 3, 4)),
    insideCidr: maybe(
      fc.constantFrom(
        '',
        '169.254.1.0/30',
        '169.254.0.0/30',
        '169.254.1.1/30',
        '10.0.0.0/29',
        '8.8.8.0/30',
        'x',
      ),
    ),
    psk: maybe(fc.constantFrom('', 'secret-01', '0xabc', 'a b', 'k'.repeat(21)).map(pskShapeOf)),
    ikeVersion: maybe(fc.constantFrom('v1', 'v2', 'v3')),
    ikeMode: maybe(fc.constantFrom('main', 'quick')),
    ikeCipher: maybe(fc.constantFrom('aes128', 'des', '')),
    ikeSaLifeSec: maybe(fc.constantFrom('14400', '59', '')),
    ipsecKeyExchange: maybe(fc.constantFrom('null', 'modp2048', 'group 1')),
    existingTunnels: maybe(
      fc.array(
        fc.record({
          cloudIp: ipArb,
          customerIp: ipArb,
          insideCidr: maybe(fc.constantFrom('169.254.0.0/30', '10.0.0.0/30', '', 'n/a')),
        }),
        { maxLength: 9 },
      ),
    ),
    borderGatewayTunnelCidrs: maybe(
      fc.array(fc.constantFrom('169.254.1.0/30', '10.0.0.0/30'), { maxLength: 2 }),
    ),
  });
  const gatewayArb: fc.Arbitrary<CustomerGatewayDraft> = fc.record({
    form: fc.constant('customer-gateway' as const),
    presentation: fc.constantFrom('route' as const, 'dialog' as const),
    region: maybe(fc.constantFrom('cn-north-1', 'cn-east-2')),
    name: maybe(fc.constantFrom('', 'cgw-office', 'bad name')),
    description: maybe(fc.constantFrom('', 'office', 'd'.repeat(300))),
    ipCount: maybe(fc.constantFrom(1, 2, 3, 4)),
    customerIps: maybe(
      fc.array(fc.constantFrom('1.2.3.4', '1.2.3.5', '10.0.0.1', '', 'x'), { maxLength: 5 }),
    ),
    bgpAsn: maybe(fc.constantFrom('', '65001', '65000', 'AS1')),
    existingGateways: maybe(fc.record({ count: fc.integer({ min: 0, max: 12 }), complete: fc.boolean() })),
  });
  const listsArb = maybe(
    fc.record({
      region: fc.constantFrom('cn-north-1', 'cn-east-2'),
      connectionsByBorderGateway: maybe(
        fc.record({
          counts: fc.dictionary(fc.constantFrom('gw-a', 'gw-b', 'gw-c'), fc.integer({ min: 0, max: 12 })),
          complete: fc.boolean(),
          observedAt: fc.integer({ min: NOW - 48 * HOUR, max: NOW }),
        }),
      ),
    }),
  );
  const formDraftArb: fc.Arbitrary<FormDraft | undefined> = fc.oneof(draftArb, tunnelArb, gatewayArb);

  /** Whether a required input of the form's own checks was never read. */
  function formInputMissing(draft: FormDraft): boolean {
    const form = formOf(draft);
    if (form === 'tunnel') {
      const tunnel = draft as TunnelDraft;
      return (
        tunnel.insideCidr === undefined ||
        tunnel.psk === undefined ||
        ikeFields.every((field) => tunnel[field] === undefined) ||
        // A CIDR can be judged for overlaps only against the connection's tunnels.
        (tunnel.insideCidr !== '' && tunnel.existingTunnels === undefined)
      );
    }
    if (form === 'customer-gateway') {
      const gateway = draft as CustomerGatewayDraft;
      return (
        gateway.name === undefined ||
        gateway.ipCount === undefined ||
        gateway.customerIps === undefined ||
        gateway.bgpAsn === undefined
      );
    }
    const connection = draft as VpnDraft;
    return connection.name === undefined || !connection.borderGateway || !connection.customerGateway;
  }

  it('is never ready on any form when a required input is missing', () => {
    fc.assert(
      fc.property(stateArb, formDraftArb, listsArb, (generated, draft, lists) => {
        const readiness = evaluate(
          toState(generated),
          draft,
          settingsWith(),
          NOW,
          lists ? { lists } : {},
        ).readiness;
        const accountMissing =
          !generated.signedIn ||
          (generated.signedIn[0] && !generated.account) ||
          !generated.realName ||
          !cashOf(generated);
        // The customer gateway form costs nothing: it has no account checks.
        const accountCounts = draft === undefined || formOf(draft) !== 'customer-gateway';
        if ((accountCounts && accountMissing) || !draft || formInputMissing(draft)) {
          expect(readiness).not.toBe('ready');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is ready on any form only when every required check passes and nothing warns', () => {
    fc.assert(
      fc.property(stateArb, formDraftArb, listsArb, (generated, draft, lists) => {
        const checklist = evaluate(toState(generated), draft, settingsWith(), NOW, lists ? { lists } : {});
        if (checklist.readiness !== 'ready') return;
        for (const result of checklist.checks) {
          if (result.required) expect(result.status).toBe('pass');
          else expect(['pass', 'unknown']).toContain(result.status);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never lets a quota check make the verdict unknown, and never passes a quota it could not count', () => {
    const quotas = new Set(['connection-quota', 'tunnel-quota', 'cgw-quota']);
    fc.assert(
      fc.property(formDraftArb, listsArb, (draft, lists) => {
        const checklist = evaluate(readyState(), draft, settingsWith(), NOW, lists ? { lists } : {});
        for (const result of checklist.checks.filter((check) => quotas.has(check.id))) {
          if (result.status === 'unknown') expect(result.required).toBe(false);
          if (result.id === 'connection-quota' && result.status === 'pass') {
            expect(lists?.connectionsByBorderGateway?.complete).toBe(true);
            expect(lists?.region).toBe(draft?.region);
          }
          if (result.id === 'cgw-quota' && result.status === 'pass') {
            expect((draft as CustomerGatewayDraft).existingGateways?.complete).toBe(true);
          }
          if (result.id === 'tunnel-quota' && result.status === 'pass') {
            expect((draft as TunnelDraft).existingTunnels).toBeDefined();
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('content-script safety', () => {
  // These modules may be bundled into the content script, whose budget has no room for zod.
  const root = join(__dirname, '../../lib');
  const files = [
    'estimate.ts',
    'evaluate.ts',
    'forms.ts',
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
