import { wakePreflightWhenNeeded } from './wake';

/**
 * The script on every JD Cloud console page load (registered in wxt.config.ts from lib/content-scripts.ts).
 * Not a WXT content script: WXT's content-script runtime alone cost about 2.5 ms a page (npm run bench, the
 * floor), most of the 3 ms budget, and a page with nothing to check needs none of it.
 */
export default defineUnlistedScript(() => {
  wakePreflightWhenNeeded();
});
