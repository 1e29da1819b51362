// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyStoredAccounts, observationsFromReadings, recordObservations } from '../../lib/account-store';
import { translate } from '../../lib/i18n';
import {
  type AccountAmount,
  createJdCloudClient,
  JdCloudApiError,
  type JdCloudClient,
  type JdCloudUser,
} from '../../lib/jdcloud-api/client';
import type { Observation } from '../../lib/model/observation';
import {
  credentialsFingerprint,
  decideOpenApiRefresh,
  MIN_REFRESH_INTERVAL_MS,
  maskSecret,
  normalizeSecret,
  type OpenApiDecisionInput,
  type OpenApiSettings,
  type OpenApiStatus,
  type OpenApiTrigger,
  PERIODIC_SLACK_MS,
  readOpenApiStatus,
  recordOpenApiObservations,
  refreshFromOpenApi,
} from '../../lib/openapi-source';

const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);
const SECOND = 1_000;
const MINUTE = 60_000;
const SECRET = 'SKabcdefghijklmnopqrstuvwxyz1234';

const SETTINGS: OpenApiSettings = {
  enabled: true,
  regionId: 'cn-north-1',
  accessKeyId: 'AKTEST0001',
  refreshMinutes: 15,
};

const USER: JdCloudUser = { pin: 'jdc_demo_01', realName: 'personal', requestId: 'req-user' };
const AMOUNT: AccountAmount = { availableFen: 3250, frozenFen: 100, totalFen: 3350, requestId: 'req-amount' };

/** A client answering from fixed values or errors, counting its calls. */
function fakeClient(answers: { user?: JdCloudUser | Error; amount?: AccountAmount | Error } = {}) {
  const calls = { user: 0, amount: 0 };
  const { user = USER, amount = AMOUNT } = answers;
  const client: JdCloudClient = {
    async describeUser() {
      calls.user++;
      if (user instanceof Error) throw user;
      return user;
    },
    async describeAccountAmount() {
      calls.amount++;
      if (amount instanceof Error) throw amount;
      return amount;
    },
  };
  return { client, calls };
}

function input(overrides: Partial<OpenApiDecisionInput> = {}): OpenApiDecisionInput {
  return {
    settings: SETTINGS,
    secret: SECRET,
    status: {},
    now: T0,
    trigger: 'on-demand',
    permitted: true,
    ...overrides,
  };
}

async function refresh(overrides: Partial<OpenApiDecisionInput> = {}, client = fakeClient().client) {
  return refreshFromOpenApi({ ...input(overrides), createClient: () => client });
}

async function skipReason(overrides: Partial<OpenApiDecisionInput>) {
  const decision = await decideOpenApiRefresh(input(overrides));
  return decision.run ? 'run' : decision.reason;
}

describe('decideOpenApiRefresh: preconditions', () => {
  it('does nothing while the source is off, except a test of the connection', async () => {
    const off = { ...SETTINGS, enabled: false };
    expect(await skipReason({ settings: off, trigger: 'periodic' })).toBe('disabled');
    expect(await skipReason({ settings: off, trigger: 'on-demand' })).toBe('disabled');
    expect(await skipReason({ settings: off, trigger: 'test' })).toBe('run');
  });

  it('needs a key ID, a usable secret and the host permission', async () => {
    expect(await skipReason({ secret: undefined })).toBe('no-credentials');
    expect(await skipReason({ secret: '   ' })).toBe('no-credentials');
    expect(await skipReason({ secret: 'has inner space' })).toBe('no-credentials');
    expect(await skipReason({ settings: { ...SETTINGS, accessKeyId: ' ' } })).toBe('no-credentials');
    expect(await skipReason({ permitted: false })).toBe('no-permission');
  });

  it('claims the attempt: the status to persist before the calls carries lastAttemptAt = now', async () => {
    const decision = await decideOpenApiRefresh(input({ status: { lastSuccessAt: T0 - 20 * MINUTE } }));
    expect(decision.run && decision.claimed).toEqual({ lastSuccessAt: T0 - 20 * MINUTE, lastAttemptAt: T0 });
    expect(decision.run && decision.credentials).toEqual({
      accessKeyId: 'AKTEST0001',
      secretAccessKey: SECRET,
    });
  });
});

