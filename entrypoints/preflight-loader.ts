import { browser } from '#imports';
import { PREFLIGHT_MODULE } from '../lib/content-scripts';

/**
 * The preflight's way into a console page: the manifest runs this on pages with work on load, and the
 * background injects it where the detector finds work later. It imports the preflight as a module
 * (lib/content-scripts.ts says why). A page where even that fails gets no panel and no guard, so the failure
 * goes to the guard log on the options page rather than nowhere.
 */
export default defineUnlistedScript(() => {
  import(/* @vite-ignore */ browser.runtime.getURL(`/${PREFLIGHT_MODULE}`)).catch((error: unknown) =>
    browser.runtime
      .sendMessage({
        type: 'guard-error',
        message: `The preflight did not load: ${String(error)}`.slice(0, 2000),
      })
      .catch(() => undefined),
  );
});
