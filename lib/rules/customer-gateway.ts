import type { CheckResult } from '../model/checklist';
import { connectionDraftOf, judgeGatewaySelect, type RuleInput } from './rule';

/** A VPN connection needs a customer gateway (the on-premises side) in the same region. */
export function customerGatewayRule(input: RuleInput): CheckResult {
  const draft = connectionDraftOf(input.draft);
  return judgeGatewaySelect('customer-gateway', draft, draft?.customerGateway, 'customer-gateways');
}
