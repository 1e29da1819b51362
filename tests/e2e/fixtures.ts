import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import {
  extensionId,
  launchWithExtension,
  type MockConsoleOptions,
  serveMockConsole,
} from '../../scripts/chromium';

export const CONSOLE = {
  list: 'https://cns-console.jdcloud.com/host/vpnConnection/list',
  create: 'https://cns-console.jdcloud.com/host/vpnConnection/create',
  vpc: 'https://cns-console.jdcloud.com/host/vpc/list',
  capital: 'https://uc.jdcloud.com/cost/capital/capital-overview',
  realName: 'https://realname.jdcloud.com/account/verify',
} as const;

interface Fixtures {
  mock: MockConsoleOptions;
  uiLocale: 'zh-CN' | 'en-US';
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  page: Page;
}

/** Each test gets a fresh Chromium profile with the built extension and the mock console. */
export const test = base.extend<Fixtures>({
  mock: [{ scenario: 'ready', lang: 'zh' }, { option: true }],
  uiLocale: ['zh-CN', { option: true }],
  context: async ({ mock, uiLocale }, use) => {
    const context = await launchWithExtension({ locale: uiLocale });
    await serveMockConsole(context, mock);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect };

export const panel = (page: Page) => page.locator('jdc-preflight-panel [data-testid="preflight-panel"]');
export const checkRow = (page: Page, id: string) => panel(page).locator(`[data-check="${id}"]`);
export const guardDialog = (page: Page) =>
  page.locator('jdc-preflight-panel [data-testid="preflight-guard"]');

/** Visits the account pages a person would, so the extension has read every value. */
export async function visitAccountPages(page: Page) {
  for (const url of [CONSOLE.capital, 'https://uc.jdcloud.com/cost/coupon/list', CONSOLE.realName]) {
    await page.goto(url);
    await page.waitForLoadState('load');
  }
}

/** Waits until the background has stored a value for the field (the page was read and reported). */
export async function waitForObservation(worker: Worker, field: string): Promise<void> {
  await expect
    .poll(
      () =>
        worker.evaluate(async (name) => {
          const { accounts } = await chrome.storage.local.get('accounts');
          const stored = accounts as
            | { currentAccount?: string; accounts: Record<string, Record<string, unknown>> }
            | undefined;
          return Boolean(stored?.accounts[stored.currentAccount ?? '']?.[name]);
        }, field),
      { timeout: 5_000 },
    )
    .toBe(true);
}