describe('decideOpenApiRefresh: timing (fake clock)', () => {
  const last = T0;

  it('keeps a minimum interval between refreshes, even on demand and for tests', async () => {
    for (const trigger of ['on-demand', 'test', 'periodic'] as const) {
      const decision = await decideOpenApiRefresh(
        input({ trigger, status: { lastAttemptAt: last }, now: last + 30 * SECOND }),
      );
      expect(decision).toMatchObject({
        run: false,
        reason: 'too-soon',
        retryAt: last + MIN_REFRESH_INTERVAL_MS,
        message: { key: 'openapi.skip.too-soon', params: { seconds: 30 } },
      });
    }
    expect(
      await skipReason({ status: { lastAttemptAt: last }, now: last + MIN_REFRESH_INTERVAL_MS - 1 }),
    ).toBe('too-soon');
    expect(await skipReason({ status: { lastAttemptAt: last }, now: last + MIN_REFRESH_INTERVAL_MS })).toBe(
      'run',
    );
  });

  it('runs periodically every refreshMinutes, allowing an alarm that fires a moment early', async () => {
    const status = { lastAttemptAt: last };
    const periodic = (now: number) => decideOpenApiRefresh(input({ trigger: 'periodic', status, now }));
    expect(await periodic(last + 14 * MINUTE)).toMatchObject({
      run: false,
      reason: 'not-due',
      retryAt: last + 15 * MINUTE,
      message: { params: { seconds: 60 } },
    });
    expect((await periodic(last + 15 * MINUTE - PERIODIC_SLACK_MS - 1)).run).toBe(false);
    expect((await periodic(last + 15 * MINUTE - PERIODIC_SLACK_MS)).run).toBe(true);
    expect((await periodic(last + 15 * MINUTE)).run).toBe(true);
    // The refresh button only waits for the minimum interval.
    expect(await skipReason({ trigger: 'on-demand', status, now: last + 2 * MINUTE })).toBe('run');
    // A longer period from the settings moves the due time.
    const hourly = { ...SETTINGS, refreshMinutes: 60 };
    expect(await skipReason({ trigger: 'periodic', settings: hourly, status, now: last + 30 * MINUTE })).toBe(
      'not-due',
    );
    expect(await skipReason({ trigger: 'periodic', settings: hourly, status, now: last + 60 * MINUTE })).toBe(
      'run',
    );
  });

  it('runs at once when it never ran, and when the clock was set back before the last attempt', async () => {
    expect(await skipReason({ trigger: 'periodic', status: {} })).toBe('run');
    expect(await skipReason({ trigger: 'periodic', status: { lastAttemptAt: T0 + 3 * 3_600_000 } })).toBe(
      'run',
    );
  });

  it('never runs within the minimum interval of the last attempt with the same credentials (property)', async () => {
    const triggers: OpenApiTrigger[] = ['periodic', 'on-demand', 'test'];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 * 3_600_000 }),
        fc.constantFrom(...triggers),
        fc.integer({ min: 5, max: 24 * 60 }),
        async (elapsed, trigger, refreshMinutes) => {
          const decision = await decideOpenApiRefresh(
            input({
              trigger,
              settings: { ...SETTINGS, refreshMinutes },
              status: { lastAttemptAt: T0 },
              now: T0 + elapsed,
            }),
          );
          if (decision.run) {
            expect(elapsed).toBeGreaterThanOrEqual(MIN_REFRESH_INTERVAL_MS);
            if (trigger === 'periodic') {
              expect(elapsed).toBeGreaterThanOrEqual(refreshMinutes * MINUTE - PERIODIC_SLACK_MS);
            }
          } else {
            expect(decision.retryAt).toBeGreaterThan(T0 + elapsed);
          }
        },
      ),
    );
  });
});

