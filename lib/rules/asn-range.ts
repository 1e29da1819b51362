import type { CheckResult, CheckStatus } from '../model/checklist';
import { customerGatewayDraftOf, type RuleInput } from './rule';

const ID = 'asn-range';

/** The SDK's CustomerGatewaySpec.bgpAsn: 65001–65499, and it cannot be changed after creation. */
export const ASN_MIN = 65001;
export const ASN_MAX = 65499;

function result(status: CheckStatus, key: string, params: Record<string, string | number>): CheckResult {
  return { id: ID, status, required: true, message: { key: `check.${ID}.${key}`, params }, facts: [] };
}

/** The customer gateway's BGP ASN as typed: a whole number in range. Empty warns: not typed yet. */
export function asnRangeRule({ draft }: RuleInput): CheckResult {
  const range = { min: ASN_MIN, max: ASN_MAX };
  const gateway = customerGatewayDraftOf(draft);
  if (!gateway) return result('unknown', 'no-form', range);
  const text: unknown = gateway.bgpAsn;
  if (typeof text !== 'string') return result('unknown', 'unknown', range);
  const typed = text.trim();
  if (typed === '') return result('warn', 'empty', range);
  // Up to 10 digits: anything longer is out of range anyway, and is shown cut short.
  if (!/^\d+$/.test(typed))
    return result('fail', 'invalid', { ...range, value: [...typed].slice(0, 20).join('') });
  const asn = typed.length > 10 ? Number.POSITIVE_INFINITY : Number(typed);
  const shownAsn = typed.length > 10 ? `${typed.slice(0, 10)}…` : String(asn);
  if (asn < ASN_MIN || asn > ASN_MAX) return result('fail', 'out-of-range', { ...range, asn: shownAsn });
  return result('pass', 'pass', { ...range, asn: shownAsn });
}
