/**
 * What runs in a console page: a small detector on every JD Cloud console page load (the manifest's content
 * script), and the preflight itself (reader, panel, guard), which the background injects into a page only
 * when the detector finds work there. Most console pages never load the preflight.
 */
export const DETECTOR_SCRIPT = 'detector.js';
export const PREFLIGHT_SCRIPT = '/preflight.js';

/** Console hosts only: docs and the marketing site are JD Cloud too, but have no account or form to check. */
export const CONSOLE_MATCHES = ['https://*.jdcloud.com/*'];
export const NOT_CONSOLE_MATCHES = ['https://docs.jdcloud.com/*', 'https://www.jdcloud.com/*'];
