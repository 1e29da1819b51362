import { type Browser, browser } from '#imports';
import {
  accountState,
  currentAccountState,
  newestObservationAt,
  observationsFromReadings,
  recordObservations,
  recordTabRead,
  type StoredAccounts,
  withinRetention,
} from '../../lib/account-store';
import { formOf } from '../../lib/forms';
import { resolveLanguage, translate } from '../../lib/i18n';
import {
  contentMessageSchema,
  extensionPageMessageSchema,
  type ManualValuesInUse,
  type PageReadTaken,
  type PageReread,
  type PanelView,
  type PanelViewPush,
  type Summary,
} from '../../lib/messages';
import type { Form } from '../../lib/model/draft';
import type { AccountState, Observation } from '../../lib/model/observation';
import type { PageKind } from '../../lib/model/page-kind';
import type { Settings } from '../../lib/model/settings';
import { hostShows, onPreflightHost } from '../../lib/page-address';
import { classify } from '../../lib/pages';
import {
  keptFor,
  type StoredResources,
  withKnownResources,
  withPageResources,
} from '../../lib/resource-store';
import type { LocatorStatuses } from '../../lib/taught-locators';
import {
  fieldsToOffer,
  keptStatuses,
  locatorOutcomes,
  lostPlaces,
  pageConfigOf,
  withOutcomes,
} from '../../lib/taught-locators';
import { BADGES, buildPanelView } from '../../lib/views';
import {
  appendGuardLog,
  keepOnlyTabs,
  loadAccounts,
  loadPanelCollapsed,
  loadResources,
  loadSettings,
  loadTabs,
  loadTaughtStatus,
  oneAtATime,
  saveAccounts,
  savePanelCollapsed,
  saveResources,
  saveTaughtStatus,
  type TabState,
  updateTab,
} from '../../platform/storage';
import { createOpenApiBackground, type OpenApiMessage } from './openapi';
import { collectPageReport } from './page-report';
import { createPersonalData } from './personal-data';
import { requestTeach, takeTeach, teach, teachStartsHere } from './teach';

/** What a verdict is built from. A caller that has them at hand passes them, and they are not read again. */
interface VerdictInputs {
  stored: StoredAccounts;
  settings: Settings;
  statuses: LocatorStatuses;
  resources: StoredResources;
  /** The person last left the panel collapsed. */
  panelCollapsed: boolean;
}

/** The page kind of each form, for a draft that arrives without a page read. */
const FORM_PAGE_KIND: Record<Form, PageKind> = {
  connection: 'vpn-connection-form',
  tunnel: 'vpn-tunnel-form',
  'customer-gateway': 'customer-gateway-form',
};

/**
 * The state a tab's verdict rests on: the account its page showed, or, where its page was read and named none,
 * only what that read found (signed in, say), never another account's values. A console tab whose page was
 * never read (most console pages) shows the account last seen.
 */
export function tabAccountState(stored: StoredAccounts, tab: TabState | undefined): AccountState {
  if (tab?.account !== undefined) return accountState(stored, tab.account);
  if (tab?.unnamed !== undefined) return tab.unnamed;
  return currentAccountState(stored);
}

async function viewFor(tab: TabState | undefined, known?: VerdictInputs): Promise<PanelView> {
  const { stored, settings, statuses, resources, panelCollapsed } =
    known ?? (await loadVerdictInputs(tab?.inPrivate));
  // The browser's preferred language: the same in the worker, the popup and the options page.
  const language = resolveLanguage(settings.language, navigator.language);
  // What the account's lists and detail pages showed in the form's region, for its quotas and tunnels.
  const kept = keptFor(resources, tab?.account, tab?.draft?.region ?? tab?.region);
  const draft = tab?.draft && withKnownResources(tab.draft, kept);
  const view = buildPanelView(tabAccountState(stored, tab), draft, settings, language, Date.now(), {
    extensionUrl: (path) => browser.runtime.getURL(`/${path}` as '/options.html'),
    lostPlaces: lostPlaces(settings, statuses),
    ...(kept ? { lists: kept } : {}),
  });
  return panelCollapsed ? { ...view, collapsed: true } : view;
}

