import { z } from 'zod';
import { vpnDraftSchema } from './model/draft';
import { observationSchema, REAL_NAME_STATUSES } from './model/observation';
import { PAGE_KINDS } from './model/page-kind';
import type { Checklist } from './model/checklist';
import type { Settings } from './model/settings';
import type { Language } from './i18n';

/*
 * Messages between the extension's contexts. The background validates every incoming message with
 * these schemas (the content script lives in a page we do not trust); senders import only the types.
 */

const readingSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('signedIn'), value: z.boolean() }),
  z.object({ field: z.literal('account'), value: z.string().min(1).max(128) }),
  z.object({ field: z.literal('realName'), value: z.enum(REAL_NAME_STATUSES) }),
  z.object({ field: z.literal('cash'), value: z.number().int().safe() }),
  z.object({ field: z.literal('frozen'), value: z.number().int().safe().nonnegative() }),
  z.object({ field: z.literal('coupons'), value: z.number().int().safe().nonnegative() }),
]);

export const contentMessageSchema = z.discriminatedUnion('type', [
  /** What the page's reader found. The background stamps source and time. */
  z.object({
    type: z.literal('page-read'),
    pageKind: z.enum(PAGE_KINDS),
    readings: z.array(readingSchema).max(20),
  }),
  /** The VPN form as filled so far, or null when the form went away. Answered with a PanelView. */
  z.object({ type: z.literal('draft'), draft: vpnDraftSchema.nullable() }),
  /** The person chose "Proceed anyway" in the guard dialog. */
  z.object({
    type: z.literal('guard-override'),
    readiness: z.enum(['ready', 'warning', 'blocked', 'unknown']),
    checks: z.array(z.string().max(64)).max(20),
  }),
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
]);
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/** What the content script shows in the panel and uses for the guard decision. */
export interface PanelView {
  checklist: Checklist;
  estimate: { perHourFen: number; perDayFen: number; tunnels: number; outboundGbPerDay: number };
  guardMode: Settings['guardMode'];
  language: Language;
  account?: string;
  /** When the view was made, so ages can be shown relative to it. */
  now: number;
}

/** Background → content script push when state or settings change. */
export interface PanelViewPush {
  type: 'panel-view';
  view: PanelView;
}

/** The popup's summary. */
export interface Summary {
  view: PanelView;
  /** True when the view is for the tab's open VPN form; false for the account-only checks. */
  forForm: boolean;
  /** True when the tab is not a console page and this is the last-known account. */
  lastKnown: boolean;
  newestObservationAt?: number;
}
