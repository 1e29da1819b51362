import type { FormDraft } from './draft';
import type { Reading } from './observation';
import type { PageKind } from './page-kind';

/*
 * The page's part of a page report, as the page-report module sends it to the background. Types and bounds
 * only (no zod): the page script that collects it imports this, the background's schema (lib/page-report.ts)
 * holds it to the same bounds.
 */

/** What a lookup made of a candidate: the value it took, not a value of this kind, or a placeholder/mask. */
export const CANDIDATE_OUTCOMES = ['taken', 'not-a-value', 'untrusted'] as const;
export type CandidateOutcome = (typeof CANDIDATE_OUTCOMES)[number];

/** How the page kind was decided: by the address (and the page's title), or by what the page shows. */
export const KIND_FROM = ['address', 'page'] as const;
export type KindFrom = (typeof KIND_FROM)[number];

/** One label a reader found, and the candidates for its value in the order they were tried. */
export interface ConsideredLabel {
  label: string;
  candidates: { text: string; outcome: CandidateOutcome }[];
}

/** What the page sends for a report: plain JSON, every list and text within REPORT_PART_LIMITS. */
export interface PageReportPart {
  pageKind: PageKind;
  kindFrom: KindFrom;
  /** Where the page decided the kind: the title of the dialog that holds the form. */
  marker?: string;
  /** Host and path (and a hash-routed console's route), without query data. */
  address: string;
  readings: Reading[];
  draft?: FormDraft;
  considered: ConsideredLabel[];
}

export const REPORT_PART_LIMITS = {
  /** A label, a candidate's value text, a marker. */
  text: 80,
  address: 300,
  readings: 20,
  considered: 60,
  candidates: 12,
} as const;
