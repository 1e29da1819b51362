import { isFutureStamped } from './future-stamps';
import type { AccountState, FieldName, Observation, Reading, Source } from './model/observation';

/** Key for values read where no page named the account: kept, but never lent to a named account. */
export const UNATTRIBUTED = '';

/** Every account's newest observations, which account the browser is signed in as, and who is who. */
export interface StoredAccounts {
  currentAccount?: string;
  accounts: Record<string, AccountState>;
  /**
   * Other names of an account, each to the name its state is kept under: a pin seen beside a login name on
   * one page (or in one OpenAPI answer) is the same account. A masked name (`138****1234`) another account
   * shows too maps to AMBIGUOUS: it names nobody on its own.
   */
  aliases?: Record<string, string>;
}

/** An alias two accounts have shown: the name alone identifies neither. */
export const AMBIGUOUS = '';

export const emptyStoredAccounts = (): StoredAccounts => ({ accounts: {} });

/** A masked phone number (`138****1234`): a valid name, but a weak one that several accounts may show. */
export function isMaskedName(name: string): boolean {
  return name.includes('*');
}

// Names an object has of its own: an account or alias named so must never reach a prototype.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** A name no account is kept under: an object's own keys (`__proto__`, `constructor`, `prototype`). */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The name an account's state is kept under, or undefined when the name identifies nobody for sure. */
export function resolveAccount(stored: StoredAccounts, name: string): string | undefined {
  if (RESERVED.has(name)) return undefined;
  const canonical = own(stored.aliases, name) ?? name;
  return canonical === AMBIGUOUS ? undefined : canonical;
}

/**
 * Keeps the newer observation of the field; on a tie the incoming one (it was read later). A value stamped
 * ahead of `now` is not trusted: it never hides another, and never replaces one that is trusted.
 */
function withObservation(state: AccountState, observation: Observation, now: number): AccountState {
  const existing = state[observation.field];
  if (existing && !isFutureStamped(existing.observedAt, now)) {
    if (isFutureStamped(observation.observedAt, now) || existing.observedAt > observation.observedAt) {
      return state;
    }
  }
  return { ...state, [observation.field]: observation };
}

function mergeStates(older: AccountState, newer: AccountState, now: number): AccountState {
  let merged = older;
  for (const observation of Object.values(newer)) {
    if (observation) merged = withObservation(merged, observation, now);
  }
  return merged;
}

/** The time a batch was recorded at, where the caller did not say: its newest stamp. */
function batchTime(observations: readonly Observation[]): number {
  return observations.reduce((newest, o) => Math.max(newest, o.observedAt), 0);
}

function nameIn(observations: readonly Observation[], field: 'account' | 'pin'): string | undefined {
  const found = observations.find((o) => o.field === field)?.value;
  return typeof found === 'string' && !RESERVED.has(found) ? found : undefined;
}

/**
 * Learns from one batch that `other` names the account kept as `name`, and moves whatever was kept under
 * `other` to it. A masked name shown by a second account stops naming either.
 */
function link(stored: StoredAccounts, other: string, name: string, now: number): StoredAccounts {
  if (other === name) return stored;
  const aliases = { ...stored.aliases };
  const known = own(aliases, other);
  if (known !== undefined && known !== name) {
    if (isMaskedName(other)) aliases[other] = AMBIGUOUS;
    // A strong name already tied to another account is left as it was: a page does not rename accounts.
    return { ...stored, aliases };
  }
  aliases[other] = name;
  const accounts = { ...stored.accounts };
  const moved = own(accounts, other);
  if (moved) {
    accounts[name] = mergeStates(moved, own(accounts, name) ?? {}, now);
    delete accounts[other];
  }
  const currentAccount = stored.currentAccount === other ? name : stored.currentAccount;
  return { currentAccount, accounts, aliases };
}

/** Where one batch went: the stored accounts after it, and the account it was filed under (none: unnamed). */
export interface Recorded {
  stored: StoredAccounts;
  account?: string;
}

