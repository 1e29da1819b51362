import type { CheckResult } from '../model/checklist';
import { judgeGatewaySelect, type RuleInput } from './rule';

/** A VPN connection hangs on a border gateway in the same region. */
export function borderGatewayRule({ draft }: RuleInput): CheckResult {
  return judgeGatewaySelect('border-gateway', draft, draft?.borderGateway, 'border-gateways');
}
