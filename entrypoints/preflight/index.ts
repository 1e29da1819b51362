import { browser } from '#imports';
import { TUNNEL_GATEWAY_PAGE_KINDS } from '../../lib/model/page-kind';
import { VPN_CONSOLE_PAGES, VPN_CONSOLE_READERS } from '../../lib/readers/vpn-console';
import { startLifetime } from './lifetime';
import { loadTunnelGatewayPages } from './on-demand';
import { startPreflight } from './preflight';
import { vpnFormSession } from './vpn-form';

/**
 * The VPN console's preflight (cns-console: the VPN forms and lists), an ES module the detector imports where
 * the page has work for it, as soon as it loads or later. A page runs a module once.
 */
export default defineUnlistedScript(() => {
  startPreflight(
    startLifetime(() => Boolean(browser.runtime?.id)),
    {
      readers: VPN_CONSOLE_READERS,
      pages: VPN_CONSOLE_PAGES,
      onDemand: { kinds: TUNNEL_GATEWAY_PAGE_KINDS, load: loadTunnelGatewayPages },
      forms: vpnFormSession,
    },
  );
});
