import type { z } from 'zod';
import type { Message } from './model/checklist';
import {
  type RegionPrice,
  SELECTOR_OVERRIDE_FIELDS,
  type SelectorOverrideField,
  type Settings,
  settingsSchema,
} from './model/settings';
import { defaultSettings } from './settings';

/*
 * The options form without the UI. The form edits text (what the person typed); the schema judges
 * the settings that text becomes, so the form and the stored settings can never disagree on what is
 * valid. Money is typed in CNY and stored in fen. Keys the form does not show (`openapi`,
 * `thresholdByAccount`, `couponProductLines`) are carried over from the settings the draft was made from,
 * untouched.
 */

/** Regions that always have a row: `default` is the fallback, the others are the documented VPN regions. */
export const STANDARD_PRICE_REGIONS = ['default', 'cn-north-1', 'cn-east-2', 'cn-south-1'] as const;

export const PRICE_COLUMNS = [
  { column: 'connectionPerHour', stored: 'connectionPerHourFen' },
  { column: 'tunnelPerHour', stored: 'tunnelPerHourFen' },
  { column: 'outboundPerGb', stored: 'outboundPerGbFen' },
] as const satisfies readonly { column: string; stored: keyof RegionPrice }[];
export type PriceColumn = (typeof PRICE_COLUMNS)[number]['column'];

/** The threshold is an amount: whole fen. */
export const THRESHOLD_DECIMALS = 2;
/** Prices are rates and may be fractional fen (0.0125 CNY/GB); four CNY decimals keep them exact. */
export const PRICE_DECIMALS = 4;

export type PriceRowDraft = { region: string } & Record<PriceColumn, string>;

/** The form as typed: every value is text, named by its input's `name`. */
export interface SettingsDraft {
  language: string;
  thresholdCny: string;
  runwayWarnDays: string;
  staleAfterHours: string;
  retentionDays: string;
  guardMode: string;
  plannedTunnels: string;
  expectedOutboundGbPerDay: string;
  prices: PriceRowDraft[];
  selectorOverrides: Record<SelectorOverrideField, string>;
}

/** Error per form path (the input's `name`); an absent path is valid. */
export type FormErrors = Record<string, Message>;

const PLAIN_NUMBER_FIELDS = [
  'runwayWarnDays',
  'staleAfterHours',
  'retentionDays',
  'plannedTunnels',
  'expectedOutboundGbPerDay',
] as const;

const REGION_CODE_MAX = 64;
const REGION_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function error(key: string, params?: Message['params']): Message {
  return params ? { key: `options.error.${key}`, params } : { key: `options.error.${key}` };
}

type Parsed = { ok: true; value: number } | { ok: false; error: Message };

/** Splits `12.345` into digits; `undefined` when the text is not a plain decimal. */
function splitDecimal(text: string): { whole: string; fraction: string } | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  return { whole: match[1] ?? '', fraction: match[2] ?? '' };
}

function blankOrNegative(trimmed: string): Message | undefined {
  if (trimmed === '') return error('required');
  if (/^[-−]/.test(trimmed)) return error('negative');
  return undefined;
}

/** CNY text to fen, exactly: at most `maxDecimals` decimals, never rounded. */
export function parseCnyText(text: string, maxDecimals: number = THRESHOLD_DECIMALS): Parsed {
  const trimmed = text.trim();
  const early = blankOrNegative(trimmed);
  if (early) return { ok: false, error: early };
  const parts = splitDecimal(trimmed);
  if (!parts) return { ok: false, error: error('number') };
  if (parts.fraction.length > maxDecimals)
    return { ok: false, error: error('decimals', { max: maxDecimals }) };
  // Integer count of the smallest unit typed, so no binary fraction creeps in before the last step.
  const units = Number(parts.whole + parts.fraction.padEnd(maxDecimals, '0'));
  if (!Number.isSafeInteger(units)) return { ok: false, error: error('tooLarge') };
  return { ok: true, value: units / 10 ** (maxDecimals - 2) };
}

