import { estimateVpnCost } from './estimate';
import { evaluate, evaluateAccount } from './evaluate';
import type { Language } from './i18n';
import type { PanelView } from './messages';
import type { Readiness } from './model/checklist';
import type { VpnDraft } from './model/draft';
import type { AccountState } from './model/observation';
import type { Settings } from './model/settings';

/** The checklist and cost figures for one tab: the form's full checklist, or the account checks alone. */
export function buildPanelView(
  state: AccountState,
  draft: VpnDraft | undefined,
  settings: Settings,
  language: Language,
  now: number,
): PanelView {
  const checklist = draft ? evaluate(state, draft, settings, now) : evaluateAccount(state, settings, now);
  const { perHourFen, perDayFen } = estimateVpnCost(settings, draft?.region);
  return {
    checklist,
    estimate: {
      perHourFen,
      perDayFen,
      tunnels: settings.plannedTunnels,
      outboundGbPerDay: settings.expectedOutboundGbPerDay,
    },
    guardMode: settings.guardMode,
    language,
    account: state.account?.value,
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
