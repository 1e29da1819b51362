/**
 * `npm run demo`: the extension in Chromium against the mock JD Cloud console, walking one scenario the way a
 * person would, with screenshots of the panel, the guard dialog and the popup.
 *
 *   npm run demo -- --scenario coupons-lift --lang en --create-mode route --out ./shots
 *   npm run demo -- --skin 2019 --scenario arrears      (the console-2019 skin, shaped on the real console)
 *   npm run demo -- --form tunnel --scenario psk-too-long   (the add-tunnel form, from a connection's page)
 *   npm run demo -- --form customer-gateway --skin 2019     (the create-customer-gateway form)
 *
 * `--form` is the scenario's own form when it has one (the network scenarios), else the VPN connection form.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { confirmButton, nameField } from '../tests/fixtures/console/locators';
import { MOCK_URLS, type MockSkin, vpnConnectionDetailUrl } from '../tests/fixtures/console/render';
import { SCENARIO_NAMES, type ScenarioName, scenarios } from '../tests/fixtures/console/scenarios';
import { ChromiumMissingError, extensionId, launchWithExtension, serveMockConsole } from './chromium';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'low-balance' },
    lang: { type: 'string', default: 'zh' },
    'create-mode': { type: 'string', default: 'dialog' },
    skin: { type: 'string', default: 'classic' },
    form: { type: 'string' },
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
type DemoForm = 'vpn-connection' | 'tunnel' | 'customer-gateway';
const FORM_NAMES: Record<string, DemoForm> = {
  'vpn-connection': 'vpn-connection',
  tunnel: 'tunnel',
  'vpn-tunnel': 'tunnel',
  'customer-gateway': 'customer-gateway',
};
const scenarioForm = scenarios[scenario].expected.form;
const form =
  FORM_NAMES[values.form ?? scenarioForm?.kind ?? 'vpn-connection'] ??
  fail('--form is vpn-connection, tunnel or customer-gateway');
const headless = values.headed ? false : values.headless ? true : !process.env.DISPLAY;
const outDir = resolve(
  values.out ??
    `demo-output/${scenario}-${lang}${skin === 'classic' ? '' : `-${skin}`}${form === 'vpn-connection' ? '' : `-${form}`}`,
);

async function step(page: Page, what: string, url: string) {
  console.log(`  ${what}: ${url}`);
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
}

/** The VPN list, then 创建: the create form as a dialog or a route, per --create-mode. */
async function openVpnForm(page: Page) {
  await step(page, 'VPN connections', MOCK_URLS.vpnConnectionList);
  if (new URL(page.url()).hostname !== 'cns-console.jdcloud.com') return false;
  console.log('  open the create form');
  await page
    .getByRole('button', { name: lang === 'zh' ? '创建' : 'Create', exact: true })
    .first()
    .click();
  await nameField(page).fill('vpn-demo-01');
  return true;
}

/**
 * The pages the scenario says to visit, the VPN list, a click on the connection (a page change in the app),
 * 资源信息 on the 2019 console, then 添加隧道: a route on the classic skin, a dialog on the 2019 one.
 */
async function openTunnelForm(page: Page) {
  for (const url of scenarioForm?.kind === 'vpn-tunnel' ? scenarioForm.visit : []) {
    await step(page, 'visit first', url);
  }
  await step(page, 'VPN connections', MOCK_URLS.vpnConnectionList);
  if (new URL(page.url()).hostname !== 'cns-console.jdcloud.com') return false;
  const connection =
    scenarioForm?.kind === 'vpn-tunnel'
      ? scenarioForm.openFrom
      : vpnConnectionDetailUrl(scenarios[scenario].regions['cn-north-1'].connections[0]?.id ?? '');
  const link = page.locator(`a[href="${new URL(connection).pathname}"]`).first();
  if (await link.count()) {
    console.log(`  open ${connection}`);
    await link.click();
  } else {
    await step(page, 'the connection', connection);
  }
  if (skin === 'console-2019')
    await page.getByRole('tab', { name: lang === 'zh' ? '资源信息' : 'Resource Information' }).click();
  console.log('  open the add-tunnel form');
  await page.getByRole('button', { name: lang === 'zh' ? '添加隧道' : 'Add Tunnel', exact: true }).click();
  return true;
}

/** The customer-gateway list, then 创建: a dialog on the classic skin, a route on the 2019 one. */
async function openGatewayForm(page: Page) {
  await step(page, 'customer gateways', MOCK_URLS.customerGatewayList);
  if (new URL(page.url()).hostname !== 'cns-console.jdcloud.com') return false;
  console.log('  open the create form');
  await page
    .getByRole('button', { name: lang === 'zh' ? '创建' : 'Create', exact: true })
    .first()
    .click();
  return true;
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  console.log(
    `Scenario "${scenario}" (${lang}, ${skin} skin, ${form} form${form === 'vpn-connection' ? ` as ${createMode}` : ''}), ${headless ? 'headless' : 'headed'}`,
  );
  const context = await launchWithExtension({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', headless });
  try {
    await serveMockConsole(context, { scenario, lang, createMode, skin });
    const id = await extensionId(context);
    const page = context.pages()[0] ?? (await context.newPage());

    await step(page, 'balance', MOCK_URLS.capitalOverview);
    await step(page, 'coupons', MOCK_URLS.coupons);
    await step(page, 'real-name', MOCK_URLS.realName);

    const shots: string[] = [];
    const panel = page.locator('jdc-preflight-panel [data-testid="preflight-panel"]');
    const opened =
      form === 'tunnel'
        ? await openTunnelForm(page)
        : form === 'customer-gateway'
          ? await openGatewayForm(page)
          : await openVpnForm(page);
    if (opened) {
      if (form === 'vpn-connection') {
        await panel.waitFor({ timeout: 5000 });
      } else if (
        !(await panel.waitFor({ timeout: 5000 }).then(
          () => true,
          () => false,
        ))
      ) {
        console.log('  no panel beside this form');
      }
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