/** Fen to the CNY text the form shows: `5000` → `50.00`, a rate of `12.5` fen → `0.125`. */
export function fenToCnyText(fen: number, maxDecimals: number = THRESHOLD_DECIMALS): string {
  if (!Number.isFinite(fen)) return '';
  const unitsPerFen = 10 ** (maxDecimals - 2);
  const units = Math.round(fen * unitsPerFen);
  // More precision than the form takes: show it as it is; the field then asks for fewer decimals.
  if (!Number.isSafeInteger(units) || Math.abs(units - fen * unitsPerFen) > 1e-6) return String(fen / 100);
  const digits = String(Math.abs(units)).padStart(maxDecimals + 1, '0');
  const whole = digits.slice(0, -maxDecimals);
  const fraction = digits.slice(-maxDecimals).replace(/0+$/, '').padEnd(2, '0');
  return `${units < 0 ? '-' : ''}${whole}.${fraction}`;
}

/** Days, hours, tunnels, GB: a non-negative decimal (the schema decides whether it must be whole). */
export function parsePlainNumber(text: string): Parsed {
  const trimmed = text.trim();
  const early = blankOrNegative(trimmed);
  if (early) return { ok: false, error: early };
  // The exponent only so any stored number shows and reads back exactly (`1e-7`); nobody types it.
  if (!/^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(trimmed)) return { ok: false, error: error('number') };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, error: error('tooLarge') };
  return { ok: true, value };
}

function priceRow(region: string, price: RegionPrice): PriceRowDraft {
  return {
    region,
    connectionPerHour: fenToCnyText(price.connectionPerHourFen, PRICE_DECIMALS),
    tunnelPerHour: fenToCnyText(price.tunnelPerHourFen, PRICE_DECIMALS),
    outboundPerGb: fenToCnyText(price.outboundPerGbFen, PRICE_DECIMALS),
  };
}

export function isStandardPriceRegion(region: string): boolean {
  return (STANDARD_PRICE_REGIONS as readonly string[]).includes(region);
}

/** The form for some settings: the standard regions first, then every other stored region in order. */
export function settingsToDraft(settings: Settings): SettingsDraft {
  const documented = defaultSettings().prices;
  const stored = settings.prices;
  const own = (region: string) => (Object.hasOwn(stored, region) ? stored[region] : undefined);
  // A standard region missing from storage is priced by `default` today, so its row starts there.
  const fallback = own('default') ?? documented.default;
  const rows: PriceRowDraft[] = [];
  for (const region of STANDARD_PRICE_REGIONS) {
    const price = own(region) ?? fallback ?? documented[region];
    if (price) rows.push(priceRow(region, price));
  }
  for (const [region, price] of Object.entries(stored)) {
    if (!isStandardPriceRegion(region)) rows.push(priceRow(region, price));
  }
  const selectorOverrides = Object.fromEntries(
    SELECTOR_OVERRIDE_FIELDS.map((field) => [field, settings.selectorOverrides[field] ?? '']),
  ) as Record<SelectorOverrideField, string>;
  return {
    language: settings.language,
    thresholdCny: fenToCnyText(settings.thresholdFen, THRESHOLD_DECIMALS),
    runwayWarnDays: String(settings.runwayWarnDays),
    staleAfterHours: String(settings.staleAfterHours),
    retentionDays: String(settings.retentionDays),
    guardMode: settings.guardMode,
    plannedTunnels: String(settings.plannedTunnels),
    expectedOutboundGbPerDay: String(settings.expectedOutboundGbPerDay),
    prices: rows,
    selectorOverrides,
  };
}

/**
 * Whether the browser can parse a CSS selector. Matched against an empty fragment, so it costs
 * nothing. Without a DOM (never the case on the options page) it cannot tell, and says yes.
 */
