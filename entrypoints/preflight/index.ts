import { browser } from '#imports';
import { startLifetime } from './lifetime';
import { startPreflight } from './preflight';

/**
 * The preflight: from the manifest on pages where it has work as soon as they load, and injected by the
 * background where the detector (entrypoints/detector) finds work later. A second one in the same page ends
 * the first (./lifetime.ts).
 */
export default defineUnlistedScript(() => {
  startPreflight(startLifetime(() => Boolean(browser.runtime?.id)));
});