describe('refreshFromOpenApi: pause after the credentials are refused', () => {
  const refused = new JdCloudApiError('signature-rejected', 'JD Cloud refused the signature', {
    status: 401,
    code: 'UNAUTHENTICATED',
  });

  it('pauses on "signature rejected" and says so in words; no value is recorded', async () => {
    const { client } = fakeClient({ user: refused, amount: refused });
    const result = await refresh({}, client);
    expect(result.ran).toBe(true);
    if (!result.ran) return;
    expect(result.observations).toEqual([]);
    expect(result.error?.kind).toBe('signature-rejected');
    expect(result.error?.message.key).toBe('api.error.signature-rejected');
    expect(result.status.pausedForSettings).toBe(await credentialsFingerprint(SETTINGS, SECRET));
    expect(result.status.lastAttemptAt).toBe(T0);
    expect(result.status.lastSuccessAt).toBeUndefined();
    // The stored fingerprint is a hash: the secret is not in the status.
    expect(JSON.stringify(result.status)).not.toContain(SECRET);
  });

  it('stays paused however much time passes, until region, key ID or secret change', async () => {
    const { client } = fakeClient({
      amount: new JdCloudApiError('access-denied', 'forbidden', { status: 403 }),
    });
    const first = await refresh({}, client);
    if (!first.ran) throw new Error('expected a run');
    expect(first.error?.message.key).toBe('api.error.access-denied');
    const status = first.status;
    const later = T0 + 7 * 24 * 3_600_000;
    expect(await skipReason({ status, now: later, trigger: 'periodic' })).toBe('paused');
    expect(await skipReason({ status, now: later, trigger: 'on-demand' })).toBe('paused');
    expect((await decideOpenApiRefresh(input({ status, now: later }))).run).toBe(false);
    // Any change of the credentials resumes at once, without waiting for the minimum interval.
    const soon = T0 + 5 * SECOND;
    expect(await skipReason({ status, now: soon, secret: `${SECRET}x` })).toBe('run');
    expect(await skipReason({ status, now: soon, settings: { ...SETTINGS, regionId: 'cn-east-2' } })).toBe(
      'run',
    );
    expect(await skipReason({ status, now: soon, settings: { ...SETTINGS, accessKeyId: 'AKOTHER' } })).toBe(
      'run',
    );
    // Refresh minutes or on/off are not credentials.
    expect(await skipReason({ status, now: later, settings: { ...SETTINGS, refreshMinutes: 30 } })).toBe(
      'paused',
    );
  });

  it('a test may retry paused credentials; success lifts the pause', async () => {
    const { client: refusing } = fakeClient({ user: refused });
    const first = await refresh({}, refusing);
    if (!first.ran) throw new Error('expected a run');
    const now = T0 + 2 * MINUTE;
    const retried = await refresh({ status: first.status, now, trigger: 'test' });
    if (!retried.ran) throw new Error('expected a test run');
    expect(retried.error).toBeUndefined();
    expect(retried.status.pausedForSettings).toBeUndefined();
    expect(retried.status.lastSuccessAt).toBe(now);
    expect(retried.status.lastError).toBeUndefined();
  });

  it('does not pause on errors that waiting can cure', async () => {
    for (const kind of [
      'network',
      'timeout',
      'rate-limited',
      'server-error',
      'malformed-response',
    ] as const) {
      const { client } = fakeClient({ amount: new JdCloudApiError(kind, kind) });
      const result = await refresh({}, client);
      if (!result.ran) throw new Error('expected a run');
      expect(result.error?.kind).toBe(kind);
      expect(result.status.pausedForSettings).toBeUndefined();
    }
  });
});

