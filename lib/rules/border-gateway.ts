import type { CheckResult } from '../model/checklist';
import { connectionDraftOf, judgeGatewaySelect, type RuleInput } from './rule';

/** A VPN connection hangs on a border gateway in the same region. */
export function borderGatewayRule(input: RuleInput): CheckResult {
  const draft = connectionDraftOf(input.draft);
  return judgeGatewaySelect('border-gateway', draft, draft?.borderGateway, 'border-gateways');
}
