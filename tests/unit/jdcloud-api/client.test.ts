// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiCatalog } from '../../../lib/i18n/api';
import {
  createJdCloudClient,
  JD_CLOUD_API_ERROR_KINDS,
  JdCloudApiError,
  type JdCloudClientOptions,
  userMessageFor,
} from '../../../lib/jdcloud-api/client';

type Responder = (url: string, init: RequestInit) => Response | Promise<Response>;

interface RecordedCall {
  url: string;
  headers: Record<string, string>;
  signal: AbortSignal | undefined;
}

/** A fetch that answers from a script, one responder per call, and records what it was asked. */
function scriptedFetch(...responders: Responder[]) {
  const calls: RecordedCall[] = [];
  const fetchFake = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({
      url,
      headers: { ...(init.headers as Record<string, string>) },
      signal: init.signal ?? undefined,
    });
    const responder = responders[calls.length - 1];
    if (!responder) throw new Error(`unexpected call ${calls.length}`);
    return responder(url, init);
  };
  return { fetch: fetchFake as typeof fetch, calls };
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
const text =
  (body: string, status: number, contentType = 'text/html') =>
  () =>
    new Response(body, { status, headers: { 'content-type': contentType } });
const networkFailure = () => () => Promise.reject(new TypeError('Failed to fetch'));

const amountBody = (result: Record<string, unknown>) => ({ requestId: 'req-amount-1', result });
const RECORDED_AMOUNT = amountBody({
  totalAmount: '10240.00',
  availableAmount: '10240.00',
  frozenAmount: '0.00',
  enableWithdrawAmount: '10240.00',
  withdrawingAmount: '0.00',
});
const userBody = (result: Record<string, unknown>) => ({ requestId: 'req-user-1', result });
const jdError = (code: number, status: string, message: string, requestId = 'req-err-1') => ({
  error: { message, status, code },
  requestId,
});

function setup(fetchFake: typeof fetch, overrides: Partial<JdCloudClientOptions> = {}) {
  const sleeps: number[] = [];
  let nonceCount = 0;
  const client = createJdCloudClient({
    credentials: { accessKeyId: 'AKTEST', secretAccessKey: 'SKTEST' },
    regionId: 'cn-north-1',
    fetch: fetchFake,
    now: () => new Date('2026-11-27T08:30:00Z'),
    nonce: () => `nonce-${++nonceCount}`,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { client, sleeps };
}

async function caught(promise: Promise<unknown>): Promise<JdCloudApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JdCloudApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('describeAccountAmount', () => {
  it('reads the recorded balance as integer fen and signs for service asset', async () => {
    const { fetch, calls } = scriptedFetch(json(RECORDED_AMOUNT));
    const { client } = setup(fetch);
    expect(await client.describeAccountAmount()).toEqual({
      availableFen: 1_024_000,
      frozenFen: 0,
      totalFen: 1_024_000,
      requestId: 'req-amount-1',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(
      'https://asset.jdcloud-api.com/v1/regions/cn-north-1/assets:describeAccountAmount',
    );
    const headers = calls[0]?.headers ?? {};
    expect(headers['x-jdcloud-date']).toBe('20261127T083000Z');
    expect(headers['x-jdcloud-nonce']).toBe('nonce-1');
    expect(headers.authorization).toMatch(
      /^JDCLOUD2-HMAC-SHA256 Credential=AKTEST\/20261127\/cn-north-1\/asset\/jdcloud2_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=[0-9a-f]{64}$/,
    );
  });

  it('handles one-decimal, whole and negative amounts', async () => {
    const { fetch } = scriptedFetch(
      json(amountBody({ totalAmount: '20.5', availableAmount: '-12.34', frozenAmount: '32' })),
    );
    const { client } = setup(fetch);
    expect(await client.describeAccountAmount()).toMatchObject({
      availableFen: -1234,
      frozenFen: 3200,
      totalFen: 2050,
    });
  });

  it('turns every two-decimal amount string into the same number of fen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 99_999_999_999 }), async (fen) => {
        const amount = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        const { fetch } = scriptedFetch(
          json(amountBody({ totalAmount: amount, availableAmount: amount, frozenAmount: '0.00' })),
        );
        const result = await setup(fetch).client.describeAccountAmount();
        expect(result.availableFen).toBe(fen);
        expect(result.totalFen).toBe(fen);
      }),
      { numRuns: 50 },
    );
  });
});

