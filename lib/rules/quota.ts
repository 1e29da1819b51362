import type { CheckResult, FixLink } from '../model/checklist';
import type { Settings } from '../model/settings';
import { isStaleAt, staleParams } from './rule';

/** A count read off a console list; `complete` when every row was shown, else a lower bound. */
export interface ListTally {
  count: number;
  complete: boolean;
  /** When the list was read; absent for a count read with the form itself. */
  observedAt?: number;
}

export type QuotaCheckId = 'connection-quota' | 'cgw-quota';

type Params = Record<string, string | number>;

/** A usable count: a non-negative whole number with a yes/no completeness. Anything else is no count. */
export function tallyOf(value: unknown): ListTally | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { count, complete, observedAt } = value as {
    count?: unknown;
    complete?: unknown;
    observedAt?: unknown;
  };
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return undefined;
  if (typeof complete !== 'boolean') return undefined;
  return typeof observedAt === 'number' ? { count, complete, observedAt } : { count, complete };
}

/** The unknown a quota check gives when its count cannot be known: never required, so it holds nothing back. */
export function quotaUnknown(id: QuotaCheckId, key: string, params: Params, fix?: FixLink): CheckResult {
  return {
    id,
    status: 'unknown',
    required: false,
    message: { key: `check.${id}.${key}`, params },
    facts: [],
    ...(fix ? { fix } : {}),
  };
}

export interface RaisableQuota {
  id: QuotaCheckId;
  limit: number;
  /** The list the count comes from, where a partial count can be made whole. */
  listFix: FixLink;
  /** What the messages name besides count and limit (the border gateway). */
  params?: Params;
  /** `-all` when the count is the largest of several (no single gateway chosen). */
  variant?: '' | '-all';
  settings: Settings;
  now: number;
}

/**
 * A quota JD raises on request: with `count` already there, one more needs count < limit. At or over the
 * limit the check warns and says to ask by ticket (a partial list that already reaches it counts too);
 * under it, a partial list cannot tell, so the check is unknown and not required. A pass on a list older
 * than the staleness limit warns with refresh advice, as other old data does.
 */
export function judgeRaisableQuota(tally: ListTally, quota: RaisableQuota): CheckResult {
  const { id, limit, listFix, settings, now } = quota;
  const variant = quota.variant ?? '';
  const params = { ...quota.params, count: tally.count, limit };
  if (tally.count >= limit) {
    return {
      id,
      status: 'warn',
      required: true,
      message: { key: `check.${id}.over${tally.complete ? '' : '-partial'}${variant}`, params },
      facts: [],
      fix: 'quota-ticket',
    };
  }
  if (!tally.complete) return quotaUnknown(id, `partial${variant}`, params, listFix);
  if (tally.observedAt !== undefined && isStaleAt(tally.observedAt, settings, now)) {
    return {
      id,
      status: 'warn',
      required: true,
      message: {
        key: `check.${id}.pass${variant}.stale`,
        params: { ...params, ...staleParams(tally.observedAt, now) },
      },
      facts: [],
      fix: listFix,
    };
  }
  return {
    id,
    status: 'pass',
    required: true,
    message: { key: `check.${id}.pass${variant}`, params },
    facts: [],
  };
}
