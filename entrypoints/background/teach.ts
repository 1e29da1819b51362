import { browser } from '#imports';
import { fixLinkUrl } from '../../lib/fix-links';
import type { StartTeachPush } from '../../lib/messages';
import type { FixLink } from '../../lib/model/checklist';
import type { PageKind } from '../../lib/model/page-kind';
import type { TaughtField, TaughtLocatorEntry } from '../../lib/model/settings';
import { hostShows } from '../../lib/page-address';
import {
  keptStatuses,
  type PageConfig,
  pageConfigOf,
  READ_PAGE_KINDS,
  TEACHABLE_FIELD,
  withTaughtLocator,
} from '../../lib/taught-locators';
import {
  loadTabs,
  loadTaughtStatus,
  saveTaughtStatus,
  type TabState,
  updateSettings,
  updateTab,
} from '../../platform/storage';

/** The console page that shows each field, where a row's "point at it" opens when the tab is elsewhere. */
const PAGE_OF_FIELD: Record<TaughtField, FixLink> = {
  cash: 'capital-overview',
  realName: 'real-name',
  account: 'account-info',
};

/** Whether a page of this kind shows the field: its own field, or the top bar's account on any read page. */
export function teachStartsHere(field: TaughtField, pageKind: PageKind): boolean {
  return TEACHABLE_FIELD[pageKind] === field || (field === 'account' && READ_PAGE_KINDS.includes(pageKind));
}

/**
 * Whether a tab may keep a pick for this place: the page it is on must be the place's own, and the page that
 * sent the pick must be able to be that page (the tab's remembered kind outlives a move to another host).
 */
function placeFitsTab(
  entry: Omit<TaughtLocatorEntry, 'taughtAt'>,
  tab: TabState | undefined,
  senderHost: string,
): boolean {
  if (!tab || !hostShows(senderHost, tab.pageKind)) return false;
  if (entry.scope === 'console') return entry.field === 'account' && READ_PAGE_KINDS.includes(tab.pageKind);
  return entry.scope === tab.pageKind && TEACHABLE_FIELD[tab.pageKind] === entry.field;
}

/**
 * A confirmed pick from a tab's page: kept as the place for its page kind and field (replacing the old one,
 * and dropping the statuses of picks no longer kept), answered with the config the page reads with from now on.
 */
export async function teach(
  tabId: number,
  entry: Omit<TaughtLocatorEntry, 'taughtAt'>,
  senderHost: string,
): Promise<PageConfig | { error: string }> {
  const tab = (await loadTabs())[tabId];
  if (!placeFitsTab(entry, tab, senderHost)) return { error: 'this page does not show that field' };
  // What a private window read does not outlive it: its pick keeps the place, not the value it showed.
  const sample = tab?.inPrivate ? '' : entry.sample;
  const settings = await updateSettings((stored) =>
    withTaughtLocator(stored, { ...entry, sample, taughtAt: Date.now() }),
  );
  // The old pick's status (and what it read) goes now rather than on the next read.
  const statuses = await loadTaughtStatus();
  const kept = keptStatuses(settings, statuses);
  if (Object.keys(kept).length !== Object.keys(statuses).length) await saveTaughtStatus(kept);
  return pageConfigOf(settings);
}

/** Starts the picker in a tab; false when no preflight there answered. */
async function startPicker(tabId: number, field: TaughtField): Promise<boolean> {
  const push: StartTeachPush = { type: 'start-teach', field };
  const answer = await browser.tabs.sendMessage(tabId, push).catch(() => undefined);
  return answer === true;
}

/** A pending request to point at a field in this tab: started now that its page has been read. */
export async function takeTeach(tabId: number): Promise<void> {
  let field: TaughtField | undefined;
  await updateTab(tabId, (tab) => {
    field = tab?.teachPending;
    if (!tab) return tab;
    const { teachPending: _taken, ...rest } = tab;
    return rest;
  });
  if (field) await startPicker(tabId, field);
}

/**
 * "Point at it" for a field: in the tab itself when its page shows the field, else on the page that shows
 * it, opened beside, where the picker starts once that page has been read. `senderHost`: the host of the page
 * that asked, when a page asked for its own tab (its tab's remembered kind must fit it).
 */
export async function requestTeach(
  field: TaughtField,
  tabId: number | undefined,
  senderHost?: string,
): Promise<{ ok: true; opened: boolean }> {
  const tab = tabId === undefined ? undefined : (await loadTabs())[tabId];
  if (
    tabId !== undefined &&
    tab &&
    teachStartsHere(field, tab.pageKind) &&
    (senderHost === undefined || hostShows(senderHost, tab.pageKind)) &&
    (await startPicker(tabId, field))
  ) {
    return { ok: true, opened: false };
  }
  const opened = await browser.tabs.create({ url: fixLinkUrl(PAGE_OF_FIELD[field], 'en') });
  if (opened.id !== undefined) {
    await updateTab(opened.id, (old) => ({ pageKind: 'other-console', ...old, teachPending: field }));
  }
  return { ok: true, opened: true };
}
