import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { defaultSettings } from '../../lib/settings';
import { consoleTabId, field, openOptions, openPopup, popupSummary, storedSettings } from './extension-pages';
import {
  CONFIRM_LABEL,
  CONSOLE,
  checkRow,
  expect,
  guardDialog,
  openCreateForm,
  panel,
  submissions,
  test,
  visitAccountPages,
} from './fixtures';

const saveStatus = (options: Page) => options.locator('[data-testid="save-status"]');

async function saveGeneralSettings(options: Page) {
  await options.locator('[data-action="save"]').click();
  await expect(saveStatus(options)).toHaveAttribute('data-status', 'saved');
}

test.describe('settings saved in options reach the open VPN form', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'en' }, uiLocale: 'en-US' });

  test('a ¥40 threshold turns funds-threshold from fail to pass', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'en');
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'fail');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');

    const options = await openOptions(context, extensionId);
    await expect(field(options, 'thresholdCny')).toHaveValue('50.00');
    await field(options, 'thresholdCny').fill('40');
    await saveGeneralSettings(options);
    expect((await storedSettings(worker)).thresholdFen).toBe(4000);

    // ¥32.50 cash + ¥10.00 coupon = ¥42.50 clears ¥40; the runway (under 7 days) still warns.
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'pass');
    await expect(checkRow(page, 'funds-threshold')).toContainText(
      'Cash ¥32.50 + coupons ¥10.00 = ¥42.50, at or above the ¥40.00 threshold.',
    );
    await expect(panel(page)).toHaveAttribute('data-readiness', 'warning');
  });
});

test.describe('guard mode saved in options', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh' }, uiLocale: 'zh-CN' });

  test('off lets the console’s own submit through without a dialog', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    const confirm = page.getByRole('button', { name: CONFIRM_LABEL.zh, exact: true });

    // The default (warn) holds the submit: the control for what follows.
    await confirm.click();
    await expect(guardDialog(page)).toBeVisible();
    await guardDialog(page).locator('[data-action="cancel"]').click();
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await submissions(page)).toBe(0);

    const options = await openOptions(context, extensionId);
    await options.locator('[name="guardMode"][value="off"]').check();
    await saveGeneralSettings(options);
    expect((await storedSettings(worker)).guardMode).toBe('off');

    // The new mode reaches the tab in a push a moment after the save: until it lands, a click is still held.
    await expect
      .poll(async () => {
        await confirm.click();
        if ((await submissions(page)) > 0) return 'submitted';
        await guardDialog(page).locator('[data-action="cancel"]').click();
        return 'held';
      })
      .toBe('submitted');
    await page.waitForTimeout(300);
    expect(await submissions(page)).toBe(1);
    await expect(guardDialog(page)).toHaveCount(0);
  });
});

