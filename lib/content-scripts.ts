/**
 * What runs in a console page: a small detector on every JD Cloud console page (the manifest's content
 * script), and the preflight itself (reader, panel, guard), which the background injects into a page only
 * when the detector finds work there. Most console pages never load the preflight.
 */
export const PREFLIGHT_SCRIPT = '/preflight.js';
