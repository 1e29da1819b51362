import type { PanelTexts } from '../../lib/i18n/panel';
import type { PanelView } from '../../lib/messages';
import { checklistElement } from './checklist';
import { h, listening } from './element';

export interface PanelOptions {
  collapsed: boolean;
  onToggle: () => void;
  onRefresh: () => void;
}

/** Not a live region: the panel's host keeps the one that says the verdict, so it is said once, collapsed or not. */
function readinessBanner(view: PanelView): HTMLDivElement {
  return h('div', { class: `readiness readiness--${view.readiness}` }, view.readinessLabel);
}

function panelBody(view: PanelView, texts: PanelTexts, { collapsed, onToggle, onRefresh }: PanelOptions) {
  return h(
    'section',
    { class: 'panel__body', 'aria-label': texts['app.name'], hidden: collapsed },
    h(
      'header',
      { class: 'panel__header' },
      h('h2', { class: 'panel__title' }, texts['app.name']),
      listening(
        h(
          'button',
          { type: 'button', class: 'panel__toggle', 'data-action': 'collapse', 'aria-expanded': 'true' },
          texts['panel.collapse'],
        ),
        'click',
        onToggle,
      ),
    ),
    view.account && h('p', { class: 'panel__account' }, view.account),
    readinessBanner(view),
    checklistElement(view.checks, texts),
    h(
      'div',
      { class: 'estimate' },
      view.estimate.map((line) => h('p', {}, line)),
    ),
    view.refreshable &&
      listening(
        h(
          'button',
          { type: 'button', class: 'panel__toggle', 'data-action': 'refresh' },
          texts['panel.refresh'],
        ),
        'click',
        onRefresh,
      ),
    view.notice && h('p', { class: 'panel__notice' }, view.notice),
  );
}

function expandTab(view: PanelView, texts: PanelTexts, onExpand: () => void): HTMLButtonElement {
  return listening(
    h(
      'button',
      {
        type: 'button',
        class: 'panel__expand',
        'data-action': 'expand',
        'aria-expanded': 'false',
        title: texts['panel.expand'],
      },
      h('span', { class: `readiness-dot readiness-dot--${view.readiness}`, 'aria-hidden': 'true' }),
      `${texts['app.name']}: ${view.readinessLabel}`,
    ),
    'click',
    onExpand,
  );
}

/**
 * The side panel beside the VPN form. Collapsed, it is a small tab that still shows the verdict. The host
 * owns the collapsed state, so the panel is a plain function of its arguments. The rows stay in the document
 * while collapsed (hidden), so their test hooks answer either way.
 */
export function panelElement(view: PanelView, texts: PanelTexts, options: PanelOptions): HTMLDivElement {
  return h(
    'div',
    {
      class: `panel panel--${view.readiness}${options.collapsed ? ' panel--collapsed' : ''}`,
      'data-testid': 'preflight-panel',
      'data-readiness': view.readiness,
      lang: view.language,
    },
    options.collapsed && expandTab(view, texts, options.onToggle),
    panelBody(view, texts, options),
  );
}