describe('describeUser', () => {
  it.each([
    [0, 'none'],
    [1, 'personal'],
    [2, 'enterprise'],
    [3, 'both'],
  ] as const)('maps userAuth %i to %s', async (userAuth, realName) => {
    const { fetch } = scriptedFetch(
      json(userBody({ pin: 'jdc_pin_1', loginName: 'alice@example.com', accountId: '1234567', userAuth })),
    );
    expect(await setup(fetch).client.describeUser()).toEqual({
      pin: 'jdc_pin_1',
      loginName: 'alice@example.com',
      accountId: '1234567',
      realName,
      requestId: 'req-user-1',
    });
  });

  it('calls the region-less path, signs for service user with the SDKs’ jdcloud-api region', async () => {
    const { fetch, calls } = scriptedFetch(json(userBody({ pin: 'p', userAuth: 1 })));
    await setup(fetch).client.describeUser();
    expect(calls[0]?.url).toBe('https://user.jdcloud-api.com/v1/describeUser');
    expect(calls[0]?.headers.authorization).toContain(
      'Credential=AKTEST/20261127/jdcloud-api/user/jdcloud2_request',
    );
  });

  it('leaves out empty or null login name and account id', async () => {
    const { fetch } = scriptedFetch(
      json(userBody({ pin: 'p', loginName: null, accountId: '', userAuth: 0 })),
    );
    const user = await setup(fetch).client.describeUser();
    expect(user).toEqual({ pin: 'p', realName: 'none', requestId: 'req-user-1' });
    expect('loginName' in user).toBe(false);
  });
});

