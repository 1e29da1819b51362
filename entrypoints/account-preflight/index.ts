import { browser } from '#imports';
import { ACCOUNT_PAGE_READERS } from '../../lib/readers/account-pages';
import { startLifetime } from '../preflight/lifetime';
import { startPreflight } from '../preflight/preflight';

/**
 * The account pages' preflight (billing, real-name, account information, login): their readers, no form,
 * panel or guard. The detector imports it on those hosts, as it imports the VPN console's there.
 */
export default defineUnlistedScript(() => {
  startPreflight(
    startLifetime(() => Boolean(browser.runtime?.id)),
    { readers: ACCOUNT_PAGE_READERS },
  );
});
