import { teachFieldClicked } from '../../components/in-page/checklist';
import { h } from '../../components/in-page/element';
import { type GuardDialogOptions, guardDialogElement } from '../../components/in-page/guard-dialog';
import { panelElement } from '../../components/in-page/panel';
import type { Language } from '../../lib/i18n';
import { noVerdictTexts, type PanelTexts } from '../../lib/i18n/panel';
import type { PanelView } from '../../lib/messages';
import { isInDialog } from '../../lib/pages';
import css from './style.css?inline';

const PANEL_WIDTH = 340;
const GAP = 16;
/** Room the collapsed tab needs above or below a dialog, with a gap. */
const TAB_ROOM = 48;
/** Above a dialog, the tab also leaves this much for the console's top bar. */
const TOP_BAR = 64;

/** Where the panel sits, in viewport pixels: from the top, and from the edge of its side. */
export interface Dock {
  side: 'left' | 'right';
  top: number;
  inset: number;
  /** No room beside the form: the panel starts as its small tab, so the form stays in view. */
  crowded: boolean;
}

/**
 * Beside the form, level with its top, so the page's header and toolbar above it (a region selector, say)
 * stay clear. With no room on either side, the collapsed tab covers only a dialog's backdrop (just above or
 * below the dialog's right corner, where there is room) or else the form's own top right corner.
 */
export function dockFor(form: Element): Dock {
  const rect = form.getBoundingClientRect();
  const top = Math.max(GAP / 2, Math.round(rect.top));
  if (window.innerWidth - rect.right >= PANEL_WIDTH)
    return { side: 'right', top, inset: GAP, crowded: false };
  if (rect.left >= PANEL_WIDTH) return { side: 'left', top, inset: GAP, crowded: false };
  const inset = Math.max(GAP / 2, Math.round(window.innerWidth - rect.right));
  if (isInDialog(form)) {
    if (rect.top >= TOP_BAR + TAB_ROOM)
      return { side: 'right', top: Math.round(rect.top) - TAB_ROOM + 4, inset, crowded: true };
    if (window.innerHeight - rect.bottom >= TAB_ROOM)
      return { side: 'right', top: Math.round(rect.bottom) + GAP / 2, inset, crowded: true };
  }
  return { side: 'right', top: top + GAP / 2, inset: inset + GAP / 2, crowded: true };
}

export type GuardPrompt = GuardDialogOptions & {
  /** The control that submitted (the confirm button, or the field Enter was pressed in): focus goes back to it. */
  invoker?: HTMLElement;
};

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

/** The parts of the shadow root that stay while the panel is rebuilt. */
interface Mounted {
  host: HTMLElement;
  container: HTMLElement;
  dock: HTMLElement;
  panel: HTMLElement;
  /** The one live region: it says the verdict when it changes, collapsed or not. */
  live: HTMLElement;
}

/**
 * The `<jdc-preflight-panel>` element: an open shadow root (tests outside this repository reach into it)
 * holding the panel beside the form and, when asked, the guard dialog. Styles live inside the shadow root,
 * so the console's CSS and ours never meet.
 */
export class PanelHost {
  private mounted: Mounted | undefined;
  private view: PanelView | undefined;
  private guard: GuardPrompt | undefined;
  /** The guard dialog shown, the prompt it is for and what it says: rebuilt only when that changes. */
  private dialog: { element: HTMLDialogElement; prompt: GuardPrompt; key: string } | undefined;
  /** What had focus in the page when the guard opened: it gets focus back when the guard closes. */
  private focusBeforeGuard: HTMLElement | undefined;
  /** An Escape closed the guard: its keyup is ours too. */
  private escapeDown = false;
  private dock: Dock = { side: 'right', top: 72, inset: GAP, crowded: false };
  /** What the person chose on this page; before that, what they last chose anywhere (the view says). */
  private chosen: boolean | undefined;
  private collapsed = false;

  constructor(
    private readonly fallbackLanguage: Language,
    private readonly onRefresh: () => void,
    /** A fix link to an extension page was followed: the page may not open it, the background does. */
    private readonly onOpenOptions: (section: string) => void = () => undefined,
    /** A row's "point at it" was pressed. */
    private readonly onTeach: (field: string) => void = () => undefined,
    /** The person collapsed or expanded the panel: the choice is kept for the next forms and pages. */
    private readonly onCollapse: (collapsed: boolean) => void = () => undefined,
  ) {}

  show(form: Element, view: PanelView | undefined) {
    this.view = view;
    if (!this.mounted?.host.isConnected) {
      this.dock = dockFor(form);
      this.collapsed = this.dock.crowded || (this.chosen ?? view?.collapsed === true);
      this.mount();
    }
    this.render();
  }

