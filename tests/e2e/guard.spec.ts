import type { Page, Worker } from '@playwright/test';
import {
  CONFIRM_LABEL,
  confirmButton,
  expect,
  guardDialog,
  nameField,
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

  test('"Back to the form" stops the console’s own submit', async ({ page, worker }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect(guardDialog(page)).toBeVisible();
    await expect(guardDialog(page)).toHaveAttribute('role', 'alertdialog');
    // As sure as the banner: a required check fails, so the purchase will fail.
    await expect(guardDialog(page).getByRole('heading')).toHaveText('创建此 VPN 将会失败');
    await expect(guardDialog(page).locator('[data-action="cancel"]')).toHaveText('返回修改');
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

  test('Escape closes the dialog like "Back to the form", and focus goes back to the confirm button', async ({
    page,
    worker,
  }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect(guardDialog(page).locator('[data-action="cancel"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await submissions(page)).toBe(0);
    await expect(confirm(page)).toBeFocused();
  });

  test('holds focus while open: Tab and Shift+Tab cycle through its own controls only', async ({
    page,
    worker,
  }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect(guardDialog(page)).toBeVisible();
    const controls = await guardDialog(page).locator('a[href], button').count();
    expect(controls).toBeGreaterThan(2);
    const seen = new Set<string>();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < controls + 2; i++) {
        await page.keyboard.press(key);
        const where = await focusedInGuard(page);
        expect(where, `${key} #${i + 1}`).not.toBeNull();
        seen.add(where ?? '');
      }
    }
    // Every control was reached, both ways round.
    expect(seen.size).toBe(controls);
    expect(await submissions(page)).toBe(0);
  });

  test('the page behind is out of reach while the guard is open', async ({ page, worker }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await expect(guardDialog(page)).toBeVisible();
    // A click on the console's own name field lands on the backdrop, not the field.
    await nameField(page).click({ force: true });
    await expect(nameField(page)).not.toBeFocused();
    await expect(guardDialog(page)).toBeVisible();
  });

  test('after "Back to the form", focus is on the confirm button again', async ({ page, worker }) => {
    await readyToSubmit(page, worker, 'blocked');
    await confirm(page).click();
    await guardDialog(page).locator('[data-action="cancel"]').press('Enter');
    await expect(guardDialog(page)).toHaveCount(0);
    await expect(confirm(page)).toBeFocused();
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

/** The guard control that has focus (its action, or its row's check), or null when focus is outside the guard. */
function focusedInGuard(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const shadow = document.querySelector('jdc-preflight-panel')?.shadowRoot;
    const active = shadow?.activeElement;
    if (!active?.closest('[data-testid="preflight-guard"]')) return null;
    return (
      active.getAttribute('data-action') ??
      `${active.closest('[data-check]')?.getAttribute('data-check')} link`
    );
  });
}

/** Records, in the page itself, every Escape that reaches the page's document (capture and bubble). */
async function recordPageEscapes(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { pageEscapes: string[] }).pageEscapes = seen;
    for (const capture of [true, false]) {
      for (const type of ['keydown', 'keyup']) {
        document.addEventListener(
          type,
          (event) => {
            if ((event as KeyboardEvent).key === 'Escape') seen.push(`${type}${capture ? ' capture' : ''}`);
          },
          capture,
        );
      }
    }
  });
}

const pageEscapes = (page: Page) =>
  page.evaluate(() => (window as unknown as { pageEscapes: string[] }).pageEscapes);

test.describe('Escape in the guard over an Element UI dialog (which closes on a document-level Escape)', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh', skin: 'console-2019' } });

  test('closes the guard from any focus and never reaches the page, so the console’s dialog and form stay', async ({
    page,
    worker,
  }) => {
    await readyToSubmit(page, worker, 'blocked');
    await recordPageEscapes(page);
    // Focus on each of the guard's controls in turn, then on nothing at all (the page's body).
    const focusings: ((guard: ReturnType<typeof guardDialog>) => Promise<void>)[] = [
      async () => {},
      (guard) => guard.locator('[data-action="proceed"]').focus(),
      (guard) => guard.locator('a[href]').first().focus(),
      async () => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      },
    ];
    for (const focusing of focusings) {
      await confirmButton(page, 'zh').click();
      await expect(guardDialog(page)).toBeVisible();
      await focusing(guardDialog(page));
      await page.keyboard.press('Escape');
      await expect(guardDialog(page)).toHaveCount(0);
      expect(await pageEscapes(page)).toEqual([]);
      await expect(nameField(page)).toBeVisible();
      await expect(nameField(page)).toHaveValue('vpn-to-idc-01');
    }
    expect(await submissions(page)).toBe(0);
    await expect(confirmButton(page, 'zh')).toBeFocused();
    // With the guard closed, Escape is the console's again (and closes its dialog, as it should).
    await page.keyboard.press('Escape');
    expect(await pageEscapes(page)).toEqual(['keydown capture', 'keydown', 'keyup capture', 'keyup']);
    await expect(nameField(page)).toBeHidden();
  });
});

test.describe('the guard’s title says what the banner says', () => {
  test.use({ mock: { scenario: 'coupons-lift', lang: 'en' }, uiLocale: 'en-US' });

  test('warnings only: it can be created, with warnings', async ({ page, worker }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'en');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'warning');
    await confirm(page, 'en').click();
    await expect(guardDialog(page).getByRole('heading')).toHaveText('This VPN can be created, with warnings');
    await expect(guardDialog(page).locator('[data-action="cancel"]')).toHaveText('Back to the form');
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
    await expect(guardDialog(page).getByRole('heading')).toHaveText('无法确认能否创建此 VPN');
    expect(await submissions(page)).toBe(0);
  });
});
