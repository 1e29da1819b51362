import { browser } from '#imports';
import { startLifetime } from './lifetime';
import { startPreflight } from './preflight';

/**
 * The preflight, an ES module the detector (entrypoints/detector) imports where the page has work for it, as
 * soon as it loads or later. A page runs a module once.
 */
export default defineUnlistedScript(() => {
  startPreflight(startLifetime(() => Boolean(browser.runtime?.id)));
});
