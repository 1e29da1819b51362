import type { Page, Worker } from '@playwright/test';
import {
  CONFIRM_LABEL,
  expect,
  guardDialog,
  openCreateForm,
  panel,
  submissions,
  test,
  visitAccountPages,
} from './fixtures';

async function seedGuardMode(worker: Worker, guardMode: 'warn' | 'block' | 'off') {
  await worker.evaluate(async (mode) => {
    await chrome.storage.local.set({ settings: { guardMode: mode }, settings$: { v: 1 } });
  }, guardMode);
}

const confirm = (page: Page, lang: 'zh' | 'en' = 'zh') =>
  page.getByRole('button', { name: CONFIRM_LABEL[lang], exact: true });

async function readyToSubmit(page: Page, worker: Worker, readiness: string) {
  await visitAccountPages(page, worker);
  await openCreateForm(page, 'zh');
  await expect(panel(page)).toHaveAttribute('data-readiness', readiness);
}

test.describe('an unready account (low balance)', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh' } });

  test('cancel ("Fix first") stops the console’s own submit', async ({ page, worker }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect(guardDialog(page)).toBeVisible();
    await expect(guardDialog(page)).toHaveAttribute('role', 'alertdialog');
    await expect(guardDialog(page).locator('[data-check="funds-threshold"]')).toHaveAttribute(
      'data-status',
      'fail',
    );
    await guardDialog(page).locator('[data-action="cancel"]').click();
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await submissions(page)).toBe(0);
  });

  test('"Proceed anyway" lets the submit through exactly once, and logs the override', async ({
    page,
    worker,
  }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await guardDialog(page).locator('[data-action="proceed"]').click();
    await expect(guardDialog(page)).toHaveCount(0);
    await expect.poll(() => submissions(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toBe(1);
    const log = await worker.evaluate(async () => (await chrome.storage.local.get('guardLog')).guardLog);
    expect(log).toEqual([expect.objectContaining({ kind: 'override', account: 'jdc_demo_02' })]);
  });

  test('Enter in the name field is guarded like the button', async ({ page, worker }) => {
    await readyToSubmit(page, worker, 'blocked');
    await page.locator('[name="vpnConnectionName"]').press('Enter');
    await expect(guardDialog(page)).toBeVisible();
    expect(await submissions(page)).toBe(0);
    await guardDialog(page).locator('[data-action="proceed"]').click();
    await expect.poll(() => submissions(page)).toBe(1);
  });

  test('Escape closes the dialog like "Fix first"', async ({ page, worker }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect(guardDialog(page).locator('[data-action="cancel"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await submissions(page)).toBe(0);
  });

  test('block mode offers no way through', async ({ page, worker }) => {
    await seedGuardMode(worker, 'block');
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect(guardDialog(page)).toBeVisible();
    await expect(guardDialog(page).locator('[data-action="proceed"]')).toHaveCount(0);
    await guardDialog(page).locator('[data-action="cancel"]').click();
    expect(await submissions(page)).toBe(0);
  });

  test('off mode never intercepts', async ({ page, worker }) => {
    await seedGuardMode(worker, 'off');
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect.poll(() => submissions(page)).toBe(1);
    await expect(guardDialog(page)).toHaveCount(0);
  });
});

test.describe('a ready account', () => {
  test.use({ mock: { scenario: 'ready', lang: 'en' }, uiLocale: 'en-US' });

  test('is not intercepted', async ({ page, worker }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'en');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'ready');
    await confirm(page, 'en').click();
    await expect.poll(() => submissions(page)).toBe(1);
    await expect(guardDialog(page)).toHaveCount(0);
  });
});

test.describe('an account nothing is known about', () => {
  test.use({ mock: { scenario: 'ready', lang: 'zh' } });

  test('asks before submitting rather than letting an unknown pass', async ({ page }) => {
    await openCreateForm(page, 'zh');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'unknown');
    await expect(panel(page).locator('[data-check="funds-threshold"]')).toHaveAttribute(
      'data-status',
      'unknown',
    );
    await confirm(page).click();
    await expect(guardDialog(page)).toBeVisible();
    expect(await submissions(page)).toBe(0);
  });
});
