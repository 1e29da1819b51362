import type { AccountState, FieldName, Observation, Reading, Source } from './model/observation';

/** Key for values read before any page showed which account is signed in. */
export const UNATTRIBUTED = '';

/** Every account's newest observations, and which account the browser is signed in as. */
export interface StoredAccounts {
  currentAccount?: string;
  accounts: Record<string, AccountState>;
}

export const emptyStoredAccounts = (): StoredAccounts => ({ accounts: {} });

/** Keeps the newer observation of the field; on a tie the incoming one (it was read later). */
function withObservation(state: AccountState, observation: Observation): AccountState {
  const existing = state[observation.field];
  if (existing && existing.observedAt > observation.observedAt) return state;
  return { ...state, [observation.field]: observation };
}

function mergeStates(older: AccountState, newer: AccountState): AccountState {
  let merged = older;
  for (const observation of Object.values(newer)) {
    if (observation) merged = withObservation(merged, observation);
  }
  return merged;
}

/**
 * Files observations under an account. A batch that names its account (the console header shows the pin)
 * makes that account current; a batch that does not belongs to the current account. The browser holds one
 * JD Cloud session at a time, so values read before the first account was seen are adopted by it.
 */
export function recordObservations(stored: StoredAccounts, observations: Observation[]): StoredAccounts {
  const named = observations.find((o) => o.field === 'account')?.value as string | undefined;
  const account =
    named ?? observations.find((o) => o.account)?.account ?? stored.currentAccount ?? UNATTRIBUTED;
  const accounts = { ...stored.accounts };
  let state = accounts[account] ?? {};
  const unattributed = accounts[UNATTRIBUTED];
  if (account !== UNATTRIBUTED && unattributed) {
    state = mergeStates(unattributed, state);
    delete accounts[UNATTRIBUTED];
  }
  for (const observation of observations) {
    state = withObservation(state, { ...observation, account: account || undefined } as Observation);
  }
  accounts[account] = state;
  const currentAccount = named ?? stored.currentAccount ?? (account === UNATTRIBUTED ? undefined : account);
  return { currentAccount, accounts };
}

/** Stamps what a reader found with where and when it was read. */
export function observationsFromReadings(
  readings: Reading[],
  source: Source,
  observedAt: number,
): Observation[] {
  return readings.map((reading) => ({ ...reading, source, observedAt }) as Observation);
}

export function currentAccountState(stored: StoredAccounts): AccountState {
  return stored.accounts[stored.currentAccount ?? UNATTRIBUTED] ?? {};
}

export function newestObservationAt(state: AccountState): number | undefined {
  const times = (Object.keys(state) as FieldName[]).map((field) => state[field]?.observedAt ?? 0);
  return times.length > 0 ? Math.max(...times) : undefined;
}
