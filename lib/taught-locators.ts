import type { CheckId } from './model/checklist';
import type { Reading } from './model/observation';
import type { PageKind } from './model/page-kind';
import type { Settings, TaughtLocatorEntry, TaughtScope } from './model/settings';
import type { TaughtLocator } from './readers/locator';

/*
 * Taught locators between the settings and the pages: what a page reads with, which of them held on a read,
 * and where each field can be taught. Framework-free, and no schemas: the page script imports from here.
 */

/** Fields the person can teach by pointing at them (coupons need a table's columns: they are typed in instead). */
export const TAUGHT_FIELDS = ['cash', 'realName', 'account'] as const;
export type TaughtField = (typeof TAUGHT_FIELDS)[number];

/** At most this many taught locators: three fields on a handful of pages, with room to spare. */
export const MAX_TAUGHT_LOCATORS = 24;

/** The page kinds a person teaches on, and the field each reads that a person can point at. */
export const TEACHABLE_FIELD: Partial<Record<PageKind, TaughtField>> = {
  'capital-overview': 'cash',
  'real-name': 'realName',
  'account-info': 'account',
};

/** The field a check's row offers to teach: the value the check cannot go without. */
export const TEACHABLE_FIELD_OF_CHECK: Partial<Record<CheckId, TaughtField>> = {
  'signed-in': 'account',
  'real-name': 'realName',
  'funds-threshold': 'cash',
  'funds-runway': 'cash',
};

/** Pages that read the top bar's account besides their own field: where a console-wide locator is checked. */
export const READ_PAGE_KINDS: readonly PageKind[] = [
  'capital-overview',
  'coupons',
  'real-name',
  'account-info',
];

/**
 * The fields a read of this page kind should have found and did not, that the person can point at: the
 * page's own field, and on the read pages the top bar's account (unless the page says they are signed out).
 */
export function fieldsToOffer(pageKind: PageKind, readings: readonly Reading[]): TaughtField[] {
  const own = TEACHABLE_FIELD[pageKind];
  const signedOut = readings.some((r) => r.field === 'signedIn' && r.value === false);
  const wanted: TaughtField[] = READ_PAGE_KINDS.includes(pageKind) && !signedOut ? ['account'] : [];
  if (own && own !== 'account') wanted.unshift(own);
  return wanted.filter((field) => !readings.some((r) => r.field === field));
}

/** What a page needs from settings to read (a content script cannot read storage). */
export interface PageConfig {
  selectorOverrides: Settings['selectorOverrides'];
  taught: Pick<TaughtLocatorEntry, 'scope' | 'field' | 'locator'>[];
  /** Sent back with each read, so the background can tell a read made with other settings ('' when none). */
  key: string;
}

/** FNV-1a: a short, stable fingerprint of the config (not a secret, only a change detector). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function pageConfigOf(settings: Settings): PageConfig {
  const taught = settings.taughtLocators.map(({ scope, field, locator }) => ({ scope, field, locator }));
  const overrides = Object.entries(settings.selectorOverrides).sort(([a], [b]) => a.localeCompare(b));
  const empty = taught.length === 0 && overrides.length === 0;
  return {
    selectorOverrides: settings.selectorOverrides,
    taught,
    key: empty ? '' : fingerprint(JSON.stringify([overrides, taught])),
  };
}

/** The locators a page of this kind tries: its own first, then the whole console's. */
export function taughtForPage(
  taught: PageConfig['taught'],
  pageKind: PageKind,
): Partial<Record<TaughtField, TaughtLocator>> {
  const chosen: Partial<Record<TaughtField, TaughtLocator>> = {};
  for (const scope of ['console', pageKind]) {
    for (const entry of taught) if (entry.scope === scope) chosen[entry.field] = entry.locator;
  }
  return chosen;
}

/** Where a pick is kept: the top bar's account for every console page, anything else for its own page kind. */
export function teachScope(
  field: TaughtField,
  pageKind: PageKind,
  inTopBar: boolean,
): TaughtScope | undefined {
  if (field === 'account' && inTopBar) return 'console';
  return TEACHABLE_FIELD[pageKind] === field ? (pageKind as TaughtScope) : undefined;
}

/** One locator's outcome on one read: whether it found a value the field accepts. */
export interface LocatorOutcome {
  scope: TaughtScope;
  field: TaughtField;
  /** Which pick of the place was tried: a status of an older one (removed, replaced, imported over) is not its. */
  taughtAt: number;
  matched: boolean;
  /** What it read, as sent (a number of fen, a status, a name). */
  value?: unknown;
}

/**
 * Which taught locators a read of this page kind tried, and whether each held: a locator held when the page
 * sent its field as `taught`. A console-wide one is judged on the read pages only (other pages may not show
 * the top bar's menu).
 */
