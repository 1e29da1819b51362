import { AMBIGUOUS, UNATTRIBUTED } from '../../lib/account-store';
import type { Message } from '../../lib/model/checklist';
import {
  type AccountState,
  FIELD_NAMES,
  type FieldName,
  observationSchema,
  type RealNameStatus,
} from '../../lib/model/observation';
import { settingsSchema } from '../../lib/model/settings';
import { parseCnyText, THRESHOLD_DECIMALS } from '../../lib/settings-form';

/*
 * What the Accounts and Coupon product lines sections show, worked out from the stored accounts as they are.
 * Storage can hold anything an older version or a corrupt profile left there: every observation is checked
 * again here, an account whose state is garbage is "nothing known", and names are only ever compared and
 * shown as text, never used to reach into an object's prototype.
 */

/** A value with the time it was observed (epoch ms). */
export interface Seen<T> {
  value: T;
  at: number;
}

export interface AccountOverview {
  /** The name the account's state is kept under (the key of thresholdByAccount). */
  name: string;
  /** Other names the console showed for it (a pin beside the login name). */
  otherNames: string[];
  /** The browser was last seen signed in as this account. */
  current: boolean;
  /** The account is in the stored accounts (else only a threshold in the settings names it). */
  seen: boolean;
  /** The newest observation that can be trusted; absent: nothing known. */
  lastSeenAt?: number;
  realName?: Seen<RealNameStatus>;
  /** The available amount, or else the weaker account balance (`weaker`). */
  cash?: Seen<number> & { weaker: boolean };
  /** Only a debt: an observation of no arrears says nothing worth a line. */
  arrears?: Seen<number>;
  /** Every field known of the account and when it was observed, in the model's field order. */
  known?: { field: FieldName; at: number }[];
}

type PlainRecord = Record<string, unknown>;

function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `record[key]` when the record has it as its own property, never a prototype's. */
function own(record: PlainRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Reads that throw (a hostile getter) count as nothing. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * The observations of one stored account state that can be trusted: each must fit its schema, sit under
 * its own field, and not be stamped after `now` (a value from the future is not trusted).
 */
export function trustedState(raw: unknown, now: number): AccountState {
  if (!isPlainRecord(raw)) return {};
  const state: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) {
    const parsed = attempt(() => observationSchema.safeParse(own(raw, field)), undefined);
    if (parsed?.success && parsed.data.field === field && parsed.data.observedAt <= now) {
      state[field] = parsed.data;
    }
  }
  return state as AccountState;
}

function newestAt(state: AccountState): number | undefined {
  const times = (Object.keys(state) as FieldName[]).flatMap((field) => {
    const at = state[field]?.observedAt;
    return at === undefined ? [] : [at];
  });
  return times.length > 0 ? Math.max(...times) : undefined;
}

function accountsOf(stored: unknown): PlainRecord {
  return attempt(() => {
    if (!isPlainRecord(stored)) return {};
    const accounts = own(stored, 'accounts');
    return isPlainRecord(accounts) ? accounts : {};
  }, {});
}

/** Every alias to the account it names, as lists per account name. */
function otherNamesOf(stored: unknown): Map<string, string[]> {
  const byAccount = new Map<string, string[]>();
  attempt(() => {
    const aliases = isPlainRecord(stored) ? own(stored, 'aliases') : undefined;
    if (!isPlainRecord(aliases)) return;
    for (const alias of Object.keys(aliases)) {
      const name = own(aliases, alias);
      if (typeof name !== 'string' || name === AMBIGUOUS || name === alias) continue;
      byAccount.set(name, [...(byAccount.get(name) ?? []), alias]);
    }
  }, undefined);
  return byAccount;
}

function overviewOf(
  name: string,
  raw: unknown,
  now: number,
): Omit<AccountOverview, 'otherNames' | 'current'> {
  const state = attempt(() => trustedState(raw, now), {});
  const overview: Omit<AccountOverview, 'otherNames' | 'current'> = { name, seen: true };
  const lastSeenAt = newestAt(state);
  if (lastSeenAt !== undefined) overview.lastSeenAt = lastSeenAt;
  const known = FIELD_NAMES.flatMap((field) => {
    const at = state[field]?.observedAt;
    return at === undefined ? [] : [{ field, at }];
  });
  if (known.length > 0) overview.known = known;
  if (state.realName) overview.realName = { value: state.realName.value, at: state.realName.observedAt };
  if (state.cash) overview.cash = { value: state.cash.value, at: state.cash.observedAt, weaker: false };
  else if (state.accountBalance) {
    overview.cash = { value: state.accountBalance.value, at: state.accountBalance.observedAt, weaker: true };
  }
  if (state.arrears && state.arrears.value > 0) {
    overview.arrears = { value: state.arrears.value, at: state.arrears.observedAt };
  }
  return overview;
}

