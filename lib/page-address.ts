/**
 * What a JD Cloud page is by its address alone, and whether the preflight has work there. The detector, on
 * most console page loads, carries only this file: no DOM, no URL parsing of `location`.
 */
import type { PageKind } from './model/page-kind';

/** The parts of an address a page kind depends on: a URL, or the page's own `location` (no parsing). */
export type PageAddress = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'hash'>;

// Marketing and documentation sites talk about the console but are not it.
const NOT_OURS_HOSTS = ['jdcloud.com', 'www.jdcloud.com', 'docs.jdcloud.com'];
const LOGIN_HOSTS = ['login.jdcloud.com', 'passport.jd.com'];
/** The VPN create dialogs open over pages of this host, without a change of URL. */
export const DIALOG_HOST = 'cns-console.jdcloud.com';
const ACCOUNT_HOST = 'uc.jdcloud.com';
/** The billing console: the billing pages moved here from uc, at the same paths (docs/real-console.md). */
const BILLING_HOST = 'billing-console.jdcloud.com';
const BILLING_HOSTS: readonly string[] = [ACCOUNT_HOST, BILLING_HOST];
const REAL_NAME_HOST = 'realname.jdcloud.com';
/**
 * The hosts where the preflight can have work, and so the only ones that may fetch its module
 * (lib/content-scripts.ts): preflightHasWork says no anywhere else.
 */
export const PREFLIGHT_HOSTS: readonly string[] = [
  DIALOG_HOST,
  ACCOUNT_HOST,
  BILLING_HOST,
  REAL_NAME_HOST,
  'login.jdcloud.com',
];

/** The route part of an address; hash-routed consoles keep it after `#` with a bare `/` path. */
function routePath(address: PageAddress): string {
  const hashRouted = address.pathname === '/' && address.hash.startsWith('#/');
  const raw = hashRouted ? (address.hash.slice(1).split('?')[0] ?? '') : address.pathname;
  return raw.replace(/\/+$/, '').toLowerCase() || '/';
}

/** Host and path as a page report gives them: a hash-routed console keeps its route, never a query. */
export function reportAddress(address: PageAddress): string {
  const hashRoute = address.pathname === '/' && address.hash.startsWith('#/');
  return `${address.hostname}${address.pathname}${hashRoute ? `#${routePath(address)}` : ''}`;
}

// Page titles of the billing pages, for addresses this code does not know (compared lowercased, spaces removed).
const CAPITAL_TITLE = /资金管理|资金账户|资金概览|capitaloverview|capitalaccount|accountbalance/;
const COUPONS_TITLE = /代金券|coupon/;

/** A billing page's kind by its title, for a path this code does not know (the console names its pages; paths move). */
function billingKindByTitle(title: string | undefined): PageKind | undefined {
  const words = (title ?? '').slice(0, 120).replace(/\s+/g, '').toLowerCase();
  if (!words) return undefined;
  if (COUPONS_TITLE.test(words)) return 'coupons';
  if (CAPITAL_TITLE.test(words)) return 'capital-overview';
  return undefined;
}

// A connection's detail page, and the add-tunnel form when it is a route of its own under it.
const CONNECTION_DETAIL = /^\/host\/vpnconnection\/detail\/[^/]+$/;
const TUNNEL_CREATE = /^\/host\/vpnconnection\/detail\/[^/]+\/tunnel\/create$/;

/** A page known by its route: the hosts that show it, and whether a route (lowercased) is its. */
interface Route {
  hosts: readonly string[];
  kind: PageKind;
  matches(path: string): boolean;
}

