/**
 * `npm run demo`: the extension in Chromium against the mock JD Cloud console, walking one scenario the way a
 * person would, with screenshots of the panel, the guard dialog and the popup.
 *
 *   npm run demo -- --scenario coupons-lift --lang en --create-mode route --out ./shots
 *   npm run demo -- --skin 2019 --scenario arrears      (the console-2019 skin, shaped on the real console)
 *   npm run demo -- --form tunnel --scenario psk-too-long   (the add-tunnel form, from a connection's page)
 *   npm run demo -- --form customer-gateway --skin 2019     (the create-customer-gateway form)
 *   npm run demo -- --store docs/store/                     (the store's screenshots and promo tile)
 *
 * `--form` is the scenario's own form when it has one (the network scenarios), else the VPN connection form.
 * `--store <dir>` ignores the other options: it walks the scenarios the store listing shows at 1280×800 and
 * writes `<dir>/screenshots/*.png` and `<dir>/promo-small-440x280.png`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { confirmButton, nameField } from '../tests/fixtures/console/locators';
import { MOCK_URLS, type MockSkin, vpnConnectionDetailUrl } from '../tests/fixtures/console/render';
import { SCENARIO_NAMES, type ScenarioName, scenarios } from '../tests/fixtures/console/scenarios';
import {
  ChromiumMissingError,
  extensionId,
  type LaunchOptions,
  launchWithExtension,
  serveMockConsole,
} from './chromium';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'low-balance' },
    lang: { type: 'string', default: 'zh' },
    'create-mode': { type: 'string', default: 'dialog' },
    skin: { type: 'string', default: 'classic' },
    form: { type: 'string' },
    out: { type: 'string' },
    store: { type: 'string' },
    headed: { type: 'boolean' },
    headless: { type: 'boolean' },
  },
});

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

type Lang = 'zh' | 'en';
type CreateMode = 'dialog' | 'route';
type DemoForm = 'vpn-connection' | 'tunnel' | 'customer-gateway';

/** One walk through the mock console: which scenario, in which language, skin and form. */
interface Walk {
  scenario: ScenarioName;
  lang: Lang;
  createMode: CreateMode;
  skin: MockSkin;
  form: DemoForm;
}

const SKIN_NAMES: Record<string, MockSkin> = {
  classic: 'classic',
  '2019': 'console-2019',
  'console-2019': 'console-2019',
};
const FORM_NAMES: Record<string, DemoForm> = {
  'vpn-connection': 'vpn-connection',
  tunnel: 'tunnel',
  'vpn-tunnel': 'tunnel',
  'customer-gateway': 'customer-gateway',
};
const headless = values.headed ? false : values.headless ? true : !process.env.DISPLAY;

/** The walk the command line asks for. */
function walkFromArgs(): Walk {
  const scenario = values.scenario as ScenarioName;
  if (!SCENARIO_NAMES.includes(scenario))
    fail(`unknown scenario "${values.scenario}". Try one of: ${SCENARIO_NAMES.join(', ')}`);
  const lang = values.lang === 'en' ? 'en' : values.lang === 'zh' ? 'zh' : fail('--lang is zh or en');
  const createMode =
    values['create-mode'] === 'route' || values['create-mode'] === 'dialog'
      ? values['create-mode']
      : fail('--create-mode is dialog or route');
  const skin = SKIN_NAMES[values.skin ?? 'classic'] ?? fail('--skin is classic or 2019');
  const form =
    FORM_NAMES[values.form ?? scenarios[scenario].expected.form?.kind ?? 'vpn-connection'] ??
    fail('--form is vpn-connection, tunnel or customer-gateway');
  return { scenario, lang, createMode, skin, form };
}

async function step(page: Page, what: string, url: string) {
  console.log(`  ${what}: ${url}`);
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
}

/** The VPN list, then 创建: the create form as a dialog or a route, per --create-mode. */
async function openVpnForm(page: Page, walk: Walk) {
  await step(page, 'VPN connections', MOCK_URLS.vpnConnectionList);
  if (new URL(page.url()).hostname !== 'cns-console.jdcloud.com') return false;
  console.log('  open the create form');
  await page
    .getByRole('button', { name: walk.lang === 'zh' ? '创建' : 'Create', exact: true })
    .first()
    .click();
  await nameField(page).fill('vpn-demo-01');
  return true;
}

