import type { PageKind } from '../model/page-kind';
import { findVpnConnectionForm } from '../pages';
import type { PageKindReaders, PageReader } from './page-context';
import { readVpnConnectionForm } from './vpn-connection-form';
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

/**
 * What the VPN console's preflight reads on every page with work: the VPN list's connections per border
 * gateway, and the connection form. The tunnel and customer-gateway pages' readers load with those pages
 * (tunnel-gateway-pages.ts).
 */
export const VPN_CONSOLE_PAGES: PageKindReaders = {
  resources: { 'vpn-connection-list': readVpnConnectionList },
  forms: {
    'vpn-connection-form': {
      find: findVpnConnectionForm,
      read: (page, root) => readVpnConnectionForm(page, root) ?? { presentation: 'route' },
      sticky: ['borderGateway', 'customerGateway'],
    },
  },
};
