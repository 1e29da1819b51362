import { startPreflight } from './preflight';

// Console hosts only: docs and the marketing site are JD Cloud too, but have no account or form to check.
export default defineContentScript({
  matches: ['https://*.jdcloud.com/*'],
  excludeMatches: ['https://docs.jdcloud.com/*', 'https://www.jdcloud.com/*'],
  main(ctx) {
    startPreflight(ctx);
  },
});
