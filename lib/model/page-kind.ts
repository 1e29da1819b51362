/** What a JD Cloud page is, as far as the extension cares. */
export const PAGE_KINDS = [
  'vpn-connection-form',
  'vpn-connection-list',
  'vpn-connection-detail',
  'vpn-tunnel-form',
  'customer-gateway-list',
  'customer-gateway-form',
  'capital-overview',
  'coupons',
  'real-name',
  'account-info',
  'login',
  'other-console',
  'not-ours',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * The VPN console's page kinds past the connection form, whose readers the preflight imports with the first
 * page of one of them (lib/readers/tunnel-gateway-pages.ts reads exactly these).
 */
export const TUNNEL_GATEWAY_PAGE_KINDS = [
  'vpn-connection-detail',
  'vpn-tunnel-form',
  'customer-gateway-list',
  'customer-gateway-form',
] as const satisfies readonly PageKind[];
