import { afterEach, describe, expect, it } from 'vitest';
import { pageResourcesSchema } from '../../../lib/model/resource-lists';
import { TUNNEL_GATEWAY_PAGES } from '../../../lib/readers/tunnel-gateway-pages';
import { scenarios } from '../../fixtures/console/scenarios';
import { MOCK_URLS, type MockSkin, vpnConnectionDetailUrl } from '../../fixtures/console/shared';
import { closeOpenPages, loadConsolePage } from '../support/load-fixture';

/** What the tunnel and customer-gateway pages send the background to keep, on both skins. */
const SKINS: MockSkin[] = ['classic', 'console-2019'];
const detail = TUNNEL_GATEWAY_PAGES.resources?.['vpn-connection-detail'];
const gatewayList = TUNNEL_GATEWAY_PAGES.resources?.['customer-gateway-list'];

afterEach(closeOpenPages);

describe('the resources of a connection’s detail page', () => {
  const connectionId = scenarios['tunnel-ready'].forms?.tunnel?.connectionId ?? '';

  for (const skin of SKINS) {
    it(`${skin}: the connection, its border gateway and tunnels, and no region where the page shows none`, async () => {
      const page = await loadConsolePage(vpnConnectionDetailUrl(connectionId), {
        scenario: 'tunnel-ready',
        lang: 'en',
        skin,
      });
      const resources = detail?.(page.context());
      expect(pageResourcesSchema.safeParse(resources).success).toBe(true);
      expect(resources?.region).toBeUndefined();
      expect(resources?.connection).toMatchObject({
        connectionId,
        borderGateway: expect.stringContaining('bgw-bj-prod'),
        tunnels: [{ insideCidr: '169.254.1.0/30' }],
      });
    });

    it(`${skin}: the region the address names`, async () => {
      const page = await loadConsolePage(`${vpnConnectionDetailUrl(connectionId)}?regionId=cn-north-1`, {
        scenario: 'tunnel-ready',
        lang: 'zh',
        skin,
      });
      expect(detail?.(page.context())?.region).toBe('cn-north-1');
    });
  }

  it('nothing for a page that names no connection', async () => {
    const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, { scenario: 'tunnel-ready', lang: 'zh' });
    expect(detail?.(page.context())).toBeUndefined();
  });
});

describe('the resources of the customer-gateway list', () => {
  for (const skin of SKINS) {
    it(`${skin}: the region's gateways, complete on one page, a lower bound when searched`, async () => {
      const full = await loadConsolePage(MOCK_URLS.customerGatewayList, {
        scenario: 'cgw-quota-full',
        lang: 'zh',
        skin,
      });
      expect(gatewayList?.(full.context())).toEqual({
        region: 'cn-north-1',
        customerGateways: { count: 10, complete: true },
      });
      const searched = await loadConsolePage(MOCK_URLS.customerGatewayList, {
        scenario: 'cgw-quota-filtered',
        lang: 'en',
        skin,
      });
      expect(gatewayList?.(searched.context())?.customerGateways).toEqual({ count: 4, complete: false });
    });
  }
});
