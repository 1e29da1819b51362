/**
 * The page's side of a page report: what the readers make of this page now, and every label and candidate
 * value they considered on the way. Runs only when the person asks for a report (the page-report module,
 * loaded on demand): no page load pays for it. Of the page it keeps the address's host and path and the
 * texts the readers looked at, nothing else.
 *
 * Bundled into a page script: no zod (lib/model/page-report.ts carries none).
 */
import type { FormDraft } from '../model/draft';
import type { Reading } from '../model/observation';
import type { PageKind } from '../model/page-kind';
import {
  type CandidateOutcome,
  type ConsideredLabel,
  type PageReportPart,
  REPORT_PART_LIMITS,
} from '../model/page-report';
import { addressKind, type PageAddress, reportAddress } from '../page-address';
import { DIALOGS, dialogFormKind, dialogTitle, isShown } from '../pages';
import { readersByPage } from './index';
import {
  collapse,
  MAX_VALUE_TEXT,
  type Parsed,
  traceReads,
  UNTRUSTED,
  type ValueCandidate,
  valueText,
} from './labels';
import type { PageContext } from './page-context';
import { isSecretInput } from './taught-value';
import { TUNNEL_GATEWAY_PAGES } from './tunnel-gateway-pages';
import { VPN_CONSOLE_PAGES } from './vpn-console';

/** Every VPN console form's reader, by page kind: a report shows the form as they read it. */
const FORM_READERS = { ...VPN_CONSOLE_PAGES.forms, ...TUNNEL_GATEWAY_PAGES.forms };

/** Collapsed, and cut to `max` characters with an ellipsis where it was longer. */
export function clip(text: string, max: number = REPORT_PART_LIMITS.text): string {
  const collapsed = collapse(text);
  return collapsed.length <= max ? collapsed : `${collapsed.slice(0, max - 1)}…`;
}

/** A label's own words: the text nodes directly inside the element the label index found. */
function labelText(label: Element): string {
  const own = Array.from(label.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.nodeValue ?? '')
    .join(' ');
  return clip(collapse(own) || (label.textContent ?? ''));
}

function candidateText(candidate: ValueCandidate): string {
  if (typeof candidate === 'string') return clip(candidate);
  // A password or code field beside a label is never copied into a report, whatever it holds.
  if (isSecretInput(candidate)) return '••••';
  // A block too long to be a value is passed over unread (parseElementValue): its words are none of the
  // readers' business, so only its size goes in the report.
  const text = collapse(valueText(candidate));
  return text.length > MAX_VALUE_TEXT ? `‹${text.length} chars›` : clip(text);
}

function outcomeOf(parsed: Parsed<unknown>): CandidateOutcome {
  if (parsed === UNTRUSTED) return 'untrusted';
  return parsed === undefined ? 'not-a-value' : 'taken';
}

/** The open dialog that made this page the kind it is, by its title (or `dialog` when it has none). */
function dialogMarker(document: Document, pageKind: PageKind): string | undefined {
  for (const dialog of Array.from(document.querySelectorAll(DIALOGS)).slice(0, 20)) {
    if (isShown(dialog) && dialogFormKind(dialog) === pageKind) return clip(dialogTitle(dialog)) || 'dialog';
  }
  return undefined;
}

/**
 * Reads the page as the preflight does, with `page`'s taught places and overrides, listening to every
 * candidate the label lookups try. The same label tried again by a later lookup with the same outcome is
 * listed once.
 */
export function collectPageReportPart(
  page: PageContext,
  pageKind: PageKind,
  address: PageAddress,
): PageReportPart {
  const considered: ConsideredLabel[] = [];
  let lastLabel: Element | undefined;
  let current: ConsideredLabel | undefined;
  traceReads((label, candidate, outcome) => {
    if (label !== lastLabel || !current) {
      lastLabel = label;
      current = { label: labelText(label), candidates: [] };
      considered.push(current);
    }
    current.candidates.push({ text: candidateText(candidate), outcome: outcomeOf(outcome) });
  });
  let readings: Reading[] = [];
  let draft: FormDraft | undefined;
  try {
    readings = readersByPage[pageKind]?.(page) ?? [];
    const reader = FORM_READERS[pageKind];
    const form = reader?.find(page.document);
    if (reader && form) draft = reader.read(page, form);
  } finally {
    traceReads(undefined);
  }
  const byAddress = addressKind(address, page.document.title) === pageKind;
  const marker = byAddress ? undefined : dialogMarker(page.document, pageKind);
  return {
    pageKind,
    kindFrom: byAddress ? 'address' : 'page',
    ...(marker ? { marker } : {}),
    address: reportAddress(address).slice(0, REPORT_PART_LIMITS.address),
    readings: readings.slice(0, REPORT_PART_LIMITS.readings),
    ...(draft ? { draft } : {}),
    considered: distinct(considered)
      .slice(0, REPORT_PART_LIMITS.considered)
      .map((entry) => ({
        label: entry.label,
        candidates: entry.candidates.slice(0, REPORT_PART_LIMITS.candidates),
      })),
  };
}

function distinct(entries: ConsideredLabel[]): ConsideredLabel[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = JSON.stringify(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
