import type { FormDraft, TunnelDraft } from './model/draft';
import type { KeptResources, PageResources } from './model/resource-lists';

/*
 * What the console's lists and detail pages showed of each account's resources, per region: the quota checks
 * count them, and a form on its own route learns from them what the page under it would have shown.
 */

/** Per account, per region. */
export type StoredResources = Record<string, Record<string, KeptResources>>;

/** Connections kept per account and region, the most recently seen ones. */
const MAX_CONNECTIONS = 100;

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The stored resources with what a page showed, or undefined when it showed nothing to keep. */
export function withPageResources(
  stored: StoredResources,
  account: string | undefined,
  resources: PageResources | undefined,
  now: number,
): StoredResources | undefined {
  const region = resources?.region;
  if (!account || !region || !resources) return undefined;
  const old: KeptResources = own(own(stored, account), region) ?? { region };
  const kept: KeptResources = { ...old };
  if (resources.connectionsByBorderGateway) {
    kept.connectionsByBorderGateway = { ...resources.connectionsByBorderGateway, observedAt: now };
  }
  if (resources.customerGateways) kept.customerGateways = { ...resources.customerGateways, observedAt: now };
  const connection = resources.connection;
  if (connection) {
    const others = Object.entries(old.connections ?? {}).filter(([id]) => id !== connection.connectionId);
    const newest = others.sort(([, a], [, b]) => b.observedAt - a.observedAt).slice(0, MAX_CONNECTIONS - 1);
    kept.connections = Object.fromEntries([
      [connection.connectionId, { ...connection, observedAt: now }],
      ...newest,
    ]);
  }
  if (JSON.stringify(kept) === JSON.stringify(old)) return undefined;
  // fromEntries defines own keys: an account or region named like an Object.prototype member stays data.
  const regions = Object.fromEntries([...Object.entries(own(stored, account) ?? {}), [region, kept]]);
  return Object.fromEntries([...Object.entries(stored), [account, regions]]);
}

/** What was kept for the account in the region, if anything. */
export function keptFor(
  stored: StoredResources,
  account: string | undefined,
  region: string | undefined,
): KeptResources | undefined {
  return account && region ? own(own(stored, account), region) : undefined;
}

/**
 * The form with what the pages around it showed earlier, where the form's own page did not show it: the
 * connection's tunnels and gateway for the add-tunnel form, the region's gateways for the customer-gateway
 * form. What the form's page shows wins.
 */
export function withKnownResources(draft: FormDraft, kept: KeptResources | undefined): FormDraft {
  if (!kept) return draft;
  if (draft.form === 'customer-gateway') {
    if (draft.existingGateways || !kept.customerGateways) return draft;
    const { count, complete } = kept.customerGateways;
    return { ...draft, existingGateways: { count, complete } };
  }
  if (draft.form !== 'tunnel') return draft;
  const connection = draft.connectionId ? own(kept.connections, draft.connectionId) : undefined;
  const known: TunnelDraft = { ...draft };
  if (connection) {
    known.existingTunnels ??= connection.tunnels;
    known.customerGatewayIpCount ??= connection.customerGatewayIpCount;
    known.borderGateway ??= connection.borderGateway;
  }
  if (known.borderGateway && !known.borderGatewayTunnelCidrs) {
    // The other connections on the same border gateway: their tunnels' inside CIDRs must not overlap this one's.
    const cidrs = Object.values(kept.connections ?? {})
      .filter(
        (other) => other.connectionId !== draft.connectionId && other.borderGateway === known.borderGateway,
      )
      .flatMap((other) => other.tunnels ?? [])
      .flatMap((tunnel) => (tunnel.insideCidr ? [tunnel.insideCidr] : []));
    if (cidrs.length > 0) known.borderGatewayTunnelCidrs = cidrs.slice(0, 500);
  }
  // Only fields the schema knows, none left undefined by `??=`.
  return Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined)) as TunnelDraft;
}