async function loadVerdictInputs(inPrivate = false): Promise<VerdictInputs> {
  const [stored, { settings }, statuses, resources, panelCollapsed] = await Promise.all([
    loadAccounts(inPrivate),
    loadSettings(),
    loadTaughtStatus(),
    // What a private window's lists showed is not kept: its forms are judged on their own page.
    inPrivate ? ({} as StoredResources) : loadResources(),
    loadPanelCollapsed(),
  ]);
  return { stored, settings, statuses, resources, panelCollapsed };
}

/** The tab's verdict, for its panel, and its badge set to match (not awaited: it holds up no answer). */
async function tabVerdict(
  tabId: number,
  tab: TabState | undefined,
  known?: VerdictInputs,
): Promise<PanelView> {
  const view = await viewFor(tab, known);
  void setBadge(tabId, view);
  return view;
}

/**
 * The toolbar button for the tab: the badge's sign and colour, and a title that says the same in words (for a
 * screen reader, and on hover), in the UI's language. No view: the badge goes and the title is the extension's.
 */
async function setBadge(tabId: number, view: PanelView | undefined) {
  const badge = view ? BADGES[view.readiness] : undefined;
  const title = view
    ? translate(view.language, 'toolbar.title', {
        app: view.texts['app.name'],
        readiness: view.readinessLabel,
      })
    : '';
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge?.text ?? '' }),
      badge && browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setTitle({ tabId, title }),
    ]);
  } catch {
    // The tab closed between the message and the badge update.
  }
}

/**
 * Recomputes every console tab: new readings or settings change every tab's verdict. `except`: a tab that
 * has just been answered with its own.
 */
export async function refreshAllTabs(except?: number): Promise<void> {
  const tabs = await loadTabs();
  await Promise.all(
    Object.entries(tabs).map(async ([id, tab]) => {
      const tabId = Number(id);
      if (tabId === except) return;
      const view = await viewFor(tab);
      await setBadge(tabId, view);
      // A draft cut to fit storage is not the form as the page has it: the page keeps its own verdict.
      if (!tab.draft || tab.draftCut) return;
      const push: PanelViewPush = { type: 'panel-view', view };
      await browser.tabs.sendMessage(tabId, push).catch(() => forgetTab(tabId));
    }),
  );
}

/**
 * A tab shows a console page, as the browser tells it (the host permissions give the URL). Most console pages
 * never load the preflight, so this keeps a console tab known without the page saying so: OpenAPI refreshes
 * while one is open, and the tab's badge shows the account's readiness. What the preflight reported stays.
 */
export async function noteConsoleTab(
  tabId: number,
  url: string | undefined,
  inPrivate = false,
): Promise<void> {
  const pageKind = url ? classify(url) : 'not-ours';
  if (pageKind === 'not-ours') return;
  // Read first: a known tab costs no write, and the queue stays free for the preflight's own messages.
  let tab = (await loadTabs())[tabId];
  if (!tab) {
    const noted: TabState = inPrivate ? { pageKind, inPrivate } : { pageKind };
    tab = noted;
    await exclusive(() => updateTab(tabId, (stored) => stored ?? noted));
  }
  // A new page of the tab starts without the badge the last one had.
  await tabVerdict(tabId, tab);
  await openApi.onConsoleActivity().catch(() => undefined);
}

export async function forgetTab(tabId: number): Promise<void> {
  await updateTab(tabId, () => undefined);
}

/** Forgets the state of tabs that are no longer open (closed while the background was not listening). */
export async function forgetClosedTabs(): Promise<void> {
  const open = await browser.tabs.query({}).catch(() => undefined);
  if (!open) return;
  await keepOnlyTabs(new Set(open.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]))));
}

/** A value the person typed in: it belongs to the account they were last seen signed in as. */
async function recordManual(observation: Observation) {
  const [stored, { settings }] = await Promise.all([loadAccounts(), loadSettings()]);
  const account = observation.account ?? stored.currentAccount;
  const typed = [{ ...observation, ...(account ? { account } : {}) }];
  const now = Date.now();
  await saveAccounts(withinRetention(recordObservations(stored, typed, now), settings.retentionDays, now));
}

/** The alarm that drops what is older than the retention period, even when no page is read for days. */
export const RETENTION_ALARM = 'retention';
const RETENTION_CHECK_MINUTES = 24 * 60;

