import type { AccountState, Coupon, CouponBillingType } from '../model/observation';
import type { Settings } from '../model/settings';
import { accountUnidentified } from './account-bound';
import { fenValue, type Purchase, type RuleInput } from './rule';

/**
 * The funds that count, for funds-threshold and funds-runway alike: the cash figure (the available amount,
 * else the weaker 账户余额), a debt, and the coupons that apply to this purchase.
 */

/** How each purchase is billed, in a coupon's billing types: the connection by usage, a tunnel by configuration. */
export const PURCHASE_BILLING_TYPE: Record<Purchase, CouponBillingType> = {
  connection: 'consumption',
  tunnel: 'configuration',
};

type CashObservation = NonNullable<AccountState['cash'] | AccountState['accountBalance']>;
type DebtObservation = NonNullable<AccountState['arrears']> | CashObservation;
type CouponsObservation = NonNullable<AccountState['coupons'] | AccountState['couponList']>;

export interface Cash {
  fen: number;
  observation: CashObservation;
  /** The figure is 账户余额, which may include frozen funds: used only when no available amount is known. */
  weak: boolean;
}

/** The available amount when known (whatever its age), else the account balance, else nothing. */
export function cashThatCounts(state: AccountState): Cash | undefined {
  const cash = state.cash;
  const cashFen = fenValue(cash?.value);
  if (cash && cashFen !== undefined) return { fen: cashFen, observation: cash, weak: false };
  const balance = state.accountBalance;
  const balanceFen = fenValue(balance?.value);
  // Frozen funds known: the balance may or may not include them, so it tells nothing about what is available.
  const frozenFen = fenValue(state.frozen?.value) ?? 0;
  if (balance && balanceFen !== undefined && frozenFen <= 0)
    return { fen: balanceFen, observation: balance, weak: true };
  return undefined;
}

export interface Debt {
  fen: number;
  observation: DebtObservation;
}

/**
 * What the account owes: arrears above zero, else a negative cash figure. Zero or absent arrears is no debt, and
 * so is a debt read before the newest cash figure (a page that shows the figures and no debt says it is paid).
 */
export function debtOf(state: AccountState, cash: Cash | undefined): Debt | undefined {
  const arrears = state.arrears;
  const arrearsFen = fenValue(arrears?.value);
  const paidSince = cash !== undefined && cash.observation.observedAt > (arrears?.observedAt ?? 0);
  if (arrears && arrearsFen !== undefined && arrearsFen > 0 && !paidSince) {
    return { fen: arrearsFen, observation: arrears };
  }
  if (cash && cash.fen < 0) return { fen: -cash.fen, observation: cash.observation };
  return undefined;
}

/** Where and when the purchase happens, which decides whether a listed coupon applies. */
export interface CouponContext {
  billingType: CouponBillingType;
  /** The draft's region; undefined when unknown (then a coupon naming a region does not apply). */
  region: string | undefined;
  now: number;
  productLines: Settings['couponProductLines'];
}

/** Whether a coupon covers VPN: by its words, by the person's answer for its product line, or not yet known. */
export type CouponCoverage = 'applies' | 'not' | 'unanswered';

function productCoverage(coupon: Coupon, productLines: Settings['couponProductLines']): CouponCoverage {
  if (coupon.covers === 'vpn' || coupon.covers === 'all') return 'applies';
  if (coupon.covers !== 'unmapped') return 'not';
  if (!Object.hasOwn(productLines, coupon.scope)) return 'unanswered';
  const answer: unknown = productLines[coupon.scope];
  if (answer === true) return 'applies';
  return answer === false ? 'not' : 'unanswered';
}

/** Billing type, region and validity: everything about a coupon but its product line. */
function usableHere(coupon: Coupon, context: CouponContext): boolean {
  if (!Array.isArray(coupon.billingTypes) || !coupon.billingTypes.includes(context.billingType)) return false;
  if (coupon.region !== undefined && (context.region === undefined || coupon.region !== context.region)) {
    return false;
  }
  // Written so that a corrupt (non-numeric) bound makes the coupon not count.
  if (coupon.validFrom !== undefined && !(context.now >= coupon.validFrom)) return false;
  if (coupon.validUntil !== undefined && !(context.now <= coupon.validUntil)) return false;
  return true;
}

