import type { CheckResult, CheckStatus } from '../model/checklist';
import { formatIpv4, notPublicBlockOf, parseIpv4 } from './ipv4';
import { customerGatewayDraftOf, type RuleInput } from './rule';

const ID = 'customer-ips';

/** The SDK's CustomerGatewaySpec.customerIps: single, dual or quad, distinct, publicly routable IPv4. */
export const CUSTOMER_IP_COUNTS: readonly number[] = [1, 2, 4];

function result(status: CheckStatus, key: string, params: Record<string, string | number> = {}): CheckResult {
  return { id: ID, status, required: true, message: { key: `check.${ID}.${key}`, params }, facts: [] };
}

/** Page text in a message, cut short: it is shown, never trusted. */
function shown(text: string): string {
  const characters = [...text];
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : text;
}

/**
 * The customer gateway's public IPs: as many as the count chosen (1, 2 or 4), each a dotted IPv4
 * address outside every private, shared, loopback, link-local, documentation, multicast and reserved
 * block, none twice. Inputs left empty warn (not typed yet); more addresses than chosen fail.
 */
export function customerIpsRule({ draft }: RuleInput): CheckResult {
  const gateway = customerGatewayDraftOf(draft);
  if (!gateway) return result('unknown', 'no-form');
  const count: unknown = gateway.ipCount;
  const inputs: unknown = gateway.customerIps;
  if (typeof count !== 'number' || !Array.isArray(inputs)) return result('unknown', 'unknown');
  if (!CUSTOMER_IP_COUNTS.includes(count)) return result('fail', 'count', { count });
  const given = inputs.filter((input): input is string => typeof input === 'string' && input.trim() !== '');
  if (given.length > count) return result('fail', 'too-many', { given: given.length, count });
  const seen = new Set<number>();
  for (const input of given) {
    const ip = shown(input.trim());
    const address = parseIpv4(input.trim());
    if (address === undefined) return result('fail', 'invalid', { ip });
    const block = notPublicBlockOf(address);
    if (block !== undefined) return result('fail', 'not-public', { ip, block });
    if (seen.has(address)) return result('fail', 'duplicate', { ip: formatIpv4(address) });
    seen.add(address);
  }
  if (given.length < count) return result('warn', 'missing', { given: given.length, count });
  return result('pass', 'pass', { count });
}
