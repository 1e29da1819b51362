import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_MATCHES, NOT_CONSOLE_MATCHES } from '../../../lib/content-scripts';

/**
 * The bench's floor: a WXT content script on the detector's pages that does nothing, so what it costs is
 * WXT's own content-script runtime (context, `browser`, main), the framework's minimum.
 */
export default defineContentScript({
  matches: CONSOLE_MATCHES,
  excludeMatches: NOT_CONSOLE_MATCHES,
  noScriptStartedPostMessage: true,
  main() {},
});