/** The pages known by route, first match wins. Also what a page-read's kind is checked against (hostShows). */
const ROUTES: readonly Route[] = [
  {
    hosts: BILLING_HOSTS,
    kind: 'capital-overview',
    matches: (path) => path === '/cost/capital/capital-overview',
  },
  {
    hosts: BILLING_HOSTS,
    kind: 'coupons',
    matches: (path) => path === '/cost/coupon' || path.startsWith('/cost/coupon/'),
  },
  {
    hosts: [ACCOUNT_HOST],
    kind: 'real-name',
    matches: (path) => path === '/account/verify' || path === '/account/certify',
  },
  { hosts: [ACCOUNT_HOST], kind: 'account-info', matches: (path) => path === '/account/basic-info' },
  { hosts: [REAL_NAME_HOST], kind: 'real-name', matches: () => true },
  {
    hosts: [DIALOG_HOST],
    kind: 'vpn-connection-form',
    matches: (path) => path === '/host/vpnconnection/create',
  },
  {
    hosts: [DIALOG_HOST],
    kind: 'vpn-connection-list',
    matches: (path) => path === '/host/vpnconnection/list',
  },
  {
    hosts: [DIALOG_HOST],
    kind: 'customer-gateway-list',
    matches: (path) => path === '/host/customergateway/list',
  },
  {
    hosts: [DIALOG_HOST],
    kind: 'customer-gateway-form',
    matches: (path) => path === '/host/customergateway/create',
  },
  { hosts: [DIALOG_HOST], kind: 'vpn-connection-detail', matches: (path) => CONNECTION_DETAIL.test(path) },
  { hosts: [DIALOG_HOST], kind: 'vpn-tunnel-form', matches: (path) => TUNNEL_CREATE.test(path) },
];

/** The page kind by path alone. */
function pathKind(host: string, path: string): PageKind {
  return ROUTES.find((route) => route.hosts.includes(host) && route.matches(path))?.kind ?? 'other-console';
}

/**
 * Whether a page of this kind can be shown on this host: a page-read claiming it is judged by its sender's
 * host. The host, not the path: the DOM decides the kind within a host (a create form opens as a dialog over
 * a cns-console list; a billing page at a path this code does not know is named by its title), and every kind
 * a host's DOM or titles can make is a route of that host too.
 */
export function hostShows(hostname: string, kind: PageKind): boolean {
  const host = hostname.toLowerCase();
  if (!PREFLIGHT_HOSTS.includes(host)) return false;
  if (LOGIN_HOSTS.includes(host)) return kind === 'login';
  if (kind === 'other-console') return true;
  return ROUTES.some((route) => route.kind === kind && route.hosts.includes(host));
}

/**
 * The page kind by address, and on the billing hosts by the page's title where the path is one this code does
 * not know. A create dialog open over a cns-console page is not visible here: `classify` (lib/pages.ts) asks the
 * DOM for that. Anything that is not a JD Cloud console page is `not-ours`.
 */
export function addressKind(address: PageAddress, title?: string): PageKind {
  if (address.protocol !== 'https:' && address.protocol !== 'http:') return 'not-ours';
  const host = address.hostname.toLowerCase();
  if (LOGIN_HOSTS.includes(host)) return 'login';
  if (!host.endsWith('.jdcloud.com') || NOT_OURS_HOSTS.includes(host)) return 'not-ours';
  const kind = pathKind(host, routePath(address));
  if (kind !== 'other-console' || !BILLING_HOSTS.includes(host)) return kind;
  return billingKindByTitle(title) ?? kind;
}

// Pages where nothing is read or guarded when they load: the console's other pages. (The VPN list is read:
// connection-quota counts its connections per border gateway.)
const NOTHING_ON_LOAD: readonly PageKind[] = ['other-console', 'not-ours'];

/**
 * Whether the preflight has work at `address` (and `title`, which names billing pages at addresses this code
 * does not know): something to read, a form to check, or (`interacting`: after a click or key) a create dialog
 * that may be opening.
 */
export function preflightHasWork(address: PageAddress, interacting = false, title?: string): boolean {
  if (!onPreflightHost(address)) return false;
  const kind = addressKind(address, title);
  if (!NOTHING_ON_LOAD.includes(kind)) return true;
  return interacting && kind !== 'not-ours' && address.hostname.toLowerCase() === DIALOG_HOST;
}

/**
 * Whether the preflight can ever have work in this page: a page keeps its host until it loads anew (an SPA
 * navigation stays on its origin), so a page on another host never will.
 */
export function onPreflightHost(address: PageAddress): boolean {
  return PREFLIGHT_HOSTS.includes(address.hostname.toLowerCase());
}
