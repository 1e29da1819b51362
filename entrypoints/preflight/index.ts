import { browser } from '#imports';
import { startLifetime } from './lifetime';
import { startPreflight } from './preflight';

/**
 * The preflight, an ES module its loader (entrypoints/preflight-loader) imports: from the manifest on pages
 * where it has work as soon as they load, and injected by the background where the detector
 * (entrypoints/detector) finds work later. A page runs it once, however often the loader runs there.
 */
export default defineUnlistedScript(() => {
  startPreflight(startLifetime(() => Boolean(browser.runtime?.id)));
});
