import { onAddressChange } from '../../lib/address-change';
import { preflightModuleFor, readersModuleFor } from '../../lib/content-scripts';
import { onPreflightHost, preflightHasWork } from '../../lib/page-address';
import { importPreflight, type PreflightRuntime } from './import-preflight';

interface Runtime extends PreflightRuntime {
  id?: string;
}
type ExtensionGlobals = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

/**
 * The extension API, looked up only when the page has work. Not `browser` from WXT: that module reads
 * `runtime.id` as it loads, and the first touch of the extension API costs about 1.3 ms of a page load.
 * Without an id the extension was updated or removed under this page.
 */
function liveRuntime(): Runtime | undefined {
  const globals = globalThis as ExtensionGlobals;
  const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
  return runtime?.id ? runtime : undefined;
}

/**
 * Imports the preflight once this page has work for it: now, after an SPA navigation to such a page, or on the
 * first press of a pointer or key where a create dialog may open. Until then a page on one of the preflight's
 * hosts pays for a look at its own address and a few listeners (no URL parsing, no DOM, no extension API), and
 * a page on any other console host for the look alone. The preflight, once in, follows
 * the page itself (SPA navigation, dialogs), so the detector stops there. `stop` ends the wait early (the
 * page's lifetime is the wait otherwise); `load` stands in for `import()` in tests.
 */
export function wakePreflightWhenNeeded(stop?: AbortSignal, load?: (url: string) => Promise<unknown>) {
  // Most console pages end here: their host is not one the preflight works on, and a page keeps its host.
  if (!onPreflightHost(location) || stop?.aborted) return;
  let woken = false;
  // Created only for a page that has to wait: a fresh page pays for each kind of object its scripts make.
  let waiting: AbortController | undefined;
  const wake = (interacting: boolean) => {
    // The title names billing pages at addresses this code does not know; reading it costs no layout.
    if (woken || stop?.aborted || !preflightHasWork(location, interacting, document.title)) return;
    woken = true;
    waiting?.abort();
    const runtime = liveRuntime();
    if (runtime)
      void importPreflight(runtime, preflightModuleFor(location.hostname), load, readersModuleFor(location));
  };
  wake(false);
  if (woken) return;
  waiting = new AbortController();
  const { signal } = waiting;
  stop?.addEventListener('abort', () => waiting?.abort(), { signal });
  onAddressChange(() => wake(false), signal);
  // Presses matter only where a create dialog may open (cns-console); a page's host stays the same until it
  // loads anew.
  if (!preflightHasWork(location, true)) return;
  // The press, not the click: a person's click takes about 100 ms from press to release, time enough for
  // the preflight to load before the dialog it opens.
  const options = { capture: true, passive: true, signal };
  document.addEventListener('pointerdown', () => wake(true), options);
  document.addEventListener('keydown', () => wake(true), options);
}
