import { z } from 'zod';
import { storage } from '#imports';
import { emptyStoredAccounts, isReservedName, type StoredAccounts } from '../lib/account-store';
import type { FormDraft } from '../lib/model/draft';
import { type AccountState, FIELD_NAMES, observationSchema } from '../lib/model/observation';
import type { PageKind } from '../lib/model/page-kind';
import { type KeptResources, keptResourcesSchema } from '../lib/model/resource-lists';
import type { Settings, TaughtField } from '../lib/model/settings';
import type { StoredResources } from '../lib/resource-store';
import { readSettings, SETTINGS_VERSION, settingsMigrations } from '../lib/settings';
import { boundTabState } from '../lib/stored-tab';
import type { LocatorStatuses } from '../lib/taught-locators';

/*
 * Everything the extension keeps. The service worker restarts at will, so nothing lives only in globals.
 * Reads are validated: storage can hold anything an older version or a corrupt profile left there.
 */

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export async function loadSettings(): Promise<ReturnType<typeof readSettings>> {
  return readSettings((await settingsItem.getValue()) ?? {});
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** A queue that runs its tasks one at a time within this context: a read-modify-write never writes back a stale copy. */
export function oneAtATime() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };
}

const settingsWrites = oneAtATime();

/**
 * The one way an extension page changes settings: `change` receives them as stored at that moment and
 * returns the whole object, so each writer sets only the keys it owns and never writes back another's
 * stale copy. Updates from one page run one at a time; the settings written are returned.
 */
export function updateSettings(change: (stored: Settings) => Settings): Promise<Settings> {
  return settingsWrites(async () => {
    const next = change((await loadSettings()).settings);
    await saveSettings(next);
    return next;
  });
}

const accountNameSchema = z.string().max(128);

type PlainRecord = Record<string, unknown>;

function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of a stored record whose keys are names: none named like an object's own keys, none too long. */
function namedEntries(value: unknown): [string, unknown][] {
  if (!isPlainRecord(value)) return [];
  return Object.entries(value).filter(
    ([name]) => !isReservedName(name) && accountNameSchema.safeParse(name).success,
  );
}

/** One account's state, observation by observation: a bad one (or one filed under another field) is dropped alone. */
function repairAccountState(value: unknown): AccountState | undefined {
  if (!isPlainRecord(value)) return undefined;
  const kept = FIELD_NAMES.flatMap((field) => {
    if (!Object.hasOwn(value, field)) return [];
    const parsed = observationSchema.safeParse(value[field]);
    return parsed.success && parsed.data.field === field ? [[field, parsed.data] as const] : [];
  });
  return kept.length > 0 ? (Object.fromEntries(kept) as AccountState) : undefined;
}

/**
 * The stored accounts, repaired per observation: one bad record (an older version's, a corrupt profile's)
 * costs itself, never every account. Names are data: a key named like an object's own (`__proto__`,
 * `constructor`) is dropped, and the records are built with own keys only.
 */
export function repairStoredAccounts(raw: unknown): StoredAccounts {
  if (!isPlainRecord(raw)) return emptyStoredAccounts();
  const accounts = namedEntries(raw.accounts).flatMap(([name, state]) => {
    const repaired = repairAccountState(state);
    return repaired ? [[name, repaired] as const] : [];
  });
  const aliases = namedEntries(raw.aliases).filter(
    ([, target]) => typeof target === 'string' && !isReservedName(target) && target.length <= 128,
  );
  const current = raw.currentAccount;
  const stored: StoredAccounts = { accounts: Object.fromEntries(accounts) };
  if (
    typeof current === 'string' &&
    !isReservedName(current) &&
    accountNameSchema.safeParse(current).success
  ) {
    stored.currentAccount = current;
  }
  if (aliases.length > 0) stored.aliases = Object.fromEntries(aliases) as Record<string, string>;
  return stored;
}

/** Whether the person last left the in-page panel collapsed: a UI preference, kept apart from the settings. */
const panelCollapsedItem = storage.defineItem<unknown>('local:panelCollapsed');

export async function loadPanelCollapsed(): Promise<boolean> {
  return (await panelCollapsedItem.getValue()) === true;
}

export async function savePanelCollapsed(collapsed: boolean): Promise<void> {
  await panelCollapsedItem.setValue(collapsed);
}

const accountsItem = storage.defineItem<unknown>('local:accounts');
/**
 * What private windows read: kept apart from the normal windows' (Chrome's default incognito mode shares the
 * extension's storage), in memory only, and dropped when the last private window closes.
 */
const privateAccountsItem = storage.defineItem<unknown>('session:privateAccounts');

const accountsIn = (inPrivate: boolean) => (inPrivate ? privateAccountsItem : accountsItem);

export async function loadAccounts(inPrivate = false): Promise<StoredAccounts> {
  return repairStoredAccounts(await accountsIn(inPrivate).getValue());
}

export async function saveAccounts(accounts: StoredAccounts, inPrivate = false): Promise<void> {
  await accountsIn(inPrivate).setValue(accounts);
}

export async function forgetPrivateAccounts(): Promise<void> {
  await privateAccountsItem.removeValue();
}

