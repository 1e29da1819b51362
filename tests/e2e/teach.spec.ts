import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { Settings } from '../../lib/model/settings';
import { mockConsoleResponse } from '../fixtures/console/render';
import type { MockConsoleOptions } from '../fixtures/console/shared';
import { consoleTabId, openOptions, openPopup, popupRow, storedSettings } from './extension-pages';
import { CONSOLE, checkRow, expect, openCreateForm, panel, test, visitAccountPages } from './fixtures';

/*
 * A console redesign renames the capital page's cash label to one the readers do not know. The person points
 * at the amount once; from then on it is read from there, on every visit, until the page changes again.
 */

const MOCK: MockConsoleOptions = { scenario: 'ready', lang: 'zh' };
const KNOWN_LABEL = '<dt>可用余额</dt>';
/** Labels the readers do not know: the first redesign, then a second one that moves the figure away. */
const REDESIGN = '<dt>可用额度</dt>';
const SECOND_REDESIGN = '<dt>资金</dt><dd>见下方</dd><dt>其他</dt>';

/** Serves the mock console's capital page with its cash label replaced, until the next redesign. */
async function redesignCapitalPage(context: BrowserContext, label: string) {
  await context.unroute(CONSOLE.capital);
  await context.route(CONSOLE.capital, async (route) => {
    const response = mockConsoleResponse(CONSOLE.capital, MOCK);
    expect(response.body).toContain(KNOWN_LABEL);
    await route.fulfill({ ...response, body: response.body.replace(KNOWN_LABEL, label) });
  });
}

const chipTeach = (page: Page, field: string) =>
  page.locator(`jdc-preflight-teach [data-action="teach"][data-field="${field}"]`);
const picker = (page: Page) => page.locator('jdc-preflight-picker [data-testid="preflight-picker"]');
const pickerButton = (page: Page, action: 'confirm' | 'cancel') =>
  page.locator(`jdc-preflight-picker [data-action="${action}"]`);

/** The stored cash observation of the current account, with how it was found. */
async function storedCash(worker: Worker): Promise<{ value?: number; found?: string } | undefined> {
  return worker.evaluate(async () => {
    const { accounts } = await chrome.storage.local.get('accounts');
    const stored = accounts as
      | {
          currentAccount?: string;
          accounts: Record<string, Record<string, { value?: number; found?: string }>>;
        }
      | undefined;
    return stored?.accounts[stored.currentAccount ?? '']?.cash;
  });
}

const taught = async (worker: Worker) => (await storedSettings(worker))?.taughtLocators ?? [];