/**
 * Files one batch of observations (one page read, one OpenAPI answer, one value typed in). A batch files under
 * the account it names: its `account` reading (a pin beside a login name makes them one account), else the
 * `account` stamped on its observations (the OpenAPI's, a typed value's). A batch that names no account is
 * never filed under another: it goes to UNATTRIBUTED, which no named account adopts. A signed-out page ends the
 * current account. `now`: the clock when the batch is recorded (a value stamped ahead of it is not trusted);
 * the batch's newest stamp where not given.
 */
export function recordBatch(
  stored: StoredAccounts,
  observations: readonly Observation[],
  now: number = batchTime(observations),
): Recorded {
  let next = stored;
  const named = nameIn(observations, 'account');
  const pin = nameIn(observations, 'pin');
  let account: string | undefined;
  if (named !== undefined) {
    // The login name is the strong name; a masked one defers to the pin beside it.
    const strong = pin !== undefined && isMaskedName(named) ? pin : named;
    const canonical = resolveAccount(next, strong) ?? (isMaskedName(strong) ? undefined : strong);
    if (canonical !== undefined) {
      for (const other of [named, pin]) if (other !== undefined) next = link(next, other, canonical, now);
      account = resolveAccount(next, canonical);
    }
  } else {
    const stamped = observations.find((o) => o.account)?.account;
    account = stamped === undefined ? undefined : resolveAccount(next, stamped);
  }
  const signedOut = observations.some((o) => o.field === 'signedIn' && o.value === false);
  const key = account ?? UNATTRIBUTED;
  const accounts = { ...next.accounts };
  let state = own(accounts, key) ?? {};
  for (const observation of observations) {
    state = withObservation(state, { ...observation, account } as Observation, now);
  }
  accounts[key] = state;
  const currentAccount = signedOut ? undefined : named !== undefined ? account : next.currentAccount;
  return { stored: { ...next, accounts, currentAccount }, account };
}

/** recordBatch's stored accounts alone, for callers that need not know where the batch went. */
export function recordObservations(
  stored: StoredAccounts,
  observations: readonly Observation[],
  now?: number,
): StoredAccounts {
  return recordBatch(stored, observations, now).stored;
}

/** What a page read that identified no account: the values themselves, without a name that identified nobody. */
export function unnamedState(observations: readonly Observation[]): AccountState {
  const state: AccountState = {};
  for (const o of observations) {
    if (o.field !== 'account' && o.field !== 'pin') Object.assign(state, { [o.field]: o });
  }
  return state;
}

/** Where one page's read went: the stored accounts, and what the tab's verdict now rests on. */
export interface TabRead {
  stored: StoredAccounts;
  /** The account the tab shows: named by this page, or shown before in this tab and still signed in. */
  account?: string;
  /** What this page read when no account can be said to be its own. */
  unnamed?: AccountState;
}

/**
 * Files one page's read for its tab. A page that names its account files under it. A page that names none
 * (its top bar could not be read) belongs to the account this tab showed before, but only while that is still
 * the browser's account: a sign-out seen anywhere, or another account seen since, ends that. Otherwise it
 * belongs to nobody, and the tab's verdict rests on what it read alone.
 */
export function recordTabRead(
  stored: StoredAccounts,
  shownBefore: string | undefined,
  observations: readonly Observation[],
  now?: number,
): TabRead {
  const signedOut = observations.some((o) => o.field === 'signedIn' && o.value === false);
  const named = observations.some((o) => o.field === 'account');
  const current = stored.currentAccount;
  const stillShown =
    !named &&
    !signedOut &&
    shownBefore !== undefined &&
    current !== undefined &&
    resolveAccount(stored, shownBefore) === current;
  const batch = stillShown
    ? observations.map((o) => ({ ...o, account: current }) as Observation)
    : observations;
  const recorded = observations.length > 0 ? recordBatch(stored, batch, now) : { stored, account: undefined };
  const account = signedOut ? undefined : stillShown ? current : recorded.account;
  return account === undefined
    ? { stored: recorded.stored, unnamed: unnamedState(observations) }
    : { stored: recorded.stored, account };
}

/** Stamps what a reader found with where and when it was read. */
export function observationsFromReadings(
  readings: readonly Reading[],
  source: Source,
  observedAt: number,
): Observation[] {
  return readings.map((reading) => ({ ...reading, source, observedAt }) as Observation);
}

