import { formOf } from '../forms';
import { isFutureStamped, minutesAhead } from '../future-stamps';
import type { CheckFact, CheckResult, FixLink } from '../model/checklist';
import type { CustomerGatewayDraft, FormDraft, GatewaySelect, TunnelDraft, VpnDraft } from '../model/draft';
import type { AccountState, FieldName, Observation } from '../model/observation';
import type { ResourceLists } from '../model/resource-lists';
import type { Settings } from '../model/settings';

/** What the form buys: the VPN connection (billed by usage, 按用量) or a tunnel (billed by configuration, 按配置). */
export type Purchase = 'connection' | 'tunnel';

export interface RuleInput {
  state: AccountState;
  /** The form as filled so far, whichever form it is; undefined when none was read. */
  draft: FormDraft | undefined;
  settings: Settings;
  /** Epoch milliseconds. */
  now: number;
  /** The purchase the funds must cover; the connection when absent. Decides which coupons apply. */
  purchase?: Purchase;
  /** The console's lists for the draft's account and region, as the background keeps them. */
  lists?: ResourceLists;
}

export type Rule = (input: RuleInput) => CheckResult;

export const HOUR_MS = 3_600_000;

export function factOf(observation: Observation): CheckFact {
  const fact: CheckFact = {
    field: observation.field,
    source: observation.source,
    observedAt: observation.observedAt,
  };
  return typeof observation.found === 'string' ? { ...fact, found: observation.found } : fact;
}

/**
 * Older than settings.staleAfterHours. Written so that NaN anywhere (corrupt settings or timestamps)
 * counts as stale: a bad number may cost a warning, never a pass.
 */
export function isStale(observation: Observation, settings: Settings, now: number): boolean {
  return isStaleAt(observation.observedAt, settings, now);
}

/** isStale for anything stamped with a time, such as a list count. */
export function isStaleAt(observedAt: number, settings: Settings, now: number): boolean {
  const ageMs = now - observedAt;
  // A value stamped ahead of this clock is never fresh: the clock was wrong when it was stamped, or is now.
  return !(ageMs <= settings.staleAfterHours * HOUR_MS) || isFutureStamped(observedAt, now);
}

/**
 * The params of a stale finding: its age in hours, and where a value is stamped ahead of the clock, by how
 * many minutes (the row then says it is not trusted and why, rather than giving an age).
 */
export function staleParams(observedAt: number, now: number): { ageHours: number; aheadMinutes?: number } {
  const ageHours = ageHoursOf(observedAt, now);
  return isFutureStamped(observedAt, now)
    ? { ageHours, aheadMinutes: minutesAhead(observedAt, now) }
    : { ageHours };
}

/** Whole hours since `observedAt`, 0 for a time in the future or nonsense. */
export function ageHoursOf(observedAt: number, now: number): number {
  const age = now - observedAt;
  return Number.isFinite(age) ? Math.max(0, Math.floor(age / HOUR_MS)) : 0;
}

/** The draft when it is the connection form's, else undefined. */
export function connectionDraftOf(draft: FormDraft | undefined): VpnDraft | undefined {
  return draft && formOf(draft) === 'connection' ? (draft as VpnDraft) : undefined;
}

/** The draft when it is the add-tunnel form's, else undefined. */
export function tunnelDraftOf(draft: FormDraft | undefined): TunnelDraft | undefined {
  return draft && formOf(draft) === 'tunnel' ? (draft as TunnelDraft) : undefined;
}

/** The draft when it is the customer gateway form's, else undefined. */
export function customerGatewayDraftOf(draft: FormDraft | undefined): CustomerGatewayDraft | undefined {
  return draft && formOf(draft) === 'customer-gateway' ? (draft as CustomerGatewayDraft) : undefined;
}

/** The draft of a form with a name and a description (the connection and customer gateway forms). */
export function namedDraftOf(draft: FormDraft | undefined): VpnDraft | CustomerGatewayDraft | undefined {
  return connectionDraftOf(draft) ?? customerGatewayDraftOf(draft);
}

/** The page that refreshes a field. */
const refreshPage: Record<FieldName, FixLink | undefined> = {
  signedIn: 'login',
  account: undefined,
  pin: undefined,
  accountBalance: 'capital-overview',
  arrears: 'capital-overview',
  billingDenied: undefined,
  couponList: 'coupons',
  realName: 'real-name',
  cash: 'capital-overview',
  frozen: 'capital-overview',
  coupons: 'coupons',
};

/**
 * Turns a decided result (pass, warn, fail) into `warn` when an observation it rests on is stale:
 * old data can neither clear nor block a purchase, and data stamped ahead of the clock is not trusted. The
 * message key gains `.stale` and an `ageHours` param (and `aheadMinutes` for a stamp ahead of the clock); the
 * fix points at the page that refreshes the value named. `unknown` stays as it is.
 */
export function withStaleness(
  result: CheckResult,
  decisive: readonly Observation[],
  settings: Settings,
  now: number,
): CheckResult {
  if (result.status === 'unknown') return result;
  const stale = decisive.filter((observation) => isStale(observation, settings, now));
  if (stale.length === 0) return result;
  // One stamped ahead of the clock is named first: its age means nothing, and it is refreshed all the same.
  const ahead = stale.find((observation) => isFutureStamped(observation.observedAt, now));
  const named = ahead ?? stale.reduce((a, b) => (b.observedAt < a.observedAt ? b : a));
  const fix = refreshPage[named.field] ?? result.fix;
  return {
    ...result,
    status: 'warn',
    message: {
      key: `${result.message.key}.stale`,
      params: { ...result.message.params, ...staleParams(named.observedAt, now) },
    },
    ...(fix ? { fix } : {}),
  };
}

/** An amount usable as money: a safe integer number of fen. Anything else counts as absent. */
export function fenValue(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/** Characters counted by code point: 𠀀 or an emoji is one character, not two UTF-16 units. */
export function codePointLength(text: string): number {
  return [...text].length;
}

/**
 * Shared judgement of a gateway select on the VPN form: a real option (or a chosen one, when the list
 * is rendered only while open) means a gateway exists in the region; an empty list means none does.
 */
export function judgeGatewaySelect(
  id: 'border-gateway' | 'customer-gateway',
  draft: VpnDraft | undefined,
  select: GatewaySelect | undefined,
  fix: FixLink,
): CheckResult {
  if (!draft) {
    return { id, status: 'unknown', required: true, message: { key: `check.${id}.no-form` }, facts: [] };
  }
  if (!select || !Array.isArray(select.options)) {
    return { id, status: 'unknown', required: true, message: { key: `check.${id}.unknown` }, facts: [] };
  }
  const chosen = typeof select.selected === 'string' && select.selected.trim() !== '' ? 1 : 0;
  const count = Math.max(select.options.length, chosen);
  if (count === 0) {
    return { id, status: 'fail', required: true, message: { key: `check.${id}.fail` }, facts: [], fix };
  }
  return {
    id,
    status: 'pass',
    required: true,
    message: { key: `check.${id}.pass`, params: { count } },
    facts: [],
  };
}
