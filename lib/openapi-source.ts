/**
 * The JD Cloud OpenAPI as a source of observations: when a refresh may run, the two reads, and what
 * they mean for the account store. Framework-free and clock-free (time comes in as `now`), so the
 * background is glue and the policy is tested with a fake clock. Background only: it sees the secret.
 */
import { z } from 'zod';
import { recordObservations, resolveAccount, type StoredAccounts } from './account-store';
import {
  JD_CLOUD_API_ERROR_KINDS,
  JdCloudApiError,
  type JdCloudApiErrorKind,
  type JdCloudClient,
  userMessageFor,
} from './jdcloud-api/client';
import { type JdCloudCredentials, sha256Hex } from './jdcloud-api/signer';
import type { Message } from './model/checklist';
import { type Observation, observationSchema, type RealNameStatus } from './model/observation';
import type { Settings } from './model/settings';

export type OpenApiSettings = Settings['openapi'];

/** Even a refresh the person asks for waits this long after the last one: the API is not a toy. */
export const MIN_REFRESH_INTERVAL_MS = 60_000;
/** Alarms may fire a moment before the period is over; a periodic run that early still counts as due. */
export const PERIODIC_SLACK_MS = 5_000;
/** Longest secret accepted; JD Cloud's are 32 characters. */
export const MAX_SECRET_LENGTH = 256;
export const OPENAPI_ORIGIN = 'https://*.jdcloud-api.com/*';

export type OpenApiErrorKind = JdCloudApiErrorKind | 'unknown';

const AUTH_ERROR_KINDS: ReadonlySet<OpenApiErrorKind> = new Set(['signature-rejected', 'access-denied']);

const messageSchema = z.object({
  key: z.string().max(200),
  params: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
});

/** What the source remembers between runs (kept in storage.local: the worker restarts at will). */
export const openApiStatusSchema = z.object({
  lastAttemptAt: z.number().int().nonnegative().optional(),
  lastSuccessAt: z.number().int().nonnegative().optional(),
  lastError: z
    .object({
      kind: z.enum([...JD_CLOUD_API_ERROR_KINDS, 'unknown']),
      message: messageSchema,
    })
    .optional(),
  /** Fingerprint of the credentials that JD refused: no run with them until region, key ID or secret change. */
  pausedForSettings: z.string().max(128).optional(),
});
export type OpenApiStatus = z.infer<typeof openApiStatusSchema>;

