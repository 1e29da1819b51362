import type { z } from 'zod';
import {
  type RegionPrice,
  regionPriceSchema,
  type Settings,
  settingsSchema,
  type TaughtLocatorEntry,
  taughtLocatorEntrySchema,
} from './model/settings';
import { MAX_TAUGHT_LOCATORS } from './taught-locators';

/*
 * Settings as stored and as imported. Stored settings are repaired key by key (a bad value must not
 * cost the person every other value); an import is all-or-nothing, so a half-valid file never
 * silently replaces good settings. Secrets are never settings: the OpenAPI secret key lives apart.
 */

export const SETTINGS_VERSION = 1;
export const SETTINGS_FORMAT = 'jdcloud-vpn-preflight/settings';

/** One repaired key: `path` is dotted (`openapi.regionId`, `prices.cn-north-1.tunnelPerHourFen`); `''` is the whole value. */
export interface SettingsProblem {
  path: string;
  message: string;
}

/**
 * Steps keyed by the version they migrate to, as `@wxt-dev/storage` `defineItem({ version, migrations })`
 * takes them. Version 1 is the first, so there is no history yet.
 */
// biome-ignore lint/suspicious/noExplicitAny: a step reads the shape of an older version, which no current type describes
export type SettingsMigrations = Record<number, (old: any) => unknown>;

export const settingsMigrations: SettingsMigrations = {};

export function defaultSettings(): Settings {
  // A fresh copy each call: zod hands out the same default objects every time.
  return structuredClone(settingsSchema.parse({}));
}

const topShape = settingsSchema.shape;
const openapiShape = topShape.openapi.unwrap().shape;
const pricesRecord = topShape.prices.unwrap();
const priceShape = regionPriceSchema.shape;
const selectorOverridesRecord = topShape.selectorOverrides.unwrap();

type PlainRecord = Record<string, unknown>;

function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasKey<T extends object>(object: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(object, key);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function notAnObject(value: unknown): string {
  return `expected an object, received ${describeType(value)}`;
}

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function check<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'invalid value' };
}

function unknownKeyMessage(key: string): string {
  // Name it plainly so nobody thinks a secret was kept somewhere.
  return /secret/i.test(key) ? 'secret keys are never part of settings' : 'unknown setting';
}

/** Repairs the keys of one flat object against its shape; missing keys keep `defaults`. */
function repairObject<T extends object>(
  value: unknown,
  path: string,
  shape: { [K in keyof T]: z.ZodType<T[K]> },
  defaults: T,
  problems: SettingsProblem[],
): T {
  if (!isPlainRecord(value)) {
    problems.push({ path, message: notAnObject(value) });
    return defaults;
  }
  const out = { ...defaults };
  for (const key of Object.keys(value)) {
    const keyPath = `${path}.${key}`;
    if (!hasKey(shape, key)) {
      problems.push({ path: keyPath, message: unknownKeyMessage(key) });
      continue;
    }
    if (value[key] === undefined) continue;
    const checked = check(shape[key], value[key]);
    if (checked.ok) out[key] = checked.value;
    else problems.push({ path: keyPath, message: checked.message });
  }
  return out;
}

function repairPrices(
  value: unknown,
  defaults: Settings['prices'],
  problems: SettingsProblem[],
): Settings['prices'] {
  if (!isPlainRecord(value)) {
    problems.push({ path: 'prices', message: notAnObject(value) });
    return defaults;
  }
  const entries: [string, RegionPrice][] = [];
  for (const region of Object.keys(value)) {
    const path = `prices.${region}`;
    const key = check(pricesRecord.keyType, region);
    if (!key.ok || region === '__proto__') {
      problems.push({ path, message: key.ok ? 'not a region code' : `region code: ${key.message}` });
      continue;
    }
    // A region the defaults do not list falls back to the default price, field by field or whole.
    const fallback = defaults[region] ?? defaults.default;
    const regionValue = value[region];
    if (regionValue === undefined) continue;
    if (!isPlainRecord(regionValue) && !hasKey(defaults, region)) {
      problems.push({ path, message: `${notAnObject(regionValue)}; dropped, the default price applies` });
      continue;
    }
    if (!fallback) continue;
    entries.push([region, repairObject(regionValue, path, priceShape, fallback, problems)]);
  }
  // fromEntries defines own keys, so a region key can never reach a prototype.
  return Object.fromEntries(entries);
}