describe('refreshFromOpenApi: a wrong clock is not refused credentials', () => {
  const HOUR = 60 * MINUTE;
  /** JD Cloud's gateway as the real client meets it: a refusal dated by the server's own clock. */
  function gatewayRefusingSkew(serverNow: () => number) {
    const fetchFake = async () =>
      new Response(
        JSON.stringify({ requestId: 'r', error: { code: 401, status: 'ACCESS_ERROR', message: 'x' } }),
        {
          status: 401,
          headers: { 'content-type': 'application/json', date: new Date(serverNow()).toUTCString() },
        },
      );
    return (localNow: number) =>
      (config: { credentials: { accessKeyId: string; secretAccessKey: string }; regionId: string }) =>
        createJdCloudClient({
          ...config,
          fetch: fetchFake as typeof fetch,
          now: () => new Date(localNow),
          nonce: () => 'nonce',
          sleep: async () => undefined,
        });
  }

  it('says the clock is off, in words, and does not pause the source', async () => {
    // This computer runs two hours ahead of JD Cloud (T0 is JD's time).
    const local = T0 + 2 * HOUR;
    const result = await refreshFromOpenApi({
      ...input({ now: local }),
      createClient: gatewayRefusingSkew(() => T0)(local),
    });
    if (!result.ran) throw new Error('expected a run');
    expect(result.error?.kind).toBe('clock-skew');
    expect(result.status.pausedForSettings).toBeUndefined();
    expect(result.status.lastError?.kind).toBe('clock-skew');
    const message = result.status.lastError?.message;
    expect(translate('en', message?.key ?? '', message?.params)).toMatch(
      /^Your computer’s clock is 2 hours ahead of JD Cloud’s, so JD Cloud refused the signed request\./,
    );
    expect(translate('zh-CN', message?.key ?? '', message?.params)).toMatch(/^本机时钟比京东云快 2 小时/);
  });

  it('runs again on the next periodic attempt once the clock is set right, and succeeds', async () => {
    const skewedLocal = T0 + 2 * HOUR;
    const first = await refreshFromOpenApi({
      ...input({ now: skewedLocal, trigger: 'periodic' }),
      createClient: gatewayRefusingSkew(() => T0)(skewedLocal),
    });
    if (!first.ran) throw new Error('expected a run');
    // The clock is corrected: "now" is back before the attempt the wrong clock stamped.
    const fixed = T0 + 15 * MINUTE;
    expect(await skipReason({ status: first.status, now: fixed, trigger: 'periodic' })).toBe('run');
    const second = await refresh({ status: first.status, now: fixed, trigger: 'periodic' });
    if (!second.ran) throw new Error('expected a run');
    expect(second.error).toBeUndefined();
    expect(second.status.lastSuccessAt).toBe(fixed);
    expect(second.status.lastError).toBeUndefined();
  });

  it('a skew seen on one call explains a refusal of the other without a Date: still no pause', async () => {
    const skew = new JdCloudApiError('clock-skew', 'x', { status: 401, clockSkewMs: 30 * MINUTE });
    const refused = new JdCloudApiError('signature-rejected', 'x', { status: 401 });
    const { client } = fakeClient({ user: refused, amount: skew });
    const result = await refresh({}, client);
    if (!result.ran) throw new Error('expected a run');
    expect(result.error?.kind).toBe('clock-skew');
    expect(result.status.pausedForSettings).toBeUndefined();
  });

  it('lifts a pause the same credentials got before, when the answer shows the clock was to blame', async () => {
    const paused: OpenApiStatus = { pausedForSettings: await credentialsFingerprint(SETTINGS, SECRET) };
    const skew = new JdCloudApiError('clock-skew', 'x', { status: 401, clockSkewMs: -30 * MINUTE });
    const { client } = fakeClient({ user: skew, amount: skew });
    const tested = await refresh({ status: paused, trigger: 'test' }, client);
    if (!tested.ran) throw new Error('expected a run');
    expect(tested.status.pausedForSettings).toBeUndefined();
    expect(await skipReason({ status: tested.status, now: T0 + 16 * MINUTE, trigger: 'periodic' })).toBe(
      'run',
    );
  });
});

describe('refreshFromOpenApi: observations', () => {
  it('turns both answers into openapi observations at now, filed under the pin', async () => {
    const { client, calls } = fakeClient();
    const result = await refresh({}, client);
    if (!result.ran) throw new Error('expected a run');
    expect(calls).toEqual({ user: 1, amount: 1 });
    const stamp = { source: 'openapi', observedAt: T0, account: 'jdc_demo_01' };
    expect(result.observations).toEqual([
      { field: 'account', value: 'jdc_demo_01', ...stamp },
      { field: 'pin', value: 'jdc_demo_01', ...stamp },
      { field: 'realName', value: 'personal', ...stamp },
      { field: 'cash', value: 3250, ...stamp },
      { field: 'frozen', value: 100, ...stamp },
    ]);
    expect(result.values).toEqual({
      account: 'jdc_demo_01',
      realName: 'personal',
      cashFen: 3250,
      frozenFen: 100,
    });
    expect(result.status).toEqual({ lastAttemptAt: T0, lastSuccessAt: T0 });
  });

  it('keeps an account in arrears negative (cash is not clamped to 0)', async () => {
    const { client } = fakeClient({ amount: { ...AMOUNT, availableFen: -1234 } });
    const result = await refresh({}, client);
    if (!result.ran) throw new Error('expected a run');
    expect(result.observations.find((o) => o.field === 'cash')?.value).toBe(-1234);
  });

  it('records no balance when describeUser failed: the account it belongs to is unknown', async () => {
    const { client } = fakeClient({ user: new JdCloudApiError('network', 'request failed') });
    const result = await refresh({}, client);
    if (!result.ran) throw new Error('expected a run');
    expect(result.observations).toEqual([]);
    expect(result.values).toEqual({ cashFen: 3250, frozenFen: 100 });
    expect(result.error?.message.key).toBe('api.error.network');
    expect(result.status.lastSuccessAt).toBeUndefined();
  });

  it('records the user when only the balance failed', async () => {
    const { client } = fakeClient({ amount: new JdCloudApiError('timeout', 'slow') });
    const result = await refresh({}, client);
    if (!result.ran) throw new Error('expected a run');
    expect(result.observations.map((o) => o.field)).toEqual(['account', 'pin', 'realName']);
    expect(result.error?.message.key).toBe('api.error.timeout');
  });

  it('refuses a pin the store cannot hold, naming the field', async () => {
    const { client } = fakeClient({ user: { ...USER, pin: 'p'.repeat(129) } });
    const result = await refresh({}, client);
    if (!result.ran) throw new Error('expected a run');
    expect(result.observations).toEqual([]);
    expect(result.error?.message).toEqual({
      key: 'api.error.malformed-response',
      params: { field: 'result.pin' },
    });
  });

  it('survives a client that throws something other than an API error', async () => {
    const result = await refreshFromOpenApi({
      ...input(),
      createClient: () => {
        throw new TypeError('boom');
      },
    });
    if (!result.ran) throw new Error('expected a run');
    expect(result.observations).toEqual([]);
    expect(result.error).toEqual({ kind: 'unknown', message: { key: 'api.error.unknown' } });
  });
});

