import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { OptionsPage } from '@/components/options/OptionsPage';
import { translate } from '@/lib/i18n';
import { defaultSettings } from '@/lib/settings';
import config, { ICON_SIZES, LOCAL_OUTPUT_DIRS } from '../../wxt.config';
import { pngSize } from './support/png-size';

afterEach(cleanup);

type Manifest = Browser.runtime.Manifest & {
  action?: { default_title?: string; default_icon?: Record<string, string> };
  browser_specific_settings?: {
    gecko?: { strict_min_version?: string; data_collection_permissions?: unknown };
    gecko_android?: { strict_min_version?: string };
  };
};

const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string; mode: string; command: string }) => Manifest)({
    browser,
    mode: 'production',
    command: 'build',
  });

const LOCALES_DIR = resolve('public/_locales');
const locales = readdirSync(LOCALES_DIR);
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
const length = (text: string) => [...text].length;

describe('the icons', () => {
  it('come from one source image at 16, 32, 48 and 128 px, grey in development builds', () => {
    const autoIcons = (config as { autoIcons?: Record<string, unknown> }).autoIcons;
    expect(config.modules).toContain('@wxt-dev/auto-icons');
    expect(autoIcons?.sizes).toEqual([16, 32, 48, 128]);
    expect(autoIcons?.developmentIndicator).toBe('grayscale');
    expect(existsSync(resolve(String(autoIcons?.baseIconPath)))).toBe(true);
  });

  it('are the toolbar action’s too, at every size the generator writes', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(manifestFor(browser).action?.default_icon, browser).toEqual(
        Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${size}.png`])),
      );
    }
  });
});

describe('the name, description and toolbar title', () => {
  it('has every locale say both, the description within the store’s 132 characters', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh_CN']));
    for (const locale of locales) {
      const { extName, extDescription } = messages(locale);
      expect(extName?.message, locale).toBeTruthy();
      expect(length(extDescription?.message ?? ''), locale).toBeGreaterThan(0);
      expect(length(extDescription?.message ?? ''), locale).toBeLessThanOrEqual(132);
      // Chrome's limit for a name is 75 characters; addons.mozilla.org's is 50.
      expect(length(extName?.message ?? ''), locale).toBeLessThanOrEqual(50);
    }
  });

  it('does not read as JD Cloud’s own product: unofficial, and not led by the brand', () => {
    for (const locale of locales) {
      const name = messages(locale).extName?.message ?? '';
      expect(name, locale).toMatch(/unofficial|非官方/);
      expect(name, locale).not.toMatch(/^(JD Cloud|京东云)/);
      expect(messages(locale).extDescription?.message, locale).toMatch(/Unofficial|非官方/);
    }
  });

  it('uses the localised name for the toolbar title, and the manifest for name and description', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(browser);
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.description).toBe('__MSG_extDescription__');
      expect(manifest.action?.default_title).toBe('__MSG_extName__');
    }
  });

  it('has no <title> in the popup’s HTML, which WXT would make the toolbar title over the localised one', () => {
    const html = new DOMParser().parseFromString(
      readFileSync(resolve('entrypoints/popup/index.html'), 'utf8'),
      'text/html',
    );
    expect(html.querySelector('title')).toBeNull();
    expect(html.querySelector('meta[name="manifest.default_title"]')).toBeNull();
  });
});

describe('Firefox', () => {
  /** The first Firefox versions that know each key of browser_specific_settings.gecko. */
  const GECKO_KEYS_SINCE: Record<string, { desktop: number; android: number }> = {
    id: { desktop: 48, android: 48 },
    strict_min_version: { desktop: 48, android: 48 },
    data_collection_permissions: { desktop: 140, android: 142 },
  };
  const major = (version: string | undefined) => Number.parseInt(version ?? '0', 10);

  it('asks for the first Firefox versions that know all the manifest’s keys', () => {
    const settings = manifestFor('firefox').browser_specific_settings;
    const keys = Object.keys(settings?.gecko ?? {});
    for (const key of keys) expect(GECKO_KEYS_SINCE, key).toHaveProperty(key);
    const needs = (platform: 'desktop' | 'android') =>
      Math.max(...keys.map((key) => GECKO_KEYS_SINCE[key]?.[platform] ?? Number.POSITIVE_INFINITY));
    expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(major(settings?.gecko?.strict_min_version)).toBe(needs('desktop'));
    expect(major(settings?.gecko_android?.strict_min_version)).toBe(needs('android'));
  });

  it('keeps Firefox’s settings out of the Chrome manifest', () => {
    expect(manifestFor('chrome').browser_specific_settings).toBeUndefined();
  });

  it('leaves every folder of generated output the repository ignores out of the sources zip', () => {
    const excluded = config.zip?.excludeSources ?? [];
    const ignoredDirs = readFileSync(resolve('.gitignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.endsWith('/'))
      .map((line) => line.slice(0, -1));
    // WXT leaves out node_modules and the build folder itself; .wxt is a dot folder, which the zip skips.
    const ownedByWxt = ['node_modules', '.output', '.wxt'];
    const ours = ignoredDirs.filter((dir) => !ownedByWxt.includes(dir));
    expect(ours.length).toBeGreaterThan(0);
    expect([...LOCAL_OUTPUT_DIRS].sort()).toEqual(ours.sort());
    for (const dir of ours) expect(excluded, dir).toContain(`${dir}/**`);
    expect(excluded).toContain('docs/**/*.png');
  });
});

