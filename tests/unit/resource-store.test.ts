import { describe, expect, it } from 'vitest';
import type { TunnelDraft } from '../../lib/model/draft';
import { keptFor, withKnownResources, withPageResources } from '../../lib/resource-store';

const counts = { counts: { 'bgw-bj-prod': 10, 'bgw-bj-test': 1 }, complete: true };

describe('the resources kept from the console’s lists', () => {
  it('are kept per account and region, and only what a page with a region and an account showed', () => {
    const kept = withPageResources(
      {},
      'jdc-admin',
      { region: 'cn-north-1', connectionsByBorderGateway: counts },
      5,
    );
    expect(keptFor(kept ?? {}, 'jdc-admin', 'cn-north-1')).toEqual({
      region: 'cn-north-1',
      connectionsByBorderGateway: { ...counts, observedAt: 5 },
    });
    expect(keptFor(kept ?? {}, 'jdc-ops', 'cn-north-1')).toBeUndefined();
    expect(keptFor(kept ?? {}, 'jdc-admin', 'cn-east-2')).toBeUndefined();
    expect(
      withPageResources({}, undefined, { region: 'cn-north-1', connectionsByBorderGateway: counts }, 5),
    ).toBe(undefined);
    expect(withPageResources({}, 'jdc-admin', { connectionsByBorderGateway: counts }, 5)).toBeUndefined();
  });

  it('write nothing when a page shows the same again, and keep an account named like a prototype member as data', () => {
    const first = withPageResources(
      {},
      '__proto__',
      { region: 'cn-north-1', connectionsByBorderGateway: counts },
      5,
    );
    expect(Object.hasOwn(first ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).region).toBeUndefined();
    const same = withPageResources(
      { a: { 'cn-north-1': { region: 'cn-north-1' } } },
      'a',
      { region: 'cn-north-1' },
      6,
    );
    expect(same).toBeUndefined();
  });

  it('tell a tunnel form on its own route the connection’s tunnels and the other connections’ inside CIDRs', () => {
    const kept = [
      {
        connectionId: 'vpn-1',
        borderGateway: 'bgw-1',
        customerGatewayIpCount: 1,
        tunnels: [{ insideCidr: '169.254.1.0/30' }],
      },
      { connectionId: 'vpn-2', borderGateway: 'bgw-1', tunnels: [{ insideCidr: '169.254.2.0/30' }] },
      { connectionId: 'vpn-3', borderGateway: 'bgw-2', tunnels: [{ insideCidr: '169.254.3.0/30' }] },
    ].reduce(
      (stored, connection, at) => withPageResources(stored, 'a', { region: 'r', connection }, at) ?? stored,
      {},
    );
    const draft: TunnelDraft = { form: 'tunnel', presentation: 'route', connectionId: 'vpn-1' };
    expect(withKnownResources(draft, keptFor(kept, 'a', 'r'))).toEqual({
      ...draft,
      existingTunnels: [{ insideCidr: '169.254.1.0/30' }],
      customerGatewayIpCount: 1,
      borderGateway: 'bgw-1',
      borderGatewayTunnelCidrs: ['169.254.2.0/30'],
    });
    // What the form's own page shows wins.
    const shown: TunnelDraft = { ...draft, existingTunnels: [] };
    expect((withKnownResources(shown, keptFor(kept, 'a', 'r')) as TunnelDraft).existingTunnels).toEqual([]);
  });
});
