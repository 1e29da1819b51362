/**
 * What runs in a console page. Pages where the preflight has work as soon as they load (the VPN form on its
 * route, the account pages) get the preflight's loader (which imports the reader, panel and guard) from the
 * manifest. Every other console page gets a small detector, which asks the background to inject the loader
 * when the page gains work (an SPA navigation to such a page, a create dialog opening). Most console pages
 * never load the preflight.
 */
export const DETECTOR_SCRIPT = 'detector.js';
/**
 * The preflight's code, an ES module that its loader imports. Chrome compiles a module while it streams in,
 * off the page's main thread, and keeps its compiled code for the next page; a classic content script it
 * compiles on the main thread, anew in every page. The module is web-accessible (the page's document fetches
 * it for the isolated world) to PREFLIGHT_HOST_MATCHES alone.
 */
export const PREFLIGHT_MODULE = 'preflight.js';
/** The small classic script the manifest runs (relative, as the manifest wants it) that imports the module. */
export const PREFLIGHT_LOADER = 'preflight-loader.js';
/** For `scripting.executeScript`, which wants the path from the extension's root. */
export const PREFLIGHT_LOADER_PATH = `/${PREFLIGHT_LOADER}`;
/**
 * V8's compile hint: the module's functions are compiled eagerly when it loads, so the code Chrome keeps
 * holds all of them, and a console page whose preflight comes from that cache compiles none of it.
 */
export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';
/**
 * Where the background leaves the page config in the extension's isolated world just before it injects
 * the preflight, which takes it from there: its first read applies the person's selector overrides at once.
 * The page's own scripts cannot see that world.
 */
export const HANDED_PAGE_CONFIG = '__jdcPreflightPageConfig';

/**
 * The hosts where the preflight can have work (lib/page-address.ts; a unit test holds the two together): the
 * only pages that may fetch its module, and so tell that the extension is installed.
 */
export const PREFLIGHT_HOST_MATCHES = [
  'https://cns-console.jdcloud.com/*',
  'https://uc.jdcloud.com/*',
  'https://realname.jdcloud.com/*',
  'https://login.jdcloud.com/*',
];

/** Console hosts only: docs and the marketing site are JD Cloud too, but have no account or form to check. */
export const CONSOLE_MATCHES = ['https://*.jdcloud.com/*'];
export const NOT_CONSOLE_MATCHES = ['https://docs.jdcloud.com/*', 'https://www.jdcloud.com/*'];

/**
 * Addresses where the preflight has work on load (lib/page-address.ts says the same of them; a unit test
 * holds the two together). Match patterns are case-sensitive and never see a `#/` route: an address they
 * miss gets the detector, which finds the work and asks for the preflight, one round trip later.
 */
export const PREFLIGHT_ON_LOAD_MATCHES = [
  'https://cns-console.jdcloud.com/host/vpnConnection/create',
  'https://cns-console.jdcloud.com/host/vpnConnection/create?*',
  'https://uc.jdcloud.com/cost/capital/capital-overview',
  'https://uc.jdcloud.com/cost/capital/capital-overview?*',
  'https://uc.jdcloud.com/cost/coupon/*',
  'https://uc.jdcloud.com/account/verify',
  'https://uc.jdcloud.com/account/verify?*',
  'https://uc.jdcloud.com/account/certify',
  'https://uc.jdcloud.com/account/certify?*',
  'https://uc.jdcloud.com/account/basic-info',
  'https://uc.jdcloud.com/account/basic-info?*',
  'https://realname.jdcloud.com/*',
  'https://login.jdcloud.com/*',
];
