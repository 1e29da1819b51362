import { useState } from 'preact/hooks';
import type { PanelView } from '../lib/messages';
import { Checklist } from './Checklist';
import { CostEstimate } from './CostEstimate';
import { LanguageContext, useTranslate } from './i18n';
import { ReadinessBanner } from './ReadinessBanner';

function PanelBody({ view, onCollapse }: { view: PanelView; onCollapse: () => void }) {
  const t = useTranslate();
  return (
    <section class="panel__body" aria-label={t('app.name')}>
      <header class="panel__header">
        <h2 class="panel__title">{t('app.name')}</h2>
        <button type="button" class="panel__toggle" onClick={onCollapse} aria-expanded="true">
          {t('panel.collapse')}
        </button>
      </header>
      {view.account && <p class="panel__account">{t('panel.account', { account: view.account })}</p>}
      <ReadinessBanner readiness={view.checklist.readiness} />
      <Checklist checklist={view.checklist} now={view.now} />
      <CostEstimate view={view} />
    </section>
  );
}

/** The side panel beside the VPN form. Collapsed, it is a small tab that still shows the verdict. */
export function Panel({
  view,
  initiallyCollapsed = false,
}: {
  view: PanelView;
  initiallyCollapsed?: boolean;
}) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  return (
    <LanguageContext.Provider value={view.language}>
      <div
        class={`panel panel--${view.checklist.readiness}${collapsed ? ' panel--collapsed' : ''}`}
        data-testid="preflight-panel"
        data-readiness={view.checklist.readiness}
        lang={view.language}
      >
        {collapsed ? (
          <ExpandTab readiness={view.checklist.readiness} onExpand={() => setCollapsed(false)} />
        ) : (
          <PanelBody view={view} onCollapse={() => setCollapsed(true)} />
        )}
      </div>
    </LanguageContext.Provider>
  );
}

function ExpandTab({
  readiness,
  onExpand,
}: {
  readiness: PanelView['checklist']['readiness'];
  onExpand: () => void;
}) {
  const t = useTranslate();
  return (
    <button
      type="button"
      class="panel__expand"
      onClick={onExpand}
      aria-expanded="false"
      title={t('panel.expand')}
    >
      <span class={`readiness-dot readiness-dot--${readiness}`} aria-hidden="true" />
      {t('app.name')}: {t(`readiness.${readiness}`)}
    </button>
  );
}
