/**
 * Every page the first mock console drew, by scenario, skin, language and create mode, as a short hash of its
 * HTML. Pages added later must leave these byte for byte as they were: readers, e2e runs and the bench were
 * tuned against them. `npx tsx scripts/hash-first-pages.ts` wrote tests/fixtures/console/first-pages.json
 * once, before the network pages existed; the test compares today's pages with it.
 */
import { createHash } from 'node:crypto';
import { type MockLanguage, type MockSkin, mockConsoleResponse } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';

/** The scenarios that existed before the network pages, in their order then. */
export const FIRST_SCENARIOS: readonly ScenarioName[] = [
  'ready',
  'low-balance',
  'coupons-lift',
  'unverified',
  'under-review',
  'no-gateways',
  'unreadable',
  'signed-out',
  'arrears',
  'sub-user',
  'masked-name',
  'second-account',
  'unmapped-coupon',
];

const CNS = 'https://cns-console.jdcloud.com';
const REGION_QUERIES = ['', '?regionId=cn-east-2', '?regionId=cn-south-1', '?regionId=cn-east-1'];

/** The first console's pages, in the order their hashes are stored: header pages, tabs, regions, outside pages. */
export const FIRST_PAGES: readonly string[] = [
  'https://uc.jdcloud.com/cost/capital/capital-overview',
  'https://billing-console.jdcloud.com/cost/capital/capital-overview',
  ...['', '?status=unused', '?status=used', '?status=expired', '?status=frozen'].flatMap((q) => [
    `https://uc.jdcloud.com/cost/coupon/list${q}`,
    `https://billing-console.jdcloud.com/cost/coupon/list${q}`,
  ]),
  'https://uc.jdcloud.com/account/basic-info',
  'https://realname.jdcloud.com/account/verify',
  'https://console.jdcloud.com/overview',
  'https://login.jdcloud.com/',
  'https://docs.jdcloud.com/cn/vpn/vpn-connection-configuration',
  ...['/host/vpnConnection/list', '/host/vpnConnection/create', '/host/vpc/list'].flatMap((path) =>
    REGION_QUERIES.map((q) => `${CNS}${path}${q}`),
  ),
];

const SKINS: readonly MockSkin[] = ['classic', 'console-2019'];
const LANGS: readonly MockLanguage[] = ['zh', 'en'];
const MODES = ['dialog', 'route'] as const;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** A page's hash: of its status, its redirect target and its HTML. */
export function pageHash(scenario: ScenarioName, setting: PageSetting, url: string): string {
  const response = mockConsoleResponse(url, { scenario, ...setting });
  return shortHash(`${response.status}\n${response.headers.location ?? ''}\n${response.body}`);
}

export interface PageSetting {
  skin: MockSkin;
  lang: MockLanguage;
  createMode: (typeof MODES)[number];
}

/** Every skin, language and create mode, keyed `"skin lang mode"`. */
export const PAGE_SETTINGS: readonly [string, PageSetting][] = SKINS.flatMap((skin) =>
  LANGS.flatMap((lang) =>
    MODES.map((createMode): [string, PageSetting] => [
      `${skin} ${lang} ${createMode}`,
      { skin, lang, createMode },
    ]),
  ),
);

/** `{ scenario: { "skin lang mode": "hash hash …" } }`, one hash per FIRST_PAGES entry, as the fixtures draw them now. */
export function hashFirstPages(): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const scenario of FIRST_SCENARIOS) {
    const bySetting: Record<string, string> = {};
    for (const [key, setting] of PAGE_SETTINGS) {
      bySetting[key] = FIRST_PAGES.map((url) => pageHash(scenario, setting, url)).join(' ');
    }
    result[scenario] = bySetting;
  }
  return result;
}