export function locatorOutcomes(
  settings: Settings,
  pageKind: PageKind,
  readings: readonly Reading[],
): LocatorOutcome[] {
  if (!READ_PAGE_KINDS.includes(pageKind)) return [];
  const tried = taughtForPage(settings.taughtLocators, pageKind);
  const outcomes: LocatorOutcome[] = [];
  for (const entry of settings.taughtLocators) {
    // Only the locator the page used for the field: a page kind's own one hides the console's.
    if (tried[entry.field] !== entry.locator || (entry.scope !== 'console' && entry.scope !== pageKind))
      continue;
    const reading = readings.find((r) => r.field === entry.field && r.found === 'taught');
    outcomes.push({
      scope: entry.scope,
      field: entry.field,
      taughtAt: entry.taughtAt,
      matched: reading !== undefined,
      ...(reading ? { value: reading.value } : {}),
    });
  }
  return outcomes;
}

/** What each taught locator last did on a page, by `scope/field`: kept apart from settings (it changes with every read). */
export interface LocatorStatus {
  /** The pick this status is of (its taughtAt). */
  taughtAt?: number;
  matchedAt?: number;
  /** The value it read last, as sent. */
  value?: unknown;
  missedAt?: number;
}
export type LocatorStatuses = Record<string, LocatorStatus>;

export const placeKey = (entry: { scope: TaughtScope; field: TaughtField }) =>
  `${entry.scope}/${entry.field}`;

/**
 * The statuses after a read's outcomes, or undefined when nothing worth a write changed (the same value
 * matched again within the hour keeps its time: the options page says "last matched", not "last looked").
 */
export function withOutcomes(
  statuses: LocatorStatuses,
  outcomes: readonly LocatorOutcome[],
  now: number,
): LocatorStatuses | undefined {
  let next: LocatorStatuses | undefined;
  for (const outcome of outcomes) {
    const key = placeKey(outcome);
    const kept = Object.hasOwn(statuses, key) ? statuses[key] : undefined;
    // Another pick's status says nothing of this one.
    const old = kept?.taughtAt === outcome.taughtAt ? kept : undefined;
    let status: LocatorStatus | undefined;
    if (outcome.matched) {
      const same =
        old?.missedAt === undefined && JSON.stringify(old?.value) === JSON.stringify(outcome.value);
      if (!same || now - (old?.matchedAt ?? 0) > 60 * 60 * 1000) {
        status = { taughtAt: outcome.taughtAt, matchedAt: now, value: outcome.value };
      }
    } else if (old?.missedAt === undefined) {
      status = { ...old, taughtAt: outcome.taughtAt, missedAt: now };
    }
    if (status) {
      next ??= { ...statuses };
      next[key] = status;
    }
  }
  return next;
}

/** The statuses of the places the settings still keep: a removed or replaced pick's goes (with what it read). */
export function keptStatuses(settings: Settings, statuses: LocatorStatuses): LocatorStatuses {
  const entries = settings.taughtLocators.flatMap((entry) => {
    const key = placeKey(entry);
    const status = Object.hasOwn(statuses, key) ? statuses[key] : undefined;
    return status?.taughtAt === entry.taughtAt ? [[key, status] as const] : [];
  });
  return Object.fromEntries(entries);
}

/** Fields whose taught place missed on its last try: their rows say so. */
export function lostPlaces(settings: Settings, statuses: LocatorStatuses): TaughtField[] {
  const lost = new Set<TaughtField>();
  for (const entry of settings.taughtLocators) {
    const key = placeKey(entry);
    const status = Object.hasOwn(statuses, key) ? statuses[key] : undefined;
    if (status?.taughtAt !== entry.taughtAt) continue;
    if (status.missedAt !== undefined && status.missedAt >= (status.matchedAt ?? 0)) lost.add(entry.field);
  }
  return [...lost];
}

/** The settings with this pick as the one for its page and field. */
export function withTaughtLocator(settings: Settings, entry: TaughtLocatorEntry): Settings {
  const others = settings.taughtLocators.filter((old) => placeKey(old) !== placeKey(entry));
  return { ...settings, taughtLocators: [...others, entry].slice(-MAX_TAUGHT_LOCATORS) };
}

/**
 * A cheap shape check of a PageConfig from the background (the page script carries no schemas): each taught
 * entry an object with a string scope and field (its locator findByLocator checks itself).
 */
export function isPageConfig(value: unknown): value is PageConfig {
  const config = value as PageConfig | undefined;
  const overrides = config?.selectorOverrides;
  return (
    typeof config?.key === 'string' &&
    Array.isArray(config.taught) &&
    config.taught.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as PageConfig['taught'][number]).scope === 'string' &&
        typeof (entry as PageConfig['taught'][number]).field === 'string',
    ) &&
    typeof overrides === 'object' &&
    overrides !== null &&
    Object.values(overrides).every((selector) => typeof selector === 'string')
  );
}
