import { render } from 'preact';
import { type ContentScriptContext, createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import { GuardDialog } from '../../components/GuardDialog';
import { Panel } from '../../components/Panel';
import type { PanelView } from '../../lib/messages';

const PANEL_WIDTH = 340;

/** Which side of the form has room for the panel; none means start collapsed so nothing is covered. */
function dockFor(form: Element): { side: 'left' | 'right'; collapsed: boolean } {
  const rect = form.getBoundingClientRect();
  const roomRight = window.innerWidth - rect.right;
  if (roomRight >= PANEL_WIDTH) return { side: 'right', collapsed: false };
  if (rect.left >= PANEL_WIDTH) return { side: 'left', collapsed: false };
  return { side: 'right', collapsed: true };
}

export interface GuardPrompt {
  blocked: boolean;
  onProceed: () => void;
  onCancel: () => void;
}

/** The `<jdc-preflight-panel>` host: the panel beside the form and, when asked, the guard dialog. */
export class PanelHost {
  private ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  private mounting: Promise<void> | undefined;
  private view: PanelView | undefined;
  private guard: GuardPrompt | undefined;
  private dock: ReturnType<typeof dockFor> = { side: 'right', collapsed: false };

  constructor(private readonly ctx: ContentScriptContext) {}

  async show(form: Element, view: PanelView | undefined) {
    this.view = view;
    if (!this.ui) {
      this.dock = dockFor(form);
      this.mounting ??= this.mount();
      await this.mounting;
    }
    this.render();
  }

  prompt(guard: GuardPrompt | undefined) {
    this.guard = guard;
    this.render();
  }

  remove() {
    this.ui?.remove();
    this.ui = undefined;
    this.mounting = undefined;
    this.guard = undefined;
  }

  private async mount() {
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'jdc-preflight-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    this.ui.mount();
  }

  private render() {
    const container = this.ui?.mounted;
    if (!container) return;
    const view = this.view;
    render(
      <div class={`dock dock--${this.dock.side}`}>
        {view && <Panel view={view} initiallyCollapsed={this.dock.collapsed} />}
        {this.guard && (
          <GuardDialog
            view={view}
            language={view?.language ?? 'en'}
            blocked={this.guard.blocked}
            onProceed={this.guard.onProceed}
            onCancel={this.guard.onCancel}
          />
        )}
      </div>,
      container,
    );
  }
}
