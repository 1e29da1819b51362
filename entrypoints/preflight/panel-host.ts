import { teachFieldClicked } from '../../components/in-page/checklist';
import { h } from '../../components/in-page/element';
import { type GuardDialogOptions, guardDialogElement } from '../../components/in-page/guard-dialog';
import { panelElement } from '../../components/in-page/panel';
import type { Language } from '../../lib/i18n';
import { noVerdictTexts, type PanelTexts } from '../../lib/i18n/panel';
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

export type GuardPrompt = GuardDialogOptions;

/** Where focus is inside the panel, as a selector that finds the same control once the panel is rebuilt. */
function focusedControl(container: HTMLElement): string | undefined {
  const active = (container.getRootNode() as ShadowRoot | Document).activeElement;
  if (!active || !container.contains(active)) return undefined;
  const action = active.getAttribute('data-action');
  const field = active.getAttribute('data-field');
  if (action)
    return `[data-action="${CSS.escape(action)}"]${field ? `[data-field="${CSS.escape(field)}"]` : ''}`;
  const row = active.closest('[data-check]')?.getAttribute('data-check');
  const within = active.closest('.guard') ? '.guard' : '.panel';
  return row ? `${within} [data-check="${CSS.escape(row)}"] a` : undefined;
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
  private guardShown = false;
  /** What had focus in the page when the guard opened: it gets focus back when the guard closes. */
  private focusBeforeGuard: HTMLElement | undefined;
  private side: 'left' | 'right' = 'right';
  private collapsed = false;

  constructor(
    private readonly fallbackLanguage: Language,
    private readonly onRefresh: () => void,
    /** A fix link to an extension page was followed: the page may not open it, the background does. */
    private readonly onOpenOptions: (section: string) => void = () => undefined,
    /** A row's "point at it" was pressed. */
    private readonly onTeach: (field: string) => void = () => undefined,
  ) {}

  show(form: Element, view: PanelView | undefined) {
    this.view = view;
    if (!this.host?.isConnected) {
      ({ side: this.side, collapsed: this.collapsed } = dockFor(form));
      this.mount();
    }
    this.render();
  }

  /** Opens the guard dialog (before the first verdict too: it then says nothing could be confirmed), or closes it. */
  prompt(guard: GuardPrompt | undefined) {
    if (guard && !this.guard) {
      const active = document.activeElement;
      this.focusBeforeGuard = active instanceof HTMLElement ? active : undefined;
    }
    this.guard = guard;
    if (guard && !this.host?.isConnected) this.mount();
    this.render();
    if (!guard) this.returnFocus();
  }

  /**
   * Takes the panel out of the page. A guard dialog still open is cancelled: the submit guard waits for an
   * answer and holds every submit until it has one.
   */
  remove() {
    const guard = this.guard;
    this.guard = undefined;
    this.guardShown = false;
    this.detach();
    guard?.onCancel();
  }

  private returnFocus() {
    const target = this.focusBeforeGuard;
    this.focusBeforeGuard = undefined;
    if (target?.isConnected) target.focus();
  }

  private detach() {
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
  }

  private mount() {
    this.detach();
    const host = document.createElement('jdc-preflight-panel');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    container.addEventListener('click', (event) => {
      this.followExtensionLink(event);
      const field = teachFieldClicked(event);
      if (field) this.onTeach(field);
    });
    shadow.append(style, container);
    document.body.append(host);
    this.host = host;
    this.container = container;
  }

  /** A person's click on a fix link to the options page: the browser would block it from a console page. */
  private followExtensionLink(event: MouseEvent) {
    const link = (event.target as Element | null)?.closest?.('a.check__fix');
    const href = link?.getAttribute('href') ?? '';
    if (!/^(chrome|moz)-extension:/.test(href)) return;
    event.preventDefault();
    if (event.isTrusted) this.onOpenOptions(href.split('#')[1] ?? '');
  }

  private toggle() {
    this.collapsed = !this.collapsed;
    this.render();
    // The control pressed is gone from view: focus its counterpart, so a keyboard user stays in the panel.
    this.focus(this.collapsed ? '[data-action="expand"]' : '[data-action="collapse"]');
  }

  private focus(selector: string) {
    this.container?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Rebuilds the panel (a few dozen elements) and puts focus back where it was. */
  private render() {
    if (!this.container) return;
    const view = this.view;
    // Without a view, only the guard shows, and it reads only the no-verdict words.
    const texts = view?.texts ?? (noVerdictTexts[this.fallbackLanguage] as PanelTexts);
    const focused = focusedControl(this.container);
    this.container.replaceChildren(
      h(
        'div',
        { class: `preflight-theme dock dock--${this.side}` },
        view &&
          panelElement(view, texts, {
            collapsed: this.collapsed,
            onToggle: () => this.toggle(),
            onRefresh: this.onRefresh,
          }),
        this.guard && guardDialogElement(view, texts, this.guard),
      ),
    );
    const guardOpened = !!this.guard && !this.guardShown;
    this.guardShown = !!this.guard;
    if (guardOpened) this.focus('[data-action="cancel"]');
    else if (focused) this.focus(focused);
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench' && view) performance.mark('preflight:panel-rendered');
  }
}
