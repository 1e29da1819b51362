import { z } from 'zod';
import type { Language } from './i18n';
import type { PanelTexts } from './i18n/panel';
import type { CheckId, CheckStatus, Message, Readiness } from './model/checklist';
import { formDraftSchema } from './model/draft';
import {
  FIELD_NAMES,
  FOUND_BY,
  fieldValueSchemas,
  observationSchema,
  type Reading,
} from './model/observation';
import { PAGE_KINDS } from './model/page-kind';
import { pageResourcesSchema } from './model/resource-lists';
import { type Settings, TAUGHT_FIELDS, type TaughtField, taughtLocatorEntrySchema } from './model/settings';
import type { OpenApiValues } from './openapi-source';
import type { PageConfig } from './taught-locators';

export type { PageConfig } from './taught-locators';

/*
 * Messages between the extension's contexts. The background validates every incoming message with
 * these schemas (the content script lives in a page we do not trust); senders import only the types.
 */

/** A reading as the page sends it: one field's value, checked by that field's own schema, and how it was found. */
export const readingSchema = z
  .object({ field: z.enum(FIELD_NAMES), value: z.unknown(), found: z.enum(FOUND_BY) })
  .check((ctx) => {
    const value = fieldValueSchemas[ctx.value.field].safeParse(ctx.value.value);
    if (!value.success)
      ctx.issues.push({ code: 'custom', message: `invalid ${ctx.value.field}`, input: ctx.value });
  })
  .transform((reading) => reading as Reading);

/** Sections of the options page a checklist row may send the person to. */
export const OPTIONS_SECTIONS = ['coupon-product-lines', 'accounts'] as const;

