import { CHECK_IDS, type CheckId, type Checklist, type CheckResult, type Readiness } from './model/checklist';
import type { VpnDraft } from './model/draft';
import type { AccountState } from './model/observation';
import type { Settings } from './model/settings';
import { borderGatewayRule } from './rules/border-gateway';
import { customerGatewayRule } from './rules/customer-gateway';
import { descriptionLengthRule } from './rules/description-length';
import { fundsRunwayRule } from './rules/funds-runway';
import { fundsThresholdRule } from './rules/funds-threshold';
import { nameFormatRule } from './rules/name-format';
import { realNameRule } from './rules/real-name';
import type { Purchase, Rule, RuleInput } from './rules/rule';
import { signedInRule } from './rules/signed-in';

const rules: Record<CheckId, Rule> = {
  'signed-in': signedInRule,
  'real-name': realNameRule,
  'funds-threshold': fundsThresholdRule,
  'funds-runway': fundsRunwayRule,
  'border-gateway': borderGatewayRule,
  'customer-gateway': customerGatewayRule,
  'name-format': nameFormatRule,
  'description-length': descriptionLengthRule,
};

/** The checks that need no VPN form: what the popup shows when no form is open. */
export const ACCOUNT_CHECKS = [
  'signed-in',
  'real-name',
  'funds-threshold',
  'funds-runway',
] as const satisfies readonly CheckId[];

/** Checks that can warn but never block. */
const optionalChecks: ReadonlySet<CheckId> = new Set<CheckId>(['funds-runway']);

function runRule(id: CheckId, input: RuleInput): CheckResult {
  try {
    return rules[id](input);
  } catch {
    // A rule bug must neither take the checklist down nor pass: it becomes an unknown.
    return {
      id,
      status: 'unknown',
      required: !optionalChecks.has(id),
      message: { key: 'check.error' },
      facts: [],
    };
  }
}

/** blocked > unknown > warning > ready; an optional check can at most make it a warning. */
export function overallReadiness(checks: readonly CheckResult[]): Readiness {
  if (checks.some((check) => check.required && check.status === 'fail')) return 'blocked';
  if (checks.some((check) => check.required && check.status === 'unknown')) return 'unknown';
  if (checks.some((check) => check.status === 'warn' || (!check.required && check.status === 'fail'))) {
    return 'warning';
  }
  return 'ready';
}

function checklistOf(ids: readonly CheckId[], input: RuleInput): Checklist {
  const checks = ids.map((id) => runRule(id, input));
  return { readiness: overallReadiness(checks), checks, evaluatedAt: input.now };
}

/**
 * The full checklist for the VPN connection form, in CHECK_IDS order. `purchase` is what the funds must
 * cover (it decides which coupons apply): the connection unless the form buys a tunnel.
 */
export function evaluate(
  state: AccountState,
  draft: VpnDraft | undefined,
  settings: Settings,
  now: number,
  purchase: Purchase = 'connection',
): Checklist {
  return checklistOf(CHECK_IDS, { state: state ?? {}, draft: draft ?? undefined, settings, now, purchase });
}

/** The account checks only, for the popup when no VPN form is open. */
export function evaluateAccount(
  state: AccountState,
  settings: Settings,
  now: number,
  purchase: Purchase = 'connection',
): Checklist {
  return checklistOf(ACCOUNT_CHECKS, { state: state ?? {}, draft: undefined, settings, now, purchase });
}