function byNewestThenName(a: AccountOverview, b: AccountOverview): number {
  const rank = (row: AccountOverview) => (row.seen ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const at = (b.lastSeenAt ?? -1) - (a.lastSeenAt ?? -1);
  if (at !== 0) return at;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The accounts to list: every named account in the stored accounts (not the bucket of reads that named
 * none), and every account the settings give a threshold, newest first, those only the settings name last.
 */
export function accountOverviews(
  stored: unknown,
  thresholds: Readonly<Record<string, number>>,
  now: number,
): AccountOverview[] {
  const accounts = accountsOf(stored);
  const otherNames = otherNamesOf(stored);
  const currentAccount = attempt(
    () => (isPlainRecord(stored) ? own(stored, 'currentAccount') : undefined),
    undefined,
  );
  const names = attempt(() => Object.keys(accounts), []).filter((name) => name !== UNATTRIBUTED);
  const listed = new Set(names);
  const rows: AccountOverview[] = names.map((name) => ({
    ...overviewOf(
      name,
      attempt(() => accounts[name], undefined),
      now,
    ),
    otherNames: otherNames.get(name) ?? [],
    current: currentAccount === name,
  }));
  for (const name of Object.keys(thresholds)) {
    if (listed.has(name) || name === UNATTRIBUTED) continue;
    listed.add(name);
    rows.push({
      name,
      seen: false,
      otherNames: otherNames.get(name) ?? [],
      current: currentAccount === name,
    });
  }
  return rows.sort(byNewestThenName);
}

const thresholdRecord = settingsSchema.shape.thresholdByAccount.unwrap();
const productLineRecord = settingsSchema.shape.couponProductLines.unwrap();

/**
 * Whether the settings can keep a value under this name. `__proto__` is never an own key once the settings
 * are read back, so a value saved under it would silently vanish.
 */
function isSettingsKey(
  name: string,
  keySchema: { safeParse(value: unknown): { success: boolean } },
): boolean {
  return name !== '__proto__' && name.trim() !== '' && keySchema.safeParse(name).success;
}

export function canHaveOwnThreshold(name: string): boolean {
  return isSettingsKey(name, thresholdRecord.keyType);
}

export function canAnswerProductLine(line: string): boolean {
  return isSettingsKey(line, productLineRecord.keyType);
}

/**
 * Every product line to ask about: the scope of each coupon that covers a line nobody here can map
 * (`covers: 'unmapped'`) in any stored account's coupon list, the reads that named no account included
 * (a product line is a fact about JD's catalogue, not about an account), and every line already answered.
 */
export function productLinesToAsk(
  stored: unknown,
  answered: Readonly<Record<string, boolean>>,
  now: number,
): { line: string; seen: boolean }[] {
  const seen = new Set<string>();
  const accounts = accountsOf(stored);
  for (const name of attempt(() => Object.keys(accounts), [])) {
    const state = attempt(() => trustedState(accounts[name], now), {});
    for (const coupon of state.couponList?.value ?? []) {
      if (coupon.covers === 'unmapped' && canAnswerProductLine(coupon.scope)) seen.add(coupon.scope);
    }
  }
  const lines = new Set([...seen, ...Object.keys(answered).filter(canAnswerProductLine)]);
  return [...lines]
    .sort((a, b) => a.localeCompare(b, 'zh-CN'))
    .map((line) => ({ line, seen: seen.has(line) }));
}

export type ThresholdInput = { ok: true; fen: number | undefined } | { ok: false; error: Message };

/**
 * An account's threshold as typed: blank is "the general threshold" (no entry); anything else is read as the
 * general threshold field reads it, with the same messages.
 */
export function parseAccountThreshold(text: string): ThresholdInput {
  if (text.trim() === '') return { ok: true, fen: undefined };
  const parsed = parseCnyText(text, THRESHOLD_DECIMALS);
  if (!parsed.ok) return parsed;
  const checked = thresholdRecord.valueType.safeParse(parsed.value);
  if (checked.success) return { ok: true, fen: checked.data };
  const issue = checked.error.issues[0];
  if (issue?.code === 'too_big') {
    return {
      ok: false,
      error: { key: 'options.error.maxMoney', params: { limitFen: Number(issue.maximum) } },
    };
  }
  return { ok: false, error: { key: 'options.error.invalid' } };
}

/** `record` with the edited keys set (a value) or removed (undefined); own keys only, whatever their names. */
export function withEdits<T>(
  record: Readonly<Record<string, T>>,
  edits: ReadonlyMap<string, T | undefined>,
): Record<string, T> {
  const entries = Object.entries(record).filter(([key]) => !edits.has(key));
  for (const [key, value] of edits) if (value !== undefined) entries.push([key, value]);
  // fromEntries defines own keys, so no name can reach a prototype.
  return Object.fromEntries(entries);
}

/** The value stored under `key` in a settings record, if it is the record's own. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
