import type { ContentScriptContext } from '#imports';

const IDLE_MS = 5000;

/**
 * One shared watcher for the page: a mutation only marks the page dirty; the work runs once per frame.
 * It disconnects after a quiet spell and re-arms on navigation or on the person's input (a create dialog
 * opens because someone clicked), so an idle console tab costs nothing.
 */
export function createDomWatcher(ctx: ContentScriptContext, onBatch: () => void) {
  let observer: MutationObserver | undefined;
  let frame: number | undefined;
  let idleTimer: number | undefined;

  const flush = () => {
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench') performance.mark('preflight:dom-batch');
    frame = undefined;
    onBatch();
  };
  const schedule = () => {
    if (frame === undefined) frame = ctx.requestAnimationFrame(flush);
  };
  const stop = () => {
    observer?.disconnect();
    observer = undefined;
  };
  const restartIdleTimer = () => {
    if (idleTimer !== undefined) clearTimeout(idleTimer);
    idleTimer = ctx.setTimeout(stop, IDLE_MS);
  };

  const arm = () => {
    restartIdleTimer();
    if (observer || !ctx.isValid) return;
    observer = new MutationObserver(() => {
      schedule();
      restartIdleTimer();
    });
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'aria-hidden', 'open', 'hidden'],
    });
  };

  ctx.onInvalidated(stop);
  return { arm, schedule };
}
