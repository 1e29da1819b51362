import { browser } from '#imports';
import { startLifetime } from './lifetime';
import { startPreflight } from './preflight';

/**
 * The preflight, injected by the background into a console page where the detector (entrypoints/detector)
 * found work. A second injection into the same page ends the first (./lifetime.ts).
 */
export default defineUnlistedScript(() => {
  startPreflight(startLifetime(() => Boolean(browser.runtime?.id)));
});
