/**
 * What runs in a console page: a small detector on every JD Cloud console page load (the manifest's content
 * script), and the preflight itself (reader, panel, guard), which the background injects into a page only
 * when the detector finds work there. Most console pages never load the preflight.
 */
export const DETECTOR_SCRIPT = 'detector.js';
export const PREFLIGHT_SCRIPT = '/preflight.js';
/**
 * Where the background leaves the page config in the extension's isolated world just before it injects
 * the preflight, which takes it from there: one message fewer before the first read. The page's own
 * scripts cannot see that world.
 */
export const HANDED_PAGE_CONFIG = '__jdcPreflightPageConfig';

/** Console hosts only: docs and the marketing site are JD Cloud too, but have no account or form to check. */
export const CONSOLE_MATCHES = ['https://*.jdcloud.com/*'];
export const NOT_CONSOLE_MATCHES = ['https://docs.jdcloud.com/*', 'https://www.jdcloud.com/*'];
