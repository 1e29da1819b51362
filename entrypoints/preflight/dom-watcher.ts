import type { PreflightLifetime } from './lifetime';

const IDLE_MS = 5000;
const ATTRIBUTES = ['class', 'style', 'aria-hidden', 'open', 'hidden'];

// Looking for a form: anything under <body> may be it.
const WHOLE_TREE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES,
};
// Beside an open form: its ancestors only tell us when the form is taken out or hidden.
const ANCESTOR: MutationObserverInit = { childList: true, attributes: true, attributeFilter: ATTRIBUTES };

type WatcherContext = Pick<PreflightLifetime, 'isValid' | 'onInvalidated'>;

/**
 * One shared watcher for the page: a mutation only marks the page dirty; the work runs once per frame.
 * Until a form is found it watches the whole body; with a form open it watches the form's subtree and the
 * form's ancestors (not their subtrees), so a busy console around the form (a live table, a log view)
 * makes no mutation records for us at all. It disconnects after a quiet spell and re-arms on navigation
 * or on the person's input (a create dialog opens because someone clicked), so an idle tab costs nothing.
 *
 * Plain timers and frames with one invalidation hook, not ctx.setTimeout / ctx.requestAnimationFrame:
 * those add an abort listener per call, which per mutation callback would grow without bound.
 */
export function createDomWatcher(ctx: WatcherContext, onBatch: () => void) {
  let observer: MutationObserver | undefined;
  let focus: Element | null = null;
  let frame: number | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let lastActivity = 0;

  const flush = () => {
    frame = undefined;
    if (!ctx.isValid) return;
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench') performance.mark('preflight:dom-batch');
    onBatch();
  };
  const schedule = () => {
    if (frame === undefined) frame = requestAnimationFrame(flush);
  };
  const disconnect = () => {
    observer?.disconnect();
    observer = undefined;
  };
  const checkIdle = () => {
    const quiet = performance.now() - lastActivity;
    idleTimer = quiet >= IDLE_MS ? undefined : setTimeout(checkIdle, IDLE_MS - quiet);
    if (idleTimer === undefined) disconnect();
  };
  // Per mutation callback: a time stamp and, at most once per frame, a frame request. Nothing else.
  const onMutations = () => {
    lastActivity = performance.now();
    schedule();
  };
  const connect = () => {
    const next = new MutationObserver(onMutations);
    if (focus?.isConnected) {
      next.observe(focus, WHOLE_TREE);
      for (let element = focus.parentElement; element; element = element.parentElement) {
        next.observe(element, ANCESTOR);
      }
    } else {
      next.observe(document.body ?? document.documentElement, WHOLE_TREE);
    }
    observer = next;
  };

  const arm = () => {
    lastActivity = performance.now();
    if (!ctx.isValid) return;
    if (idleTimer === undefined) idleTimer = setTimeout(checkIdle, IDLE_MS);
    if (!observer) connect();
  };

  /** Narrows the watch to an open form (or widens it again with null). */
  const watch = (root: Element | null) => {
    if (root === focus) return;
    focus = root;
    if (observer) {
      disconnect();
      connect();
    }
  };

  /** Drops the records of our own DOM changes (the panel's host element) made since the last callback. */
  const discardPending = () => {
    observer?.takeRecords();
  };

  ctx.onInvalidated(() => {
    disconnect();
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (idleTimer !== undefined) clearTimeout(idleTimer);
    frame = undefined;
    idleTimer = undefined;
  });
  return { arm, schedule, watch, discardPending };
}

/** What createDomWatcher returns: the watch, narrowed to a form or not, and its queue. */
export type DomWatcher = ReturnType<typeof createDomWatcher>;