/**
 * The pages the scenario says to visit, the VPN list, a click on the connection (a page change in the app),
 * 资源信息 on the 2019 console, then 添加隧道: a route on the classic skin, a dialog on the 2019 one.
 */
async function openTunnelForm(page: Page, walk: Walk) {
  const scenarioForm = scenarios[walk.scenario].expected.form;
  for (const url of scenarioForm?.kind === 'vpn-tunnel' ? scenarioForm.visit : []) {
    await step(page, 'visit first', url);
  }
  await step(page, 'VPN connections', MOCK_URLS.vpnConnectionList);
  if (new URL(page.url()).hostname !== 'cns-console.jdcloud.com') return false;
  const connection =
    scenarioForm?.kind === 'vpn-tunnel'
      ? scenarioForm.openFrom
      : vpnConnectionDetailUrl(scenarios[walk.scenario].regions['cn-north-1'].connections[0]?.id ?? '');
  const link = page.locator(`a[href="${new URL(connection).pathname}"]`).first();
  if (await link.count()) {
    console.log(`  open ${connection}`);
    await link.click();
  } else {
    await step(page, 'the connection', connection);
  }
  if (walk.skin === 'console-2019')
    await page.getByRole('tab', { name: walk.lang === 'zh' ? '资源信息' : 'Resource Information' }).click();
  console.log('  open the add-tunnel form');
  await page
    .getByRole('button', { name: walk.lang === 'zh' ? '添加隧道' : 'Add Tunnel', exact: true })
    .click();
  return true;
}

/** The customer-gateway list, then 创建: a dialog on the classic skin, a route on the 2019 one. */
async function openGatewayForm(page: Page, walk: Walk) {
  await step(page, 'customer gateways', MOCK_URLS.customerGatewayList);
  if (new URL(page.url()).hostname !== 'cns-console.jdcloud.com') return false;
  console.log('  open the create form');
  await page
    .getByRole('button', { name: walk.lang === 'zh' ? '创建' : 'Create', exact: true })
    .first()
    .click();
  return true;
}

/** A fresh Chromium with the extension and the mock console for this walk, closed after `use`. */
async function withConsole<T>(
  walk: Walk,
  view: Pick<LaunchOptions, 'viewport' | 'deviceScaleFactor'>,
  use: (context: BrowserContext, page: Page, id: string) => Promise<T>,
): Promise<T> {
  const context = await launchWithExtension({
    locale: walk.lang === 'zh' ? 'zh-CN' : 'en-US',
    headless,
    ...view,
  });
  try {
    await serveMockConsole(context, walk);
    const id = await extensionId(context);
    return await use(context, context.pages()[0] ?? (await context.newPage()), id);
  } finally {
    await context.close();
  }
}

interface WalkShots {
  panel?: string;
  guard?: string;
  popup: string;
  readiness: string | null;
}

/**
 * The account pages, the form with its panel, a submit the guard may stop, and the popup, as a person would:
 * screenshots of each into `outDir` (the popup at its full height).
 */
