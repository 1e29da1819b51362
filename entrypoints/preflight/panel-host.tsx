import { render } from 'preact';
import { GuardDialog } from '../../components/GuardDialog';
import { Panel } from '../../components/Panel';
import type { Language } from '../../lib/i18n';
import { panelCatalog } from '../../lib/i18n/panel';
import type { PanelView } from '../../lib/messages';
import css from './style.css?inline';

const PANEL_WIDTH = 340;

/** Which side of the form has room for the panel; none means start collapsed so nothing is covered. */
function dockFor(form: Element): { side: 'left' | 'right'; collapsed: boolean } {
  const rect = form.getBoundingClientRect();
  if (window.innerWidth - rect.right >= PANEL_WIDTH) return { side: 'right', collapsed: false };
  if (rect.left >= PANEL_WIDTH) return { side: 'left', collapsed: false };
  return { side: 'right', collapsed: true };
}

export interface GuardPrompt {
  blocked: boolean;
  onProceed: () => void;
  onCancel: () => void;
}

/**
 * The `<jdc-preflight-panel>` element: an open shadow root (tests outside this repository reach into it)
 * holding the panel beside the form and, when asked, the guard dialog. Styles live inside the shadow root,
 * so the console's CSS and ours never meet.
 */
export class PanelHost {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private view: PanelView | undefined;
  private guard: GuardPrompt | undefined;
  private side: 'left' | 'right' = 'right';
  private collapsed = false;

  constructor(
    private readonly fallbackLanguage: Language,
    private readonly onRefresh: () => void,
  ) {}

  show(form: Element, view: PanelView | undefined) {
    this.view = view;
    if (!this.host?.isConnected) {
      ({ side: this.side, collapsed: this.collapsed } = dockFor(form));
      this.mount();
    }
    this.render();
  }

  prompt(guard: GuardPrompt | undefined) {
    this.guard = guard;
    if (guard && !this.host?.isConnected) this.mount();
    this.render();
  }

  remove() {
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
    this.guard = undefined;
  }

  private mount() {
    this.remove();
    const host = document.createElement('jdc-preflight-panel');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    shadow.append(style, container);
    document.body.append(host);
    this.host = host;
    this.container = container;
  }

  private render() {
    if (!this.container) return;
    const view = this.view;
    const texts = panelCatalog[view?.language ?? this.fallbackLanguage];
    render(
      <div class={`preflight-theme dock dock--${this.side}`}>
        {view && (
          <Panel
            view={view}
            texts={texts}
            collapsed={this.collapsed}
            onToggle={() => {
              this.collapsed = !this.collapsed;
              this.render();
            }}
            onRefresh={this.onRefresh}
          />
        )}
        {this.guard && (
          <GuardDialog
            view={view}
            texts={texts}
            blocked={this.guard.blocked}
            onProceed={this.guard.onProceed}
            onCancel={this.guard.onCancel}
          />
        )}
      </div>,
      this.container,
    );
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench' && view) performance.mark('preflight:panel-rendered');
  }
}
