import { type PageKind, TUNNEL_GATEWAY_PAGE_KINDS } from './model/page-kind';
import { addressKind, DIALOG_HOST, type PageAddress, PREFLIGHT_HOSTS } from './page-address';

/**
 * What runs in a console page: a small detector on every console page load, which looks at the page's address
 * and imports the preflight (reader, panel, guard) when the page has work for it, at once or later (an SPA
 * navigation to such a page, a create dialog opening). Most console pages never load the preflight.
 */
export const DETECTOR_SCRIPT = 'detector.js';
/**
 * The preflight's code, an ES module the detector imports. Chrome compiles a module while it streams in, off
 * the page's main thread, and keeps its compiled code for the next page; a classic content script it compiles
 * on the main thread, anew in every page. The module is web-accessible (the page's document fetches it for
 * the isolated world) to PREFLIGHT_HOST_MATCHES alone.
 */
export const PREFLIGHT_MODULE = 'preflight.js';
/**
 * The account pages' preflight (billing, real-name, account information, login): their readers without the
 * VPN console's forms, panel and guard. A page keeps its host, so each page loads one of the two.
 */
export const ACCOUNT_PREFLIGHT_MODULE = 'account-preflight.js';
export const PREFLIGHT_MODULES = [PREFLIGHT_MODULE, ACCOUNT_PREFLIGHT_MODULE] as const;
export type PreflightModule = (typeof PREFLIGHT_MODULES)[number];

/** The preflight module for a page of this host: the VPN console's on its host, the account pages' elsewhere. */
export function preflightModuleFor(hostname: string): PreflightModule {
  return hostname === DIALOG_HOST ? PREFLIGHT_MODULE : ACCOUNT_PREFLIGHT_MODULE;
}
/**
 * Code a console page needs only when the person asks for it, or only on a few page kinds, imported by the
 * preflight then: the teach chip and the picker (a value the readers missed), the page report's collector,
 * and the readers of the tunnel and customer-gateway pages. Each hands its entry point to the preflight
 * through a global of the content scripts' isolated world (a page script cannot see it).
 */
export const TEACH_MODULE = 'teach.js';
export const PAGE_REPORT_MODULE = 'page-report.js';
export const TUNNEL_GATEWAY_PAGES_MODULE = 'tunnel-gateway-pages.js';
export const ON_DEMAND_MODULES = [TEACH_MODULE, PAGE_REPORT_MODULE, TUNNEL_GATEWAY_PAGES_MODULE] as const;
export type OnDemandModule = (typeof ON_DEMAND_MODULES)[number];

/**
 * The readers a page loaded at this address needs beyond its preflight, when its address alone says so (a
 * connection's detail page, the add-tunnel route, the customer-gateway pages): the detector fetches them beside
 * the preflight rather than the preflight after it has run. Once the preflight runs, later SPA navigations and
 * dialogs are its own: it imports them either way (a module fetched once serves both).
 */
export function readersModuleFor(address: PageAddress): typeof TUNNEL_GATEWAY_PAGES_MODULE | undefined {
  const kinds: readonly PageKind[] = TUNNEL_GATEWAY_PAGE_KINDS;
  return kinds.includes(addressKind(address)) ? TUNNEL_GATEWAY_PAGES_MODULE : undefined;
}

/**
 * The modules a page loads because of what it is, not because the person asked: compiled whole as they
 * load (COMPILE_ALL_ON_LOAD), since every page that loads them runs most of their code at once.
 */
export const LOADED_WITH_PAGES = [...PREFLIGHT_MODULES, TUNNEL_GATEWAY_PAGES_MODULE] as const;
/** The global an on-demand module leaves its entry point under. */
export const onDemandGlobal = (module: OnDemandModule) => `__jdcPreflight ${module}`;

/**
 * V8's compile hint: the module's functions are compiled eagerly when it loads, so the code Chrome keeps
 * holds all of them, and a console page whose preflight comes from that cache compiles none of it.
 */
export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

/**
 * The pages that may fetch the preflight's module, and so tell that the extension is installed: those of the
 * hosts where it can have work (lib/page-address.ts), which are all console hosts.
 */
export const PREFLIGHT_HOST_MATCHES = PREFLIGHT_HOSTS.map((host) => `https://${host}/*`);

/** Console hosts only: docs and the marketing site are JD Cloud too, but have no account or form to check. */
export const CONSOLE_MATCHES = ['https://*.jdcloud.com/*'];
export const NOT_CONSOLE_MATCHES = ['https://docs.jdcloud.com/*', 'https://www.jdcloud.com/*'];
