import {
  forgetAccount,
  isKnownAccount,
  resolveAccount,
  type StoredAccounts,
  UNATTRIBUTED,
} from './account-store';
import type { AccountState } from './model/observation';
import type { LocatorStatuses } from './taught-locators';

/*
 * The person's data is theirs: what forgetting one account, or clearing everything, leaves of each thing the
 * extension keeps. Pure: the background reads each store, passes it through here and writes it back.
 */

/** Every name the store knows the account by: the one its state is kept under, and each alias to it. */
export function namesOfAccount(stored: StoredAccounts, name: string): string[] {
  const canonical = resolveAccount(stored, name);
  if (canonical === undefined || canonical === UNATTRIBUTED || !isKnownAccount(stored, canonical)) return [];
  const aliases = Object.entries(stored.aliases ?? {})
    .filter(([, target]) => target === canonical)
    .map(([alias]) => alias);
  return [...new Set([canonical, name, ...aliases])];
}

/** What forgetting leaves of the stored accounts, and the names it forgot (to take out of everything else). */
export function forgetAccountEverywhere(
  stored: StoredAccounts,
  name: string,
): { stored: StoredAccounts; names: string[] } {
  const names = namesOfAccount(stored, name);
  return names.length === 0 ? { stored, names } : { stored: forgetAccount(stored, name), names };
}

/** The kept lists and details without those of the named account (they are kept per account name). */
export function resourcesForgetting<T>(
  resources: Readonly<Record<string, T>>,
  names: readonly string[],
): Record<string, T> {
  return Object.fromEntries(Object.entries(resources).filter(([account]) => !names.includes(account)));
}

/** A tab's state as far as accounts go (platform/storage.ts TabState). */
export interface TabAccountPart {
  account?: string;
  unnamed?: AccountState;
}

/**
 * Tabs that showed the account no longer name it. Their verdict then rests on nothing (`unnamed: {}`): never
 * on whichever account another tab shows. Only the tabs that change are returned, by id.
 */
export function tabsForgetting<T extends TabAccountPart>(
  tabs: Readonly<Record<string, T>>,
  names: readonly string[],
): Record<string, T> {
  const changed: [string, T][] = [];
  for (const [id, tab] of Object.entries(tabs)) {
    if (tab.account === undefined || !names.includes(tab.account)) continue;
    const { account: _forgotten, ...rest } = tab;
    changed.push([id, { ...rest, unnamed: {} } as T]);
  }
  return Object.fromEntries(changed);
}

/** The guard log keeps each entry (what was overridden, and when) without the forgotten account's name. */
export function logForgetting<E extends { account?: string }>(
  entries: readonly E[],
  names: readonly string[],
): E[] {
  return entries.map((entry) => {
    if (entry.account === undefined || !names.includes(entry.account)) return entry;
    const { account: _forgotten, ...rest } = entry;
    return rest as E;
  });
}

/** A taught place that last read the account's name forgets what it read (when it matched stays). */
export function statusesForgetting(statuses: LocatorStatuses, names: readonly string[]): LocatorStatuses {
  return Object.fromEntries(
    Object.entries(statuses).map(([place, status]) => {
      if (typeof status.value !== 'string' || !names.includes(status.value)) return [place, status];
      const { value: _forgotten, ...rest } = status;
      return [place, rest];
    }),
  );
}

/** A tab's state as far as clearing goes: a form open now keeps its draft, so its panel still shows a verdict. */
export interface TabFormPart extends TabAccountPart {
  pageKind: string;
  draft?: unknown;
  inPrivate?: boolean;
}

/**
 * What clearing everything leaves of the tabs' state: only the forms open now, with the form as filled and
 * nothing read (no account, no region, nothing pending). Every other tab is forgotten.
 */
export function tabsAfterClear<T extends TabFormPart>(tabs: Readonly<Record<string, T>>): Record<string, T> {
  const kept: [string, T][] = [];
  for (const [id, tab] of Object.entries(tabs)) {
    if (tab.draft === undefined) continue;
    kept.push([
      id,
      { pageKind: tab.pageKind, draft: tab.draft, ...(tab.inPrivate ? { inPrivate: true } : {}) } as T,
    ]);
  }
  return Object.fromEntries(kept);
}
