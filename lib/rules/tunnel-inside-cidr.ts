import type { CheckResult, CheckStatus } from '../model/checklist';
import type { ExistingTunnel } from '../model/draft';
import { type AddressRange, cidrOf, contains, formatIpv4, overlaps, parseCidr } from './ipv4';
import { type RuleInput, tunnelDraftOf } from './rule';

const ID = 'tunnel-inside-cidr';

/**
 * Where a tunnel's inside CIDR (隧道IP) may lie, from the SDK's VpnTunnelSpec.tunnelIp (jdcloud-sdk-python
 * services/bgw/models/VpnTunnelSpec.py; docs/jdcloud.md §1.2 and §1.4): a /30 inside one of these four
 * blocks, not conflicting with the inside CIDR of another tunnel on the same border gateway.
 */
export const INSIDE_CIDR_BLOCKS = [
  '169.254.0.0/20',
  '10.0.0.0/8',
  '192.168.0.0/16',
  '172.16.0.0/12',
] as const;
export const INSIDE_CIDR_PREFIX = 30;

const allowedRanges = INSIDE_CIDR_BLOCKS.map(cidrOf);

type Params = Record<string, string | number>;

function result(status: CheckStatus, key: string, params: Params = {}): CheckResult {
  return { id: ID, status, required: true, message: { key: `check.${ID}.${key}`, params }, facts: [] };
}

/** Page text in a message, cut short: it is shown, never trusted. */
function shown(text: string): string {
  const characters = [...text];
  return characters.length > 64 ? `${characters.slice(0, 64).join('')}…` : text;
}

interface Others {
  /** The other tunnels' inside CIDRs that could be read, as written. */
  readable: { text: string; range: AddressRange }[];
  /** Tunnels whose inside CIDR was not shown or could not be read. */
  unread: number;
}

/** The inside CIDRs to compare with: this connection's tunnels and other tunnels on the border gateway. */
function othersOf(existing: readonly (ExistingTunnel | null | undefined)[], onGateway: unknown): Others {
  const texts: unknown[] = [
    ...existing.map((row) => row?.insideCidr),
    ...(Array.isArray(onGateway) ? onGateway : []),
  ];
  const others: Others = { readable: [], unread: 0 };
  for (const text of texts) {
    // An empty cell is a tunnel without an inside CIDR (the field is optional): nothing to clash with.
    if (typeof text === 'string' && text.trim() === '') continue;
    const cidr = typeof text === 'string' ? parseCidr(text) : undefined;
    if (cidr && typeof text === 'string') others.readable.push({ text: text.trim(), range: cidr.range });
    else others.unread += 1;
  }
  return others;
}

/**
 * The tunnel's inside CIDR: optional (empty passes), else a /30 block inside the allowed ranges that
 * overlaps no other tunnel's. The connection's own tunnels must have been seen (the detail page lists
 * them); other connections' tunnels on the gateway are compared when known, and the console checks
 * the rest. A /30 written with host bits set (169.254.0.1/30) warns: its block is what counts.
 */
export function tunnelInsideCidrRule({ draft }: RuleInput): CheckResult {
  const tunnel = tunnelDraftOf(draft);
  if (!tunnel) return result('unknown', 'no-form');
  const text: unknown = tunnel.insideCidr;
  if (typeof text !== 'string') return result('unknown', 'unknown');
  if (text.trim() === '') return result('pass', 'empty');
  const written = shown(text.trim());
  const cidr = parseCidr(text);
  if (!cidr) return result('fail', 'invalid', { cidr: written });
  if (cidr.prefix !== INSIDE_CIDR_PREFIX) {
    return result('fail', 'prefix', { cidr: written, prefix: cidr.prefix, required: INSIDE_CIDR_PREFIX });
  }
  if (!allowedRanges.some((range) => contains(range, cidr.range))) {
    return result('fail', 'outside', { cidr: written, blocks: INSIDE_CIDR_BLOCKS.join(', ') });
  }
  const existing: unknown = tunnel.existingTunnels;
  if (!Array.isArray(existing)) return result('unknown', 'unknown-tunnels', { cidr: written });
  const others = othersOf(existing, tunnel.borderGatewayTunnelCidrs);
  const clash = others.readable.find((other) => overlaps(other.range, cidr.range));
  if (clash) return result('fail', 'overlap', { cidr: written, other: shown(clash.text) });
  if (cidr.address !== cidr.range.first) {
    const network = `${formatIpv4(cidr.range.first)}/${INSIDE_CIDR_PREFIX}`;
    return result('warn', 'not-network', { cidr: written, network });
  }
  const count = others.readable.length;
  if (others.unread > 0) return result('warn', 'unread', { cidr: written, count, unread: others.unread });
  const gatewayKnown = Array.isArray(tunnel.borderGatewayTunnelCidrs);
  return result('pass', gatewayKnown ? 'pass' : 'pass-connection', { cidr: written, count });
}
