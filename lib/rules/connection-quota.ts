import type { CheckResult } from '../model/checklist';
import { judgeRaisableQuota, quotaUnknown } from './quota';
import { connectionDraftOf, type RuleInput } from './rule';

const ID = 'connection-quota';

/** docs/jdcloud.md §1.2: 10 VPN connections per border gateway in a region, raised by ticket. */
export const CONNECTIONS_PER_BORDER_GATEWAY = 10;

/** A label's parts, so `office (bgw-1a2b)` matches a list that names the gateway `bgw-1a2b` or `office`. */
function parts(label: string): string[] {
  return label.split(/[\s()（）[\]【】/|,，:：]+/u).filter((part) => part !== '');
}

/**
 * The count the list gives the chosen gateway: a key equal to the label, or to a whole part of it, or
 * one the label is a whole part of. Undefined when no key or more than one matches.
 */
export function countForGateway(label: string, counts: ReadonlyMap<string, number>): number | undefined {
  const chosen = label.trim();
  const chosenParts = parts(chosen);
  const matches = [...counts.entries()].filter(([key]) => {
    const name = key.trim();
    return name === chosen || chosenParts.includes(name) || parts(name).includes(chosen);
  });
  return matches.length === 1 ? matches[0]?.[1] : undefined;
}

function usableCounts(counts: unknown): Map<string, number> | undefined {
  if (typeof counts !== 'object' || counts === null) return undefined;
  const usable = new Map<string, number>();
  for (const [key, value] of Object.entries(counts)) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) usable.set(key, value);
  }
  return usable;
}

/**
 * VPN connections on the chosen border gateway, from the VPN connection list of the form's region (the
 * background keeps it per account and region). One more must fit under the quota; JD raises it by
 * ticket, so a full gateway warns and says how to ask. With no gateway matched, a complete list where
 * every gateway has room still passes. A list of another region, a partial list or none: unknown, and
 * not required.
 */
export function connectionQuotaRule({ draft: anyDraft, lists, settings, now }: RuleInput): CheckResult {
  const limit = CONNECTIONS_PER_BORDER_GATEWAY;
  const draft = connectionDraftOf(anyDraft);
  if (!draft) return quotaUnknown(ID, 'no-form', { limit });
  const list = lists?.connectionsByBorderGateway;
  const counts = usableCounts(list?.counts);
  const sameRegion =
    typeof draft.region === 'string' && draft.region !== '' && lists?.region === draft.region;
  if (!list || !counts || !sameRegion || typeof list.complete !== 'boolean') {
    return quotaUnknown(ID, 'unknown', { limit }, 'vpn-connections');
  }
  const listed = { complete: list.complete, observedAt: list.observedAt };
  const quota = { id: ID, limit, listFix: 'vpn-connections', settings, now } as const;
  const gateway = draft.borderGateway?.selected?.trim();
  const count = gateway ? countForGateway(gateway, counts) : undefined;
  if (gateway && count !== undefined) {
    return judgeRaisableQuota({ count, ...listed }, { ...quota, params: { gateway } });
  }
  const most = Math.max(0, ...counts.values());
  if (most < limit) {
    return list.complete
      ? judgeRaisableQuota({ count: most, ...listed }, { ...quota, variant: '-all' })
      : quotaUnknown(ID, 'partial', { count: most, limit }, 'vpn-connections');
  }
  // Some gateway is full, and which one this connection uses is not known.
  return quotaUnknown(ID, 'choose', { count: most, limit });
}
