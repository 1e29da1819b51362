import { z } from 'zod';
import { MAX_TAUGHT_LOCATORS, TAUGHT_FIELDS } from '../taught-locators';
import { taughtLocatorSchema } from './locator';

/** Fields a reader can be pointed at with a CSS selector when the console's layout defeats the labels. */
export const SELECTOR_OVERRIDE_FIELDS = ['account', 'realName', 'cash', 'frozen', 'coupons'] as const;
export type SelectorOverrideField = (typeof SELECTOR_OVERRIDE_FIELDS)[number];

export { TAUGHT_FIELDS, type TaughtField } from '../taught-locators';

/** Where a taught locator holds: the page kind it was taught on, or every console page (the top bar). */
export const TAUGHT_SCOPES = ['console', 'capital-overview', 'real-name', 'account-info'] as const;
export type TaughtScope = (typeof TAUGHT_SCOPES)[number];

/** A place on a page the person pointed at for one field: data, never code. */
export const taughtLocatorEntrySchema = z
  .object({
    scope: z.enum(TAUGHT_SCOPES),
    field: z.enum(TAUGHT_FIELDS),
    locator: taughtLocatorSchema,
    /** What the pick read when it was taught, as the page showed it. */
    sample: z.string().max(120),
    taughtAt: z.number().int().nonnegative(),
  })
  .strict();
export type TaughtLocatorEntry = z.infer<typeof taughtLocatorEntrySchema>;

/** List prices per region, in fen (may be fractional: these are rates, not amounts). */
export const regionPriceSchema = z.object({
  connectionPerHourFen: z.number().nonnegative().max(1_000_000),
  tunnelPerHourFen: z.number().nonnegative().max(1_000_000),
  outboundPerGbFen: z.number().nonnegative().max(1_000_000),
});
export type RegionPrice = z.infer<typeof regionPriceSchema>;

/** Documented list prices (docs/jdcloud.md §1.3): connection 0.1 CNY/h, tunnel 0.12 CNY/h, outbound 0.8 CNY/GB. */
const documentedPrice: RegionPrice = { connectionPerHourFen: 10, tunnelPerHourFen: 12, outboundPerGbFen: 80 };

export const settingsSchema = z.object({
  /** UI language; `auto` follows the browser. */
  language: z.enum(['auto', 'zh-CN', 'en']).default('auto'),
  /** Consumption threshold: cash + applicable coupons must be at least this (fen). */
  thresholdFen: z.number().int().nonnegative().max(100_000_000).default(5000),
  /** Warn when funds cover fewer days of the estimated VPN cost. */
  runwayWarnDays: z.number().int().min(0).max(365).default(7),
  /** Data older than this turns its check to `warn`. */
  staleAfterHours: z
    .number()
    .min(1)
    .max(24 * 30)
    .default(24),
  guardMode: z.enum(['warn', 'block', 'off']).default('warn'),
  /** What was read about an account is kept this many days after it was read, then dropped. */
  retentionDays: z
    .number()
    .int()
    .min(1)
    .max(10 * 365)
    .default(90),
  /** Tunnels the person plans to add to the connection (the console pre-fills 2, or 4 for a quad-IP gateway). */
  plannedTunnels: z.number().int().min(0).max(8).default(2),
  expectedOutboundGbPerDay: z.number().nonnegative().max(1_000_000).default(1),
  /** Price per region code; `default` applies to regions not listed. */
  prices: z.record(z.string().min(1).max(64), regionPriceSchema).default({
    default: documentedPrice,
    'cn-north-1': documentedPrice,
    'cn-east-2': documentedPrice,
    'cn-south-1': documentedPrice,
  }),
  /**
   * Consumption thresholds (fen) JD set differently for some accounts, by account name; the others use
   * thresholdFen.
   */
  thresholdByAccount: z
    .record(z.string().min(1).max(128), z.number().int().nonnegative().max(100_000_000))
    .default({}),
  /**
   * The person's answer, per coupon product line the extension cannot map (基础云), whether it covers VPN:
   * a fact about JD's catalogue, so it holds for every account.
   */
  couponProductLines: z.record(z.string().min(1).max(64), z.boolean()).default({}),
  /** One per scope and field (a new pick replaces the old); tried before overrides and labels. */
  taughtLocators: z
    .array(taughtLocatorEntrySchema)
    .max(MAX_TAUGHT_LOCATORS)
    .refine(
      (entries) => new Set(entries.map((entry) => `${entry.scope}/${entry.field}`)).size === entries.length,
      'one taught locator per page and field',
    )
    .default([]),
  selectorOverrides: z
    .partialRecord(z.enum(SELECTOR_OVERRIDE_FIELDS), z.string().min(1).max(500))
    .default({}),
  /** The OpenAPI source. The secret key is stored apart from settings and never leaves the background. */
  openapi: z
    .object({
      enabled: z.boolean().default(false),
      regionId: z.string().min(1).max(64).default('cn-north-1'),
      accessKeyId: z.string().max(128).default(''),
      refreshMinutes: z
        .number()
        .int()
        .min(5)
        .max(24 * 60)
        .default(15),
    })
    .default({ enabled: false, regionId: 'cn-north-1', accessKeyId: '', refreshMinutes: 15 }),
});

export type Settings = z.infer<typeof settingsSchema>;
