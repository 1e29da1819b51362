import { formatFen } from '../money';
import { apiCatalog } from './api';
import { checkCatalog } from './checks';
import { openapiCatalog } from './openapi';
import { optionsCatalog } from './options';
import { optionsAccountsCatalog } from './options-accounts';
import { optionsDataCatalog } from './options-data';
import { uiCatalog } from './ui';

export type Language = 'zh-CN' | 'en';
export type LanguageSetting = 'auto' | Language;

/** The setting wins; `auto` follows the browser: any Chinese locale gets Simplified Chinese, the rest English. */
export function resolveLanguage(setting: LanguageSetting, uiLanguage: string | undefined): Language {
  if (setting !== 'auto') return setting;
  return uiLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const catalogs: Record<Language, Record<string, string>> = {
  en: {
    ...uiCatalog.en,
    ...checkCatalog.en,
    ...apiCatalog.en,
    ...optionsCatalog.en,
    ...openapiCatalog.en,
    ...optionsAccountsCatalog.en,
    ...optionsDataCatalog.en,
  },
  'zh-CN': {
    ...uiCatalog['zh-CN'],
    ...checkCatalog['zh-CN'],
    ...apiCatalog['zh-CN'],
    ...optionsCatalog['zh-CN'],
    ...openapiCatalog['zh-CN'],
    ...optionsAccountsCatalog['zh-CN'],
    ...optionsDataCatalog['zh-CN'],
  },
};

export type MessageParams = Record<string, string | number>;

function lookUp(language: Language, key: string): string {
  return catalogs[language][key] ?? catalogs.en[key] ?? key;
}

function fill(language: Language, template: string, params: MessageParams, terms: boolean): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name.endsWith('Fen') && typeof value === 'number') return formatFen(value, language);
    // A term is a phrase of the catalog filled from the same params, one level deep (a term holds no term).
    if (terms && name.endsWith('Term') && typeof value === 'string') {
      return fill(language, lookUp(language, value), params, false);
    }
    return String(value);
  });
}

/**
 * Looks a key up and fills `{param}` placeholders. Params named `…Fen` are money; params named `…Term`
 * name a catalog phrase (such as `term.threshold.account`), shown in the same language and filled from
 * the same params. A missing key shows the key itself, so a gap is visible rather than blank.
 */
export function translate(language: Language, key: string, params: MessageParams = {}): string {
  return fill(language, lookUp(language, key), params, true);
}

export function hasMessage(language: Language, key: string): boolean {
  return key in catalogs[language];
}

const MINUTE = 60_000;

/** "just now", "5 min ago", "3 h ago", "2 days ago". */
export function formatAge(language: Language, ageMs: number): string {
  if (ageMs < MINUTE) return translate(language, 'age.now');
  if (ageMs < 60 * MINUTE) return translate(language, 'age.minutes', { n: Math.floor(ageMs / MINUTE) });
  if (ageMs < 48 * 60 * MINUTE)
    return translate(language, 'age.hours', { n: Math.floor(ageMs / (60 * MINUTE)) });
  return translate(language, 'age.days', { n: Math.floor(ageMs / (24 * 60 * MINUTE)) });
}

/** "the capital overview page", "the JD Cloud OpenAPI", "a value you entered". */
export function describeSource(language: Language, source: string): string {
  if (source === 'openapi' || source === 'manual') return translate(language, `source.${source}`);
  const page = source.startsWith('page:') ? source.slice('page:'.length) : source;
  return translate(language, 'source.page', { page: translate(language, `page.${page}`) });
}