async function walkScenario(context: BrowserContext, page: Page, id: string, walk: Walk, outDir: string) {
  mkdirSync(outDir, { recursive: true });
  await step(page, 'balance', MOCK_URLS.capitalOverview);
  await step(page, 'coupons', MOCK_URLS.coupons);
  await step(page, 'real-name', MOCK_URLS.realName);

  const shots: Partial<WalkShots> = {};
  const panel = page.locator('jdc-preflight-panel [data-testid="preflight-panel"]');
  const opened =
    walk.form === 'tunnel'
      ? await openTunnelForm(page, walk)
      : walk.form === 'customer-gateway'
        ? await openGatewayForm(page, walk)
        : await openVpnForm(page, walk);
  if (opened) {
    if (walk.form === 'vpn-connection') {
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
    shots.panel = resolve(outDir, 'panel.png');
    await page.screenshot({ path: shots.panel });

    console.log('  try to submit');
    await confirmButton(page, walk.lang).click();
    const guard = page.locator('jdc-preflight-panel [data-testid="preflight-guard"]');
    if (await guard.isVisible({ timeout: 2000 }).catch(() => false)) {
      shots.guard = resolve(outDir, 'guard.png');
      await page.screenshot({ path: shots.guard });
      console.log('  the guard asked before submitting');
    } else {
      console.log('  no guard dialog: the submit went through without a question');
    }
  } else {
    console.log(`  the console sent the browser to ${page.url()} (signed out): no form to check`);
  }

  const popupShot = resolve(outDir, 'popup.png');
  const readiness = await shootPopup(context, id, popupShot, 'full-page');
  return { ...shots, popup: popupShot, readiness } satisfies WalkShots;
}

/** The popup for the console tab, 380 px wide, at its full height or as it opens; says its readiness. */
async function shootPopup(
  context: BrowserContext,
  id: string,
  path: string,
  view: 'full-page' | 'as-opened',
): Promise<string | null> {
  const tabId = await context.serviceWorkers()[0]?.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://*.jdcloud.com/*' });
    return tab?.id;
  });
  const popup = await context.newPage();
  // As opened from the toolbar, Chrome holds a popup to 600 px of height and scrolls the rest.
  await popup.setViewportSize({ width: 380, height: view === 'as-opened' ? 600 : 640 });
  await popup.goto(`chrome-extension://${id}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  await popup.locator('[data-testid="readiness-summary"]').waitFor({ timeout: 5000 });
  await popup.screenshot({ path, fullPage: view === 'full-page' });
  const readiness = await popup.locator('[data-testid="readiness-summary"]').getAttribute('data-readiness');
  await popup.close();
  return readiness;
}

async function demo() {
  const walk = walkFromArgs();
  const { scenario, lang, skin, form, createMode } = walk;
  const outDir = resolve(
    values.out ??
      `demo-output/${scenario}-${lang}${skin === 'classic' ? '' : `-${skin}`}${form === 'vpn-connection' ? '' : `-${form}`}`,
  );
  console.log(
    `Scenario "${scenario}" (${lang}, ${skin} skin, ${form} form${form === 'vpn-connection' ? ` as ${createMode}` : ''}), ${headless ? 'headless' : 'headed'}`,
  );
  const result = await withConsole(walk, {}, (context, page, id) =>
    walkScenario(context, page, id, walk, outDir),
  );
  console.log(`\nReadiness: ${result.readiness}`);
  console.log(`Screenshots in ${outDir}:`);
  for (const shot of [result.panel, result.guard, result.popup]) if (shot) console.log(`  ${shot}`);
}

/** The size both stores take for screenshots, and Chrome's small promo tile. */
const STORE_SCREENSHOT = { width: 1280, height: 800 } as const;
const STORE_PROMO_TILE = { width: 440, height: 280 } as const;
/**
 * The console as the demo shows it (1440×900 CSS pixels: room for the panel beside the create dialog), drawn
 * at the store's 1280×800 pixels by the browser itself, so its text is rendered at that size, not scaled.
 */
const STORE_CONSOLE_VIEW = {
  viewport: { width: 1440, height: 900 },
  deviceScaleFactor: STORE_SCREENSHOT.width / 1440,
} as const;

const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

/** Draws `html` at `size` (one pixel per CSS pixel) in a page of `context` and saves it. */
async function drawPage(
  context: BrowserContext,
  size: { width: number; height: number },
  html: string,
  path: string,
) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path });
  await page.close();
}

/** The popup over the console page it speaks for, dimmed, where it opens from the toolbar. */
function popupOverConsole(background: string, popup: string): string {
  return `<!doctype html><html><body style="margin:0;position:relative;overflow:hidden">
<img src="${dataUrl(background)}" style="position:absolute;inset:0;filter:brightness(0.72)">
<img src="${dataUrl(popup)}" style="position:absolute;top:10px;right:20px;border:1px solid #9aa0a6;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.45)">
</body></html>`;
}

/** The small promo tile: the icon, the name, what it checks, and that it is unofficial. */
function promoTile(): string {
  const icon = readFileSync(resolve('assets/icon.svg'), 'utf8').replace(
    /width="\d+" height="\d+"/,
    'width="128" height="128"',
  );
  return `<!doctype html><html><body style="margin:0;position:relative;height:${STORE_PROMO_TILE.height}px;overflow:hidden;
background:linear-gradient(135deg,#0b6b5d,#0a4d44);color:#fff;font-family:'WenQuanYi Micro Hei',system-ui,sans-serif">
<div style="display:flex;align-items:center;gap:20px;padding:34px 30px 0">${icon}
<div><div style="font-size:30px;font-weight:700;line-height:1.15">Preflight for<br>JD Cloud VPN</div>
<div style="margin-top:8px;font-size:18px;opacity:.92">VPN 购买预检</div></div></div>
<div style="padding:22px 30px 0;font-size:17px;line-height:1.35">Know before you buy: sign-in, real-name,<br>funds and gateways, checked in the console.</div>
<div style="position:absolute;bottom:12px;right:16px;font-size:12px;opacity:.85">Unofficial · not affiliated with JD Cloud</div>
</body></html>`;
}

/**
 * The store listing's images: the panel beside the create dialog (English and Chinese), the guard stopping an
 * unready submit, the popup over the console, the options page, all at 1280×800; and the small promo tile.
 */
async function storeImages(dir: string) {
  const shotsDir = resolve(dir, 'screenshots');
  mkdirSync(shotsDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'preflight-store-'));
  const written: string[] = [];
  const out = (file: string) => {
    written.push(file);
    return file;
  };
  const shot = (name: string) => out(resolve(shotsDir, name));
  const base = { createMode: 'dialog', skin: 'classic', form: 'vpn-connection' } as const;
  // Compositions are drawn one CSS pixel to one image pixel, in a browser without the extension.
  const drawing = await launchWithExtension({ extensionDir: null, headless });
  try {
    const en: Walk = { ...base, scenario: 'low-balance', lang: 'en' };
    console.log('Store: low-balance (en)');
    await withConsole(en, STORE_CONSOLE_VIEW, async (context, page, id) => {
      const shots = await walkScenario(context, page, id, en, join(work, 'en'));
      if (!shots.panel || !shots.guard) throw new Error('the low-balance walk showed no panel or no guard');
      copyFileSync(shots.panel, shot('1-panel-en.png'));
      copyFileSync(shots.guard, shot('2-guard-en.png'));
      // The popup over the VPN list it speaks for, not over the panel that says the same.
      await step(page, 'VPN connections', MOCK_URLS.vpnConnectionList);
      const list = join(work, 'list.png');
      const popup = join(work, 'popup-as-opened.png');
      await page.screenshot({ path: list });
      await shootPopup(context, id, popup, 'as-opened');
      await drawPage(drawing, STORE_SCREENSHOT, popupOverConsole(list, popup), shot('3-popup-en.png'));
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await options.locator('[data-action="save"]').waitFor({ timeout: 5000 });
      await options.screenshot({ path: shot('5-options-en.png') });
    });
    const zh: Walk = { ...base, scenario: 'coupons-lift', lang: 'zh' };
    console.log('Store: coupons-lift (zh)');
    await withConsole(zh, STORE_CONSOLE_VIEW, async (context, page, id) => {
      const shots = await walkScenario(context, page, id, zh, join(work, 'zh'));
      if (!shots.panel) throw new Error('the coupons-lift walk showed no panel');
      copyFileSync(shots.panel, shot('4-panel-zh.png'));
    });
    await drawPage(drawing, STORE_PROMO_TILE, promoTile(), out(resolve(dir, 'promo-small-440x280.png')));
  } finally {
    await drawing.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nStore images in ${resolve(dir)}:`);
  for (const file of written) console.log(`  ${file}`);
}

(values.store === undefined ? demo() : storeImages(values.store)).catch((error: unknown) => {
  if (error instanceof ChromiumMissingError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