export function isValidSelector(selector: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Every form path the options page renders an input for, in page order. */
export function formFieldPaths(draft: SettingsDraft): string[] {
  return [
    'language',
    'thresholdCny',
    'runwayWarnDays',
    'staleAfterHours',
    'retentionDays',
    'guardMode',
    'plannedTunnels',
    'expectedOutboundGbPerDay',
    ...draft.prices.flatMap((row) => PRICE_COLUMNS.map(({ column }) => `prices.${row.region}.${column}`)),
    ...SELECTOR_OVERRIDE_FIELDS.map((field) => `selectorOverrides.${field}`),
  ];
}

function storedToColumn(stored: string): PriceColumn | undefined {
  return PRICE_COLUMNS.find((entry) => entry.stored === stored)?.column;
}

/** A schema path to the form path of the input that holds it. */
function formPathOf(path: readonly PropertyKey[]): string {
  const [top, region, key] = path;
  if (top === 'thresholdFen' && path.length === 1) return 'thresholdCny';
  if (top === 'prices' && path.length === 3) {
    const column = storedToColumn(String(key));
    if (column) return `prices.${String(region)}.${column}`;
  }
  return path.map(String).join('.');
}

function isMoneyPath(formPath: string): boolean {
  return formPath === 'thresholdCny' || formPath.startsWith('prices.');
}

function messageForIssue(issue: z.core.$ZodIssue, formPath: string): Message {
  const money = isMoneyPath(formPath);
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? error('integer') : error('invalid');
    case 'invalid_value':
      return error('choice');
    case 'too_small': {
      if (issue.origin === 'string') return error('required');
      const limit = Number(issue.minimum);
      if (!issue.inclusive)
        return money ? error('aboveMoney', { limitFen: limit }) : error('above', { min: limit });
      return money ? error('minMoney', { limitFen: limit }) : error('min', { min: limit });
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return error('tooLong', { max: limit });
      return money ? error('maxMoney', { limitFen: limit }) : error('max', { max: limit });
    }
    default:
      return error('invalid');
  }
}

export interface DraftCheck {
  /** The settings to save; absent while any field is invalid. */
  settings: Settings | undefined;
  errors: FormErrors;
}

/**
 * Turns the form into settings and says what is wrong with each field. Text that is not a number
 * gets its own message; everything else is judged by the settings schema, with its limits shown in
 * the units the form uses. Keys the form does not show come from `base` as they are. Never throws.
 */
export function settingsFromDraft(
  draft: SettingsDraft,
  base: Settings,
  selectorIsValid: (selector: string) => boolean = isValidSelector,
): DraftCheck {
  const errors: FormErrors = {};
  // A value that did not parse stands in as 0; its own error wins over whatever the schema says of 0.
  const take = (path: string, parsed: Parsed): number => {
    if (parsed.ok) return parsed.value;
    errors[path] = parsed.error;
    return 0;
  };

  const plain = Object.fromEntries(
    PLAIN_NUMBER_FIELDS.map((field) => [field, take(field, parsePlainNumber(draft[field]))]),
  );
  const prices = Object.fromEntries(
    draft.prices.map((row) => [
      row.region,
      Object.fromEntries(
        PRICE_COLUMNS.map(({ column, stored }) => [
          stored,
          take(`prices.${row.region}.${column}`, parseCnyText(row[column], PRICE_DECIMALS)),
        ]),
      ),
    ]),
  );
  const selectorOverrides: Record<string, string> = {};
  for (const field of SELECTOR_OVERRIDE_FIELDS) {
    const selector = draft.selectorOverrides[field].trim();
    // Blank means "find it by its label", i.e. no override.
    if (selector === '') continue;
    if (!selectorIsValid(selector)) errors[`selectorOverrides.${field}`] = error('selector');
    selectorOverrides[field] = selector;
  }

  const candidate = {
    ...base,
    language: draft.language,
    thresholdFen: take('thresholdCny', parseCnyText(draft.thresholdCny, THRESHOLD_DECIMALS)),
    guardMode: draft.guardMode,
    ...plain,
    prices,
    selectorOverrides,
  };

  let parsed: ReturnType<typeof settingsSchema.safeParse>;
  try {
    parsed = settingsSchema.safeParse(candidate);
  } catch {
    return { settings: undefined, errors: { ...errors, '': error('invalid') } };
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const formPath = formPathOf(issue.path);
      errors[formPath] ??= messageForIssue(issue, formPath);
    }
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { settings: valid ? parsed.data : undefined, errors };
}

