import { browser, type Browser } from '#imports';
import {
  currentAccountState,
  newestObservationAt,
  observationsFromReadings,
  recordObservations,
} from '../../lib/account-store';
import { resolveLanguage } from '../../lib/i18n';
import {
  contentMessageSchema,
  extensionPageMessageSchema,
  type PanelView,
  type PanelViewPush,
  type Summary,
} from '../../lib/messages';
import type { Observation } from '../../lib/model/observation';
import type { PageKind } from '../../lib/model/page-kind';
import { BADGES, buildPanelView } from '../../lib/views';
import {
  appendGuardLog,
  loadAccounts,
  loadSettings,
  loadTabs,
  saveAccounts,
  type TabState,
  updateTab,
} from '../../platform/storage';

const CONSOLE_KINDS = new Set<PageKind>([
  'vpn-connection-form',
  'vpn-connection-list',
  'vpn-tunnel-form',
  'customer-gateway-form',
  'capital-overview',
  'coupons',
  'real-name',
  'account-info',
  'login',
  'other-console',
]);

async function viewFor(tab: TabState | undefined): Promise<PanelView> {
  const [stored, { settings }] = await Promise.all([loadAccounts(), loadSettings()]);
  const language = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  return buildPanelView(currentAccountState(stored), tab?.draft, settings, language, Date.now());
}

async function setBadge(tabId: number, view: PanelView | undefined) {
  const badge = view ? BADGES[view.checklist.readiness] : undefined;
  try {
    await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab closed between the message and the badge update.
  }
}

/** Recomputes every console tab: new readings or settings change every tab's verdict. */
export async function refreshAllTabs(): Promise<void> {
  const tabs = await loadTabs();
  await Promise.all(
    Object.entries(tabs).map(async ([id, tab]) => {
      const tabId = Number(id);
      const view = await viewFor(tab);
      await setBadge(tabId, view);
      if (!tab.draft) return;
      const push: PanelViewPush = { type: 'panel-view', view };
      await browser.tabs.sendMessage(tabId, push).catch(() => forgetTab(tabId));
    }),
  );
}

export async function forgetTab(tabId: number): Promise<void> {
  await updateTab(tabId, () => undefined);
}

async function record(observations: Observation[]) {
  if (observations.length === 0) return;
  await saveAccounts(recordObservations(await loadAccounts(), observations));
}

async function summaryFor(tabId: number | undefined): Promise<Summary> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const tab = id === undefined ? undefined : (await loadTabs())[id];
  const view = await viewFor(tab);
  const state = currentAccountState(await loadAccounts());
  return {
    view,
    forForm: Boolean(tab?.draft),
    lastKnown: !tab || !CONSOLE_KINDS.has(tab.pageKind),
    newestObservationAt: newestObservationAt(state),
  };
}

/**
 * The one entry for messages. Only this extension's own contexts are heard, and every message is checked
 * against its schema; a message that fails is answered with an error, never acted on.
 */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  // One message at a time: each handler reads, changes and writes storage.
  const result = queue.then(() => handleOne(message, sender));
  queue = result.catch(() => undefined);
  return result;
}

let queue: Promise<unknown> = Promise.resolve();

async function handleOne(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return { error: 'unknown sender' };
  const tabId = sender.tab?.id;
  if (tabId !== undefined) {
    const parsed = contentMessageSchema.safeParse(message);
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid message' };
    const msg = parsed.data;
    switch (msg.type) {
      case 'page-read': {
        await updateTab(tabId, (tab) => ({ ...tab, pageKind: msg.pageKind }));
        await record(observationsFromReadings(msg.readings, `page:${msg.pageKind}`, Date.now()));
        await refreshAllTabs();
        return { ok: true };
      }
      case 'draft': {
        await updateTab(tabId, (tab) => ({
          pageKind: msg.draft ? 'vpn-connection-form' : (tab?.pageKind ?? 'other-console'),
          draft: msg.draft ?? undefined,
        }));
        const view = await viewFor((await loadTabs())[tabId]);
        await setBadge(tabId, view);
        return view;
      }
      case 'guard-override':
      case 'guard-error': {
        const account = (await loadAccounts()).currentAccount;
        const detail = msg.type === 'guard-override' ? `${msg.readiness}: ${msg.checks.join(', ')}` : msg.message;
        await appendGuardLog({ at: Date.now(), account, kind: msg.type === 'guard-override' ? 'override' : 'guard-error', detail });
        return { ok: true };
      }
    }
  }
  const parsed = extensionPageMessageSchema.safeParse(message);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid message' };
  const msg = parsed.data;
  switch (msg.type) {
    case 'get-summary':
      return summaryFor(msg.tabId);
    case 'manual-observation':
      await record([msg.observation]);
      await refreshAllTabs();
      return { ok: true };
  }
}