function repairSelectorOverrides(value: unknown, problems: SettingsProblem[]): Settings['selectorOverrides'] {
  if (!isPlainRecord(value)) {
    problems.push({ path: 'selectorOverrides', message: notAnObject(value) });
    return {};
  }
  const entries: [string, string][] = [];
  for (const field of Object.keys(value)) {
    const path = `selectorOverrides.${field}`;
    if (!check(selectorOverridesRecord.keyType, field).ok) {
      problems.push({ path, message: 'not a field that can be overridden' });
      continue;
    }
    if (value[field] === undefined) continue;
    const selector = check(selectorOverridesRecord.valueType, value[field]);
    if (selector.ok) entries.push([field, selector.value]);
    else problems.push({ path, message: selector.message });
  }
  return Object.fromEntries(entries);
}

/** Taught locators one by one: a bad entry is dropped alone; of two for one page and field, the later stays. */
function repairTaughtLocators(value: unknown, problems: SettingsProblem[]): Settings['taughtLocators'] {
  if (!Array.isArray(value)) {
    problems.push({ path: 'taughtLocators', message: `expected an array, received ${describeType(value)}` });
    return [];
  }
  const byPlace = new Map<string, TaughtLocatorEntry>();
  value.forEach((entry, index) => {
    const checked = check(taughtLocatorEntrySchema, entry);
    if (!checked.ok) {
      problems.push({ path: `taughtLocators.${index}`, message: checked.message });
      return;
    }
    const place = `${checked.value.scope}/${checked.value.field}`;
    byPlace.delete(place);
    byPlace.set(place, checked.value);
  });
  const kept = [...byPlace.values()];
  if (kept.length > MAX_TAUGHT_LOCATORS) {
    problems.push({
      path: 'taughtLocators',
      message: `more than ${MAX_TAUGHT_LOCATORS}; the newest are kept`,
    });
  }
  return kept.slice(-MAX_TAUGHT_LOCATORS);
}

function repairSettings(raw: unknown, problems: SettingsProblem[]): Settings {
  const defaults = defaultSettings();
  if (!isPlainRecord(raw)) {
    problems.push({ path: '', message: notAnObject(raw) });
    return defaults;
  }
  const out: Settings = { ...defaults };
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (!hasKey(topShape, key)) {
      problems.push({ path: key, message: unknownKeyMessage(key) });
    } else if (value === undefined) {
      // Missing: the default stays, silently.
    } else if (key === 'openapi') {
      out.openapi = repairObject(value, key, openapiShape, defaults.openapi, problems);
    } else if (key === 'prices') {
      out.prices = repairPrices(value, defaults.prices, problems);
    } else if (key === 'selectorOverrides') {
      out.selectorOverrides = repairSelectorOverrides(value, problems);
    } else if (key === 'taughtLocators') {
      out.taughtLocators = repairTaughtLocators(value, problems);
    } else {
      const checked = check<unknown>(topShape[key], value);
      if (checked.ok) Object.assign(out, { [key]: checked.value });
      else problems.push({ path: key, message: checked.message });
    }
  }
  return out;
}