describe('refreshFromOpenApi: a malformed body from the real client', () => {
  const respond = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

  function clientAnswering(amountBody: unknown) {
    const fetchFake = async (url: RequestInfo | URL) =>
      String(url).includes('describeUser')
        ? respond({ requestId: 'req-user', result: { pin: 'jdc_demo_01', userAuth: 1 } })
        : respond(amountBody);
    return (config: { credentials: { accessKeyId: string; secretAccessKey: string }; regionId: string }) =>
      createJdCloudClient({
        ...config,
        fetch: fetchFake as typeof fetch,
        now: () => new Date(T0),
        nonce: () => 'nonce',
        sleep: async () => undefined,
      });
  }

  it('is an error naming the field, never a number', async () => {
    const result = await refreshFromOpenApi({
      ...input(),
      createClient: clientAnswering({
        requestId: 'req-amount',
        result: { availableAmount: 'lots', frozenAmount: '0.00', totalAmount: '1.00' },
      }),
    });
    if (!result.ran) throw new Error('expected a run');
    expect(result.error?.kind).toBe('malformed-response');
    expect(result.error?.message.params?.field).toBe('result.availableAmount');
    expect(result.status.lastError?.message.key).toBe('api.error.malformed-response');
    expect(result.observations.some((o) => o.field === 'cash' || o.field === 'frozen')).toBe(false);
    expect(result.values.cashFen).toBeUndefined();
    // The part that was well-formed still counts.
    expect(result.observations.map((o) => o.field)).toEqual(['account', 'pin', 'realName']);
  });

  it('an unexpected shape (no result) is an error too', async () => {
    const result = await refreshFromOpenApi({
      ...input(),
      createClient: clientAnswering({ requestId: 'req-amount', data: [1, 2, 3] }),
    });
    if (!result.ran) throw new Error('expected a run');
    expect(result.error?.kind).toBe('malformed-response');
    expect(result.values.cashFen).toBeUndefined();
  });
});

