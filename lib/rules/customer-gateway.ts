import type { CheckResult } from '../model/checklist';
import { judgeGatewaySelect, type RuleInput } from './rule';

/** A VPN connection needs a customer gateway (the on-premises side) in the same region. */
export function customerGatewayRule({ draft }: RuleInput): CheckResult {
  return judgeGatewaySelect('customer-gateway', draft, draft?.customerGateway, 'customer-gateways');
}
