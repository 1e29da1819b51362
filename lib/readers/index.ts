import type { PageKind } from '../model/page-kind';
import { ACCOUNT_PAGE_READERS } from './account-pages';
import type { PageReader } from './page-context';
import { VPN_CONSOLE_READERS } from './vpn-console';

export { readAccountInfo } from './account-info';
export { ACCOUNT_PAGE_READERS } from './account-pages';
export { readCapitalOverview } from './capital-overview';
export { readConsoleHeader } from './console-header';
export { readCoupons } from './coupons';
export { readCustomerGatewayForm } from './customer-gateway-form';
export { readCustomerGatewayList } from './customer-gateway-list';
export { readLoginPage } from './login';
export type { Found, PageContext, PageReader } from './page-context';
export { readRealName } from './real-name';
export { parseRegion } from './region';
export { type ConnectionDetail, readConnectionDetail } from './vpn-connection-detail';
export { readVpnConnectionForm } from './vpn-connection-form';
export {
  type ConnectionsByBorderGateway,
  readVpnConnectionList,
  type VpnConnectionList,
} from './vpn-connection-list';
export { VPN_CONSOLE_READERS } from './vpn-console';
export { readTunnelForm } from './vpn-tunnel-form';

/**
 * The reader for each page kind. Every signed-in console page carries the header (signed in, account),
 * but it is read only on the pages that matter for a VPN: on every other console page the extension should
 * cost next to nothing (npm run bench). Each preflight module carries its hosts' half of this.
 */
export const readersByPage: Partial<Record<PageKind, PageReader>> = {
  ...ACCOUNT_PAGE_READERS,
  ...VPN_CONSOLE_READERS,
};
