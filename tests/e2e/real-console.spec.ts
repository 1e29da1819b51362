/**
 * The console as public screenshots show it (the console-2019 skin of the mock console: Element UI widgets,
 * a bare account name in the top bar, billing pages on billing-console too). The same verdicts as on the
 * classic skin (scenarios.spec.ts), from the same readers.
 */
import type { Page, Worker } from '@playwright/test';
import { serveMockConsole } from '../../scripts/chromium';
import type { ScenarioName } from '../fixtures/console/scenarios';
import { EXPECTED } from './expected-scenarios';
import {
  CONSOLE,
  checkRow,
  confirmButton,
  expect,
  guardDialog,
  openCreateForm,
  panel,
  submissions,
  test,
  visitAccountPages,
  waitForPageRead,
} from './fixtures';

const SKIN = 'console-2019' as const;

/**
 * Opens each gateway select of the form and picks its first gateway, as a person does: Element UI shows a
 * select's options only while it is open. A select with none shows its empty state and is closed again.
 */
async function pickGateways(page: Page) {
  const selects = page.locator('.el-form .el-select').filter({ visible: true });
  for (let i = 0; i < (await selects.count()); i++) {
    await selects.nth(i).locator('input').click();
    const option = page.locator('.el-select-dropdown__item').filter({ visible: true }).first();
    if (await option.count()) await option.click();
    else await page.locator('.el-form-item__label').filter({ visible: true }).first().click();
  }
}

// zh with the form as a dialog over the list, en with the form on its own route: both ways on this skin.
/** What a person does before a purchase: the account pages, then the create form with its gateways picked. */
async function openFormAfterAccountPages(page: Page, worker: Worker, lang: 'zh' | 'en') {
  await visitAccountPages(page, worker);
  await openCreateForm(page, lang);
  await pickGateways(page);
}

for (const [lang, createMode] of [
  ['zh', 'dialog'],
  ['en', 'route'],
] as const) {
  for (const [scenario, expected] of Object.entries(EXPECTED)) {
    test.describe(`2019 console: ${scenario} (${lang}, ${createMode})`, () => {
      test.use({
        mock: { scenario: scenario as ScenarioName, lang, createMode, skin: SKIN },
        uiLocale: lang === 'zh' ? 'zh-CN' : 'en-US',
      });

      test(`panel says ${expected.readiness}`, async ({ page, worker }) => {
        await openFormAfterAccountPages(page, worker, lang);
        await expect(panel(page)).toHaveAttribute('data-readiness', expected.readiness);
        for (const [id, status] of expected.rows) {
          await expect(checkRow(page, id), id).toHaveAttribute('data-status', status);
        }
        await expect(panel(page)).toHaveCount(1);
      });
    });
  }
}

async function storedCash(worker: Worker, account: string): Promise<unknown> {
  return worker.evaluate(async (name) => {
    const { accounts } = await chrome.storage.local.get('accounts');
    const stored = accounts as { accounts?: Record<string, { cash?: { value: number } }> } | undefined;
    return stored?.accounts?.[name]?.cash?.value;
  }, account);
}

test.describe('2019 console: the guard', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh', skin: SKIN } });

  test('fires on the letter-spaced 确 定 of an Element UI dialog, and holds the submit', async ({
    page,
    worker,
  }) => {
    await openFormAfterAccountPages(page, worker, 'zh');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    await confirmButton(page, 'zh').click();
    await expect(guardDialog(page)).toBeVisible();
    await guardDialog(page).locator('[data-action="cancel"]').click();
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await submissions(page)).toBe(0);
    await confirmButton(page, 'zh').click();
    await guardDialog(page).locator('[data-action="proceed"]').click();
    await expect.poll(() => submissions(page)).toBe(1);
  });
});

test.describe('2019 console: billing pages on billing-console.jdcloud.com', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh', skin: SKIN } });

  test('the capital page there is read like the one on uc', async ({ page, worker }) => {
    await page.goto(CONSOLE.billingCapital);
    await waitForPageRead(worker, 'capital-overview');
    await expect.poll(() => storedCash(worker, 'jdc_demo_02')).toBe(3250);
  });
});

test.describe('two accounts in turn in one browser', () => {
  test.use({ mock: { scenario: 'ready', lang: 'zh', skin: SKIN } });

  async function switchTo(page: Page, scenario: ScenarioName) {
    const context = page.context();
    await context.unrouteAll({ behavior: 'wait' });
    await serveMockConsole(context, { scenario, lang: 'zh', skin: SKIN });
  }

  test("the second account's form never borrows the first one's funds or verification", async ({
    page,
    worker,
  }) => {
    await openFormAfterAccountPages(page, worker, 'zh');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'ready');
    // Signed out (the console sends the person to the login page), then in as another account.
    await switchTo(page, 'signed-out');
    await page.goto(CONSOLE.list);
    await expect(page).toHaveURL(/login\.jdcloud\.com/);
    await switchTo(page, 'second-account');
    await openCreateForm(page, 'zh');
    await expect(checkRow(page, 'signed-in')).toHaveAttribute('data-status', 'pass');
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'unknown');
    await expect(checkRow(page, 'real-name')).toHaveAttribute('data-status', 'unknown');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'unknown');
    // Its own pages make it ready on its own values; the first account's stay where they were.
    await openFormAfterAccountPages(page, worker, 'zh');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'ready');
    expect(await storedCash(worker, 'jdc_demo_01')).toBe(128_000);
    expect(await storedCash(worker, 'jdc_demo_10')).toBe(256_000);
  });
});
