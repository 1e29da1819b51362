import type { PageKind } from '../model/page-kind';
import type { PageReader } from './page-context';
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