describe('the "not affiliated" line', () => {
  const update = vi.fn(async () => defaultSettings());
  const clearGuardLog = vi.fn(async () => {});

  it('closes the options page, in its language', () => {
    for (const [uiLanguage, language] of [
      ['en-US', 'en'],
      ['zh-CN', 'zh-CN'],
    ] as const) {
      const { getByTestId, unmount } = render(
        <OptionsPage
          settings={defaultSettings()}
          problems={[]}
          guardLog={[]}
          uiLanguage={uiLanguage}
          update={update}
          clearGuardLog={clearGuardLog}
        />,
      );
      const line = getByTestId('not-affiliated');
      expect(line.textContent).toBe(translate(language, 'options.notAffiliated'));
      expect(line.textContent).toMatch(
        language === 'en' ? /not made, endorsed or supported by JD Cloud/ : /非官方/,
      );
      expect(line.closest('footer')).not.toBeNull();
      unmount();
    }
  });

  it('is in both store listings', () => {
    expect(readFileSync(resolve('docs/store/listing.en.md'), 'utf8')).toMatch(/Not affiliated with JD Cloud/);
    expect(readFileSync(resolve('docs/store/listing.zh-CN.md'), 'utf8')).toMatch(/与京东云无关联/);
  });
});

describe('the store folder', () => {
  it('holds every screenshot the listing names, at 1280×800, and the small promo tile at 440×280', () => {
    const listing = readFileSync(resolve('docs/store/listing.en.md'), 'utf8');
    const named = [...listing.matchAll(/`(\d-[\w-]+\.png)`/g)].map((match) => match[1] ?? '');
    expect(named).toHaveLength(5);
    for (const name of named) {
      expect(pngSize(readFileSync(resolve('docs/store/screenshots', name))), name).toEqual({
        width: 1280,
        height: 800,
      });
    }
    expect(readdirSync(resolve('docs/store/screenshots')).sort()).toEqual([...named].sort());
    expect(pngSize(readFileSync(resolve('docs/store/promo-small-440x280.png')))).toEqual({
      width: 440,
      height: 280,
    });
  });

  it('has the policy, single purpose, permissions, reviewer notes and a licence', () => {
    for (const file of ['privacy-policy.md', 'single-purpose.md', 'permissions.md', 'reviewer-notes.md']) {
      expect(existsSync(resolve('docs/store', file)), file).toBe(true);
    }
    const permissions = readFileSync(resolve('docs/store/permissions.md'), 'utf8');
    const manifest = manifestFor('chrome');
    for (const permission of [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...((manifest as { optional_host_permissions?: string[] }).optional_host_permissions ?? []),
      'web_accessible_resources',
    ]) {
      expect(permissions, permission).toContain(`\`${permission}\``);
    }
    expect(readFileSync(resolve('LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});