describe('JD Cloud errors', () => {
  it('maps a 401 "sign result is not same" envelope to signature-rejected and does not retry', async () => {
    const { fetch, calls } = scriptedFetch(
      json(
        jdError(401, 'ACCESS_ERROR', 'sign result is not same [gw]', 'ce6ttm6ir2hu3mutbkdpr7j3iecwh77q'),
        401,
      ),
      json(RECORDED_AMOUNT),
    );
    const { client, sleeps } = setup(fetch);
    const error = await caught(client.describeAccountAmount());
    expect(error).toMatchObject({
      kind: 'signature-rejected',
      status: 401,
      code: 'ACCESS_ERROR',
      requestId: 'ce6ttm6ir2hu3mutbkdpr7j3iecwh77q',
      message: 'sign result is not same [gw]',
    });
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('maps 403 HTTP_FORBIDDEN to access-denied and does not retry', async () => {
    const { fetch, calls } = scriptedFetch(json(jdError(403, 'HTTP_FORBIDDEN', 'no permission'), 403));
    const error = await caught(setup(fetch).client.describeUser());
    expect(error).toMatchObject({ kind: 'access-denied', status: 403, code: 'HTTP_FORBIDDEN' });
    expect(calls).toHaveLength(1);
  });

  it('maps a bare 401 without a JSON body to signature-rejected', async () => {
    const { fetch, calls } = scriptedFetch(text('Unauthorized', 401, 'text/plain'));
    const error = await caught(setup(fetch).client.describeUser());
    expect(error.kind).toBe('signature-rejected');
    expect(error.status).toBe(401);
    expect(calls).toHaveLength(1);
  });

  it('reads an error envelope sent with HTTP 200 by its numeric code', async () => {
    const { fetch } = scriptedFetch(json(jdError(401, 'UNAUTHENTICATED', 'validation failure')));
    const error = await caught(setup(fetch).client.describeAccountAmount());
    expect(error).toMatchObject({ kind: 'signature-rejected', status: 401, code: 'UNAUTHENTICATED' });
  });

  it('accepts the envelope with code and status types swapped', async () => {
    const { fetch } = scriptedFetch(
      json({ requestId: 'r', error: { status: 403, code: 'HTTP_FORBIDDEN', message: 'x' } }),
    );
    const error = await caught(setup(fetch).client.describeAccountAmount());
    expect(error).toMatchObject({
      kind: 'access-denied',
      status: 403,
      code: 'HTTP_FORBIDDEN',
      requestId: 'r',
    });
  });

  it('maps 400 INVALID_ARGUMENT to api-error without retry', async () => {
    const { fetch, calls } = scriptedFetch(json(jdError(400, 'INVALID_ARGUMENT', 'bad regionId'), 400));
    const error = await caught(setup(fetch).client.describeAccountAmount());
    expect(error).toMatchObject({ kind: 'api-error', status: 400, code: 'INVALID_ARGUMENT' });
    expect(calls).toHaveLength(1);
  });

  it('treats 429 QUOTA_EXCEEDED as a resource quota (api-error), not as rate limiting', async () => {
    const { fetch, calls } = scriptedFetch(json(jdError(429, 'QUOTA_EXCEEDED', 'quota'), 429));
    const error = await caught(setup(fetch).client.describeAccountAmount());
    expect(error.kind).toBe('api-error');
    expect(calls).toHaveLength(1);
  });

  it('maps 501 NOT_IMPLEMENTED to api-error without retry', async () => {
    const { fetch, calls } = scriptedFetch(json(jdError(501, 'NOT_IMPLEMENTED', 'no'), 501));
    expect((await caught(setup(fetch).client.describeUser())).kind).toBe('api-error');
    expect(calls).toHaveLength(1);
  });
});

describe('clock skew', () => {
  // setup()'s clock reads 2026-11-27T08:30:00Z.
  const refusedAt = (date: string, code = 401, status = 'ACCESS_ERROR') =>
    json(jdError(code, status, 'sign result is not same [gw]'), code, { date });

  it('tells a refusal sent with a Date 20 minutes behind ours from refused credentials', async () => {
    const { fetch, calls } = scriptedFetch(refusedAt('Fri, 27 Nov 2026 08:10:00 GMT'));
    const error = await caught(setup(fetch).client.describeAccountAmount());
    expect(error).toMatchObject({ kind: 'clock-skew', status: 401, code: 'ACCESS_ERROR' });
    expect(error.clockSkewMs).toBe(20 * 60_000);
    expect(calls).toHaveLength(1);
    expect(userMessageFor(error)).toMatchObject({
      key: 'api.error.clock-skew',
      params: { n: 20, offTerm: 'api.clock.minutes', directionTerm: 'api.clock.ahead' },
    });
  });

  it('says behind when the server is ahead, in hours or days when far off', async () => {
    const hoursAhead = await caught(
      setup(
        scriptedFetch(refusedAt('Fri, 27 Nov 2026 11:30:00 GMT', 403, 'HTTP_FORBIDDEN')).fetch,
      ).client.describeUser(),
    );
    expect(hoursAhead.kind).toBe('clock-skew');
    expect(userMessageFor(hoursAhead).params).toMatchObject({
      n: 3,
      offTerm: 'api.clock.hours',
      directionTerm: 'api.clock.behind',
    });
    const daysOff = await caught(
      setup(scriptedFetch(refusedAt('Tue, 24 Nov 2026 08:30:00 GMT')).fetch).client.describeUser(),
    );
    expect(userMessageFor(daysOff).params).toMatchObject({ n: 3, offTerm: 'api.clock.days' });
  });

  it('leaves a refusal as it is when the Date is within five minutes, missing or unreadable', async () => {
    for (const date of ['Fri, 27 Nov 2026 08:26:00 GMT', 'Fri, 27 Nov 2026 08:34:59 GMT', 'yesterday']) {
      const error = await caught(setup(scriptedFetch(refusedAt(date)).fetch).client.describeUser());
      expect(error.kind, date).toBe('signature-rejected');
      expect(error.clockSkewMs).toBeUndefined();
    }
    const bare = await caught(
      setup(scriptedFetch(json(jdError(401, 'ACCESS_ERROR', 'x'), 401)).fetch).client.describeUser(),
    );
    expect(bare.kind).toBe('signature-rejected');
  });

  it('does not blame the clock for errors a clock cannot cause, nor for a success', async () => {
    const limited = json(jdError(429, 'RATE_LIMIT', 'slow down'), 429, {
      date: 'Fri, 27 Nov 2026 06:00:00 GMT',
    });
    const error = await caught(setup(scriptedFetch(limited, limited).fetch).client.describeUser());
    expect(error.kind).toBe('rate-limited');
    const ok = json(RECORDED_AMOUNT, 200, { date: 'Fri, 27 Nov 2026 06:00:00 GMT' });
    const amount = await setup(scriptedFetch(ok).fetch).client.describeAccountAmount();
    expect(amount.availableFen).toBe(1_024_000);
  });
});

describe('retries', () => {
  it('retries a 429 RATE_LIMIT once after the default backoff, then gives up', async () => {
    const limited = json(jdError(429, 'RATE_LIMIT', 'slow down'), 429);
    const { fetch, calls } = scriptedFetch(limited, limited, json(RECORDED_AMOUNT));
    const { client, sleeps } = setup(fetch);
    const error = await caught(client.describeAccountAmount());
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, code: 'RATE_LIMIT' });
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it('honours Retry-After in seconds and succeeds on the retry, re-signed with a fresh nonce', async () => {
    const { fetch, calls } = scriptedFetch(
      json(jdError(429, 'RATE_LIMIT', 'slow down'), 429, { 'Retry-After': '3' }),
      json(RECORDED_AMOUNT),
    );
    const { client, sleeps } = setup(fetch);
    expect((await client.describeAccountAmount()).availableFen).toBe(1_024_000);
    expect(sleeps).toEqual([3000]);
    expect(calls.map((call) => call.headers['x-jdcloud-nonce'])).toEqual(['nonce-1', 'nonce-2']);
    expect(calls[0]?.headers.authorization).not.toBe(calls[1]?.headers.authorization);
  });

  it('caps a long Retry-After', async () => {
    const { fetch } = scriptedFetch(
      json(jdError(429, 'RATE_LIMIT', 'slow down'), 429, { 'Retry-After': '3600' }),
      json(RECORDED_AMOUNT),
    );
    const { client, sleeps } = setup(fetch);
    await client.describeAccountAmount();
    expect(sleeps).toEqual([10_000]);
  });

  it('reads Retry-After as an HTTP date relative to now()', async () => {
    const { fetch } = scriptedFetch(
      json(jdError(503, 'UNAVAILABLE', 'busy'), 503, { 'Retry-After': 'Fri, 27 Nov 2026 08:30:05 GMT' }),
      json(RECORDED_AMOUNT),
    );
    const { client, sleeps } = setup(fetch);
    await client.describeAccountAmount();
    expect(sleeps).toEqual([5000]);
  });

  it('retries a 500 INTERNAL once and returns the second answer', async () => {
    const { fetch, calls } = scriptedFetch(
      json(jdError(500, 'INTERNAL', 'oops'), 500),
      json(RECORDED_AMOUNT),
    );
    const { client, sleeps } = setup(fetch);
    expect((await client.describeAccountAmount()).totalFen).toBe(1_024_000);
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it('reports server-error after two 502 HTML pages', async () => {
    const page = text('<html><body><h1>502 Bad Gateway</h1></body></html>', 502);
    const { fetch, calls } = scriptedFetch(page, page);
    const error = await caught(setup(fetch).client.describeUser());
    expect(error).toMatchObject({ kind: 'server-error', status: 502 });
    expect(calls).toHaveLength(2);
  });

  it('retries a network failure once', async () => {
    const { fetch, calls } = scriptedFetch(networkFailure(), json(userBody({ pin: 'p', userAuth: 2 })));
    const { client, sleeps } = setup(fetch);
    expect((await client.describeUser()).realName).toBe('enterprise');
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it('reports network after two failures', async () => {
    const { fetch } = scriptedFetch(networkFailure(), networkFailure());
    const error = await caught(setup(fetch).client.describeUser());
    expect(error.kind).toBe('network');
    expect(error.message).toContain('Failed to fetch');
  });

  it('aborts a request that takes longer than timeoutMs and reports timeout after one retry', async () => {
    const hang: Responder = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const { fetch, calls } = scriptedFetch(hang, hang);
    const { client, sleeps } = setup(fetch, { timeoutMs: 15 });
    const error = await caught(client.describeAccountAmount());
    expect(error.kind).toBe('timeout');
    expect(calls).toHaveLength(2);
    expect(calls.every((call) => call.signal?.aborted === true)).toBe(true);
    expect(sleeps).toEqual([1000]);
  });

  it('also times out while the body is being read', async () => {
    const slowBody: Responder = (_url, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            init.signal?.addEventListener('abort', () =>
              controller.error(new DOMException('aborted', 'AbortError')),
            );
          },
        }),
        { status: 200 },
      );
    const { fetch } = scriptedFetch(slowBody, json(RECORDED_AMOUNT));
    const { client } = setup(fetch, { timeoutMs: 15 });
    expect((await client.describeAccountAmount()).availableFen).toBe(1_024_000);
  });
});

describe('malformed bodies', () => {
  async function malformedAmount(result: Record<string, unknown>) {
    const { fetch, calls } = scriptedFetch(json(amountBody(result)));
    const error = await caught(setup(fetch).client.describeAccountAmount());
    expect(calls).toHaveLength(1);
    return error;
  }
  const good = { totalAmount: '10.00', availableAmount: '10.00', frozenAmount: '0.00' };

  it('names a missing field', async () => {
    const { availableAmount: _dropped, ...rest } = good;
    const error = await malformedAmount(rest);
    expect(error).toMatchObject({
      kind: 'malformed-response',
      field: 'result.availableAmount',
      requestId: 'req-amount-1',
    });
  });

  it.each([['abc'], [''], ['12.345'], ['1,234.00'], ['NaN'], ['1e3'], ['¥10.00']])(
    'rejects the non-numeric amount %j instead of reading 0 or NaN',
    async (amount) => {
      const error = await malformedAmount({ ...good, availableAmount: amount });
      expect(error).toMatchObject({ kind: 'malformed-response', field: 'result.availableAmount' });
    },
  );

  it('rejects an amount sent as a number (the API documents strings)', async () => {
    const error = await malformedAmount({ ...good, totalAmount: 10 });
    expect(error).toMatchObject({ kind: 'malformed-response', field: 'result.totalAmount' });
  });

  it('rejects a negative frozen amount', async () => {
    const error = await malformedAmount({ ...good, frozenAmount: '-1.00' });
    expect(error.field).toBe('result.frozenAmount');
  });

  it('names a missing result', async () => {
    const { fetch } = scriptedFetch(json({ requestId: 'r' }));
    const error = await caught(setup(fetch).client.describeAccountAmount());
    expect(error).toMatchObject({ kind: 'malformed-response', field: 'result' });
  });

  it.each([
    [{ pin: 'p', userAuth: '1' }, 'result.userAuth'],
    [{ pin: 'p', userAuth: 4 }, 'result.userAuth'],
    [{ pin: 'p', userAuth: 1.5 }, 'result.userAuth'],
    [{ pin: 'p' }, 'result.userAuth'],
    [{ pin: 42, userAuth: 1 }, 'result.pin'],
    [{ pin: '', userAuth: 1 }, 'result.pin'],
    [{ pin: 'p', userAuth: 1, loginName: 7 }, 'result.loginName'],
  ])('rejects the user result %j at %s', async (result, field) => {
    const { fetch } = scriptedFetch(json(userBody(result)));
    const error = await caught(setup(fetch).client.describeUser());
    expect(error).toMatchObject({ kind: 'malformed-response', field });
  });

  it('rejects an HTML page sent with HTTP 200 (e.g. a login redirect) without retrying', async () => {
    const { fetch, calls } = scriptedFetch(
      text('<!doctype html><html><title>京东云登录</title></html>', 200),
    );
    const { client, sleeps } = setup(fetch);
    const error = await caught(client.describeAccountAmount());
    expect(error.kind).toBe('malformed-response');
    expect(error.field).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('rejects a JSON body that is not an object', async () => {
    const { fetch } = scriptedFetch(json([1, 2, 3]));
    expect((await caught(setup(fetch).client.describeUser())).kind).toBe('malformed-response');
  });
});

describe('userMessageFor and the api catalog', () => {
  const samples: Array<[JdCloudApiError, string]> = [
    [
      new JdCloudApiError('signature-rejected', 'x', { status: 401, code: 'ACCESS_ERROR' }),
      'api.error.signature-rejected',
    ],
    [new JdCloudApiError('access-denied', 'x', { status: 403 }), 'api.error.access-denied'],
    [new JdCloudApiError('rate-limited', 'x', { status: 429 }), 'api.error.rate-limited'],
    [new JdCloudApiError('server-error', 'x', { status: 503 }), 'api.error.server-error'],
    [new JdCloudApiError('network', 'x'), 'api.error.network'],
    [new JdCloudApiError('timeout', 'x'), 'api.error.timeout'],
    [
      new JdCloudApiError('malformed-response', 'x', { field: 'result.availableAmount' }),
      'api.error.malformed-response',
    ],
    [new JdCloudApiError('malformed-response', 'x'), 'api.error.malformed-response-body'],
    [new JdCloudApiError('api-error', 'x', { status: 400, code: 'INVALID_ARGUMENT' }), 'api.error.api-error'],
    [new JdCloudApiError('api-error', 'x', { status: 404 }), 'api.error.api-error'],
    [
      new JdCloudApiError('clock-skew', 'x', { status: 401, clockSkewMs: -9 * 60_000 }),
      'api.error.clock-skew',
    ],
  ];

  it.each(samples)('gives %s the key %s', (error, key) => {
    expect(userMessageFor(error).key).toBe(key);
  });

  it('covers every error kind', () => {
    expect(new Set(samples.map(([error]) => error.kind))).toEqual(new Set(JD_CLOUD_API_ERROR_KINDS));
  });

  it('passes the field, code and request id as params', () => {
    expect(
      userMessageFor(
        new JdCloudApiError('malformed-response', 'x', { field: 'result.totalAmount', requestId: 'r1' }),
      ),
    ).toEqual({
      key: 'api.error.malformed-response',
      params: { field: 'result.totalAmount', requestId: 'r1' },
    });
    expect(userMessageFor(new JdCloudApiError('api-error', 'x', { status: 404 })).params?.code).toBe(
      'HTTP 404',
    );
  });

  it('gives anything else a generic key', () => {
    expect(userMessageFor(new Error('boom'))).toEqual({ key: 'api.error.unknown' });
    expect(userMessageFor('nope')).toEqual({ key: 'api.error.unknown' });
  });

  it('has both languages for every key, with every placeholder supplied by the params', () => {
    const messages = [...samples.map(([error]) => userMessageFor(error)), userMessageFor(undefined)];
    for (const language of ['en', 'zh-CN'] as const) {
      for (const { key, params = {} } of messages) {
        const template = apiCatalog[language][key];
        expect(template, `${language} ${key}`).toBeTruthy();
        const placeholders = [...(template ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        for (const name of placeholders)
          expect(params, `${language} ${key} {${name}}`).toHaveProperty(String(name));
      }
    }
    expect(Object.keys(apiCatalog['zh-CN']).sort()).toEqual(Object.keys(apiCatalog.en).sort());
  });
});