/** Why a region code cannot be added to the price table, or `undefined` when it can. */
export function newRegionError(code: string, existing: readonly string[]): Message | undefined {
  const trimmed = code.trim();
  if (trimmed === '') return error('regionRequired');
  if (trimmed.length > REGION_CODE_MAX) return error('tooLong', { max: REGION_CODE_MAX });
  if (!REGION_CODE_PATTERN.test(trimmed)) return error('regionFormat');
  if (existing.includes(trimmed)) return error('regionDuplicate', { region: trimmed });
  return undefined;
}

/** Adds a region row priced like the `default` row as it is typed now; an invalid code changes nothing. */
export function withPriceRow(draft: SettingsDraft, code: string): SettingsDraft {
  const region = code.trim();
  if (
    newRegionError(
      region,
      draft.prices.map((row) => row.region),
    )
  )
    return draft;
  const template = draft.prices.find((row) => row.region === 'default') ?? documentedPriceRow(region);
  return { ...draft, prices: [...draft.prices, { ...template, region }] };
}

/** Removes a region row; the standard rows stay. */
export function withoutPriceRow(draft: SettingsDraft, region: string): SettingsDraft {
  if (isStandardPriceRegion(region)) return draft;
  return { ...draft, prices: draft.prices.filter((row) => row.region !== region) };
}

function documentedPriceRow(region: string): PriceRowDraft {
  const { default: price } = defaultSettings().prices;
  // Blank cells ask to be filled in rather than guessing a price.
  return price
    ? priceRow(region, price)
    : { region, connectionPerHour: '', tunnelPerHour: '', outboundPerGb: '' };
}

/**
 * The form's settings with the keys it does not show taken from `stored`. Other sections of the page (the
 * OpenAPI source, the accounts' thresholds, the coupon product lines) save those on their own, so the copy
 * loaded with the page may be out of date.
 */
export function withUnshownKeys(formSettings: Settings, stored: Settings): Settings {
  return {
    ...formSettings,
    openapi: structuredClone(stored.openapi),
    thresholdByAccount: structuredClone(stored.thresholdByAccount),
    couponProductLines: structuredClone(stored.couponProductLines),
    taughtLocators: structuredClone(stored.taughtLocators),
  };
}

/**
 * What Reset saves: every default, except the keys of the Accounts, Coupon product lines and OpenAPI sections
 * (their sections save them).
 */
export function resetSettings(current: Settings): Settings {
  // The places pointed at go with the selector overrides they stand beside: both are how values are found.
  return { ...withUnshownKeys(defaultSettings(), current), taughtLocators: [] };
}

/** Settings an import stores, and whether the file's OpenAPI on/off was set aside. */
export interface ImportedSettings {
  settings: Settings;
  /** The file turns the OpenAPI source on (or off) and the stored state was kept instead. */
  openApiEnabledKept: boolean;
}

/**
 * What an import stores: the whole file, except whether the OpenAPI source is on. Turning it on needs the
 * host permission, which only the person's click in the OpenAPI section may ask for, so a file must not
 * switch the source on. It does not switch it off either: one rule, easy to state in the import's result.
 */
export function withImportedSettings(imported: Settings, stored: Settings): ImportedSettings {
  const enabled = stored.openapi.enabled;
  return {
    settings: { ...imported, openapi: { ...imported.openapi, enabled } },
    openApiEnabledKept: imported.openapi.enabled !== enabled,
  };
}
