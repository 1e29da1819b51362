import { browser } from '#imports';
import { VPN_CONSOLE_READERS, VPN_CONSOLE_RESOURCES } from '../../lib/readers/vpn-console';
import { startLifetime } from './lifetime';
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
      resources: VPN_CONSOLE_RESOURCES,
      forms: vpnFormSession,
    },
  );
});
