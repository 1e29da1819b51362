import { onDemandGlobal, TUNNEL_GATEWAY_PAGES_MODULE } from '../../lib/content-scripts';
import type { PageKindReaders } from '../../lib/readers/page-context';
import { TUNNEL_GATEWAY_PAGES } from '../../lib/readers/tunnel-gateway-pages';

/**
 * The readers of a connection's detail page, the add-tunnel form and the customer-gateway list and form,
 * imported by the VPN console's preflight with the first such page (entrypoints/preflight/on-demand.ts).
 */
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, PageKindReaders>)[onDemandGlobal(TUNNEL_GATEWAY_PAGES_MODULE)] =
    TUNNEL_GATEWAY_PAGES;
});