/** The state of the account the browser was last seen signed in as (UNATTRIBUTED's when none is known). */
export function currentAccountState(stored: StoredAccounts): AccountState {
  return own(stored.accounts, stored.currentAccount ?? UNATTRIBUTED) ?? {};
}

/** The state kept for one account name (resolved through aliases); empty when nothing is known. */
export function accountState(stored: StoredAccounts, name: string | undefined): AccountState {
  const key = name === undefined ? undefined : resolveAccount(stored, name);
  return key === undefined ? {} : (own(stored.accounts, key) ?? {});
}

/** When the newest value was read; one stamped ahead of `now`, when given, is not counted (it is not trusted). */
export function newestObservationAt(state: AccountState, now?: number): number | undefined {
  const times = (Object.keys(state) as FieldName[])
    .map((field) => state[field]?.observedAt ?? 0)
    .filter((at) => now === undefined || !isFutureStamped(at, now));
  return times.length > 0 ? Math.max(...times) : undefined;
}

/** Whether the store keeps anything under the name, or knows another name for it. */
export function isKnownAccount(stored: StoredAccounts, canonical: string): boolean {
  return (
    Object.hasOwn(stored.accounts, canonical) ||
    Object.values(stored.aliases ?? {}).some((target) => target === canonical)
  );
}

/**
 * The stored accounts without one account: its state, every other name that pointed at it, and its place as
 * the current account. `name` may be any of its names. Names that identify nobody (masked names two accounts
 * showed) stay as they are: they lead to no account. Unknown names leave the store as it was.
 */
export function forgetAccount(stored: StoredAccounts, name: string): StoredAccounts {
  const canonical = resolveAccount(stored, name);
  if (canonical === undefined || canonical === UNATTRIBUTED || !isKnownAccount(stored, canonical))
    return stored;
  const accounts = Object.fromEntries(Object.entries(stored.accounts).filter(([key]) => key !== canonical));
  const aliases = Object.fromEntries(
    Object.entries(stored.aliases ?? {}).filter(
      ([alias, target]) => target !== canonical && alias !== canonical,
    ),
  );
  const current =
    stored.currentAccount !== undefined && resolveAccount(stored, stored.currentAccount) === canonical
      ? undefined
      : stored.currentAccount;
  const next: StoredAccounts = { accounts };
  if (current !== undefined) next.currentAccount = current;
  if (stored.aliases !== undefined) next.aliases = aliases;
  return next;
}

const DAY_MS = 86_400_000;

/**
 * The stored accounts without what was read more than `retentionDays` before `now`: an observation older than
 * that goes, an account left with none goes, and so do the names that pointed at it and, if it was the current
 * account, that mark. The same object when nothing is that old (nothing to write). A retention that is not a
 * positive number drops nothing.
 */
export function withinRetention(stored: StoredAccounts, retentionDays: number, now: number): StoredAccounts {
  if (!(retentionDays > 0) || !Number.isFinite(now)) return stored;
  const cutoff = now - retentionDays * DAY_MS;
  let changed = false;
  const accounts: [string, AccountState][] = [];
  for (const [name, state] of Object.entries(stored.accounts)) {
    const kept = Object.values(state).filter(
      (o): o is Observation => o !== undefined && o.observedAt >= cutoff,
    );
    if (kept.length !== Object.keys(state).length) changed = true;
    if (kept.length > 0)
      accounts.push([name, Object.fromEntries(kept.map((o) => [o.field, o])) as AccountState]);
  }
  if (!changed) return stored;
  const names = new Set(accounts.map(([name]) => name));
  const next: StoredAccounts = { accounts: Object.fromEntries(accounts) };
  if (stored.currentAccount !== undefined && names.has(stored.currentAccount)) {
    next.currentAccount = stored.currentAccount;
  }
  // A name that two accounts showed names neither: kept while any account is, so it cannot be lent to one.
  const aliases = Object.entries(stored.aliases ?? {}).filter(
    ([, target]) => names.has(target) || (target === AMBIGUOUS && names.size > 0),
  );
  if (aliases.length > 0) next.aliases = Object.fromEntries(aliases);
  return next;
}
