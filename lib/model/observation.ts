import { z } from 'zod';
import { PAGE_KINDS } from './page-kind';

/**
 * Real-name status as the console and the API can show it.
 * `both` is JD Cloud's userAuth = 3 (personal and enterprise).
 */
export const REAL_NAME_STATUSES = ['none', 'personal', 'enterprise', 'both', 'pending', 'rejected'] as const;
export type RealNameStatus = (typeof REAL_NAME_STATUSES)[number];

const fen = z.number().int().safe();

/** Value schema per observable field. Money is integer fen (1 CNY = 100 fen). */
export const fieldValueSchemas = {
  signedIn: z.boolean(),
  account: z.string().min(1).max(128),
  realName: z.enum(REAL_NAME_STATUSES),
  cash: fen,
  frozen: fen.nonnegative(),
  coupons: fen.nonnegative(),
} as const;

export type FieldName = keyof typeof fieldValueSchemas;
export const FIELD_NAMES = Object.keys(fieldValueSchemas) as FieldName[];
export type FieldValue<F extends FieldName> = z.infer<(typeof fieldValueSchemas)[F]>;

export const sourceSchema = z.union([
  z.templateLiteral(['page:', z.enum(PAGE_KINDS)]),
  z.literal('openapi'),
  z.literal('manual'),
]);
/** Where a value came from: the page kind it was read on, the OpenAPI, or typed in by the person. */
export type Source = z.infer<typeof sourceSchema>;

const observationBase = {
  source: sourceSchema,
  /** Epoch milliseconds. */
  observedAt: z.number().int().nonnegative(),
  /** The account (JD Cloud pin / login name) the value belongs to, when the page shows it. */
  account: z.string().min(1).max(128).optional(),
};

export const observationSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('signedIn'), value: fieldValueSchemas.signedIn, ...observationBase }),
  z.object({ field: z.literal('account'), value: fieldValueSchemas.account, ...observationBase }),
  z.object({ field: z.literal('realName'), value: fieldValueSchemas.realName, ...observationBase }),
  z.object({ field: z.literal('cash'), value: fieldValueSchemas.cash, ...observationBase }),
  z.object({ field: z.literal('frozen'), value: fieldValueSchemas.frozen, ...observationBase }),
  z.object({ field: z.literal('coupons'), value: fieldValueSchemas.coupons, ...observationBase }),
]);
export type Observation = z.infer<typeof observationSchema>;

/** A value a reader found, before the content script stamps source, time and account on it. */
export type Reading = { [F in FieldName]: { field: F; value: FieldValue<F> } }[FieldName];

/** The newest observation of each field for one account. Absent means never observed. */
export type AccountState = { [F in FieldName]?: Extract<Observation, { field: F }> };