/** Whether one listed coupon counts for this purchase. */
export function couponCoverage(coupon: Coupon, context: CouponContext): CouponCoverage {
  if (!usableHere(coupon, context)) return 'not';
  return productCoverage(coupon, context.productLines);
}

/** A list entry that can be counted at all: an amount of fen and a scope. Anything else is skipped. */
function isCountable(entry: unknown): entry is Coupon {
  if (typeof entry !== 'object' || entry === null) return false;
  const { amountFen, scope } = entry as { amountFen?: unknown; scope?: unknown };
  const fen = fenValue(amountFen);
  return fen !== undefined && fen >= 0 && typeof scope === 'string';
}

/** The product lines named in a row, at most this many (the rest as "…"). */
const MAX_LINES_NAMED = 6;

export interface Unanswered {
  /** What the coupons of product lines nobody has mapped add up to; they are not counted. */
  fen: number;
  /** Their product lines as the page words them, joined for the row. */
  lines: string;
}

export interface Coupons {
  /** What the coupons that apply add up to. */
  fen: number;
  observation: CouponsObservation;
  unanswered: Unanswered;
}

function linesText(scopes: readonly string[]): string {
  const unique = [...new Set(scopes)];
  const named = unique.slice(0, MAX_LINES_NAMED);
  return unique.length > MAX_LINES_NAMED ? `${named.join(' / ')} …` : named.join(' / ');
}

function fromList(observation: NonNullable<AccountState['couponList']>, context: CouponContext): Coupons {
  let fen = 0;
  let unansweredFen = 0;
  const unansweredScopes: string[] = [];
  for (const coupon of (observation.value as unknown[]).filter(isCountable)) {
    const coverage = couponCoverage(coupon, context);
    if (coverage === 'applies') fen += coupon.amountFen;
    if (coverage === 'unanswered') {
      unansweredFen += coupon.amountFen;
      unansweredScopes.push(coupon.scope);
    }
  }
  return { fen, observation, unanswered: { fen: unansweredFen, lines: linesText(unansweredScopes) } };
}

function contextOf({ draft, settings, now, purchase }: RuleInput): CouponContext {
  const region = draft?.region;
  return {
    billingType: PURCHASE_BILLING_TYPE[purchase === 'tunnel' ? 'tunnel' : 'connection'],
    region: typeof region === 'string' && region !== '' ? region : undefined,
    now,
    productLines: settings.couponProductLines ?? {},
  };
}

/**
 * The coupons that count: from the list when it is at least as new as the typed-in or override total,
 * else from that total (already "applicable to VPN"). Undefined when neither is known.
 */
export function couponsThatCount(input: RuleInput): Coupons | undefined {
  const { state } = input;
  const total = state.coupons;
  const totalFen = fenValue(total?.value);
  const usableTotal = total && totalFen !== undefined && totalFen >= 0 ? total : undefined;
  const list = state.couponList;
  const usableList = list && Array.isArray(list.value) ? list : undefined;
  if (usableList && !(usableTotal && usableTotal.observedAt > usableList.observedAt)) {
    return fromList(usableList, contextOf(input));
  }
  if (usableTotal && totalFen !== undefined) {
    return { fen: totalFen, observation: usableTotal, unanswered: { fen: 0, lines: '' } };
  }
  return undefined;
}

/** Everything the funds checks decide from, in the order they decide. */
export type Funds =
  | { kind: 'no-account' }
  | { kind: 'debt'; debt: Debt }
  | { kind: 'denied'; observation: NonNullable<AccountState['billingDenied']> }
  | { kind: 'no-cash' }
  | { kind: 'known'; cash: Cash; coupons: Coupons | undefined };

/**
 * The funds that count. An unidentified account comes first (nothing filed for it can be trusted), then a
 * debt (it blocks any purchase), then the cash figure; without one, a billing page that refused a sub-user
 * says why none can be read.
 */
export function fundsThatCount(input: RuleInput): Funds {
  const { state } = input;
  if (accountUnidentified(state)) return { kind: 'no-account' };
  const cash = cashThatCounts(state);
  const debt = debtOf(state, cash);
  if (debt) return { kind: 'debt', debt };
  if (!cash) {
    const denied = state.billingDenied;
    return denied?.value === true ? { kind: 'denied', observation: denied } : { kind: 'no-cash' };
  }
  return { kind: 'known', cash, coupons: couponsThatCount(input) };
}
