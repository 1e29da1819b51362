import type { PageKind } from '../model/page-kind';
import type { PageResources } from '../model/resource-lists';
import type { PageContext, PageReader } from './page-context';
import { readVpnConnectionList } from './vpn-connection-list';
import { headerOnly } from './with-header';

/** The VPN console's pages: the header (the forms' drafts come from their own readers). */
export const VPN_CONSOLE_READERS: Partial<Record<PageKind, PageReader>> = {
  'vpn-connection-form': headerOnly,
  'vpn-connection-list': headerOnly,
  'vpn-connection-detail': headerOnly,
  'vpn-tunnel-form': headerOnly,
  'customer-gateway-list': headerOnly,
  'customer-gateway-form': headerOnly,
};

/** What the VPN console's lists show of the account's resources: the VPN list's connections per border gateway. */
export const VPN_CONSOLE_RESOURCES: Partial<
  Record<PageKind, (page: PageContext) => PageResources | undefined>
> = {
  'vpn-connection-list': readVpnConnectionList,
};
