import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPreflight } from './preflight';

/**
 * The preflight, injected by the background into a console page where the detector (entrypoints/detector)
 * found work. Its own context: a second injection into the same page retires the first, as WXT does for
 * content scripts, so there is only ever one panel and one guard.
 */
export default defineUnlistedScript(() => {
  startPreflight(new ContentScriptContext('preflight', { noScriptStartedPostMessage: true }));
});