/** Stored status, or a fresh one when storage holds anything else. Never throws. */
export function readOpenApiStatus(raw: unknown): OpenApiStatus {
  const parsed = openApiStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/**
 * Identifies the credentials a pause applies to. A hash, so the stored status never holds the
 * secret; region and key ID are in it because a change of either may cure the refusal.
 */
export async function credentialsFingerprint(
  settings: Pick<OpenApiSettings, 'regionId' | 'accessKeyId'>,
  secret: string,
): Promise<string> {
  return sha256Hex(JSON.stringify([settings.regionId.trim(), settings.accessKeyId.trim(), secret]));
}

/** `••••••••abcd`: enough to recognise a key, too little to use it. Short secrets show no characters at all. */
export function maskSecret(secret: string): string {
  const bullets = '••••••••';
  return secret.length >= 16 ? `${bullets}${secret.slice(-4)}` : bullets;
}

/** A secret as typed, trimmed; undefined when it cannot be one (empty, too long, inner whitespace). */
export function normalizeSecret(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const secret = text.trim();
  if (secret.length === 0 || secret.length > MAX_SECRET_LENGTH || /\s/.test(secret)) return undefined;
  return secret;
}

/** `periodic` waits for refreshMinutes; `on-demand` (refresh button) and `test` wait only the minimum interval. */
export type OpenApiTrigger = 'periodic' | 'on-demand' | 'test';

export type OpenApiSkipReason =
  | 'disabled'
  | 'no-credentials'
  | 'no-permission'
  | 'paused'
  | 'too-soon'
  | 'not-due';

export interface OpenApiDecisionInput {
  settings: OpenApiSettings;
  secret: string | undefined;
  status: OpenApiStatus;
  now: number;
  trigger: OpenApiTrigger;
  /** Whether the optional `https://*.jdcloud-api.com/*` host permission is granted. */
  permitted: boolean;
}

export type OpenApiDecision =
  | {
      run: true;
      credentials: JdCloudCredentials;
      regionId: string;
      fingerprint: string;
      /** The status with this attempt claimed: persist it before the calls so a second trigger waits. */
      claimed: OpenApiStatus;
    }
  | { run: false; reason: OpenApiSkipReason; message: Message; retryAt?: number };

function skip(reason: OpenApiSkipReason, retryAt?: number, now?: number): OpenApiDecision {
  if (retryAt === undefined || now === undefined)
    return { run: false, reason, message: { key: `openapi.skip.${reason}` } };
  const seconds = Math.ceil((retryAt - now) / 1000);
  return { run: false, reason, message: { key: `openapi.skip.${reason}`, params: { seconds } }, retryAt };
}

/** Decides whether a refresh may run now. Never throws. */
export async function decideOpenApiRefresh(input: OpenApiDecisionInput): Promise<OpenApiDecision> {
  const { settings, status, now, trigger } = input;
  if (!settings.enabled && trigger !== 'test') return skip('disabled');
  const secret = normalizeSecret(input.secret);
  const accessKeyId = settings.accessKeyId.trim();
  if (!secret || !accessKeyId || !settings.regionId) return skip('no-credentials');
  if (!input.permitted) return skip('no-permission');
  const fingerprint = await credentialsFingerprint({ regionId: settings.regionId, accessKeyId }, secret);
  const paused = status.pausedForSettings === fingerprint;
  if (paused && trigger !== 'test') return skip('paused');
  // New credentials after a refusal are a new start; otherwise time since the last call counts.
  // A last attempt "in the future" means the clock was set back: it must not stall the source.
  const credentialsChanged = status.pausedForSettings !== undefined && !paused;
  const last = status.lastAttemptAt;
  if (last !== undefined && last <= now && !credentialsChanged) {
    const earliest = last + MIN_REFRESH_INTERVAL_MS;
    if (now < earliest) return skip('too-soon', earliest, now);
    if (trigger === 'periodic') {
      const due = last + settings.refreshMinutes * 60_000;
      if (now < due - PERIODIC_SLACK_MS) return skip('not-due', due, now);
    }
  }
  return {
    run: true,
    credentials: { accessKeyId, secretAccessKey: secret },
    regionId: settings.regionId,
    fingerprint,
    claimed: { ...status, lastAttemptAt: now },
  };
}

/** What came back, for the options page's "test connection" and the refresh button. Never the secret. */
export interface OpenApiValues {
  account?: string;
  realName?: RealNameStatus;
  cashFen?: number;
  frozenFen?: number;
}

export interface OpenApiFetchResult {
  observations: Observation[];
  values: OpenApiValues;
  status: OpenApiStatus;
  /** The first failure, in words (message key + params); absent when both calls succeeded. */
  error?: { kind: OpenApiErrorKind; message: Message };
}

function errorOf(error: unknown): { kind: OpenApiErrorKind; message: Message } {
  return { kind: error instanceof JdCloudApiError ? error.kind : 'unknown', message: userMessageFor(error) };
}

function malformed(field: string): JdCloudApiError {
  return new JdCloudApiError('malformed-response', 'value outside the accepted range', { field });
}

/**
 * Makes both calls and turns the answers into observations stamped `openapi` at `now`.
 * Values are filed under the user's pin, so without describeUser nothing is recorded: a balance whose
 * account is unknown could be credited to the wrong person. Never throws.
 */
export async function fetchOpenApiObservations(options: {
  createClient: () => JdCloudClient;
  now: number;
  fingerprint: string;
  status: OpenApiStatus;
}): Promise<OpenApiFetchResult> {
  const { now, fingerprint } = options;
  let userOutcome: PromiseSettledResult<Awaited<ReturnType<JdCloudClient['describeUser']>>>;
  let amountOutcome: PromiseSettledResult<Awaited<ReturnType<JdCloudClient['describeAccountAmount']>>>;
  try {
    const client = options.createClient();
    [userOutcome, amountOutcome] = await Promise.allSettled([
      client.describeUser(),
      client.describeAccountAmount(),
    ]);
  } catch (error) {
    userOutcome = { status: 'rejected', reason: error };
    amountOutcome = { status: 'rejected', reason: error };
  }

  const observations: Observation[] = [];
  const values: OpenApiValues = {};
  const failures: unknown[] = [];
  const stamp = { source: 'openapi', observedAt: now } as const;

  if (userOutcome.status === 'fulfilled') {
    const user = userOutcome.value;
    // The login name is what the console shows for newer accounts; the pin beside it makes the two one account.
    const name = user.loginName ?? user.pin;
    const account = observationSchema.safeParse({ ...stamp, field: 'account', value: name, account: name });
    const pin = observationSchema.safeParse({ ...stamp, field: 'pin', value: user.pin, account: name });
    if (account.success && pin.success) {
      observations.push(account.data, pin.data, {
        ...stamp,
        field: 'realName',
        value: user.realName,
        account: name,
      });
      values.account = name;
      values.realName = user.realName;
    } else {
      failures.push(malformed('result.pin'));
    }
  } else {
    failures.push(userOutcome.reason);
  }

  if (amountOutcome.status === 'fulfilled') {
    const amount = amountOutcome.value;
    const cash = observationSchema.safeParse({ ...stamp, field: 'cash', value: amount.availableFen });
    const frozen = observationSchema.safeParse({ ...stamp, field: 'frozen', value: amount.frozenFen });
    if (!cash.success) failures.push(malformed('result.availableAmount'));
    else if (!frozen.success) failures.push(malformed('result.frozenAmount'));
    else {
      values.cashFen = amount.availableFen;
      values.frozenFen = amount.frozenFen;
      if (values.account !== undefined) {
        observations.push(
          { ...cash.data, account: values.account },
          { ...frozen.data, account: values.account },
        );
      }
    }
  } else {
    failures.push(amountOutcome.reason);
  }

  const status: OpenApiStatus = { ...options.status, lastAttemptAt: now };
  delete status.lastError;
  const errors = failures.map(errorOf);
  const first = errors[0];
  // A refusal JD sent with a clock far from ours is the clock's fault, not the key's: one such answer
  // explains a refusal of the other call too (which may have come without a Date). It never pauses the
  // source, so the next run, with the clock set right, goes through.
  const skewed = errors.find((error) => error.kind === 'clock-skew');
  if (!skewed && errors.some((error) => AUTH_ERROR_KINDS.has(error.kind))) {
    status.pausedForSettings = fingerprint;
  } else if (status.pausedForSettings === fingerprint) {
    delete status.pausedForSettings;
  }
  // The clock, else an auth refusal, is the error to show: it is what stops the source.
  const shown = skewed ?? errors.find((error) => AUTH_ERROR_KINDS.has(error.kind)) ?? first;
  if (shown) status.lastError = shown;
  else status.lastSuccessAt = now;
  return shown ? { observations, values, status, error: shown } : { observations, values, status };
}

export interface OpenApiRefreshInput extends OpenApiDecisionInput {
  createClient: (config: { credentials: JdCloudCredentials; regionId: string }) => JdCloudClient;
}

export type OpenApiRefreshResult =
  | { ran: false; decision: Extract<OpenApiDecision, { run: false }>; status: OpenApiStatus }
  | ({ ran: true } & OpenApiFetchResult);

/** Decision and calls in one step, for callers that need no lock between them. Never throws. */
export async function refreshFromOpenApi(input: OpenApiRefreshInput): Promise<OpenApiRefreshResult> {
  const decision = await decideOpenApiRefresh(input);
  if (!decision.run) return { ran: false, decision, status: input.status };
  const { credentials, regionId, fingerprint, claimed } = decision;
  const result = await fetchOpenApiObservations({
    createClient: () => input.createClient({ credentials, regionId }),
    now: input.now,
    fingerprint,
    status: claimed,
  });
  return { ran: true, ...result };
}

/**
 * Files OpenAPI observations under the key's account without making it the console's current account:
 * the key may belong to another account than the one signed in, and the console tab is what the person
 * is buying in. With no current account yet, the key's account becomes current as any first account does.
 */
export function recordOpenApiObservations(
  stored: StoredAccounts,
  observations: Observation[],
): StoredAccounts {
  if (observations.length === 0) return stored;
  const next = recordObservations(stored, observations);
  if (stored.currentAccount === undefined) return next;
  // The current account stays, under the name the answer may have taught (a pin becomes its login name).
  return { ...next, currentAccount: resolveAccount(next, stored.currentAccount) };
}
