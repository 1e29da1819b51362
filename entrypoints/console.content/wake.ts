import { browser, type ContentScriptContext } from '#imports';
import { type PageAddress, preflightHasWork } from '../../lib/page-address';

/** The Navigation API where the browser has it; WXT's location watcher polls where it does not. */
interface SameDocumentNavigations {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string; sameDocument: boolean } }) => void,
    options: AddEventListenerOptions,
  ): void;
}

/**
 * Asks the background for the preflight once this page has work for it: now, after an SPA navigation to
 * such a page, or on the first click or key where a create dialog may open. Until then a console page pays
 * for three listeners and a look at its own address: no URL parsing, no DOM, no message.
 */
export function wakePreflightWhenNeeded(ctx: ContentScriptContext) {
  const asleep = new AbortController();
  const wake = (address: PageAddress, interacting: boolean) => {
    if (asleep.signal.aborted || !preflightHasWork(address, interacting) || !ctx.isValid) return;
    asleep.abort();
    void browser.runtime.sendMessage({ type: 'start-preflight' }).catch(() => undefined);
  };
  wake(location, false);
  if (asleep.signal.aborted) return;
  ctx.onInvalidated(() => asleep.abort());
  const options = { capture: true, passive: true, signal: asleep.signal };
  const navigation = (globalThis as { navigation?: SameDocumentNavigations }).navigation;
  if (navigation) {
    navigation.addEventListener(
      'navigate',
      ({ destination }) => destination.sameDocument && wake(new URL(destination.url), false),
      { signal: asleep.signal },
    );
  } else {
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => wake(newUrl, false));
  }
  document.addEventListener('click', () => wake(location, true), options);
  document.addEventListener('keyup', () => wake(location, true), options);
}
