import { CONSOLE, checkRow, expect, openCreateForm, test, visitAccountPages } from './fixtures';

const panelHosts = (page: import('@playwright/test').Page) => page.locator('jdc-preflight-panel');

test.use({ mock: { scenario: 'low-balance', lang: 'zh' } });

test('SPA navigation back and forth leaves exactly one panel, and none off the form', async ({
  page,
  worker,
}) => {
  await visitAccountPages(page, worker);
  await openCreateForm(page, 'zh');
  await expect(panelHosts(page)).toHaveCount(1);

  // Closing the dialog takes the panel away.
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(panelHosts(page)).toHaveCount(0);

  for (let round = 0; round < 3; round++) {
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect(panelHosts(page)).toHaveCount(1);
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page.locator('a[data-spa][href="/host/vpc/list"]').first().click();
    await expect(page).toHaveURL(CONSOLE.vpc);
    await expect(panelHosts(page)).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(CONSOLE.list);
  }
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(panelHosts(page)).toHaveCount(1);
  await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'fail');
});

test.describe('create form as its own route', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh', createMode: 'route' } });

  test('route form → list → route form keeps one panel', async ({ page, worker }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    await expect(page).toHaveURL(CONSOLE.create);
    await expect(panelHosts(page)).toHaveCount(1);
    await page.goBack();
    await expect(page).toHaveURL(CONSOLE.list);
    await expect(panelHosts(page)).toHaveCount(0);
    await page.goForward();
    await expect(page).toHaveURL(CONSOLE.create);
    await expect(panelHosts(page)).toHaveCount(1);
  });

  test('a fresh load of the route form shows the panel, and keeps one through the list and back', async ({
    page,
    worker,
  }) => {
    await visitAccountPages(page, worker);
    await page.goto(CONSOLE.create);
    await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'fail');
    await expect(panelHosts(page)).toHaveCount(1);
    await page.locator('a[data-spa][href="/host/vpnConnection/list"]').first().click();
    await expect(page).toHaveURL(CONSOLE.list);
    await expect(panelHosts(page)).toHaveCount(0);
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect(page).toHaveURL(CONSOLE.create);
    await expect(panelHosts(page)).toHaveCount(1);
  });
});

test('no panel on pages that are not the VPN form', async ({ page, worker }) => {
  await visitAccountPages(page, worker);
  for (const url of [CONSOLE.list, CONSOLE.vpc, CONSOLE.capital]) {
    await page.goto(url);
    await page.waitForTimeout(200);
    await expect(panelHosts(page)).toHaveCount(0);
  }
});
