import type { PanelTexts } from '../lib/i18n/panel';
import type { PanelView } from '../lib/messages';
import { Checklist } from './Checklist';
import { CostEstimate } from './CostEstimate';
import { ReadinessBanner } from './ReadinessBanner';

interface ViewProps {
  view: PanelView;
  texts: PanelTexts;
}

interface PanelActions {
  onToggle: () => void;
  onRefresh: () => void;
}

function PanelBody({
  view,
  texts,
  hidden,
  onCollapse,
  onRefresh,
}: ViewProps & { hidden: boolean; onCollapse: () => void; onRefresh: () => void }) {
  return (
    <section class="panel__body" aria-label={texts['app.name']} hidden={hidden}>
      <header class="panel__header">
        <h2 class="panel__title">{texts['app.name']}</h2>
        <button type="button" class="panel__toggle" onClick={onCollapse} aria-expanded="true">
          {texts['panel.collapse']}
        </button>
      </header>
      {view.account && <p class="panel__account">{view.account}</p>}
      <ReadinessBanner view={view} />
      <Checklist checks={view.checks} texts={texts} />
      <CostEstimate view={view} />
      {view.refreshable && (
        <button type="button" class="panel__toggle" data-action="refresh" onClick={onRefresh}>
          {texts['panel.refresh']}
        </button>
      )}
      {view.notice && (
        <p class="panel__notice" role="status">
          {view.notice}
        </p>
      )}
    </section>
  );
}

function ExpandTab({ view, texts, onExpand }: ViewProps & { onExpand: () => void }) {
  return (
    <button
      type="button"
      class="panel__expand"
      onClick={onExpand}
      aria-expanded="false"
      title={texts['panel.expand']}
    >
      <span class={`readiness-dot readiness-dot--${view.readiness}`} aria-hidden="true" />
      {texts['app.name']}: {view.readinessLabel}
    </button>
  );
}

/**
 * The side panel beside the VPN form. Collapsed, it is a small tab that still shows the verdict.
 * The host owns the collapsed state, so the panel stays a plain function of its props. The rows stay in the
 * document while collapsed (hidden), so their test hooks answer either way.
 */
export function Panel({
  view,
  texts,
  collapsed,
  onToggle,
  onRefresh,
}: ViewProps & PanelActions & { collapsed: boolean }) {
  return (
    <div
      class={`panel panel--${view.readiness}${collapsed ? ' panel--collapsed' : ''}`}
      data-testid="preflight-panel"
      data-readiness={view.readiness}
      lang={view.language}
    >
      {collapsed && <ExpandTab view={view} texts={texts} onExpand={onToggle} />}
      <PanelBody view={view} texts={texts} hidden={collapsed} onCollapse={onToggle} onRefresh={onRefresh} />
    </div>
  );
}
