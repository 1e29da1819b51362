/**
 * How long this preflight lives in the page. It ends when the extension is updated or removed under the page,
 * which is noticed the next time `isValid` is asked (on the next scan, message or timer), or when another
 * preflight starts in the same page. Then its listeners come off, its timers stop and its panel goes, so a
 * page never has two panels or two guards. (The preflight is a module, which a page runs once however often
 * it is imported there, so the second start is a safeguard rather than the common case.) Not WXT's
 * ContentScriptContext: that polls the address every second for as long as the page is open; this is what
 * the preflight uses of it.
 */
export interface PreflightLifetime {
  readonly signal: AbortSignal;
  /** False once ended; asking also notices an extension that went away under the page. */
  readonly isValid: boolean;
  onInvalidated(callback: () => void): void;
  /** An interval that also stops when the lifetime ends. */
  setInterval(callback: () => void, ms: number): ReturnType<typeof setInterval>;
  /** A listener that comes off when the lifetime ends. */
  addEventListener<K extends keyof WindowEventMap>(
    target: Window | Document,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
}

// The extension's isolated world is shared by every script it runs in this page, and closed to the page.
const CURRENT = '__jdcPreflightLifetime';

/** One line, in both languages (the page script carries no catalogs), for an extension updated under the page. */
export const RELOAD_NOTICE =
  'VPN Preflight was updated or removed: reload this tab to check the form again. / VPN 预检已更新或移除：请刷新此标签页以重新检查。';

/** Ends the preflight already in this page, if any, and starts this one's lifetime. */
export function startLifetime(extensionAlive: () => boolean): PreflightLifetime {
  const world = globalThis as { [CURRENT]?: AbortController };
  world[CURRENT]?.abort();
  const controller = new AbortController();
  world[CURRENT] = controller;
  const { signal } = controller;
  const lifetime: PreflightLifetime = {
    signal,
    get isValid() {
      if (!signal.aborted && !extensionAlive()) {
        // The person sees the panel go: the console says why, once, before it does.
        console.info(RELOAD_NOTICE);
        controller.abort();
      }
      return !signal.aborted;
    },
    onInvalidated: (callback) => signal.addEventListener('abort', callback),
    setInterval(callback, ms) {
      const timer = setInterval(() => {
        if (lifetime.isValid) callback();
      }, ms);
      signal.addEventListener('abort', () => clearInterval(timer));
      return timer;
    },
    addEventListener(target, type, listener, options) {
      target.addEventListener(type, listener as EventListener, { ...options, signal });
    },
  };
  return lifetime;
}
