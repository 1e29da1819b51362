import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { translate } from '../../lib/i18n';
import { DEFAULT_EXTENSION_DIR } from '../../scripts/chromium';
import { pngSize } from '../unit/support/png-size';
import { popupSummary } from './extension-pages';
import { expect, test } from './fixtures';

/*
 * What a store reviewer and the toolbar see of the built extension: the localised name as the toolbar's title
 * (Chrome takes the action's default_title, else the name; a popup <title> would have replaced it at build
 * time), and the icons at their sizes.
 */

const nameIn = (locale: string) =>
  (
    JSON.parse(readFileSync(resolve('public/_locales', locale, 'messages.json'), 'utf8')) as {
      extName: { message: string };
    }
  ).extName.message;

const runs = [
  ['en-US', 'en', 'en'],
  ['zh-CN', 'zh_CN', 'zh-CN'],
] as const;

for (const [uiLocale, locale, language] of runs) {
  test.describe(`a browser in ${uiLocale}`, () => {
    test.use({ uiLocale });

    test('shows the extension’s name in its language as the toolbar title, and titles the popup', async ({
      context,
      worker,
      extensionId,
    }) => {
      expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe(nameIn(locale));
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popupSummary(popup)).toBeVisible();
      await expect(popup).toHaveTitle(translate(language, 'app.name'));
    });
  });
}

test('the built manifest and toolbar icons are PNGs of the sizes they are listed at', () => {
  const manifest = JSON.parse(readFileSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };
  for (const icons of [manifest.icons, manifest.action?.default_icon]) {
    expect(Object.keys(icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(icons ?? {})) {
      const dimensions = pngSize(readFileSync(join(DEFAULT_EXTENSION_DIR, file)));
      expect(dimensions, file).toEqual({ width: Number(size), height: Number(size) });
    }
  }
});