/**
 * Stored settings, repaired per key: valid keys are kept exactly, missing keys take their default
 * silently, invalid and unknown keys are replaced or dropped and reported. Never throws.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  try {
    const settings = repairSettings(raw, problems);
    // Belt and braces: whatever the repair produced must satisfy the schema the rest of the code trusts.
    if (settingsSchema.safeParse(settings).success) return { settings, problems };
    problems.push({ path: '', message: 'settings could not be repaired; defaults are used' });
  } catch {
    // A hostile value (say, a throwing getter) must not take the extension down.
    problems.push({ path: '', message: 'settings could not be read; defaults are used' });
  }
  return { settings: defaultSettings(), problems };
}

export type MigrationResult = { ok: true; value: unknown } | { ok: false; error: string };

function newerVersionError(fromVersion: number, toVersion: number): string {
  return (
    `These settings come from a newer version of the extension (settings version ${fromVersion}; ` +
    `this version reads up to ${toVersion}). Update the extension, then try again.`
  );
}

/**
 * Runs the steps from `fromVersion` up to `toVersion` the way `@wxt-dev/storage` does for stored
 * settings (a missing step, or one that returns nothing, leaves the value as it was), so an imported
 * file and a stored value of the same version end up the same. Never throws.
 */
export function migrateSettings(
  value: unknown,
  fromVersion: number,
  migrations: SettingsMigrations = settingsMigrations,
  toVersion: number = SETTINGS_VERSION,
): MigrationResult {
  if (!Number.isSafeInteger(fromVersion) || fromVersion < 1) {
    return {
      ok: false,
      error: `Settings version must be a whole number of at least 1, got ${String(fromVersion)}.`,
    };
  }
  if (fromVersion > toVersion) return { ok: false, error: newerVersionError(fromVersion, toVersion) };
  let current = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = migrations[version];
    if (!step) continue;
    try {
      current = step(current) ?? current;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `Migrating settings to version ${version} failed: ${reason}` };
    }
  }
  return { ok: true, value: current };
}

/** The export file: the envelope says what it is and which version wrote it. */
export function exportSettings(settings: Settings): string {
  // Through the repair, so nothing outside the schema (a stray secret, say) can ride along.
  const envelope = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    settings: readSettings(settings).settings,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export interface SettingsImportOptions {
  /** For tests of future versions; the defaults are the real table and version. */
  migrations?: SettingsMigrations;
  version?: number;
}

/**
 * An import file is all or nothing: bad JSON, a wrong envelope, a newer version or any invalid or
 * unknown key refuses the whole file with a message naming the problem. Missing keys take defaults.
 */
export function parseSettingsImport(
  jsonText: string,
  options: SettingsImportOptions = {},
): { ok: true; settings: Settings } | { ok: false; error: string } {
  const { migrations = settingsMigrations, version: currentVersion = SETTINGS_VERSION } = options;
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The file is not valid JSON (${reason}).` };
  }
  if (!isPlainRecord(parsed)) {
    return {
      ok: false,
      error: `The file is not a settings export: expected a JSON object with "format", "version" and "settings", got ${describeType(parsed)}.`,
    };
  }
  if (parsed.format !== SETTINGS_FORMAT) {
    const found = parsed.format === undefined ? 'missing' : JSON.stringify(parsed.format);
    return {
      ok: false,
      error: `The file is not a JD Cloud VPN Preflight settings export: "format" is ${found}, expected "${SETTINGS_FORMAT}".`,
    };
  }
  const fileVersion = parsed.version;
  if (typeof fileVersion !== 'number' || !Number.isSafeInteger(fileVersion) || fileVersion < 1) {
    const found = fileVersion === undefined ? 'missing' : JSON.stringify(fileVersion);
    return { ok: false, error: `"version" must be a whole number of at least 1; it is ${found}.` };
  }
  if (!isPlainRecord(parsed.settings)) {
    return { ok: false, error: `"settings" must be an object; it is ${describeType(parsed.settings)}.` };
  }
  const migrated = migrateSettings(parsed.settings, fileVersion, migrations, currentVersion);
  if (!migrated.ok) return { ok: false, error: migrated.error };
  const { settings, problems } = readSettings(migrated.value);
  if (problems.length > 0) {
    const list = problems.map((problem) => `${problem.path || 'settings'}: ${problem.message}`).join('; ');
    const count = problems.length === 1 ? '1 invalid setting' : `${problems.length} invalid settings`;
    return { ok: false, error: `Nothing was imported: the file has ${count}. ${list}.` };
  }
  return { ok: true, settings };
}
