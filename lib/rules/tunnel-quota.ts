import type { CheckResult } from '../model/checklist';
import type { ExistingTunnel } from '../model/draft';
import { CUSTOMER_IP_COUNTS } from './customer-ips';
import { parseIpv4 } from './ipv4';
import { type RuleInput, tunnelDraftOf } from './rule';

const ID = 'tunnel-quota';

/**
 * docs/jdcloud.md §1.2, none of which can be raised: a connection has 2 cloud public IPs, a customer
 * gateway 1, 2 or 4 IPs, one tunnel per (cloud IP, customer IP) pair, so at most 2 × the gateway's IPs.
 */
export const CLOUD_IPS_PER_CONNECTION = 2;
const MOST_CUSTOMER_IPS = 4;

type Params = Record<string, string | number>;

/** An IP as compared: the address when it is one (so spacing does not matter), else the trimmed text. */
function ipKey(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const address = parseIpv4(text);
  return address === undefined ? text : String(address);
}

function unknown(key: string, params: Params = {}): CheckResult {
  // A count that cannot be known holds nothing back: quota checks are required only when judged.
  return {
    id: ID,
    status: 'unknown',
    required: false,
    message: { key: `check.${ID}.${key}`, params },
    facts: [],
  };
}

function failed(key: string, params: Params): CheckResult {
  return {
    id: ID,
    status: 'fail',
    required: true,
    message: { key: `check.${ID}.${key}`, params },
    facts: [],
    fix: 'vpn-restrictions-docs',
  };
}

/**
 * Room for one more tunnel on the connection, from the detail page's tunnel list: fewer than 2 × the
 * customer gateway's IPs (8 when that count is unknown), and no tunnel yet on the chosen pair. These
 * limits cannot be raised, so going over fails. Without the list, or with a tunnel whose pair was not
 * shown, the check is unknown and not required.
 */
export function tunnelQuotaRule({ draft }: RuleInput): CheckResult {
  const tunnel = tunnelDraftOf(draft);
  if (!tunnel) return unknown('no-form');
  const existing: unknown = tunnel.existingTunnels;
  if (!Array.isArray(existing)) return unknown('unknown');
  const rows = existing as (ExistingTunnel | null | undefined)[];
  const ipCount = tunnel.customerGatewayIpCount;
  const knownIpCount =
    typeof ipCount === 'number' && CUSTOMER_IP_COUNTS.includes(ipCount) ? ipCount : undefined;
  const max = CLOUD_IPS_PER_CONNECTION * (knownIpCount ?? MOST_CUSTOMER_IPS);
  const count = rows.length;
  if (count >= max) return failed('full', { count, max });

  const cloud = ipKey(tunnel.cloudIp);
  const customer = ipKey(tunnel.customerIp);
  if (cloud === undefined || customer === undefined) return unknown('choose', { count });
  const pair = { cloudIp: String(tunnel.cloudIp).trim(), customerIp: String(tunnel.customerIp).trim() };
  if (rows.some((row) => ipKey(row?.cloudIp) === cloud && ipKey(row?.customerIp) === customer)) {
    return failed('pair-taken', pair);
  }
  const unread = rows.filter(
    (row) => ipKey(row?.cloudIp) === undefined || ipKey(row?.customerIp) === undefined,
  );
  if (unread.length > 0) return unknown('unread-pairs', { count, unread: unread.length, ...pair });
  return knownIpCount === undefined
    ? {
        id: ID,
        status: 'pass',
        required: true,
        message: { key: `check.${ID}.pass-pair`, params: { count, ...pair } },
        facts: [],
      }
    : {
        id: ID,
        status: 'pass',
        required: true,
        message: { key: `check.${ID}.pass`, params: { count, max, ...pair } },
        facts: [],
      };
}
