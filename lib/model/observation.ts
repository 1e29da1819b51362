import { z } from 'zod';
import { PAGE_KINDS } from './page-kind';

/**
 * Real-name status as the console and the API can show it.
 * `both` is JD Cloud's userAuth = 3 (personal and enterprise).
 */
export const REAL_NAME_STATUSES = ['none', 'personal', 'enterprise', 'both', 'pending', 'rejected'] as const;
export type RealNameStatus = (typeof REAL_NAME_STATUSES)[number];

const fen = z.number().int().safe();

/** How a coupon's billing types read: JD's 按配置 / 按用量 / 包年包月, or something else it names. */
export const COUPON_BILLING_TYPES = ['configuration', 'consumption', 'monthly', 'other'] as const;
export type CouponBillingType = (typeof COUPON_BILLING_TYPES)[number];

/**
 * Whether a coupon's product scope covers VPN, as far as its words tell: `vpn` names VPN, `all` every product,
 * `none` excludes VPN or names other products only, `unmapped` names a product line nobody here can map
 * (基础云): the person says once whether it covers VPN (settings.couponProductLines).
 */
export const COUPON_COVERS = ['vpn', 'all', 'none', 'unmapped'] as const;
export type CouponCover = (typeof COUPON_COVERS)[number];

/** One usable coupon as the coupons page lists it (used, expired and frozen ones are not listed). */
export const couponSchema = z.object({
  /** What is left to spend: the balance where a balance column exists, else the face value. */
  amountFen: fen.nonnegative(),
  /** The scope as the page words it (product line), for the checklist to name. */
  scope: z.string().max(64),
  covers: z.enum(COUPON_COVERS),
  /** Absent: the page shows no billing type the reader could read, so the coupon is not counted. */
  billingTypes: z.array(z.enum(COUPON_BILLING_TYPES)).max(8).optional(),
  /** A region code, when the page shows one. */
  region: z.string().max(64).optional(),
  /** Validity in epoch ms, read in China time; absent when not shown. */
  validFrom: z.number().int().nonnegative().optional(),
  validUntil: z.number().int().nonnegative().optional(),
});
export type Coupon = z.infer<typeof couponSchema>;

/** Value schema per observable field. Money is integer fen (1 CNY = 100 fen). */
export const fieldValueSchemas = {
  signedIn: z.boolean(),
  /** The account's login name (or what the console shows in its place: a pin, a masked phone). */
  account: z.string().min(1).max(128),
  /** The account's pin (PIN / 用户Pin), when a page shows it beside the login name: the two are one account. */
  pin: z.string().min(1).max(128),
  realName: z.enum(REAL_NAME_STATUSES),
  /** The available amount (可用金额 / availableAmount): the cash that counts. */
  cash: fen,
  /** 账户余额: a weaker figure (it may include frozen funds), used only when no available amount is known. */
  accountBalance: fen,
  frozen: fen.nonnegative(),
  /** Debt the account owes (欠费金额); 0 when a page says there is none. A debt blocks any purchase. */
  arrears: fen.nonnegative(),
  /** A billing page refused this account (a sub-user without billing rights): no balance can be read here. */
  billingDenied: z.boolean(),
  /** Coupons that apply to VPN, as one amount: typed in by the person, or an override pointing at a total. */
  coupons: fen.nonnegative(),
  /** The usable coupons the coupons page lists, so each form counts those that apply to its billing type. */
  couponList: z.array(couponSchema).max(200),
} as const;

export type FieldName = keyof typeof fieldValueSchemas;
export const FIELD_NAMES = Object.keys(fieldValueSchemas) as FieldName[];
export type FieldValue<F extends FieldName> = z.infer<(typeof fieldValueSchemas)[F]>;

/**
 * How a page reading was found: a taught locator, the person's selector override, a label beside the value,
 * or an inference from the page itself (a console page rendered for the person proves they are signed in).
 */
export const FOUND_BY = ['taught', 'override', 'label', 'inference'] as const;
export type FoundBy = (typeof FOUND_BY)[number];

export const sourceSchema = z.union([
  z.templateLiteral(['page:', z.enum(PAGE_KINDS)]),
  z.literal('openapi'),
  z.literal('manual'),
]);
/** Where a value came from: the page kind it was read on, the OpenAPI, or typed in by the person. */
export type Source = z.infer<typeof sourceSchema>;

const observationBase = {
  source: sourceSchema,
  /** How a page value was found; absent for the OpenAPI and manual sources. */
  found: z.enum(FOUND_BY).optional(),
  /** Epoch milliseconds. */
  observedAt: z.number().int().nonnegative(),
  /** The account (JD Cloud login name) the value belongs to, when known. */
  account: z.string().min(1).max(128).optional(),
};

function observationOf<F extends FieldName>(field: F) {
  return z.object({ field: z.literal(field), value: fieldValueSchemas[field], ...observationBase });
}

export const observationSchema = z.discriminatedUnion('field', [
  observationOf('signedIn'),
  observationOf('account'),
  observationOf('pin'),
  observationOf('realName'),
  observationOf('cash'),
  observationOf('accountBalance'),
  observationOf('frozen'),
  observationOf('arrears'),
  observationOf('billingDenied'),
  observationOf('coupons'),
  observationOf('couponList'),
]);
export type Observation = z.infer<typeof observationSchema>;

/** A value a reader found and how, before the background stamps source, time and account on it. */
export type Reading = { [F in FieldName]: { field: F; value: FieldValue<F>; found: FoundBy } }[FieldName];

/** The newest observation of each field for one account. Absent means never observed. */
export type AccountState = { [F in FieldName]?: Extract<Observation, { field: F }> };
