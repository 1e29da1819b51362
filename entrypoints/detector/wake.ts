import { type PageAddress, preflightHasWork } from '../../lib/page-address';

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}
type ExtensionGlobals = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

/**
 * The extension API, looked up only when the page has work. Not `browser` from WXT: that module reads
 * `runtime.id` as it loads, and the first touch of the extension API costs about 1.3 ms of a page load.
 * Without an id the extension was updated or removed under this page: the detector has nothing to wake.
 */
function liveRuntime(): Runtime | undefined {
  const globals = globalThis as ExtensionGlobals;
  const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
  return runtime?.id ? runtime : undefined;
}

/** The Navigation API where the browser has it; elsewhere the address is compared once a second. */
interface SameDocumentNavigations {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string; sameDocument: boolean } }) => void,
    options: AddEventListenerOptions,
  ): void;
}

const POLL_MS = 1000;

/**
 * Asks the background for the preflight once this page has work for it: now, after an SPA navigation to
 * such a page, or on the first click or key where a create dialog may open. Until then a console page pays
 * for three listeners and a look at its own address: no URL parsing, no DOM, no extension API.
 */
export function wakePreflightWhenNeeded(stop?: AbortSignal) {
  const asleep = new AbortController();
  stop?.addEventListener('abort', () => asleep.abort());
  const wake = (address: PageAddress, interacting: boolean) => {
    if (asleep.signal.aborted || !preflightHasWork(address, interacting)) return;
    asleep.abort();
    void liveRuntime()
      ?.sendMessage({ type: 'start-preflight' })
      .catch(() => undefined);
  };
  wake(location, false);
  if (asleep.signal.aborted) return;
  const { signal } = asleep;
  const navigation = (globalThis as { navigation?: SameDocumentNavigations }).navigation;
  if (navigation) {
    navigation.addEventListener(
      'navigate',
      ({ destination }) => destination.sameDocument && wake(new URL(destination.url), false),
      { signal },
    );
  } else {
    let href = location.href;
    const poll = setInterval(() => {
      if (location.href === href) return;
      href = location.href;
      wake(location, false);
    }, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(poll));
  }
  const options = { capture: true, passive: true, signal };
  document.addEventListener('click', () => wake(location, true), options);
  document.addEventListener('keyup', () => wake(location, true), options);
}
