import type { CheckResult } from '../model/checklist';
import { judgeRaisableQuota, quotaUnknown, tallyOf } from './quota';
import { customerGatewayDraftOf, type RuleInput } from './rule';

const ID = 'cgw-quota';

/** docs/jdcloud.md §1.2: 10 customer gateways per region, raised by ticket. */
export const CUSTOMER_GATEWAYS_PER_REGION = 10;

/**
 * Customer gateways already in the region, counted from the list under the form. One more must fit
 * under the quota; JD raises it by ticket, so a full region warns and says how to ask. Without a count,
 * or from a list that is paged or filtered, the check is unknown and not required.
 */
export function cgwQuotaRule({ draft, settings, now }: RuleInput): CheckResult {
  const limit = CUSTOMER_GATEWAYS_PER_REGION;
  const gateway = customerGatewayDraftOf(draft);
  if (!gateway) return quotaUnknown(ID, 'no-form', { limit });
  const tally = tallyOf(gateway.existingGateways);
  if (!tally) return quotaUnknown(ID, 'unknown', { limit }, 'customer-gateways');
  return judgeRaisableQuota(tally, { id: ID, limit, listFix: 'customer-gateways', settings, now });
}