/** Drops what was read longer ago than settings.retentionDays, in the normal windows' store and the private one. */
export function forgetExpiredObservations(): Promise<void> {
  return exclusive(async () => {
    const { settings } = await loadSettings();
    const now = Date.now();
    await Promise.all(
      [false, true].map(async (inPrivate) => {
        const stored = await loadAccounts(inPrivate);
        const kept = withinRetention(stored, settings.retentionDays, now);
        if (kept !== stored) await saveAccounts(kept, inPrivate);
      }),
    );
  });
}

/**
 * Sets the daily retention alarm unless it is set: the worker starts many times a day, and setting it anew at
 * each start would put it off each time.
 */
export async function syncRetentionAlarm(): Promise<void> {
  if (await browser.alarms.get(RETENTION_ALARM)) return;
  await browser.alarms.create(RETENTION_ALARM, {
    delayInMinutes: RETENTION_CHECK_MINUTES,
    periodInMinutes: RETENTION_CHECK_MINUTES,
  });
}

/** Every alarm of the background: the retention's here, the OpenAPI refresh's in its own module. */
export async function onAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
  if (alarm.name === RETENTION_ALARM) await forgetExpiredObservations();
  else await openApi.onAlarm(alarm);
}

/**
 * Whether the tab is on a JD Cloud console page now. Its remembered state outlives a navigation to another
 * site (no content script runs there to say so); with host access to *.jdcloud.com only, a tab elsewhere
 * has no readable URL.
 */
async function showsConsole(tabId: number): Promise<{ onConsole: boolean; inPrivate: boolean }> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  return { onConsole: url !== undefined && classify(url) !== 'not-ours', inPrivate: tab?.incognito === true };
}

async function activeTabId(): Promise<number | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

export async function summaryFor(tabId: number | undefined): Promise<Summary> {
  const id = tabId ?? (await activeTabId());
  const { onConsole, inPrivate } =
    id === undefined ? { onConsole: false, inPrivate: false } : await showsConsole(id);
  // Most console pages never load the preflight, so a console tab may have no state here. A private
  // window's popup speaks of what private windows read, never of the normal windows' accounts.
  const known = onConsole ? (await loadTabs())[id as number] : undefined;
  const tab = known ?? (inPrivate ? { pageKind: 'other-console' as const, inPrivate } : undefined);
  const view = await viewFor(tab);
  const state = tabAccountState(await loadAccounts(tab?.inPrivate), tab);
  return {
    view,
    forForm: Boolean(tab?.draft),
    lastKnown: !onConsole,
    newestObservationAt: newestObservationAt(state, Date.now()),
    manual: manualValuesInUse(state),
  };
}

/**
 * The one entry for messages. Only this extension's own contexts are heard, and every message is checked
 * against its schema; a message that fails is answered with an error, never acted on.
 */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  // OpenAPI calls wait on the network: they take the queue only for their storage steps.
  if (isOpenApiMessage(message)) return handleOpenApiMessage(message, sender);
  // These take the queue only for their own storage steps, if any: a page waits on its own answer alone.
  const unqueued = unqueuedContentMessage(message, sender);
  if (unqueued?.type === 'refresh') return refreshFromPanel(unqueued.tabId);
  return exclusive(() => handleOne(message, sender));
}

const UNQUEUED = ['refresh'] as const;
type UnqueuedType = (typeof UNQUEUED)[number];

function unqueuedContentMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): { type: UnqueuedType; tabId: number } | undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || isExtensionPage(sender)) return;
  if (!consolePageOf(sender)) return;
  const type = contentMessageSchema.safeParse(message).data?.type;
  return UNQUEUED.find((unqueued) => unqueued === type) ? { type: type as UnqueuedType, tabId } : undefined;
}

/**
 * The panel's refresh button. It carries nothing and gets back only the tab's view, so a content script
 * may ask; the OpenAPI source's own minimum interval and pause rules still decide whether a call is made.
 */
async function refreshFromPanel(tabId: number): Promise<PanelView> {
  const reply = await openApi.run('on-demand');
  const view = await exclusive(async () => viewFor((await loadTabs())[tabId]));
  if (reply.outcome === 'ok') return view;
  return { ...view, notice: translate(view.language, reply.message.key, reply.message.params) };
}

