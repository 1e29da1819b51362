/**
 * `npm run demo`: the extension in Chromium against the mock JD Cloud console, walking one scenario the way a
 * person would, with screenshots of the panel, the guard dialog and the popup.
 *
 *   npm run demo -- --scenario coupons-lift --lang en --create-mode route --out ./shots
 *   npm run demo -- --skin 2019 --scenario arrears      (the console-2019 skin, shaped on the real console)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { confirmButton, nameField } from '../tests/fixtures/console/locators';
import { MOCK_URLS, type MockSkin } from '../tests/fixtures/console/render';
import { SCENARIO_NAMES, type ScenarioName } from '../tests/fixtures/console/scenarios';
import { ChromiumMissingError, extensionId, launchWithExtension, serveMockConsole } from './chromium';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'low-balance' },
    lang: { type: 'string', default: 'zh' },
    'create-mode': { type: 'string', default: 'dialog' },
    skin: { type: 'string', default: 'classic' },
    out: { type: 'string' },
    headed: { type: 'boolean' },
    headless: { type: 'boolean' },
  },
});

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

const scenario = values.scenario as ScenarioName;
if (!SCENARIO_NAMES.includes(scenario))
  fail(`unknown scenario "${values.scenario}". Try one of: ${SCENARIO_NAMES.join(', ')}`);
const lang = values.lang === 'en' ? 'en' : values.lang === 'zh' ? 'zh' : fail('--lang is zh or en');
const createMode =
  values['create-mode'] === 'route' || values['create-mode'] === 'dialog'
    ? values['create-mode']
    : fail('--create-mode is dialog or route');
const SKIN_NAMES: Record<string, MockSkin> = {
  classic: 'classic',
  '2019': 'console-2019',
  'console-2019': 'console-2019',
};
const skin = SKIN_NAMES[values.skin ?? 'classic'] ?? fail('--skin is classic or 2019');
const headless = values.headed ? false : values.headless ? true : !process.env.DISPLAY;
const outDir = resolve(
  values.out ?? `demo-output/${scenario}-${lang}${skin === 'classic' ? '' : `-${skin}`}`,
);

async function step(page: Page, what: string, url: string) {
  console.log(`  ${what}: ${url}`);
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  console.log(
    `Scenario "${scenario}" (${lang}, ${skin} skin, create form as ${createMode}), ${headless ? 'headless' : 'headed'}`,
  );
  const context = await launchWithExtension({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', headless });
  try {
    await serveMockConsole(context, { scenario, lang, createMode, skin });
    const id = await extensionId(context);
    const page = context.pages()[0] ?? (await context.newPage());

    await step(page, 'balance', MOCK_URLS.capitalOverview);
    await step(page, 'coupons', MOCK_URLS.coupons);
    await step(page, 'real-name', MOCK_URLS.realName);
    await step(page, 'VPN connections', MOCK_URLS.vpnConnectionList);

    const shots: string[] = [];
    const panel = page.locator('jdc-preflight-panel [data-testid="preflight-panel"]');
    if (new URL(page.url()).hostname === 'cns-console.jdcloud.com') {
      console.log('  open the create form');
      await page
        .getByRole('button', { name: lang === 'zh' ? '创建' : 'Create', exact: true })
        .first()
        .click();
      await nameField(page).fill('vpn-demo-01');
      await panel.waitFor({ timeout: 5000 });
      await page.waitForTimeout(300);
      shots.push(resolve(outDir, 'panel.png'));
      await page.screenshot({ path: shots.at(-1) });

      console.log('  try to submit');
      await confirmButton(page, lang).click();
      const guard = page.locator('jdc-preflight-panel [data-testid="preflight-guard"]');
      if (await guard.isVisible({ timeout: 2000 }).catch(() => false)) {
        shots.push(resolve(outDir, 'guard.png'));
        await page.screenshot({ path: shots.at(-1) });
        console.log('  the guard asked before submitting');
      } else {
        console.log('  no guard dialog: the submit went through without a question');
      }
    } else {
      console.log(`  the console sent the browser to ${page.url()} (signed out): no form to check`);
    }

    const tabId = await context.serviceWorkers()[0]?.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://*.jdcloud.com/*' });
      return tab?.id;
    });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`chrome-extension://${id}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
    await popup.locator('[data-testid="readiness-summary"]').waitFor({ timeout: 5000 });
    shots.push(resolve(outDir, 'popup.png'));
    await popup.screenshot({ path: shots.at(-1), fullPage: true });

    const readiness = await popup.locator('[data-testid="readiness-summary"]').getAttribute('data-readiness');
    console.log(`\nReadiness: ${readiness}`);
    console.log(`Screenshots in ${outDir}:`);
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ChromiumMissingError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
