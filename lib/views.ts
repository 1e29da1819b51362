import { estimateForDraft } from './estimate';
import { evaluate, evaluateAccount } from './evaluate';
import { fixLinkUrl, isExtensionPageLink } from './fix-links';
import { isFutureStamped } from './future-stamps';
import { describeSource, formatAge, type Language, translate } from './i18n';
import { panelCatalog } from './i18n/panel';
import type { PanelView, RenderedCheck } from './messages';
import type { CheckFact, CheckResult, FixLink, Readiness } from './model/checklist';
import type { FormDraft } from './model/draft';
import type { AccountState, FoundBy } from './model/observation';
import type { ResourceLists } from './model/resource-lists';
import type { Settings, TaughtField } from './model/settings';
import type { Purchase } from './rules/rule';
import { TEACHABLE_FIELD_OF_CHECK } from './taught-locators';

/** Turns a path inside the extension (`options.html`) into a URL the page can open (runtime.getURL). */
export type ExtensionUrl = (path: string) => string;

/** FOUND_BY, kept here as a type-checked record so views need not load the model's schemas. */
const foundWords: Record<FoundBy, true> = { taught: true, override: true, label: true, inference: true };

/** How a page value was found; nothing for the OpenAPI, a manual value, or a corrupt entry. */
function foundBy(fact: CheckFact): FoundBy | undefined {
  const found: unknown = fact.found;
  return typeof found === 'string' && Object.hasOwn(foundWords, found) && fact.source.startsWith('page:')
    ? (found as FoundBy)
    : undefined;
}

/**
 * Where a value came from, how it was found there and how old it is: "from the capital overview page, read
 * beside its label, 3 min ago". The weaker 账户余额 figure says so.
 */
export function describeFact(fact: CheckFact, language: Language, now: number): string {
  const params = {
    source: describeSource(language, fact.source),
    // A time ahead of the clock has no age to tell: it says so instead of "just now".
    age: isFutureStamped(fact.observedAt, now)
      ? translate(language, 'age.future')
      : formatAge(language, Math.max(0, now - fact.observedAt)),
  };
  const found = foundBy(fact);
  const text = translate(language, found ? `fact.found.${found}` : 'fact.source', params);
  return fact.field === 'accountBalance' ? translate(language, 'fact.weak-balance', { fact: text }) : text;
}

function fixUrl(link: FixLink, language: Language, extensionUrl: ExtensionUrl | undefined): string {
  const url = fixLinkUrl(link, language);
  return extensionUrl && isExtensionPageLink(link) ? extensionUrl(url) : url;
}

/**
 * Why the check came out so, in words. A finding stale because a value is stamped ahead of the clock says that
 * instead of an age: it is not trusted until it is read again.
 */
function reasonOf(check: CheckResult, language: Language): string {
  const params = check.message.params;
  const ahead = params?.aheadMinutes;
  if (typeof ahead === 'number' && check.message.key.endsWith('.stale')) {
    return translate(language, 'reason.future-stamped', { aheadMinutes: ahead });
  }
  return translate(language, check.message.key, params);
}

/**
 * One check in words. A fix on the extension's own pages is a relative path (`options.html…`) unless
 * `extensionUrl` resolves it.
 */
export function renderCheck(
  check: CheckResult,
  language: Language,
  now: number,
  extensionUrl?: ExtensionUrl,
  lostPlaces: readonly TaughtField[] = [],
): RenderedCheck {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  const field = TEACHABLE_FIELD_OF_CHECK[check.id];
  const lost = field !== undefined && lostPlaces.includes(field);
  const stale = check.message.key.endsWith('.stale');
  const missing = check.status === 'unknown' || stale;
  const facts = check.facts.map((fact) => describeFact(fact, language, now));
  if (lost) facts.push(t('teach.lost'));
  return {
    id: check.id,
    status: check.status,
    required: check.required,
    title: t(`check.${check.id}.title`),
    reason: reasonOf(check, language),
    facts,
    fix:
      check.fix && check.status !== 'pass'
        ? { label: t(`fix.${check.fix}`), url: fixUrl(check.fix, language, extensionUrl) }
        : undefined,
    ...(field && (lost || missing) ? { teach: { field, label: t(lost ? 'teach.again' : 'teach.row') } } : {}),
    ...(stale ? { stale: true as const } : {}),
  };
}

export interface PanelViewOptions {
  /** What the form buys (which coupons apply); the connection when absent. */
  purchase?: Purchase;
  /** Resolves fixes on the extension's own pages; without it they stay relative paths. */
  extensionUrl?: ExtensionUrl;
  /** Fields whose taught place stopped matching: their rows say so and offer to teach again. */
  lostPlaces?: readonly TaughtField[];
  /** What the account's resource lists showed in the form's region (the quota checks count them). */
  lists?: ResourceLists;
}

/**
 * Everything one tab shows, in its language: the form's full checklist (or the account checks alone when
 * no form is open) and the cost estimate. The background renders the words, so the content script that
 * runs on every console page carries no text catalogs.
 */
export function buildPanelView(
  state: AccountState,
  draft: FormDraft | undefined,
  settings: Settings,
  language: Language,
  now: number,
  options: PanelViewOptions = {},
): PanelView {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  const { purchase, extensionUrl, lostPlaces, lists } = options;
  const checklist = draft
    ? evaluate(state, draft, settings, now, {
        ...(purchase ? { purchase } : {}),
        ...(lists ? { lists } : {}),
      })
    : evaluateAccount(state, settings, now, purchase);
  // The customer-gateway form buys nothing: no cost, and no days covered to tell.
  const cost = draft ? estimateForDraft(settings, draft) : estimateForDraft(settings, undefined);
  const runwayDays = checklist.checks.find((check) => check.id === 'funds-runway')?.message.params?.days;
  const account = state.account?.value;
  return {
    readiness: checklist.readiness,
    readinessLabel: t(`readiness.${checklist.readiness}`),
    checks: checklist.checks.map((check) => renderCheck(check, language, now, extensionUrl, lostPlaces)),
    estimate: cost
      ? [
          t('panel.estimate', {
            perHourFen: cost.perHourFen,
            perDayFen: cost.perDayFen,
            tunnels: cost.tunnels,
            gb: settings.expectedOutboundGbPerDay,
          }),
          typeof runwayDays === 'number' ? t('panel.runway', { days: runwayDays }) : t('panel.runwayUnknown'),
        ]
      : [t('panel.noCost')],
    account: account === undefined ? undefined : t('panel.account', { account }),
    guardMode: settings.guardMode,
    refreshable: settings.openapi.enabled,
    language,
    texts: panelCatalog[language],
    now,
  };
}

export interface Badge {
  text: string;
  color: string;
}

/** Toolbar badge per readiness; the colours keep 4.5:1 contrast with white text. */
export const BADGES: Record<Readiness, Badge> = {
  ready: { text: '✓', color: '#1a7f37' },
  warning: { text: '!', color: '#9a6700' },
  blocked: { text: '✕', color: '#cf222e' },
  unknown: { text: '?', color: '#57606a' },
};
