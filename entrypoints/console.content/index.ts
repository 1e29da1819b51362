import { wakePreflightWhenNeeded } from './wake';

// Console hosts only: docs and the marketing site are JD Cloud too, but have no account or form to check.
export default defineContentScript({
  matches: ['https://*.jdcloud.com/*'],
  excludeMatches: ['https://docs.jdcloud.com/*', 'https://www.jdcloud.com/*'],
  // WXT announces a new instance with a DOM event; its extra window.postMessage is only for older WXT
  // versions, costs about 1.5 ms per page load (npm run bench) and lands in the console's own message handlers.
  noScriptStartedPostMessage: true,
  main(ctx) {
    wakePreflightWhenNeeded(ctx);
  },
});