/** One task at a time: each handler reads, changes and writes storage. */
export const exclusive = oneAtATime();

export const openApi = createOpenApiBackground({ exclusive, refreshAllTabs });

/** Forget an account, clear all data: options only, inside the queue like every extension-page message. */
const personalData = createPersonalData({ refreshAllTabs, syncOpenApiAlarm: () => openApi.syncAlarm() });

/** An extension page (popup, options) may sit in a tab; only its URL tells it from a content script. */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * The console page a content script's message came from: only a top frame of a host where the preflight runs
 * (it runs in no sub-frame, and no other host may load it). Undefined for any other sender.
 */
function consolePageOf(sender: Browser.runtime.MessageSender): URL | undefined {
  if (sender.frameId !== 0 || typeof sender.url !== 'string') return undefined;
  let page: URL;
  try {
    page = new URL(sender.url);
  } catch {
    return undefined;
  }
  return onPreflightHost(page) ? page : undefined;
}

/** Why a content script's message was refused: it claims a page its sender's host does not show. */
function notShownHere(kind: PageKind, host: string) {
  return { error: `a ${kind} page is not shown on ${host}` };
}

function isOpenApiMessage(message: unknown): message is { type: string } {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith('openapi-');
}

/** The secret may come in with these messages: only extension pages are heard, never a content script. */
async function handleOpenApiMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return { error: 'unknown sender' };
  if (!isExtensionPage(sender)) return { error: 'OpenAPI messages are accepted from extension pages only' };
  const parsed = extensionPageMessageSchema.safeParse(message);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid message' };
  const msg = parsed.data;
  if (!msg.type.startsWith('openapi-')) return { error: 'invalid message' };
  return openApi.handleMessage(msg as OpenApiMessage);
}

function manualValuesInUse(state: AccountState): ManualValuesInUse {
  const manual: ManualValuesInUse = {};
  for (const field of ['cash', 'coupons'] as const) {
    const observation = state[field];
    if (observation?.source !== 'manual') continue;
    manual[field] = { fen: observation.value, observedAt: observation.observedAt };
  }
  return manual;
}

