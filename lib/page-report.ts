/**
 * A page report: what the extension saw on a tab's page, as a text the person copies or downloads and attaches
 * to a bug report. The page's part (lib/readers/page-report.ts) is checked here against its bounds, account
 * names are replaced by a keyed hash unless the person includes them, and the whole is written out as
 * markdown in the view's language with the same data as JSON at its end. Nothing here sends anything.
 */
import { z } from 'zod';
import { type Language, translate } from './i18n';
import { readingSchema } from './messages';
import type { CheckId, CheckStatus, Readiness } from './model/checklist';
import { type FormDraft, formDraftSchema } from './model/draft';
import type { FieldName, Reading } from './model/observation';
import { PAGE_KINDS, type PageKind } from './model/page-kind';
import {
  CANDIDATE_OUTCOMES,
  type ConsideredLabel,
  KIND_FROM,
  type KindFrom,
  type PageReportPart,
  REPORT_PART_LIMITS,
} from './model/page-report';
import { formatFen } from './money';

const shortText = z.string().max(REPORT_PART_LIMITS.text);

/** The page's part as the background accepts it: it comes from a page, so every list and text is bounded. */
export const pageReportPartSchema = z.strictObject({
  pageKind: z.enum(PAGE_KINDS),
  kindFrom: z.enum(KIND_FROM),
  marker: shortText.optional(),
  address: z.string().max(REPORT_PART_LIMITS.address),
  readings: z.array(readingSchema).max(REPORT_PART_LIMITS.readings),
  draft: formDraftSchema.optional(),
  considered: z
    .array(
      z.strictObject({
        label: shortText,
        candidates: z
          .array(z.strictObject({ text: shortText, outcome: z.enum(CANDIDATE_OUTCOMES) }))
          .max(REPORT_PART_LIMITS.candidates),
      }),
    )
    .max(REPORT_PART_LIMITS.considered),
});

