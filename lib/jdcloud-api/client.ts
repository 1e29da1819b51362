/**
 * A small JD Cloud OpenAPI client for the two reads the preflight needs: the account balance
 * (`asset.describeAccountAmount`) and the user's real-name level (`user.describeUser`).
 * Background only: it holds the secret key and uses full zod.
 */
import { z } from 'zod';
import type { Message } from '../model/checklist';
import { type JdCloudCredentials, signRequest } from './signer';

export const JD_CLOUD_API_ERROR_KINDS = [
  'signature-rejected',
  'access-denied',
  'rate-limited',
  'server-error',
  'network',
  'timeout',
  'malformed-response',
  'api-error',
  'clock-skew',
] as const;
export type JdCloudApiErrorKind = (typeof JD_CLOUD_API_ERROR_KINDS)[number];

export interface JdCloudApiErrorDetails {
  /** HTTP status, or the envelope's numeric `error.code` when the HTTP status was 2xx. */
  status?: number;
  /** JD's textual error status, e.g. `UNAUTHENTICATED`, `HTTP_FORBIDDEN`, `RATE_LIMIT`. */
  code?: string;
  requestId?: string;
  /** For `malformed-response`: the path of the field that failed, e.g. `result.availableAmount`. */
  field?: string;
  /** For `clock-skew`: local time minus the server's `Date`, in ms (positive: this computer is ahead). */
  clockSkewMs?: number;
}

export class JdCloudApiError extends Error {
  readonly kind: JdCloudApiErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly field?: string;
  readonly clockSkewMs?: number;

  constructor(kind: JdCloudApiErrorKind, message: string, details: JdCloudApiErrorDetails = {}) {
    super(message);
    this.name = 'JdCloudApiError';
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.code !== undefined) this.code = details.code;
    if (details.requestId !== undefined) this.requestId = details.requestId;
    if (details.field !== undefined) this.field = details.field;
    if (details.clockSkewMs !== undefined) this.clockSkewMs = details.clockSkewMs;
  }
}

const RETRYABLE_KINDS: ReadonlySet<JdCloudApiErrorKind> = new Set([
  'rate-limited',
  'server-error',
  'network',
  'timeout',
]);

/** Real-name level from `describeUser.userAuth` (docs/jdcloud.md §2): 0 none, 1 personal, 2 enterprise, 3 both. */
export type ApiRealName = 'none' | 'personal' | 'enterprise' | 'both';
const REAL_NAME_BY_USER_AUTH: readonly ApiRealName[] = ['none', 'personal', 'enterprise', 'both'];

export interface AccountAmount {
  /** Available cash, integer fen; negative when the account is in arrears. */
  availableFen: number;
  frozenFen: number;
  totalFen: number;
  requestId: string;
}

export interface JdCloudUser {
  pin: string;
  loginName?: string;
  accountId?: string;
  realName: ApiRealName;
  requestId: string;
}

export interface JdCloudClientOptions {
  credentials: JdCloudCredentials;
  regionId: string;
  fetch: typeof fetch;
  now: () => Date;
  nonce: () => string;
  /** Per attempt, covering the response body too. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Wait before the single retry when the server gives no Retry-After. */
  retryDelayMs?: number;
  /** A longer Retry-After is cut to this. */
  maxRetryDelayMs?: number;
}

export interface JdCloudClient {
  describeAccountAmount(): Promise<AccountAmount>;
  describeUser(): Promise<JdCloudUser>;
}

/**
 * The official SDKs sign requests whose path has no region (describeUser) with this region,
 * "so the API gateway can calculate the sign" (jdcloud-sdk-go core/JdcloudClient.go, jdcloud-sdk-python jdcloudclient.py).
 */
export const REGIONLESS_SIGNING_REGION = 'jdcloud-api';

// Decimal CNY as JD writes it ("10240.00"); 13 integer digits keep fen a safe integer.
const AMOUNT_PATTERN = /^(-?)(\d{1,13})(?:\.(\d{1,2})0*)?$/;

function amountToFen(text: string): number | undefined {
  const match = AMOUNT_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole = '', fraction = ''] = match;
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' && fen !== 0 ? -fen : fen;
}

const amountField = z.string().transform((text, ctx) => {
  const fen = amountToFen(text);
  if (fen === undefined) {
    ctx.addIssue({ code: 'custom', message: 'not a decimal CNY amount' });
    return z.NEVER;
  }
  return fen;
});

const accountAmountBodySchema = z.object({
  requestId: z.string().min(1),
  result: z.object({
    availableAmount: amountField,
    frozenAmount: amountField.refine((fen) => fen >= 0, 'frozen amount is negative'),
    totalAmount: amountField,
  }),
});

const optionalText = z
  .string()
  .nullish()
  .transform((text) => (text ? text : undefined));

const userBodySchema = z.object({
  requestId: z.string().min(1),
  result: z.object({
    pin: z.string().min(1),
    loginName: optionalText,
    accountId: optionalText,
    userAuth: z.number().int().min(0).max(3),
  }),
});

