import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import {
  extensionId,
  extensionWorker,
  launchWithExtension,
  type MockConsoleOptions,
  serveMockConsole,
} from '../../scripts/chromium';
import { CONFIRM_NAME, confirmButton, nameField } from '../fixtures/console/locators';
import { MOCK_URLS } from '../fixtures/console/render';

/** The mock console's pages, at JD Cloud's real addresses. */
export const CONSOLE = {
  list: MOCK_URLS.vpnConnectionList,
  create: MOCK_URLS.vpnConnectionCreate,
  vpc: MOCK_URLS.vpcList,
  capital: MOCK_URLS.capitalOverview,
  realName: MOCK_URLS.realName,
  coupons: MOCK_URLS.coupons,
  accountInfo: MOCK_URLS.accountInfo,
  /** The billing pages again, on today's billing host. */
  billingCapital: MOCK_URLS.billingCapitalOverview,
  billingCoupons: MOCK_URLS.billingCoupons,
} as const;

interface Fixtures {
  mock: MockConsoleOptions;
  uiLocale: 'zh-CN' | 'en-US';
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  page: Page;
}

/**
 * Each test gets a fresh Chromium profile with the built extension and the mock console. The console's
 * skin is part of `mock`: `test.use({ mock: { scenario: 'ready', lang: 'zh', skin: 'console-2019' } })`.
 */
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
    await use(await extensionWorker(context));
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

/** Visits the account pages a person would, waiting on each until the extension has reported it. */
export async function visitAccountPages(page: Page, worker: Worker) {
  const pages = [
    [CONSOLE.capital, 'capital-overview'],
    [CONSOLE.coupons, 'coupons'],
    [CONSOLE.realName, 'real-name'],
  ] as const;
  for (const [url, kind] of pages) {
    await page.goto(url);
    await waitForPageRead(worker, kind);
  }
}

/**
 * Waits until the background holds a value the preflight read on a page of this kind. Not the tab's page
 * kind: the background notes that from the address alone as soon as a console page opens, before the page
 * has been read, and a test moving on then would lose the read.
 */
export async function waitForPageRead(worker: Worker, kind: string): Promise<void> {
  await expect
    .poll(
      () =>
        worker.evaluate(async (source) => {
          const { accounts } = await chrome.storage.local.get('accounts');
          const stored = accounts as
            | { accounts?: Record<string, Record<string, { source?: string }>> }
            | undefined;
          return Object.values(stored?.accounts ?? {}).some((state) =>
            Object.values(state).some((observation) => observation.source === source),
          );
        }, `page:${kind}`),
      { timeout: 5_000 },
    )
    .toBe(true);
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

const CREATE_LABEL = { zh: '创建', en: 'Create' } as const;
export const CONFIRM_LABEL = { zh: '确定', en: 'OK' } as const;
export { CONFIRM_NAME, confirmButton, nameField };

/** Opens the VPN connection list, then its create dialog (or route), and types a valid name. */
export async function openCreateForm(page: Page, lang: 'zh' | 'en', name = 'vpn-to-idc-01') {
  await page.goto(CONSOLE.list);
  await page.getByRole('button', { name: CREATE_LABEL[lang], exact: true }).click();
  await nameField(page).fill(name);
}

export const submissions = (page: Page) =>
  page.evaluate(() => (window as unknown as MockWindow).mockConsole.submissions);

interface MockWindow {
  mockConsole: { submissions: number };
}
