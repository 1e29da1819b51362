import { browser } from '#imports';
import { AMBIGUOUS } from '../../lib/account-store';
import { translate } from '../../lib/i18n';
import type { CollectReportPush } from '../../lib/messages';
import type { PageReportPart } from '../../lib/model/page-report';
import { reportAddress } from '../../lib/page-address';
import { accountToken, buildPageReport, parsePageReportPart } from '../../lib/page-report';
import { classify } from '../../lib/pages';
import { loadAccounts, loadReportSalt, loadTabs } from '../../platform/storage';
import { summaryFor, tabAccountState } from './hub';

// The page imports its collector first (once per page), then reads: seconds at most.
const ANSWER_WAIT_MS = 10_000;

/** What the tab's preflight answers; undefined when none answered (most console pages have none). */
async function askPage(tabId: number): Promise<unknown> {
  const push: CollectReportPush = { type: 'collect-report' };
  // A page that never answers leaves the report without its part, not waiting.
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_WAIT_MS));
  return Promise.race([
    browser.tabs.sendMessage(tabId, push, { frameId: 0 }).catch(() => undefined),
    timeout,
  ]);
}

/** Every name this tab's account goes by, as far as the page and the stored state tell. */
async function accountNames(tabId: number, part: PageReportPart | undefined): Promise<string[]> {
  const tab = (await loadTabs())[tabId];
  const stored = await loadAccounts(tab?.inPrivate);
  const state = tabAccountState(stored, tab);
  const names = new Set<string>();
  for (const reading of part?.readings ?? []) {
    if (reading.field === 'account' || reading.field === 'pin') names.add(reading.value);
  }
  for (const name of [tab?.account, state.account?.value, state.pin?.value]) if (name) names.add(name);
  // The account's other names (a pin seen beside the login name) hide as well.
  const canonical = [...names];
  for (const [alias, name] of Object.entries(stored.aliases ?? {})) {
    if (name !== AMBIGUOUS && canonical.includes(name)) names.add(alias);
  }
  return [...names].filter(Boolean);
}

/**
 * The page report for a tab, as the popup or options page asks for it: the page's own part (when its preflight
 * answers), the tab's checklist as the popup shows it, the extension's version, the browser and the time.
 * Account names are hashed under this install's salt unless the person includes them.
 */
export async function collectPageReport(
  tabId: number | undefined,
  includeAccountName: boolean,
): Promise<{ text: string; fileName: string } | { error: string }> {
  const summary = await summaryFor(tabId);
  const { language } = summary.view;
  const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  if (tabId === undefined || !tab) return { error: translate(language, 'report.error.noTab') };
  const answer = await askPage(tabId);
  let part: PageReportPart | undefined;
  if (answer !== undefined) {
    const parsed = parsePageReportPart(answer);
    if (!parsed.ok) return { error: translate(language, 'report.error.invalid', { reason: parsed.reason }) };
    part = parsed.part;
  }
  let address: string | undefined;
  try {
    // The browser gives a tab's address only where the extension has host access: JD Cloud's.
    if (tab.url) address = reportAddress(new URL(tab.url));
  } catch {
    address = undefined;
  }
  const names = includeAccountName ? [] : await accountNames(tabId, part);
  const salt = names.length > 0 ? await loadReportSalt() : undefined;
  const hidden = salt
    ? await Promise.all(names.map(async (name) => ({ name, token: await accountToken(salt, name) })))
    : [];
  return buildPageReport({
    ...(part ? { part } : {}),
    tab: { kind: tab.url ? classify(tab.url) : 'not-ours', ...(address ? { address } : {}) },
    verdict: {
      readiness: summary.view.readiness,
      forForm: summary.forForm,
      lastKnown: summary.lastKnown,
      checks: summary.view.checks.map(({ id, status }) => ({ id, status })),
    },
    readinessLabel: summary.view.readinessLabel,
    version: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
    now: Date.now(),
    language,
    accountNames: includeAccountName ? 'included' : 'hashed',
    hidden,
  });
}