/** Clicks the page's element under the picker: the picker's layer takes the click at that point. */
async function pointAt(page: Page, target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('the target is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const amount = (page: Page) => page.locator('.capital-item dd .amount').first();

test.describe('teaching a value the readers cannot find', () => {
  test.use({ mock: MOCK, uiLocale: 'zh-CN' });

  test('the chip, a pick and a confirm teach the cash; later visits read it there; it travels with settings; a page that changed again says so', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await redesignCapitalPage(context, REDESIGN);
    await page.goto(CONSOLE.capital);
    await expect(chipTeach(page, 'cash')).toBeVisible();
    // Nothing of the panel on a page without a form: the chip is its own element.
    await expect(page.locator('jdc-preflight-panel')).toHaveCount(0);
    expect((await storedCash(worker))?.value).toBeUndefined();

    // The page hears nothing while the picker is open.
    await page.evaluate(() => {
      (window as unknown as { pageClicks: number }).pageClicks = 0;
      document.addEventListener('click', () => {
        (window as unknown as { pageClicks: number }).pageClicks++;
      });
    });
    await chipTeach(page, 'cash').click();
    await expect(picker(page)).toBeVisible();
    await pointAt(page, amount(page));
    await expect(page.locator('jdc-preflight-picker')).toContainText('¥1,280.00');
    await pickerButton(page, 'confirm').click();
    await expect(picker(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);

    await expect.poll(() => storedCash(worker)).toMatchObject({ value: 128_000, found: 'taught' });
    expect(await taught(worker)).toMatchObject([{ scope: 'capital-overview', field: 'cash' }]);
    await expect(chipTeach(page, 'cash')).toHaveCount(0);

    // The form's funds row passes on the taught figure, and says how it was found.
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'pass');
    await expect(checkRow(page, 'funds-threshold')).toContainText('按您指定的位置读取');

    // A second visit reads it there, with no chip and no picker.
    await worker.evaluate(() => chrome.storage.local.remove('accounts'));
    await page.goto(CONSOLE.capital);
    await expect.poll(() => storedCash(worker)).toMatchObject({ value: 128_000, found: 'taught' });
    await expect(chipTeach(page, 'cash')).toHaveCount(0);
    await expect(picker(page)).toHaveCount(0);

    // Export, reset and import carry it.
    const options = await openOptions(context, extensionId);
    await expect(options.locator('[data-testid="taught-locators"] li')).toHaveCount(1);
    const download = options.waitForEvent('download');
    await options.locator('[data-action="export"]').click();
    const text = await readFile(await (await download).path(), 'utf8');
    await options.locator('[data-action="reset"]').click();
    await options.locator('[data-action="confirm-reset"]').click();
    await expect.poll(() => taught(worker)).toEqual([]);
    await options.locator('[data-testid="import-file"]').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    // A place to read a value from is one a file could use to mislead: the import asks first.
    await expect(options.locator('[data-testid="import-changes"]')).toContainText(
      '新增读取现金余额的位置（资金概览）',
    );
    await options.locator('[data-action="import-apply"]').click();
    await expect.poll(() => taught(worker)).toHaveLength(1);
    await options.close();

    // The page changes again: the place no longer matches, and the rows say so and offer to teach again.
    await redesignCapitalPage(context, SECOND_REDESIGN);
    await page.goto(CONSOLE.capital);
    await expect(chipTeach(page, 'cash')).toBeVisible();
    const popup = await openPopup(context, extensionId, await consoleTabId(worker));
    const row = popupRow(popup, 'funds-threshold');
    await expect(row).toContainText('已与页面不符');
    await expect(row.locator('[data-action="teach"][data-field="cash"]')).toBeVisible();
  });

  test('keyboard alone teaches; Escape and Cancel keep nothing', async ({ context, page, worker }) => {
    await redesignCapitalPage(context, REDESIGN);
    await page.goto(CONSOLE.capital);
    await expect(chipTeach(page, 'cash')).toBeVisible();

    // Escape before a pick.
    await chipTeach(page, 'cash').focus();
    await page.keyboard.press('Enter');
    await expect(picker(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(picker(page)).toHaveCount(0);

    // Cancel after a pick.
    await chipTeach(page, 'cash').click();
    await pointAt(page, amount(page));
    await pickerButton(page, 'cancel').click();
    await expect(picker(page)).toHaveCount(0);
    expect(await taught(worker)).toEqual([]);

    // Keys only: the candidates are the amounts on the page; Tab until the cash, Enter, Enter.
    await chipTeach(page, 'cash').focus();
    await page.keyboard.press('Enter');
    const host = page.locator('jdc-preflight-picker');
    let found = false;
    for (let step = 0; step < 12 && !found; step++) {
      await page.keyboard.press('Tab');
      found = ((await host.locator('.preview').textContent()) ?? '').includes('¥1,280.00');
    }
    expect(found, 'a Tab reaches the cash amount').toBe(true);
    await page.keyboard.press('Enter');
    await expect(pickerButton(page, 'confirm')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => taught(worker)).toHaveLength(1);
    await expect.poll(() => storedCash(worker)).toMatchObject({ value: 128_000, found: 'taught' });
  });

  test('the page itself cannot start the picker or confirm a pick', async ({ context, page, worker }) => {
    await redesignCapitalPage(context, REDESIGN);
    await page.goto(CONSOLE.capital);
    await expect(chipTeach(page, 'cash')).toBeVisible();
    // The page's own script reaches into the open shadow root and clicks.
    await page.evaluate(() => {
      const button = document
        .querySelector('jdc-preflight-teach')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-action="teach"]');
      button?.click();
    });
    await page.waitForTimeout(300);
    await expect(picker(page)).toHaveCount(0);
    await chipTeach(page, 'cash').click();
    await pointAt(page, amount(page));
    await page.evaluate(() => {
      document
        .querySelector('jdc-preflight-picker')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-action="confirm"]')
        ?.click();
    });
    await page.waitForTimeout(300);
    expect(await taught(worker)).toEqual([]);
    const settings: Settings | undefined = await storedSettings(worker);
    expect(settings?.taughtLocators ?? []).toEqual([]);
  });
});

test.describe('a row of the panel', () => {
  test.use({ mock: MOCK, uiLocale: 'zh-CN' });

  test('offers to point at an unknown value, opening the page that shows it with the picker started', async ({
    context,
    page,
  }) => {
    await redesignCapitalPage(context, REDESIGN);
    await openCreateForm(page, 'zh');
    await expect(panel(page)).toBeVisible();
    const opened = context.waitForEvent('page');
    await checkRow(page, 'funds-threshold').locator('[data-action="teach"][data-field="cash"]').click();
    const capital = await opened;
    await expect(picker(capital)).toBeVisible();
    await pointAt(capital, amount(capital));
    await pickerButton(capital, 'confirm').click();
    await expect(checkRow(page, 'funds-threshold')).toContainText('按您指定的位置读取');
  });
});