// JD writes `error.code` as the number (401) and `error.status` as the text (UNAUTHENTICATED);
// some pages describe them the other way round, so either type is accepted in either place.
const errorEnvelopeSchema = z.object({
  requestId: z.string().optional().catch(undefined),
  error: z.object({
    code: z.union([z.number(), z.string()]).optional().catch(undefined),
    status: z.union([z.number(), z.string()]).optional().catch(undefined),
    message: z.string().optional().catch(undefined),
  }),
});

function classify(status: number | undefined, code: string | undefined): JdCloudApiErrorKind {
  const name = code?.toUpperCase();
  if (status === 401 || name === 'UNAUTHENTICATED') return 'signature-rejected';
  if (status === 403 || name === 'HTTP_FORBIDDEN') return 'access-denied';
  // 429 QUOTA_EXCEEDED is a resource quota: waiting will not help.
  if (name === 'QUOTA_EXCEEDED') return 'api-error';
  if (status === 429 || name === 'RATE_LIMIT') return 'rate-limited';
  if (status === 501 || name === 'NOT_IMPLEMENTED') return 'api-error';
  if (
    (status !== undefined && status >= 500 && status <= 599) ||
    name === 'INTERNAL' ||
    name === 'UNAVAILABLE'
  ) {
    return 'server-error';
  }
  return 'api-error';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorFromResponse(httpStatus: number, ok: boolean, json: unknown): JdCloudApiError | undefined {
  const envelope = errorEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    if (ok) return undefined;
    return new JdCloudApiError(classify(httpStatus, undefined), `JD Cloud answered HTTP ${httpStatus}`, {
      status: httpStatus,
    });
  }
  const { code, status, message } = envelope.data.error;
  const numeric = [code, status].find((value) => typeof value === 'number');
  const text = [status, code].find((value) => typeof value === 'string');
  const effectiveStatus = ok ? numeric : httpStatus;
  const details: JdCloudApiErrorDetails = {};
  if (effectiveStatus !== undefined) details.status = effectiveStatus;
  if (text) details.code = text;
  if (envelope.data.requestId) details.requestId = envelope.data.requestId;
  return new JdCloudApiError(
    classify(effectiveStatus, text),
    message ?? `JD Cloud answered ${text ?? `HTTP ${httpStatus}`}`,
    details,
  );
}

function parseBody<T>(json: unknown, schema: z.ZodType<T>): T {
  if (json === undefined) throw new JdCloudApiError('malformed-response', 'response body is not JSON');
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const requestId =
    typeof json === 'object' &&
    json !== null &&
    typeof (json as { requestId?: unknown }).requestId === 'string'
      ? (json as { requestId: string }).requestId
      : undefined;
  const details: JdCloudApiErrorDetails = {};
  if (field) details.field = field;
  if (requestId) details.requestId = requestId;
  throw new JdCloudApiError(
    'malformed-response',
    `unexpected response${field ? ` at ${field}` : ''}: ${issue?.message ?? 'invalid'}`,
    details,
  );
}

/**
 * JD Cloud's signature carries the time it was made, and the gateway refuses one made too far from its own
 * clock. Past this much difference between the server's `Date` and ours, a refusal is the clock's fault.
 */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

// Refusals a wrong clock can cause: a rate limit or a server fault is not one of them.
const SKEW_REFUSALS: ReadonlySet<JdCloudApiErrorKind> = new Set([
  'signature-rejected',
  'access-denied',
  'api-error',
]);

/**
 * A refusal told apart from refused credentials when the server's `Date` header is far from our clock: the
 * same error as `clock-skew`, with the difference. Any other error, or no readable `Date`, stays as it is.
 */
function withClockSkew(error: JdCloudApiError, serverDate: string | null, now: Date): JdCloudApiError {
  if (!SKEW_REFUSALS.has(error.kind) || !serverDate) return error;
  const serverTime = Date.parse(serverDate);
  if (Number.isNaN(serverTime)) return error;
  const skew = now.getTime() - serverTime;
  if (Math.abs(skew) <= MAX_CLOCK_SKEW_MS) return error;
  const details: JdCloudApiErrorDetails = { clockSkewMs: skew };
  if (error.status !== undefined) details.status = error.status;
  if (error.code !== undefined) details.code = error.code;
  if (error.requestId !== undefined) details.requestId = error.requestId;
  return new JdCloudApiError(
    'clock-skew',
    `${error.message} (clock off by ${Math.round(skew / 1000)} s)`,
    details,
  );
}

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

interface Attempt<T> {
  value?: T;
  error?: JdCloudApiError;
  retryAfterMs?: number;
}

