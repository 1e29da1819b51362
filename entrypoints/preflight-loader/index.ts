import { browser } from '#imports';
import { importPreflight } from './import-preflight';

/**
 * The preflight's way into a console page: the manifest runs this on pages with work on load, and the
 * background injects it where the detector finds work later. It imports the preflight as a module
 * (lib/content-scripts.ts says why).
 */
export default defineUnlistedScript(() => {
  void importPreflight(browser.runtime);
});
