import { formOf } from './forms';
import type { CheckId, Checklist, CheckResult, Readiness } from './model/checklist';
import type { Form, FormDraft } from './model/draft';
import type { AccountState } from './model/observation';
import type { ResourceLists } from './model/resource-lists';
import type { Settings } from './model/settings';
import { asnRangeRule } from './rules/asn-range';
import { borderGatewayRule } from './rules/border-gateway';
import { cgwQuotaRule } from './rules/cgw-quota';
import { connectionQuotaRule } from './rules/connection-quota';
import { customerGatewayRule } from './rules/customer-gateway';
import { customerIpsRule } from './rules/customer-ips';
import { descriptionLengthRule } from './rules/description-length';
import { fundsRunwayRule } from './rules/funds-runway';
import { fundsThresholdRule } from './rules/funds-threshold';
import { ikeIpsecRule } from './rules/ike-ipsec';
import { nameFormatRule } from './rules/name-format';
import { pskFormatRule } from './rules/psk-format';
import { realNameRule } from './rules/real-name';
import type { Purchase, Rule, RuleInput } from './rules/rule';
import { signedInRule } from './rules/signed-in';
import { tunnelInsideCidrRule } from './rules/tunnel-inside-cidr';
import { tunnelQuotaRule } from './rules/tunnel-quota';

const rules: Record<CheckId, Rule> = {
  'signed-in': signedInRule,
  'real-name': realNameRule,
  'funds-threshold': fundsThresholdRule,
  'funds-runway': fundsRunwayRule,
  'border-gateway': borderGatewayRule,
  'customer-gateway': customerGatewayRule,
  'connection-quota': connectionQuotaRule,
  'name-format': nameFormatRule,
  'description-length': descriptionLengthRule,
  'tunnel-quota': tunnelQuotaRule,
  'tunnel-inside-cidr': tunnelInsideCidrRule,
  'psk-format': pskFormatRule,
  'ike-ipsec': ikeIpsecRule,
  'cgw-quota': cgwQuotaRule,
  'asn-range': asnRangeRule,
  'customer-ips': customerIpsRule,
};

/** The checks that need no VPN form: what the popup shows when no form is open. */
export const ACCOUNT_CHECKS = [
  'signed-in',
  'real-name',
  'funds-threshold',
  'funds-runway',
] as const satisfies readonly CheckId[];

/** The VPN connection form (创建VPN连接). */
export const CONNECTION_CHECKS = [
  ...ACCOUNT_CHECKS,
  'border-gateway',
  'customer-gateway',
  'connection-quota',
  'name-format',
  'description-length',
] as const satisfies readonly CheckId[];

/** The add-tunnel form: the tunnel is billed by configuration, so the account and funds checks apply. */
export const TUNNEL_CHECKS = [
  ...ACCOUNT_CHECKS,
  'tunnel-quota',
  'tunnel-inside-cidr',
  'psk-format',
  'ike-ipsec',
] as const satisfies readonly CheckId[];

/** The customer gateway form: it costs nothing, so no funds checks. */
export const CUSTOMER_GATEWAY_CHECKS = [
  'cgw-quota',
  'asn-range',
  'customer-ips',
  'name-format',
  'description-length',
] as const satisfies readonly CheckId[];

/** Each form's checks, in the order the panel lists them. */
export const FORM_CHECKS: Readonly<Record<Form, readonly CheckId[]>> = {
  connection: CONNECTION_CHECKS,
  tunnel: TUNNEL_CHECKS,
  'customer-gateway': CUSTOMER_GATEWAY_CHECKS,
};

/** Checks that can warn but never block. */
const optionalChecks: ReadonlySet<CheckId> = new Set<CheckId>(['funds-runway']);
/** Quota checks are required only once their count is known, so one that cannot run holds nothing back. */
const quotaChecks: ReadonlySet<CheckId> = new Set<CheckId>(['connection-quota', 'tunnel-quota', 'cgw-quota']);

function runRule(id: CheckId, input: RuleInput): CheckResult {
  try {
    return rules[id](input);
  } catch {
    // A rule bug must neither take the checklist down nor pass: it becomes an unknown.
    return {
      id,
      status: 'unknown',
      required: !optionalChecks.has(id) && !quotaChecks.has(id),
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

/** What a verdict needs besides the account, the form and the settings. */
export interface EvaluationContext {
  /** The form on the page when no draft could be read; a draft's own form wins. */
  form?: Form;
  /** What the funds must cover; by default what the form buys (a tunnel on the tunnel form). */
  purchase?: Purchase;
  /** The console's lists for the account and the form's region (connection-quota counts from them). */
  lists?: ResourceLists;
}

/**
 * The full checklist for a form, in FORM_CHECKS order: the draft's form (a draft without `form` is the
 * connection form), else `context.form`, else the connection form. The context may be given as a bare
 * Purchase, which is short for `{ purchase }`.
 */
export function evaluate(
  state: AccountState,
  draft: FormDraft | undefined,
  settings: Settings,
  now: number,
  context: EvaluationContext | Purchase = {},
): Checklist {
  const {
    form: formOnPage,
    purchase,
    lists,
  } = typeof context === 'string' ? { purchase: context } : ((context ?? {}) as EvaluationContext);
  const present = draft ?? undefined;
  const form = present !== undefined ? formOf(present) : (formOnPage ?? 'connection');
  const input: RuleInput = {
    state: state ?? {},
    draft: present,
    settings,
    now,
    purchase: purchase ?? (form === 'tunnel' ? 'tunnel' : 'connection'),
    ...(lists ? { lists } : {}),
  };
  // hasOwn, so a corrupt form named like an Object.prototype member cannot pick up a function.
  return checklistOf(Object.hasOwn(FORM_CHECKS, form) ? FORM_CHECKS[form] : CONNECTION_CHECKS, input);
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