export const contentMessageSchema = z.discriminatedUnion('type', [
  /**
   * What the page's reader found. The background stamps source and time. On the VPN form it carries the
   * form as filled too, and is answered with a PanelView as a `draft` is. The preflight reads before it
   * knows the person's taught locators and overrides (it loads without them), and they may change while the
   * page is open: where `config` is not the settings' key, the background records nothing and answers with
   * a PageReread.
   */
  z.object({
    type: z.literal('page-read'),
    pageKind: z.enum(PAGE_KINDS),
    readings: z.array(readingSchema).max(20),
    draft: formDraftSchema.optional(),
    /** What a list or detail page showed of the account's resources (the quota checks count them). */
    resources: pageResourcesSchema.optional(),
    /** The key of the PageConfig the page was read with ('' before it has one). */
    config: z.string().max(32),
  }),
  /** The form as filled so far, or null when the form went away. Answered with a PanelView. */
  z.object({ type: z.literal('draft'), draft: formDraftSchema.nullable() }),
  /** The person chose "Proceed anyway" in the guard dialog. */
  z.object({
    type: z.literal('guard-override'),
    readiness: z.enum(['ready', 'warning', 'blocked', 'unknown']),
    checks: z.array(z.string().max(64)).max(20),
  }),
  /** The panel's "Refresh from OpenAPI": asks the background to refresh; answered with a PanelView. */
  z.object({ type: z.literal('refresh') }),
  /** A row's fix link points at the options page (a section of it), which a console page may not open. */
  z.object({ type: z.literal('open-options'), section: z.enum(OPTIONS_SECTIONS).optional() }),
  /** A confirmed pick: the place on this page where the field's value is. Answered with the new PageConfig. */
  z.object({
    type: z.literal('teach'),
    entry: taughtLocatorEntrySchema.omit({ taughtAt: true }),
  }),
  /** A row's "point at it": the picker for the field, on the page that shows it. */
  z.object({ type: z.literal('teach-request'), field: z.enum(TAUGHT_FIELDS) }),
  /** The person collapsed or expanded the panel: kept for the next forms and pages (a UI preference only). */
  z.object({ type: z.literal('panel-collapsed'), collapsed: z.boolean() }),
  /** The guard itself threw and let the console's submit through (fail open). */
  z.object({ type: z.literal('guard-error'), message: z.string().max(2000) }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

export const extensionPageMessageSchema = z.discriminatedUnion('type', [
  /** Popup: readiness for a tab, or the last-known account when the tab is not a console page. */
  z.object({ type: z.literal('get-summary'), tabId: z.number().int().nonnegative().optional() }),
  /** Popup/options: a value typed in by the person (issue of sources without a page or API). */
  z.object({
    type: z.literal('manual-observation'),
    observation: observationSchema.refine((o) => o.source === 'manual', 'manual observations only'),
  }),
  /** Options/popup: the OpenAPI source's state (secret shown masked, never in full). */
  z.object({ type: z.literal('openapi-status') }),
  /** Popup/options "Refresh from OpenAPI": runs unless the minimum interval or a pause forbids it. */
  z.object({ type: z.literal('openapi-refresh') }),
  /**
   * Options "Test connection", with the values typed in the form; a value left out is the stored one.
   * Extension page → background is trusted with the secret; the reply never carries it.
   */
  z.object({
    type: z.literal('openapi-test'),
    regionId: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
    accessKeyId: z.string().trim().max(128).optional(),
    secret: z.string().max(256).optional(),
  }),
  /** Popup: point at a value on the active tab's page (or on the page that shows it). */
  z.object({
    type: z.literal('teach-request'),
    field: z.enum(TAUGHT_FIELDS),
    tabId: z.number().int().nonnegative().optional(),
  }),
  /** Popup/options: what the extension saw on a tab's page, as a report the person can send. */
  z.object({
    type: z.literal('page-report'),
    tabId: z.number().int().nonnegative().optional(),
    includeAccountName: z.boolean(),
  }),
  z.object({ type: z.literal('openapi-save-secret'), secret: z.string().max(256) }),
  z.object({ type: z.literal('openapi-clear-secret') }),
  /** Options: forget one account, by any of its names. Answered with a ForgetAccountReply. */
  z.object({ type: z.literal('forget-account'), account: z.string().min(1).max(128) }),
  /**
   * Options: delete everything read and kept. Settings and the OpenAPI secret are the person's choices, not
   * what was read: each goes only when not kept. Answered with a ClearDataReply.
   */
  z.object({ type: z.literal('clear-data'), keepSettings: z.boolean(), keepSecret: z.boolean() }),
]);
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/** A check as shown: its words already in the view's language. */
export interface RenderedCheck {
  id: CheckId;
  status: CheckStatus;
  required: boolean;
  title: string;
  /** The reason in plain words, with the numbers it used. */
  reason: string;
  /** Where each value came from and how old it is. */
  facts: string[];
  fix?: { label: string; url: string };
  /** The row offers to point at its value on the page (it is unknown, stale, or its taught place is lost). */
  teach?: { field: TaughtField; label: string };
  /** The check rests on a value older than the staleness limit: its fix is the page that refreshes it. */
  stale?: true;
}

/** What the panel and popup show, rendered by the background; the guard decides from `readiness`. */
export interface PanelView {
  readiness: Readiness;
  readinessLabel: string;
  checks: RenderedCheck[];
  /** The estimated cost and how long funds last, one line each. */
  estimate: string[];
  account?: string;
  guardMode: Settings['guardMode'];
  /** The OpenAPI source is on, so the panel offers "Refresh from OpenAPI". */
  refreshable: boolean;
  /** What the last refresh the panel asked for came to, when it did not simply succeed. */
  notice?: string;
  language: Language;
  /** The panel's and guard's own words, in the view's language (the page script carries almost none). */
  texts: PanelTexts;
  /** When the view was made: the ages in `facts` are relative to it. */
  now: number;
  /** The person last chose a collapsed panel (the panel starts so on the next form and page). */
  collapsed?: boolean;
}

/**
 * Reply to a `page-read` without a form, taken: `offer` names the fields this page shows that the person can
 * point at and that the read did not find (the page's teach chip offers them).
 */
export interface PageReadTaken {
  ok: true;
  offer?: TaughtField[];
}

/** Reply to a `page-read` made with another config than the settings': read the page again with this one. */
export interface PageReread {
  reread: PageConfig;
}

/** Background → content script push when state or settings change. */
export interface PanelViewPush {
  type: 'panel-view';
  view: PanelView;
}

/** Background → content script: the person asked to point at this field here. */
export interface StartTeachPush {
  type: 'start-teach';
  field: TaughtField;
}

/** Background → content script: what the page shows, for a page report. Answered with a PageReportPart. */
export interface CollectReportPush {
  type: 'collect-report';
}

export type TabPush = PanelViewPush | StartTeachPush | CollectReportPush;

/** The popup's summary. */
export interface Summary {
  view: PanelView;
  /** True when the view is for the tab's open VPN form; false for the account-only checks. */
  forForm: boolean;
  /** True when the tab is not a console page and this is the last-known account. */
  lastKnown: boolean;
  newestObservationAt?: number;
  /** Values in use that the person typed in, so the popup can show them as such, with their age. */
  manual?: ManualValuesInUse;
}

export type ManualField = 'cash' | 'coupons';
export type ManualValuesInUse = Partial<Record<ManualField, { fen: number; observedAt: number }>>;

/** Whether a secret is stored, and its masked form (`••••••••abcd`) made in the background. */
export interface OpenApiSecretView {
  set: boolean;
  masked?: string;
}

/** Reply to `openapi-status`. */
export interface OpenApiStatusView {
  enabled: boolean;
  secret: OpenApiSecretView;
  /** The optional host permission is granted. */
  permitted: boolean;
  /** JD refused these credentials; no refresh until region, key ID or secret change. */
  paused: boolean;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  lastError?: Message;
  /**
   * The secret cannot be kept where content scripts cannot read it (Firefox without IndexedDB, say), or the
   * sealed one can no longer be opened: options shows this line in the OpenAPI section.
   */
  secretProblem?: Message;
  now: number;
}

/** Reply to `openapi-refresh` and `openapi-test`: what came back, or why nothing did, in words. */
export type OpenApiRunReply =
  | { outcome: 'skipped'; message: Message; retryAt?: number }
  | { outcome: 'ok'; values: OpenApiValues; recorded: boolean }
  | { outcome: 'error'; values: OpenApiValues; recorded: boolean; message: Message };

/** Reply to `openapi-save-secret` and `openapi-clear-secret`. */
export type OpenApiSecretReply =
  | { ok: true; secret: OpenApiSecretView }
  | { error: string; message: Message };

/** Reply to `forget-account`: `forgotten` is false when no account goes by that name. */
export type ForgetAccountReply = { ok: true; forgotten: boolean } | { error: string };

/** Reply to `clear-data`, with the settings stored afterwards (the defaults when they were not kept). */
export type ClearDataReply = { ok: true; settings: Settings } | { error: string };
