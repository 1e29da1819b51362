import { h, listening, shadowHost } from './element';

/*
 * The picker: a layer over the whole page that outlines the element under the pointer (or the candidate
 * chosen with the keyboard) and says what would be read from it. The layer takes every pointer event, so the
 * page never sees a hover, a press or a click meanwhile: its menus and custom selects stay shut. Only a
 * person's own events (isTrusted) move, pick or confirm: the page can reach this open shadow root, and must
 * not be able to teach.
 */

/** What the picker shows for an element: the value it would read, or why it cannot be used. */
export type PickPreview = { ok: true; text: string } | { ok: false; text: string };

export interface PickerTexts {
  hint: string;
  confirmPrompt: (value: string) => string;
  confirm: string;
  cancel: string;
}

export interface PickerOptions {
  texts: PickerTexts;
  /** Elements a keyboard user moves between: those whose text reads as the field's value. */
  candidates: () => Element[];
  preview: (element: Element) => PickPreview;
  /** The person confirmed a pick: resolves to an error text when it could not be kept. */
  onConfirm: (element: Element) => Promise<string | undefined>;
  onClose: () => void;
}

const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; z-index: 2147483600; cursor: crosshair; background: transparent; }
.outline { position: fixed; z-index: 2147483601; pointer-events: none; border: 2px solid #0969da; background: rgba(9,105,218,.12);
  border-radius: 3px; display: none; }
.bar { position: fixed; z-index: 2147483601; left: 50%; bottom: 16px; transform: translateX(-50%); max-width: min(560px, calc(100vw - 32px));
  box-sizing: border-box; padding: 10px 14px; border-radius: 8px; background: #1f2328; color: #fff;
  font: 13px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  box-shadow: 0 8px 24px rgba(0,0,0,.3); cursor: default; }
.bar p { margin: 0 0 4px; }
.preview { color: #9be9a8; }
.preview--bad { color: #ffb3ad; }
.actions { display: flex; gap: 8px; margin-top: 6px; }
button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #8c959f; background: #fff; color: #1f2328; cursor: pointer; }
button[data-action="confirm"] { background: #1f6feb; border-color: #1f6feb; color: #fff; }
button:focus-visible, .layer:focus-visible { outline: 2px solid #58a6ff; outline-offset: 2px; }
`;

const HOST_TAG = 'jdc-preflight-picker';

export const POINTER_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'contextmenu',
];

/** Opens the picker; returns a function that closes it. One picker at a time: opening another closes this one. */
export function openPicker(options: PickerOptions): () => void {
  const { host, shadow } = shadowHost(HOST_TAG, STYLE);
  const outline = h('div', { class: 'outline' });
  const preview = h('p', { class: 'preview', 'aria-live': 'polite' });
  const bar = h('div', { class: 'bar' }, h('p', {}, options.texts.hint), preview);
  const layer = h('div', {
    class: 'layer',
    'data-testid': 'preflight-picker',
    tabindex: '0',
    role: 'application',
    'aria-label': options.texts.hint,
  });
  shadow.append(layer, outline, bar);

  let current: Element | undefined;
  let chosen: Element | undefined;
  let candidates: Element[] | undefined;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    host.remove();
    window.removeEventListener('keydown', onKey, true);
    options.onClose();
  };

  const show = (element: Element | undefined) => {
    current = element;
    if (!element) {
      outline.style.display = 'none';
      preview.textContent = '';
      return;
    }
    const rect = element.getBoundingClientRect();
    Object.assign(outline.style, {
      display: 'block',
      left: `${rect.left - 2}px`,
      top: `${rect.top - 2}px`,
      width: `${rect.width + 4}px`,
      height: `${rect.height + 4}px`,
    });
    const seen = options.preview(element);
    preview.className = seen.ok ? 'preview' : 'preview preview--bad';
    preview.textContent = seen.text;
  };

  /** The page's element at a point, looking through the layer and the bar. */
  const elementAt = (x: number, y: number) =>
    document.elementsFromPoint(x, y).find((element) => element !== host && !host.contains(element));

  const propose = (element: Element) => {
    const seen = options.preview(element);
    show(element);
    if (!seen.ok) return;
    chosen = element;
    const confirm = listening(
      h('button', { type: 'button', 'data-action': 'confirm' }, options.texts.confirm),
      'click',
      (event) => {
        if (event.isTrusted) void keep();
      },
    );
    const cancel = listening(
      h('button', { type: 'button', 'data-action': 'cancel' }, options.texts.cancel),
      'click',
      (event) => {
        if (event.isTrusted) close();
      },
    );
    bar.replaceChildren(
      h('p', {}, options.texts.confirmPrompt(seen.text)),
      h('div', { class: 'actions' }, confirm, cancel),
    );
    confirm.focus();
  };

  const keep = async () => {
    if (!chosen) return;
    const error = await options.onConfirm(chosen);
    if (!error) return close();
    bar.replaceChildren(h('p', { class: 'preview preview--bad' }, error));
    chosen = undefined;
  };

  const step = (by: 1 | -1) => {
    candidates ??= options.candidates();
    if (candidates.length === 0) return;
    const at = current ? candidates.indexOf(current) : -1;
    const next = candidates[(at + by + candidates.length) % candidates.length];
    next?.scrollIntoView?.({ block: 'nearest' });
    show(next);
  };

  // The page never sees the pointer while the picker is open: not on the layer, not on the bar's buttons.
  for (const type of POINTER_EVENTS) {
    bar.addEventListener(type, (event) => event.stopPropagation());
    layer.addEventListener(type, (event) => {
      event.preventDefault();
      event.stopPropagation();
      // A click while a pick awaits confirmation proposes the new element instead.
      if (type === 'click' && event.isTrusted) {
        const element = elementAt((event as MouseEvent).clientX, (event as MouseEvent).clientY);
        if (element) propose(element);
      }
    });
  }
  layer.addEventListener('pointermove', (event) => {
    if (!event.isTrusted || chosen) return;
    show(elementAt(event.clientX, event.clientY));
  });

  /**
   * Keys, in the capture phase of the window: Escape ends the picker wherever focus is, and the page's own
   * handlers registered after this one (an Element UI dialog's, on the document) never hear it.
   */
  function onKey(event: KeyboardEvent) {
    if (!event.isTrusted) return;
    const inBar = event.composedPath().some((target) => target instanceof Element && bar.contains(target));
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      close();
      return;
    }
    // While a pick awaits its answer, the keys are the confirmation's: its buttons take Tab and Enter as
    // buttons do, and nothing moves the outline away from the value the prompt names.
    if (chosen) {
      if (!inBar) bar.querySelector<HTMLElement>('[data-action="confirm"]')?.focus();
      return;
    }
    const moves: Record<string, 1 | -1> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    const by = event.key === 'Tab' ? (event.shiftKey ? -1 : 1) : moves[event.key];
    if (by !== undefined) step(by);
    else if (event.key === 'Enter' && current) propose(current);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }
  window.addEventListener('keydown', onKey, true);

  document.documentElement.append(host);
  layer.focus();
  return close;
}