describe('recordOpenApiObservations: merging with page observations by time', () => {
  // A console page read names the account its top bar shows, with what the page itself showed.
  const page = (account: string, cash: number | undefined, at: number) =>
    observationsFromReadings(
      [
        { field: 'account', value: account, found: 'inference' },
        ...(cash === undefined ? [] : [{ field: 'cash', value: cash, found: 'label' } as const]),
      ],
      'page:capital-overview',
      at,
    );

  async function apiObservations(now: number, amount: AccountAmount = AMOUNT): Promise<Observation[]> {
    const result = await refresh({ now }, fakeClient({ amount }).client);
    if (!result.ran) throw new Error('expected a run');
    return result.observations;
  }

  it('the newer value wins, whichever source it came from', async () => {
    let stored = recordObservations(emptyStoredAccounts(), page('jdc_demo_01', 1000, T0 + MINUTE));
    stored = recordOpenApiObservations(stored, await apiObservations(T0 + 2 * MINUTE));
    expect(stored.accounts.jdc_demo_01?.cash).toMatchObject({ value: 3250, source: 'openapi' });
    stored = recordObservations(stored, page('jdc_demo_01', 900, T0 + 3 * MINUTE));
    expect(stored.accounts.jdc_demo_01?.cash).toMatchObject({ value: 900, source: 'page:capital-overview' });
    // An API answer older than the page's value does not replace it.
    stored = recordOpenApiObservations(stored, await apiObservations(T0 + 150 * SECOND));
    expect(stored.accounts.jdc_demo_01?.cash).toMatchObject({ value: 900, observedAt: T0 + 3 * MINUTE });
    expect(stored.accounts.jdc_demo_01?.frozen).toMatchObject({ value: 100, source: 'openapi' });
  });

  it("files a key of another account under that account, leaving the console's current account alone", async () => {
    let stored = recordObservations(emptyStoredAccounts(), page('console_user', 1000, T0));
    stored = recordOpenApiObservations(stored, await apiObservations(T0 + MINUTE));
    expect(stored.currentAccount).toBe('console_user');
    expect(stored.accounts.console_user?.cash?.value).toBe(1000);
    expect(stored.accounts.jdc_demo_01?.cash?.value).toBe(3250);
  });

  it('with no account seen yet, the key’s account becomes current, and lends nothing to a read that named none', async () => {
    const unnamed = observationsFromReadings(
      [{ field: 'cash', value: 700, found: 'label' }],
      'page:capital-overview',
      T0,
    );
    let stored = recordObservations(emptyStoredAccounts(), unnamed);
    stored = recordOpenApiObservations(stored, await apiObservations(T0 - MINUTE));
    expect(stored.currentAccount).toBe('jdc_demo_01');
    expect(stored.accounts.jdc_demo_01?.cash).toMatchObject({ value: 3250, source: 'openapi' });
    expect(stored.accounts['']?.cash?.value).toBe(700);
  });

  it('files a login name and its pin as one account, under the login name', async () => {
    let stored = recordObservations(emptyStoredAccounts(), page('jdc_demo_01', 1000, T0));
    const user = {
      pin: 'jdc_demo_01',
      loginName: 'ops_login',
      realName: 'personal' as const,
      requestId: 'r',
    };
    const result = await refresh({ now: T0 + MINUTE }, fakeClient({ user }).client);
    if (!result.ran) throw new Error('expected a run');
    stored = recordOpenApiObservations(stored, result.observations);
    expect(Object.keys(stored.accounts)).toEqual(['ops_login']);
    expect(stored.accounts.ops_login?.cash?.value).toBe(3250);
    expect(stored.currentAccount).toBe('ops_login');
  });

  it('nothing to record leaves the store as it was', () => {
    const stored = recordObservations(emptyStoredAccounts(), page('jdc_demo_01', 700, T0));
    expect(recordOpenApiObservations(stored, [])).toBe(stored);
  });
});

describe('secrets and stored status', () => {
  it('masks a secret to its last four characters, and short ones completely', () => {
    expect(maskSecret(SECRET)).toBe('••••••••1234');
    expect(maskSecret('short-secret')).toBe('••••••••');
  });

  it('a masked secret never contains the secret (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 5, maxLength: 64 }), (secret) => {
        fc.pre(!secret.includes('•'));
        expect(maskSecret(secret)).not.toContain(secret);
      }),
    );
  });

  it('normalizes a typed secret, refusing what cannot be one', () => {
    expect(normalizeSecret(`  ${SECRET}\n`)).toBe(SECRET);
    expect(normalizeSecret('')).toBeUndefined();
    expect(normalizeSecret('two words')).toBeUndefined();
    expect(normalizeSecret('x'.repeat(257))).toBeUndefined();
    expect(normalizeSecret(42)).toBeUndefined();
  });

  it('reads a stored status, or starts fresh from anything invalid', () => {
    const status: OpenApiStatus = {
      lastAttemptAt: T0,
      lastError: { kind: 'network', message: { key: 'api.error.network' } },
      pausedForSettings: 'abc',
    };
    expect(readOpenApiStatus(status)).toEqual(status);
    expect(readOpenApiStatus({ lastAttemptAt: 'yesterday' })).toEqual({});
    expect(readOpenApiStatus(null)).toEqual({});
  });
});