test.describe('import and export', () => {
  test.use({ mock: { scenario: 'ready', lang: 'en' }, uiLocale: 'en-US' });

  test('an invalid file is refused with the reason, and nothing changes', async ({
    context,
    worker,
    extensionId,
  }) => {
    const options = await openOptions(context, extensionId);
    await field(options, 'thresholdCny').fill('60');
    await saveGeneralSettings(options);
    const before = await storedSettings(worker);

    const file = {
      format: 'jdcloud-vpn-preflight/settings',
      version: 1,
      settings: { thresholdFen: -5, guardMode: 'sometimes' },
    };
    await options.locator('[data-testid="import-file"]').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });

    const error = options.locator('[data-testid="import-error"]');
    await expect(error).toContainText('Nothing was imported: the file has 2 invalid settings.');
    await expect(error).toContainText('thresholdFen:');
    await expect(error).toContainText('guardMode:');
    expect(await storedSettings(worker)).toEqual(before);
    await expect(field(options, 'thresholdCny')).toHaveValue('60.00');
    await expect(saveStatus(options)).toHaveAttribute('data-status', 'saved');
  });

  test('a file that weakens the guard lists what it changes; Cancel keeps everything, Apply applies it', async ({
    context,
    worker,
    extensionId,
  }) => {
    const options = await openOptions(context, extensionId);
    await options.locator('[name="guardMode"][value="block"]').check();
    await saveGeneralSettings(options);
    const before = await storedSettings(worker);
    const file = {
      format: 'jdcloud-vpn-preflight/settings',
      version: 1,
      settings: { ...before, guardMode: 'off', thresholdFen: 1000 },
    };
    const chooseFile = () =>
      options.locator('[data-testid="import-file"]').setInputFiles({
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });

    await chooseFile();
    const confirm = options.locator('[data-testid="import-confirm"]');
    await expect(confirm).toContainText('This file would weaken the protection');
    await expect(confirm.locator('li')).toHaveText([
      'Submit guard: Block → Off',
      'Consumption threshold lowered: ¥50.00 → ¥10.00',
    ]);
    expect(await storedSettings(worker)).toEqual(before);
    await confirm.locator('[data-action="import-cancel"]').click();
    await expect(confirm).toHaveCount(0);
    await expect(saveStatus(options)).toHaveText('Not imported: nothing was changed.');
    expect(await storedSettings(worker)).toEqual(before);
    await expect(options.locator('[name="guardMode"][value="block"]')).toBeChecked();

    await chooseFile();
    await confirm.locator('[data-action="import-apply"]').click();
    await expect(saveStatus(options)).toHaveText('Imported and saved');
    expect(await storedSettings(worker)).toEqual({ ...before, guardMode: 'off', thresholdFen: 1000 });
    await expect(options.locator('[name="guardMode"][value="off"]')).toBeChecked();
  });

  test('an exported file imports back', async ({ context, worker, extensionId }) => {
    const options = await openOptions(context, extensionId);
    await field(options, 'thresholdCny').fill('66.6');
    await options.locator('[name="guardMode"][value="block"]').check();
    await saveGeneralSettings(options);
    const exported = await storedSettings(worker);
    expect(exported).toMatchObject({ thresholdFen: 6660, guardMode: 'block' });

    const download = options.waitForEvent('download');
    await options.locator('[data-action="export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('jdcloud-vpn-preflight-settings.json');
    const text = await readFile(await file.path(), 'utf8');
    expect(JSON.parse(text)).toEqual({
      format: 'jdcloud-vpn-preflight/settings',
      version: 1,
      settings: exported,
    });

    await options.locator('[data-action="reset"]').click();
    await options.locator('[data-action="confirm-reset"]').click();
    await expect(saveStatus(options)).toHaveAttribute('data-status', 'reset');
    expect(await storedSettings(worker)).toEqual(defaultSettings());
    await expect(field(options, 'thresholdCny')).toHaveValue('50.00');

    await options.locator('[data-testid="import-file"]').setInputFiles({
      name: 'jdcloud-vpn-preflight-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(saveStatus(options)).toHaveAttribute('data-status', 'imported');
    await expect(saveStatus(options)).toHaveText('Imported and saved');
    expect(await storedSettings(worker)).toEqual(exported);
    await expect(field(options, 'thresholdCny')).toHaveValue('66.60');
    await expect(options.locator('[name="guardMode"][value="block"]')).toBeChecked();
  });
});

test.describe('your data', () => {
  test.use({ mock: { scenario: 'ready', lang: 'en' }, uiLocale: 'en-US' });

  const storedLocal = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));

  test('forgetting an account takes it out of the options page and of storage', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await visitAccountPages(page, worker);
    const name = await worker.evaluate(
      async () =>
        ((await chrome.storage.local.get('accounts')).accounts as { currentAccount: string }).currentAccount,
    );
    expect(name).toBeTruthy();

    const options = await openOptions(context, extensionId);
    const row = options.locator(`[data-testid="account-row"][data-account="${name}"]`);
    await expect(row.locator('[data-testid="account-known"]')).toContainText('available cash');
    await row.getByRole('button', { name: `Forget ${name}` }).click();
    await expect(row.locator('[data-testid="forget-confirm"]')).toContainText(`Forget ${name}?`);
    await row.locator('[data-action="confirm-forget"]').click();

    await expect(options.locator('[data-testid="forget-status"]')).toHaveText(`${name} was forgotten.`);
    await expect(row).toHaveCount(0);
    const local = await storedLocal(worker);
    expect(JSON.stringify(local.accounts ?? {})).not.toContain(name);
    expect(JSON.stringify(local.resources ?? {})).not.toContain(name);
  });

  test('clearing all data keeps the settings when asked, and the open form’s panel knows nothing', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'en');
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'pass');

    const options = await openOptions(context, extensionId);
    await field(options, 'thresholdCny').fill('60');
    await saveGeneralSettings(options);
    await expect(options.locator('[data-testid="account-row"]')).not.toHaveCount(0);

    const data = options.locator('[data-testid="data-section"]');
    await data.locator('[data-action="clear-data"]').click();
    const confirm = data.locator('[data-testid="clear-data-confirm"]');
    await expect(field(confirm, 'clear.keepSettings')).toBeChecked();
    await confirm.locator('[data-action="confirm-clear-data"]').click();

    await expect(data.locator('[data-testid="data-status"]')).toHaveText('All data was deleted.');
    await expect(options.locator('[data-testid="accounts-empty"]')).toBeVisible();
    expect(Object.keys(await storedLocal(worker)).filter((key) => !key.startsWith('settings'))).toEqual([]);
    expect((await storedSettings(worker)).thresholdFen).toBe(6000);
    await expect(field(options, 'thresholdCny')).toHaveValue('60.00');
    // The form still open: its panel now rests on nothing read.
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'unknown');
  });
});

test.describe('site access', () => {
  test.use({ mock: { scenario: 'ready', lang: 'en' }, uiLocale: 'en-US' });

  test('set to "on click", the popup says the console cannot be read and offers to allow it', async ({
    context,
    worker,
    extensionId,
  }) => {
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/', { waitUntil: 'commit' });
    await settings.waitForFunction(() => 'developerPrivate' in chrome);
    // What a person does in the extension's "Site access" menu.
    await settings.evaluate(
      (id) =>
        (
          chrome as unknown as {
            developerPrivate: {
              updateExtensionConfiguration(update: {
                extensionId: string;
                hostAccess: string;
              }): Promise<void>;
            };
          }
        ).developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }),
      extensionId,
    );
    await settings.close();
    expect(
      await worker.evaluate(() => chrome.permissions.contains({ origins: ['https://*.jdcloud.com/*'] })),
    ).toBe(false);

    const [tabId] = await worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id));
    const popup = await openPopup(context, extensionId, tabId ?? 0);
    const notice = popup.locator('[data-testid="host-access"]');
    await expect(notice).toContainText('VPN Preflight may not read the JD Cloud console now');
    await expect(notice.getByRole('button', { name: 'Allow on JD Cloud console pages' })).toBeVisible();
  });

  test('with access granted, the popup says nothing about it', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await page.goto(CONSOLE.list);
    const popup = await openPopup(context, extensionId, await consoleTabId(worker));
    await expect(popupSummary(popup)).toBeVisible();
    await expect(popup.locator('[data-testid="host-access"]')).toHaveCount(0);
  });
});
