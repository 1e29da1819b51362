import type { FormDraft } from './model/draft';
import type { AccountState, Coupon } from './model/observation';
import { DESCRIPTION_MAX_LENGTH } from './rules/description-length';
import { NAME_MAX_LENGTH } from './rules/name-format';

/*
 * What a tab keeps in session storage is bounded, however many tabs are open: the browser's session storage
 * has a quota (10 MB in Chrome), and a write over it would fail every message after it. Ordinary tabs are kept
 * as they are; only a tab whose state is over the bound is cut, and always so that its verdict can only get
 * more careful, never more confident (the page's own answer is made from the form as sent, before the cut).
 */

/** The most one tab may keep, in UTF-8 bytes of JSON: 500 tabs stay well within the quota. */
export const TAB_STATE_MAX_BYTES = 8 * 1024;

/** UTF-8 bytes of a value as JSON: what it costs in storage. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/** Typed values (addresses, CIDRs, numbers, algorithm names) are far shorter than this when they are valid. */
const TYPED_MAX = 64;
/** Option labels of a gateway select: only how many there are counts, and the chosen one is kept whole. */
const OPTION_LABELS_KEPT = 10;
const OPTION_LABEL_MAX = 32;
/** Coupons a tab keeps of a list that named no account: the largest, so what is dropped only lowers funds. */
const COUPONS_KEPT = 20;
const COUPON_TEXT_MAX = 32;

function firstCodePoints(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max).join('');
}

/** Cut with a mark that no address, number or key holds: a cut value can never read as a valid one. */
function cutMarked(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

function compactValue(key: string, value: unknown): unknown {
  // Still over the rule's limit when cut, so the check fails as it did (its length reads smaller).
  if (key === 'name' && typeof value === 'string') return firstCodePoints(value, NAME_MAX_LENGTH + 1);
  if (key === 'description' && typeof value === 'string') {
    return firstCodePoints(value, DESCRIPTION_MAX_LENGTH + 1);
  }
  if (typeof value === 'string') return cutMarked(value, TYPED_MAX);
  if (Array.isArray(value)) return value.map((item) => compactValue('', item));
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.options)) {
      // A gateway select: as many options as it had, the first few labels short, the chosen one whole.
      const options = record.options.map((label, index) =>
        index < OPTION_LABELS_KEPT && typeof label === 'string'
          ? firstCodePoints(label, OPTION_LABEL_MAX)
          : '',
      );
      return { ...record, options };
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, compactValue(k, v)]));
  }
  return value;
}

/** The draft with long texts and lists cut as described above; the fields and counts the checks read stay. */
export function compactDraft(draft: FormDraft): FormDraft {
  return compactValue('', draft) as FormDraft;
}

/** Only which form it is, how shown and where: its own checks are unknown until the page sends it again. */
function draftShell(draft: FormDraft): FormDraft {
  const { presentation, region } = draft;
  const form = 'form' in draft ? draft.form : undefined;
  return { ...(form ? { form } : {}), presentation, ...(region ? { region } : {}) } as FormDraft;
}

function compactCoupons(coupons: readonly Coupon[]): Coupon[] {
  return [...coupons]
    .sort((a, b) => b.amountFen - a.amountFen)
    .slice(0, COUPONS_KEPT)
    .map((coupon) => ({
      ...coupon,
      scope: firstCodePoints(coupon.scope, COUPON_TEXT_MAX),
      ...(coupon.region === undefined ? {} : { region: cutMarked(coupon.region, COUPON_TEXT_MAX) }),
    }));
}

/** What a page read when it named no account, with its coupon list cut to the largest coupons. */
function compactUnnamed(state: AccountState): AccountState {
  const list = state.couponList;
  if (!list || !Array.isArray(list.value)) return state;
  return { ...state, couponList: { ...list, value: compactCoupons(list.value) } };
}

/** The parts of a tab's state that can grow. */
interface Boundable {
  draft?: FormDraft;
  unnamed?: AccountState;
  /** The stored draft is not the form as the page sent it: the page's own verdict is not replaced from it. */
  draftCut?: true;
}

/**
 * A tab's state within `maxBytes`: as it is when it fits; else its draft compacted, then its unnamed read's
 * coupons cut, then its draft reduced to a shell, then its unnamed read emptied (never dropped: a tab that
 * read no account's values must not borrow another's).
 */
export function boundTabState<T extends Boundable>(tab: T, maxBytes = TAB_STATE_MAX_BYTES): T {
  if (jsonBytes(tab) <= maxBytes) return tab;
  let bounded: T = tab.draft ? { ...tab, draft: compactDraft(tab.draft), draftCut: true } : tab;
  if (jsonBytes(bounded) > maxBytes && bounded.unnamed) {
    bounded = { ...bounded, unnamed: compactUnnamed(bounded.unnamed) };
  }
  if (jsonBytes(bounded) > maxBytes && bounded.draft) {
    bounded = { ...bounded, draft: draftShell(bounded.draft) };
  }
  if (jsonBytes(bounded) > maxBytes && bounded.unnamed) bounded = { ...bounded, unnamed: {} };
  return bounded;
}
