import { estimateVpnCost } from './estimate';
import { evaluate, evaluateAccount } from './evaluate';
import { fixLinkUrl } from './fix-links';
import { describeSource, formatAge, type Language, translate } from './i18n';
import type { PanelView, RenderedCheck } from './messages';
import type { CheckResult, Readiness } from './model/checklist';
import type { VpnDraft } from './model/draft';
import type { AccountState } from './model/observation';
import type { Settings } from './model/settings';

export function renderCheck(check: CheckResult, language: Language, now: number): RenderedCheck {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  return {
    id: check.id,
    status: check.status,
    required: check.required,
    title: t(`check.${check.id}.title`),
    reason: t(check.message.key, check.message.params),
    facts: check.facts.map((fact) =>
      t('fact.source', {
        source: describeSource(language, fact.source),
        age: formatAge(language, Math.max(0, now - fact.observedAt)),
      }),
    ),
    fix:
      check.fix && check.status !== 'pass'
        ? { label: t(`fix.${check.fix}`), url: fixLinkUrl(check.fix, language) }
        : undefined,
  };
}

/**
 * Everything one tab shows, in its language: the form's full checklist (or the account checks alone when
 * no form is open) and the cost estimate. The background renders the words, so the content script that
 * runs on every console page carries no text catalogs.
 */
export function buildPanelView(
  state: AccountState,
  draft: VpnDraft | undefined,
  settings: Settings,
  language: Language,
  now: number,
): PanelView {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  const checklist = draft ? evaluate(state, draft, settings, now) : evaluateAccount(state, settings, now);
  const { perHourFen, perDayFen } = estimateVpnCost(settings, draft?.region);
  const runwayDays = checklist.checks.find((check) => check.id === 'funds-runway')?.message.params?.days;
  const account = state.account?.value;
  return {
    readiness: checklist.readiness,
    readinessLabel: t(`readiness.${checklist.readiness}`),
    checks: checklist.checks.map((check) => renderCheck(check, language, now)),
    estimate: [
      t('panel.estimate', {
        perHourFen,
        perDayFen,
        tunnels: settings.plannedTunnels,
        gb: settings.expectedOutboundGbPerDay,
      }),
      typeof runwayDays === 'number' ? t('panel.runway', { days: runwayDays }) : t('panel.runwayUnknown'),
    ],
    account: account === undefined ? undefined : t('panel.account', { account }),
    guardMode: settings.guardMode,
    refreshable: settings.openapi.enabled,
    language,
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