export function createJdCloudClient(options: JdCloudClientOptions): JdCloudClient {
  const {
    credentials,
    regionId,
    now,
    nonce,
    timeoutMs = 10_000,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    retryDelayMs = 1_000,
    maxRetryDelayMs = 10_000,
  } = options;
  // Called unbound: `options.fetch(...)` would pass `options` as `this`, which a browser's fetch refuses.
  const fetchImpl = options.fetch;

  async function attempt<T>(url: string, service: string, signingRegion: string, schema: z.ZodType<T>) {
    const result: Attempt<T> = {};
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const headers = await signRequest(
        { method: 'GET', url, headers: { 'content-type': 'application/json' } },
        credentials,
        { regionId: signingRegion, service, date: now(), nonce: nonce() },
      );
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(url, { method: 'GET', headers, signal: controller.signal });
        text = await response.text();
      } catch (cause) {
        result.error = timedOut
          ? new JdCloudApiError('timeout', `no answer from JD Cloud within ${timeoutMs} ms`)
          : new JdCloudApiError(
              'network',
              `request failed: ${cause instanceof Error ? cause.message : String(cause)}`,
            );
        return result;
      }
      const json = parseJson(text);
      const apiError = errorFromResponse(response.status, response.ok, json);
      if (apiError) {
        result.error = withClockSkew(apiError, response.headers.get('date'), now());
        const wait = retryAfterMs(response.headers.get('retry-after'), now());
        if (wait !== undefined) result.retryAfterMs = wait;
        return result;
      }
      result.value = parseBody(json, schema);
      return result;
    } catch (error) {
      if (error instanceof JdCloudApiError) {
        result.error = error;
        return result;
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function call<T>(
    url: string,
    service: string,
    signingRegion: string,
    schema: z.ZodType<T>,
  ): Promise<T> {
    let outcome = await attempt(url, service, signingRegion, schema);
    if (outcome.error && RETRYABLE_KINDS.has(outcome.error.kind)) {
      await sleep(Math.min(outcome.retryAfterMs ?? retryDelayMs, maxRetryDelayMs));
      outcome = await attempt(url, service, signingRegion, schema);
    }
    if (outcome.error) throw outcome.error;
    return outcome.value as T;
  }

  return {
    async describeAccountAmount() {
      const url = `https://asset.jdcloud-api.com/v1/regions/${encodeURIComponent(regionId)}/assets:describeAccountAmount`;
      const body = await call(url, 'asset', regionId, accountAmountBodySchema);
      return {
        availableFen: body.result.availableAmount,
        frozenFen: body.result.frozenAmount,
        totalFen: body.result.totalAmount,
        requestId: body.requestId,
      };
    },
    async describeUser() {
      const url = 'https://user.jdcloud-api.com/v1/describeUser';
      const body = await call(url, 'user', REGIONLESS_SIGNING_REGION, userBodySchema);
      const realName = REAL_NAME_BY_USER_AUTH[body.result.userAuth];
      if (!realName)
        throw new JdCloudApiError('malformed-response', 'unknown userAuth', { field: 'result.userAuth' });
      const user: JdCloudUser = { pin: body.result.pin, realName, requestId: body.requestId };
      if (body.result.loginName) user.loginName = body.result.loginName;
      if (body.result.accountId) user.accountId = body.result.accountId;
      return user;
    },
  };
}

/** The message of a refusal caused by this computer's clock: the popup and options single it out. */
export const CLOCK_SKEW_MESSAGE = 'api.error.clock-skew';

/** A localized message for any error the client throws; unknown errors get a generic key. */
export function userMessageFor(error: unknown): Message {
  if (!(error instanceof JdCloudApiError)) return { key: 'api.error.unknown' };
  const params: Record<string, string | number> = {};
  if (error.status !== undefined) params.status = error.status;
  if (error.code !== undefined) params.code = error.code;
  if (error.requestId !== undefined) params.requestId = error.requestId;
  if (error.field !== undefined) params.field = error.field;
  switch (error.kind) {
    case 'malformed-response':
      return error.field
        ? { key: 'api.error.malformed-response', params }
        : { key: 'api.error.malformed-response-body', params };
    case 'api-error':
      params.code = error.code ?? (error.status !== undefined ? `HTTP ${error.status}` : '?');
      return { key: 'api.error.api-error', params };
    case 'clock-skew':
      return { key: CLOCK_SKEW_MESSAGE, params: { ...params, ...clockSkewParams(error.clockSkewMs ?? 0) } };
    default:
      return { key: `api.error.${error.kind}`, params };
  }
}

const MINUTE_MS = 60_000;

/**
 * "12 minutes ahead", "3 hours behind", "2 days ahead" as params of `api.error.clock-skew`: `n` with the unit's
 * term, and the direction's term. Whole units, never "0": a skew is only reported past five minutes.
 */
export function clockSkewParams(skewMs: number): { n: number; offTerm: string; directionTerm: string } {
  const minutes = Math.max(1, Math.round(Math.abs(skewMs) / MINUTE_MS));
  const directionTerm = skewMs >= 0 ? 'api.clock.ahead' : 'api.clock.behind';
  if (minutes < 120) return { n: minutes, offTerm: 'api.clock.minutes', directionTerm };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { n: hours, offTerm: 'api.clock.hours', directionTerm };
  return { n: Math.round(hours / 24), offTerm: 'api.clock.days', directionTerm };
}