/** The page's part, or why it was refused. */
export function parsePageReportPart(
  answer: unknown,
): { ok: true; part: PageReportPart } | { ok: false; reason: string } {
  const parsed = pageReportPartSchema.safeParse(answer);
  if (parsed.success) return { ok: true, part: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.join('.') || '/'}: ${issue.message}` : 'invalid' };
}

/** The checklist as the popup shows it for the tab. */
export interface ReportVerdict {
  readiness: Readiness;
  /** The checks are the open VPN form's, not the account's alone. */
  forForm: boolean;
  /** The tab is not a console page: the checks are the last-known account's. */
  lastKnown: boolean;
  checks: { id: CheckId; status: CheckStatus }[];
}

/** The report's structured data: the JSON block at the end of the text. */
export interface PageReportData {
  report: 'vpn-preflight-page-report';
  format: 1;
  madeAt: string;
  extension: string;
  browser: string;
  accountNames: 'hashed' | 'included';
  page: {
    kind: PageKind;
    kindFrom: KindFrom;
    marker?: string;
    address?: string;
    /** A page script answered (false: the extension had no work on this page). */
    answered: boolean;
  };
  readings: Reading[];
  draft?: FormDraft;
  considered: ConsideredLabel[];
  verdict: ReportVerdict;
}

/** An account name and what stands for it in a report. */
export interface AccountToken {
  name: string;
  token: string;
}

export interface PageReportInputs {
  /** What the page's script answered; absent when none answered. */
  part?: PageReportPart;
  /** The tab as the browser tells it: the kind from its address, and host and path when it may be read. */
  tab: { kind: PageKind; address?: string };
  verdict: ReportVerdict;
  /** The readiness in words, in `language`. */
  readinessLabel: string;
  version: string;
  browser: string;
  now: number;
  language: Language;
  /** `included` when the person ticked "include account name". */
  accountNames: 'hashed' | 'included';
  /** Names replaced wherever they occur (none when included). */
  hidden: readonly AccountToken[];
}

const HEX = '0123456789abcdef';

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += `${HEX.charAt(byte >> 4)}${HEX.charAt(byte & 15)}`;
  return out;
}

/**
 * `account:` and the first 12 hex digits of HMAC-SHA256(salt, name). A plain hash of a pin or a phone number
 * could be looked up in a table; under a salt made once per install it cannot, and is the same in every
 * report from this install.
 */
export async function accountToken(salt: Uint8Array, name: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    salt as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(name));
  return `account:${toHex(new Uint8Array(mac)).slice(0, 12)}`;
}

// A page text cut to its first characters ends with this (lib/readers/page-report.ts `clip`).
const CUT = '…';
// The shortest start of a name, cut off at a text's end, that is hidden too: fewer letters tell nothing.
const MIN_CUT_NAME = 3;

/**
 * Replaces every occurrence of each name (any case; longer names first) by its token, in one pass; and in a
 * text cut short, a name's first letters just before the cut (`… jcloudia…`), which no whole name matches.
 */
export function nameHider(hidden: readonly AccountToken[]): (text: string) => string {
  const names = hidden.filter((entry) => entry.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return (text) => text;
  const tokens = new Map(names.map((entry) => [entry.name.toLowerCase(), entry.token]));
  const pattern = new RegExp(
    names.map((entry) => entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'gi',
  );
  const hideCut = (text: string): string => {
    if (!text.endsWith(CUT)) return text;
    const end = text.length - CUT.length;
    for (const { name, token } of names) {
      for (let length = Math.min(name.length - 1, end); length >= MIN_CUT_NAME; length--) {
        if (text.slice(end - length, end).toLowerCase() === name.slice(0, length).toLowerCase()) {
          return `${text.slice(0, end - length)}${token}${CUT}`;
        }
      }
    }
    return text;
  };
  return (text) => hideCut(text.replace(pattern, (found) => tokens.get(found.toLowerCase()) ?? found));
}

/** Every string inside a JSON value, mapped. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
  }
  return value;
}

/** Labels whose value is who the person is (a login name, pin, phone, mail): hidden whole when names are. */
const IDENTITY_LABEL =
  /账号|账户名|用户名|用户\s*pin|客户识别码|手机|邮箱|login|user\s*name|account\s*name|\bpin\b|phone|e-?mail/i;

/** The report's data: the page's texts (never the enums beside them) with the names hidden. */
export function pageReportData(inputs: PageReportInputs): PageReportData {
  const { part, tab } = inputs;
  const hashed = inputs.accountNames === 'hashed';
  const hide = nameHider(hashed ? inputs.hidden : []);
  // A name the readers could not take as one is known to no one, so nothing would hash it: what stands
  // beside an identity label is left out whole, by its length only.
  const hideCandidate = (label: string, text: string) =>
    hashed && IDENTITY_LABEL.test(label) ? `‹${[...text].length} chars›` : hide(text);
  const address = part?.address ?? tab.address;
  const marker = part?.marker;
  return {
    report: 'vpn-preflight-page-report',
    format: 1,
    madeAt: new Date(inputs.now).toISOString(),
    extension: inputs.version,
    browser: inputs.browser,
    accountNames: inputs.accountNames,
    page: {
      kind: part?.pageKind ?? tab.kind,
      kindFrom: part?.kindFrom ?? 'address',
      ...(marker ? { marker: hide(marker) } : {}),
      ...(address ? { address: hide(address) } : {}),
      answered: part !== undefined,
    },
    readings: (part?.readings ?? []).map(
      (reading) => ({ ...reading, value: mapStrings(reading.value, hide) }) as Reading,
    ),
    ...(part?.draft ? { draft: mapStrings(part.draft, hide) } : {}),
    considered: (part?.considered ?? []).map((entry) => ({
      label: hide(entry.label),
      candidates: entry.candidates.map((candidate) => ({
        ...candidate,
        text: hideCandidate(entry.label, candidate.text),
      })),
    })),
    verdict: inputs.verdict,
  };
}

const MONEY_FIELDS: readonly FieldName[] = ['cash', 'accountBalance', 'frozen', 'arrears', 'coupons'];
const MAX_VALUE_SHOWN = 200;

/** Page text as markdown inline code, which shows it as it is: fenced by more backticks than it holds. */
function code(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function shownValue(reading: Reading, language: Language): string {
  if (MONEY_FIELDS.includes(reading.field) && typeof reading.value === 'number') {
    return formatFen(reading.value, language);
  }
  const text = typeof reading.value === 'string' ? reading.value : JSON.stringify(reading.value);
  return text.length > MAX_VALUE_SHOWN ? `${text.slice(0, MAX_VALUE_SHOWN - 1)}…` : text;
}

/** The report as markdown: the words in `language`, the page's texts as code, the data as JSON at the end. */
export function pageReportText(data: PageReportData, readinessLabel: string, language: Language): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  const lines: string[] = [`# ${t('report.title')}`, ''];
  lines.push(
    `- ${t('report.madeAt', { at: data.madeAt })}`,
    `- ${t('report.extension', { version: data.extension })}`,
    `- ${t('report.browser', { browser: data.browser })}`,
    `- ${t(data.accountNames === 'hashed' ? 'report.names.hashed' : 'report.names.included')}`,
    `- ${t('report.contents')}`,
    '',
    `## ${t('report.section.page')}`,
    '',
  );
  const { page } = data;
  const why =
    page.kindFrom === 'address'
      ? t('report.kindFrom.address')
      : page.marker
        ? t('report.kindFrom.dialog', { marker: code(page.marker) })
        : t('report.kindFrom.page');
  lines.push(`- ${t('report.kind', { kind: t(`page.${page.kind}`), code: code(page.kind), why })}`);
  if (page.address) lines.push(`- ${t('report.address', { address: code(page.address) })}`);
  if (!page.answered) lines.push(`- ${t('report.noWork')}`);
  lines.push('', `## ${t('report.section.readings')}`, '');
  if (data.readings.length === 0) lines.push(t('report.none'));
  for (const reading of data.readings) {
    lines.push(
      `- ${code(reading.field)}: ${code(shownValue(reading, language))}, ${t(`report.found.${reading.found}`)}`,
    );
  }
  if (data.draft) {
    lines.push('', `## ${t('report.section.draft')}`, '');
    for (const [field, value] of Object.entries(data.draft)) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      lines.push(
        `- ${code(field)}: ${code(text.length > MAX_VALUE_SHOWN ? `${text.slice(0, 199)}…` : text)}`,
      );
    }
  }
  lines.push('', `## ${t('report.section.considered')}`, '', t('report.consideredHint'), '');
  if (data.considered.length === 0) lines.push(t('report.none'));
  for (const entry of data.considered) {
    lines.push(`- ${t('report.labelLine', { label: code(entry.label) })}`);
    for (const candidate of entry.candidates) {
      lines.push(`  - ${code(candidate.text)}: ${t(`report.outcome.${candidate.outcome}`)}`);
    }
  }
  lines.push('', `## ${t('report.section.verdict')}`, '');
  lines.push(`- ${t('report.readiness', { label: readinessLabel, code: code(data.verdict.readiness) })}`);
  if (data.verdict.lastKnown) lines.push(`- ${t('report.lastKnown')}`);
  for (const check of data.verdict.checks) lines.push(`- ${code(check.id)}: ${check.status}`);
  lines.push(
    '',
    `## ${t('report.section.data')}`,
    '',
    '```json',
    // Page texts are JSON strings here: quoted, so no line of theirs can close the fence.
    JSON.stringify(data, null, 2),
    '```',
    '',
  );
  return lines.join('\n');
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** `vpn-preflight-report-<kind>-<yyyymmdd-hhmm>.md`, in local time. */
export function pageReportFileName(kind: PageKind, now: number): string {
  const at = new Date(now);
  const date = `${at.getFullYear()}${twoDigits(at.getMonth() + 1)}${twoDigits(at.getDate())}`;
  const time = `${twoDigits(at.getHours())}${twoDigits(at.getMinutes())}`;
  return `vpn-preflight-report-${kind}-${date}-${time}.md`;
}

/** The whole report: its text and the file name it is downloaded under. */
export function buildPageReport(inputs: PageReportInputs): { text: string; fileName: string } {
  const data = pageReportData(inputs);
  return {
    text: pageReportText(data, inputs.readinessLabel, inputs.language),
    fileName: pageReportFileName(data.page.kind, inputs.now),
  };
}