/** What each console tab shows now; session storage, so it is gone with the browser session. */
export interface TabState {
  pageKind: PageKind;
  draft?: FormDraft;
  /** The account this tab's page showed, as its state is kept; absent when the page named none. */
  account?: string;
  /** What the tab's page read when it named no account (signed in or out): never lent to an account. */
  unnamed?: AccountState;
  /**
   * The region this tab's pages last showed (a list's region bar, a form's 地域): a detail page or a form on
   * its own route that shows none is in the region the console had chosen, which the console keeps as the
   * person moves between its pages.
   */
  region?: string;
  /** The tab is in a private window: its reads are kept apart. */
  inPrivate?: boolean;
  /** The person asked to point at this field here: the picker starts once the page is read. */
  teachPending?: TaughtField;
  /**
   * The draft kept is cut to fit the tab's share of session storage (lib/stored-tab.ts): verdicts made from it
   * are only more careful, and the page's own panel is not replaced with them.
   */
  draftCut?: true;
}

const tabsItem = storage.defineItem<Record<string, TabState>>('session:tabs', { fallback: {} });

export async function loadTabs(): Promise<Record<string, TabState>> {
  const tabs = await tabsItem.getValue();
  return tabs && typeof tabs === 'object' ? tabs : {};
}

// Not all writers of the tabs run in the background's queue: a closed tab is forgotten outside it.
const tabsWrites = oneAtATime();

/**
 * Read-modify-write of one tab's state, one at a time. What is stored is bounded per tab (boundTabState), so
 * session storage stays within its quota however many tabs are open; the state returned is the one made, whole
 * (undefined: the tab was forgotten), so the page that sent it is answered from what it sent.
 */
export function updateTab(
  tabId: number,
  update: (tab: TabState | undefined) => TabState | undefined,
): Promise<TabState | undefined> {
  return tabsWrites(async () => {
    const tabs = { ...(await loadTabs()) };
    const made = update(tabs[tabId]);
    // A draft sent anew replaces a cut one: it is kept whole again when it fits.
    const next = made?.draftCut && made.draft !== tabs[tabId]?.draft ? withoutCut(made) : made;
    if (next) tabs[tabId] = boundTabState(next);
    else delete tabs[tabId];
    await tabsItem.setValue(tabs);
    return next;
  });
}

function withoutCut(tab: TabState): TabState {
  const { draftCut: _cut, ...rest } = tab;
  return rest;
}

/** Forgets every tab but these (the tabs open now): a tab closed while nobody listened leaves nothing behind. */
export function keepOnlyTabs(open: ReadonlySet<number>): Promise<void> {
  return tabsWrites(async () => {
    const tabs = await loadTabs();
    const kept = Object.entries(tabs).filter(([id]) => open.has(Number(id)));
    if (kept.length !== Object.keys(tabs).length) await tabsItem.setValue(Object.fromEntries(kept));
  });
}

export interface LogEntry {
  at: number;
  account?: string;
  kind: 'override' | 'guard-error';
  detail: string;
}

const LOG_LIMIT = 200;
export const guardLogItem = storage.defineItem<LogEntry[]>('local:guardLog', { fallback: [] });

export async function appendGuardLog(entry: LogEntry): Promise<void> {
  const log = await guardLogItem.getValue();
  const entries = Array.isArray(log) ? log : [];
  await guardLogItem.setValue([...entries, entry].slice(-LOG_LIMIT));
}

const locatorStatusSchema = z.record(
  z.string().max(64),
  z.object({
    taughtAt: z.number().optional(),
    matchedAt: z.number().optional(),
    value: z.unknown().optional(),
    missedAt: z.number().optional(),
  }),
);

/** What each taught locator last did on a page (options shows it; a miss shows on the rows). */
const taughtStatusItem = storage.defineItem<unknown>('local:taughtStatus');

export async function loadTaughtStatus(): Promise<LocatorStatuses> {
  const parsed = locatorStatusSchema.safeParse(await taughtStatusItem.getValue());
  return parsed.success ? (parsed.data as LocatorStatuses) : {};
}

export async function saveTaughtStatus(statuses: LocatorStatuses): Promise<void> {
  await taughtStatusItem.setValue(statuses);
}

/** The key account names are hashed under in page reports: 32 random bytes, made once per install, never reported. */
const reportSaltItem = storage.defineItem<unknown>('local:reportSalt');
const SALT_HEX = /^[0-9a-f]{64}$/;
const saltWrites = oneAtATime();

export function loadReportSalt(): Promise<Uint8Array> {
  return saltWrites(async () => {
    const stored = await reportSaltItem.getValue();
    if (typeof stored === 'string' && SALT_HEX.test(stored)) {
      return Uint8Array.from(stored.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
    }
    // None yet (or storage holds something that is not one): made now, and kept from then on.
    const salt = crypto.getRandomValues(new Uint8Array(32));
    await reportSaltItem.setValue(Array.from(salt, (byte) => byte.toString(16).padStart(2, '0')).join(''));
    return salt;
  });
}

/** What the console's lists and detail pages showed, per account and region (lib/resource-store.ts). */
const resourcesItem = storage.defineItem<unknown>('local:resources');

/** The kept resources, each region checked on its own: one bad record never costs the others. */
export async function loadResources(): Promise<StoredResources> {
  const raw = await resourcesItem.getValue();
  if (typeof raw !== 'object' || raw === null) return {};
  const accounts: [string, Record<string, KeptResources>][] = [];
  for (const [account, regions] of Object.entries(raw)) {
    if (typeof regions !== 'object' || regions === null) continue;
    const kept = Object.entries(regions).flatMap(([region, value]) => {
      const parsed = keptResourcesSchema.safeParse(value);
      return parsed.success && parsed.data.region === region ? [[region, parsed.data] as const] : [];
    });
    if (kept.length > 0) accounts.push([account, Object.fromEntries(kept)]);
  }
  return Object.fromEntries(accounts);
}

export async function saveResources(resources: StoredResources): Promise<void> {
  await resourcesItem.setValue(resources);
}
