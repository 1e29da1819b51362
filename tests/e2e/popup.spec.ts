import { consoleTabId, openPopup, otherTabIds, popupRow, popupSummary } from './extension-pages';
import {
  CONSOLE,
  checkRow,
  expect,
  openCreateForm,
  panel,
  test,
  visitAccountPages,
  waitForPageRead,
} from './fixtures';

const ACCOUNT_ROWS = ['signed-in', 'real-name', 'funds-threshold', 'funds-runway'] as const;
const FORM_ROWS = ['border-gateway', 'customer-gateway', 'name-format', 'description-length'] as const;

test.describe('popup for a console tab with the VPN form open', () => {
  test.use({ mock: { scenario: 'coupons-lift', lang: 'en' }, uiLocale: 'en-US' });

  test('shows the same full checklist as the panel', async ({ context, page, worker, extensionId }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'en');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'warning');

    const popup = await openPopup(context, extensionId, await consoleTabId(worker));
    await expect(popupSummary(popup)).toHaveAttribute('data-readiness', 'warning');
    const expected: [string, string][] = [
      ['signed-in', 'pass'],
      ['real-name', 'pass'],
      ['funds-threshold', 'pass'],
      ['funds-runway', 'warn'],
      ['border-gateway', 'pass'],
      ['customer-gateway', 'pass'],
      ['name-format', 'pass'],
      ['description-length', 'pass'],
    ];
    for (const [id, status] of expected) {
      await expect(popupRow(popup, id), id).toHaveAttribute('data-status', status);
    }
    await expect(popupSummary(popup)).toContainText('jdc_demo_03');
    await expect(popupSummary(popup)).not.toContainText('Last-known account');
  });
});

test.describe('popup for a tab that is not a console page', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh' }, uiLocale: 'zh-CN' });

  test('shows the last-known account with its account checks only', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await visitAccountPages(page, worker);
    const blank = await context.newPage();
    await blank.goto('about:blank');
    const [otherTab] = await otherTabIds(worker);
    if (otherTab === undefined) throw new Error('no tab besides the console');

    const popup = await openPopup(context, extensionId, otherTab);
    // ¥32.50 cash + ¥10.00 coupon is under ¥50: blocked, with no form to judge.
    await expect(popupSummary(popup)).toHaveAttribute('data-readiness', 'blocked');
    await expect(popupSummary(popup)).toContainText('最近一次读取的账号');
    await expect(popupSummary(popup)).toContainText('jdc_demo_02');
    const statuses = {
      'signed-in': 'pass',
      'real-name': 'pass',
      'funds-threshold': 'fail',
      'funds-runway': 'warn',
    };
    for (const id of ACCOUNT_ROWS) {
      await expect(popupRow(popup, id), id).toHaveAttribute('data-status', statuses[id]);
    }
    await expect(popupSummary(popup).locator('[data-check]')).toHaveCount(ACCOUNT_ROWS.length);
    for (const id of FORM_ROWS) await expect(popupRow(popup, id), id).toHaveCount(0);
  });
});

test.describe('popup when the console has signed the person out', () => {
  test.use({ mock: { scenario: 'signed-out', lang: 'en' }, uiLocale: 'en-US' });

  test('says signed-in fails and the account is blocked', async ({ context, page, worker, extensionId }) => {
    await page.goto(CONSOLE.list);
    // The console sends the person to the login page, and the extension reads that page.
    await expect(page).toHaveURL(/^https:\/\/login\.jdcloud\.com\/\?returnUrl=/);
    await waitForPageRead(worker, 'login');

    const popup = await openPopup(context, extensionId, await consoleTabId(worker));
    await expect(popupSummary(popup)).toHaveAttribute('data-readiness', 'blocked');
    await expect(popupRow(popup, 'signed-in')).toHaveAttribute('data-status', 'fail');
    // Nothing else was read: those checks stay unknown, never pass.
    for (const id of ['real-name', 'funds-threshold'] as const) {
      await expect(popupRow(popup, id), id).toHaveAttribute('data-status', 'unknown');
    }
  });
});

test.describe('values entered in the popup', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'en' }, uiLocale: 'en-US' });

  test('coupons entered by the person lift funds-threshold in the popup and the open panel', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'en');
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'fail');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');

    const popup = await openPopup(context, extensionId, await consoleTabId(worker));
    await expect(popupRow(popup, 'funds-threshold')).toHaveAttribute('data-status', 'fail');
    await popup.locator('[name="manual.coupons"]').fill('20');
    await popup.locator('[data-action="manual-save"]').click();

    // ¥32.50 cash + ¥20.00 entered = ¥52.50, over the ¥50.00 threshold.
    const popupFunds = popupRow(popup, 'funds-threshold');
    await expect(popupFunds).toHaveAttribute('data-status', 'pass');
    await expect(popupFunds).toContainText(
      'Cash ¥32.50 + coupons ¥20.00 = ¥52.50, at or above the ¥50.00 threshold.',
    );
    await expect(popupFunds).toContainText('from a value you entered');
    await expect(popup.locator('[data-in-use="coupons"]')).toContainText('In use: ¥20.00, entered');

    const panelFunds = checkRow(page, 'funds-threshold');
    await expect(panelFunds).toHaveAttribute('data-status', 'pass');
    await expect(panelFunds).toContainText('from a value you entered');
    // Six days of runway at the estimated cost still warns; nothing fails any more.
    await expect(panel(page)).toHaveAttribute('data-readiness', 'warning');
    await expect(popupSummary(popup)).toHaveAttribute('data-readiness', 'warning');
  });
});
