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