  /** Opens the guard dialog (before the first verdict too: it then says nothing could be confirmed), or closes it. */
  prompt(guard: GuardPrompt | undefined) {
    if (guard && !this.guard) {
      const active = document.activeElement;
      this.focusBeforeGuard = guard.invoker ?? (active instanceof HTMLElement ? active : undefined);
      this.hearKeys(true);
    }
    this.guard = guard;
    if (guard && !this.mounted?.host.isConnected) this.mount();
    this.render();
    if (!guard) {
      if (!this.escapeDown) this.hearKeys(false);
      this.returnFocus();
    }
  }

  /**
   * Takes the panel out of the page. A guard dialog still open is cancelled: the submit guard waits for an
   * answer and holds every submit until it has one.
   */
  remove() {
    const guard = this.guard;
    this.guard = undefined;
    this.dialog = undefined;
    this.hearKeys(false);
    this.mounted?.host.remove();
    this.mounted = undefined;
    guard?.onCancel();
  }

  /**
   * While the guard is open, Escape is ours wherever focus is (window, capture phase: before the page's own
   * listeners): the console's dialog closes on a document-level Escape and would lose the form.
   */
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const down = event.type === 'keydown';
    if (down ? !this.guard : !this.guard && !this.escapeDown) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    this.escapeDown = down;
    if (down) this.guard?.onCancel();
    else if (!this.guard) this.hearKeys(false);
  };

  private hearKeys(on: boolean) {
    for (const type of ['keydown', 'keyup'] as const) {
      if (on) window.addEventListener(type, this.onKey, true);
      else window.removeEventListener(type, this.onKey, true);
    }
    if (!on) this.escapeDown = false;
  }

  private returnFocus() {
    const target = this.focusBeforeGuard;
    this.focusBeforeGuard = undefined;
    if (target?.isConnected) target.focus();
  }

  private mount() {
    this.mounted?.host.remove();
    this.dialog = undefined;
    const host = document.createElement('jdc-preflight-panel');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const panel = h('div');
    const live = h('div', { class: 'visually-hidden', role: 'status', 'aria-atomic': 'true' });
    const dock = h('div', { class: 'preflight-theme dock' }, panel);
    const container = h('div', {}, live, dock);
    container.addEventListener('click', (event) => {
      this.followExtensionLink(event);
      const field = teachFieldClicked(event);
      if (field) this.onTeach(field);
    });
    shadow.append(style, container);
    document.body.append(host);
    this.mounted = { host, container, dock, panel, live };
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
    this.chosen = this.collapsed;
    this.onCollapse(this.collapsed);
    this.render();
    // The control pressed is gone from view: focus its counterpart, so a keyboard user stays in the panel.
    this.focus(this.collapsed ? '[data-action="expand"]' : '[data-action="collapse"]');
  }

  private focus(selector: string) {
    this.mounted?.container.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Rebuilds the panel (a few dozen elements) and puts focus back where it was. */
  private render() {
    const mounted = this.mounted;
    if (!mounted) return;
    const view = this.view;
    // Without a view, only the guard shows, and it reads only the no-verdict words.
    const texts = view?.texts ?? (noVerdictTexts[this.fallbackLanguage] as PanelTexts);
    const focused = focusedControl(mounted.container);
    const { side, top, inset } = this.dock;
    mounted.dock.className = `preflight-theme dock dock--${side}`;
    mounted.dock.style.setProperty('--pf-top', `${top}px`);
    mounted.dock.style.setProperty('--pf-inset', `${inset}px`);
    mounted.panel.replaceChildren(
      ...(view
        ? [
            panelElement(view, texts, {
              collapsed: this.collapsed,
              onToggle: () => this.toggle(),
              onRefresh: this.onRefresh,
            }),
          ]
        : []),
    );
    // Said once per change: a rebuilt panel with the same verdict is not news.
    const said = view
      ? [`${texts['app.name']}: ${view.readinessLabel}`, view.notice].filter(Boolean).join(' ')
      : '';
    if (mounted.live.textContent !== said) mounted.live.textContent = said;
    if (this.renderGuard(mounted, view, texts)) this.focus('.guard [data-action="cancel"]');
    else if (focused) this.focus(focused);
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench' && view) performance.mark('preflight:panel-rendered');
  }

  /**
   * Shows the guard as a modal dialog, rebuilt only when what it says changes (a screen reader would read it
   * out again). True when it has just opened.
   */
  private renderGuard(mounted: Mounted, view: PanelView | undefined, texts: PanelTexts): boolean {
    const prompt = this.guard;
    const shown = this.dialog;
    const key = JSON.stringify([
      prompt?.readiness,
      prompt?.blocked,
      view?.language,
      view?.checks.filter((check) => check.status !== 'pass'),
    ]);
    if (shown?.prompt === prompt && shown?.key === key && shown.element.isConnected) return false;
    shown?.element.remove();
    this.dialog = undefined;
    if (!prompt) return false;
    const element = guardDialogElement(view, texts, prompt);
    mounted.dock.append(element);
    element.showModal();
    this.dialog = { element, prompt, key };
    return shown?.prompt !== prompt;
  }
}
