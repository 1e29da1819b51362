/**
 * The VPN console's pages past the connection form: a connection's detail page with its tunnels, the
 * add-tunnel form, the customer-gateway list and its create form. The preflight loads these readers with
 * the first such page (entrypoints/tunnel-gateway-pages), so the VPN list and the connection form do not
 * carry them.
 */
import type { PageResources } from '../model/resource-lists';
import { findCustomerGatewayForm, findTunnelForm } from '../pages';
import { readCustomerGatewayForm } from './customer-gateway-form';
import { readCustomerGatewayList } from './customer-gateway-list';
import { labelsOf, mainContent, type PageContext, type PageKindReaders } from './page-context';
import { REGION_LABELS, readPageRegion } from './page-region';
import { readConnectionDetail } from './vpn-connection-detail';
import { readTunnelForm } from './vpn-tunnel-form';

/** The region a list or detail page shows: where what it shows is kept. */
function pageRegion(page: PageContext): string | undefined {
  const root = mainContent(page.document);
  return root ? readPageRegion(root, labelsOf(page, root), page, REGION_LABELS) : undefined;
}

/** A connection as its detail page shows it, kept for an add-tunnel form on its own route. */
function connectionResources(page: PageContext): PageResources | undefined {
  const { connectionId, borderGateway, customerGatewayIpCount, tunnels } = readConnectionDetail(page);
  if (!connectionId) return undefined;
  const region = pageRegion(page);
  return {
    ...(region ? { region } : {}),
    connection: {
      connectionId,
      ...(borderGateway ? { borderGateway } : {}),
      ...(customerGatewayIpCount ? { customerGatewayIpCount } : {}),
      ...(tunnels ? { tunnels } : {}),
    },
  };
}

/** The region's customer gateways as their list counts them, for the quota. */
function customerGatewayResources(page: PageContext): PageResources | undefined {
  const customerGateways = readCustomerGatewayList(page);
  if (!customerGateways) return undefined;
  const region = pageRegion(page);
  return { ...(region ? { region } : {}), customerGateways };
}

export const TUNNEL_GATEWAY_PAGES: PageKindReaders = {
  resources: {
    'vpn-connection-detail': connectionResources,
    'customer-gateway-list': customerGatewayResources,
  },
  forms: {
    'vpn-tunnel-form': {
      find: findTunnelForm,
      read: readTunnelForm,
      // The customer IP select lists the gateway's addresses only while open: their count holds.
      sticky: ['customerGatewayIpCount'],
    },
    'customer-gateway-form': { find: findCustomerGatewayForm, read: readCustomerGatewayForm },
  },
};