async function handleOne(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return { error: 'unknown sender' };
  const tabId = sender.tab?.id;
  if (tabId !== undefined && !isExtensionPage(sender)) {
    const page = consolePageOf(sender);
    if (!page) return { error: 'accepted from the top frame of a console page only' };
    const parsed = contentMessageSchema.safeParse(message);
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid message' };
    const msg = parsed.data;
    // A form (and what it is filled with) comes from the VPN console only, whatever page kind it claims.
    const form = 'draft' in msg && msg.draft ? FORM_PAGE_KIND[formOf(msg.draft)] : undefined;
    if (form && !hostShows(page.hostname, form)) return notShownHere(form, page.hostname);
    switch (msg.type) {
      case 'page-read': {
        if (!hostShows(page.hostname, msg.pageKind)) return notShownHere(msg.pageKind, page.hostname);
        // Read once, side by side, for the overrides check, the record and the verdict: the panel waits on this.
        const inPrivate = sender.tab?.incognito === true;
        const known = await loadVerdictInputs(inPrivate);
        const config = pageConfigOf(known.settings);
        if (msg.config !== config.key) return { reread: config } satisfies PageReread;
        const { draft } = msg;
        const now = Date.now();
        const observations = observationsFromReadings(msg.readings, `page:${msg.pageKind}`, now);
        // What a taught place read in a private window (an account name, an amount) must not outlive it:
        // storage.local is every window's, so such a read leaves the places' statuses as they were.
        const statuses = inPrivate
          ? undefined
          : withOutcomes(
              keptStatuses(known.settings, known.statuses),
              locatorOutcomes(known.settings, msg.pageKind, msg.readings),
              now,
            );
        if (statuses) known.statuses = statuses;
        const shown = (await loadTabs())[tabId];
        // The tab's verdict rests on the account this page (or, while still signed in, this tab) showed.
        const read = recordTabRead(known.stored, shown?.account, observations, now);
        // What was read longer ago than the person keeps data goes with the write this read makes anyway.
        const kept = withinRetention(read.stored, known.settings.retentionDays, now);
        const region = msg.resources?.region ?? draft?.region ?? shown?.region;
        const resources =
          inPrivate || !msg.resources
            ? undefined
            : withPageResources(
                known.resources,
                read.account,
                region ? { ...msg.resources, region } : msg.resources,
                now,
              );
        if (resources) known.resources = resources;
        known.stored = kept;
        const seen: Pick<TabState, 'account' | 'unnamed'> = { account: read.account, unnamed: read.unnamed };
        // Different storage keys: written side by side. Nothing else writes the accounts meanwhile: their
        // writers all run in this queue.
        const [tab] = await Promise.all([
          updateTab(tabId, (old) => ({
            ...old,
            pageKind: msg.pageKind,
            ...seen,
            ...(region ? { region } : {}),
            ...(inPrivate ? { inPrivate } : {}),
            ...(draft ? { draft } : {}),
          })),
          observations.length > 0 || kept !== read.stored ? saveAccounts(known.stored, inPrivate) : undefined,
          statuses ? saveTaughtStatus(statuses) : undefined,
          resources ? saveResources(resources) : undefined,
        ]);
        if (tab?.teachPending && teachStartsHere(tab.teachPending, msg.pageKind)) void takeTeach(tabId);
        // Not awaited: both queue behind this message, so the page's own verdict does not wait for every
        // other tab's.
        void exclusive(() => refreshAllTabs(draft ? tabId : undefined)).catch(() => undefined);
        void openApi.onConsoleActivity().catch(() => undefined);
        if (draft) return tabVerdict(tabId, tab, known);
        const offer = fieldsToOffer(msg.pageKind, msg.readings);
        return (offer.length > 0 ? { ok: true, offer } : { ok: true }) satisfies PageReadTaken;
      }
      case 'draft': {
        const tab = await updateTab(tabId, (old) => ({
          ...old,
          pageKind: msg.draft ? FORM_PAGE_KIND[formOf(msg.draft)] : (old?.pageKind ?? 'other-console'),
          draft: msg.draft ?? undefined,
        }));
        return tabVerdict(tabId, tab);
      }
      case 'teach':
        return teach(tabId, msg.entry, page.hostname);
      case 'teach-request':
        return requestTeach(msg.field, tabId, page.hostname);
      case 'panel-collapsed':
        await savePanelCollapsed(msg.collapsed);
        return { ok: true };
      case 'open-options':
        // A console page may not open an extension page itself: a row's fix link to the options asks here.
        await browser.tabs.create({
          url: browser.runtime.getURL(
            `/options.html${msg.section ? `#${msg.section}` : ''}` as '/options.html',
          ),
        });
        return { ok: true };
      case 'guard-override':
      case 'guard-error': {
        const tab = (await loadTabs())[tabId];
        // The log outlives the window: an account read in a private window is not written into it.
        const account = tab?.inPrivate ? undefined : (tab?.account ?? (await loadAccounts()).currentAccount);
        const detail =
          msg.type === 'guard-override' ? `${msg.readiness}: ${msg.checks.join(', ')}` : msg.message;
        await appendGuardLog({
          at: Date.now(),
          account,
          kind: msg.type === 'guard-override' ? 'override' : 'guard-error',
          detail,
        });
        return { ok: true };
      }
    }
  }
  // Only the extension's own pages: a content script (whatever its tab) or a sender without a page is not one.
  if (!isExtensionPage(sender)) return { error: 'accepted from extension pages only' };
  const parsed = extensionPageMessageSchema.safeParse(message);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid message' };
  const msg = parsed.data;
  switch (msg.type) {
    case 'get-summary':
      return summaryFor(msg.tabId);
    case 'teach-request':
      return requestTeach(msg.field, msg.tabId ?? (await activeTabId()));
    case 'page-report':
      return collectPageReport(msg.tabId ?? (await activeTabId()), msg.includeAccountName);
    case 'manual-observation':
      await recordManual(msg.observation);
      await refreshAllTabs();
      return { ok: true };
    case 'forget-account':
    case 'clear-data':
      return personalData.handleMessage(msg);
    default:
      return { error: 'invalid message' };
  }
}
