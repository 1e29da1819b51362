/**
 * Same-document navigations (SPA routes, including ones the page intercepts), seen by the page scripts
 * without polling where the browser has the Navigation API (Chrome); elsewhere (Firefox) the address is
 * compared once a second.
 */

interface Navigation {
  addEventListener(type: 'currententrychange', listener: () => void, options: AddEventListenerOptions): void;
}

const POLL_MS = 1000;

/** Calls `listener` after each change of the page's address without a new load, until `signal` aborts. */
export function onAddressChange(listener: () => void, signal: AbortSignal): void {
  const navigation = (globalThis as { navigation?: Navigation }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', listener, { signal });
    return;
  }
  let href = location.href;
  const poll = setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    listener();
  }, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(poll));
}
