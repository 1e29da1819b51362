import type { Page } from '@playwright/test';
import { MOCK_URLS } from '../fixtures/console/render';
import { type ScenarioName, scenarios } from '../fixtures/console/scenarios';
import type { MockSkin } from '../fixtures/console/shared';
import { checkRow, expect, nameField, panel, test, visitAccountPages } from './fixtures';

/*
 * connection-quota: the VPN list is read as it loads (its connections per border gateway), and the connection
 * form counts them for the gateway chosen. On both skins: a full gateway warns (JD raises the quota by ticket);
 * a list of several pages leaves the count unknown, and the row is not required.
 */

/** Chooses a gateway in the form's select: native on the classic skin, Element UI on the 2019 one. */
async function choose(page: Page, label: string) {
  // The classic select names a gateway with its id after it: bgw-bj-prod（bgw-nw19a1）.
  const option = page.locator('select option').filter({ hasText: label }).first();
  if (await option.count()) {
    const shown = (await option.textContent())?.trim() ?? label;
    await option.locator('xpath=..').selectOption({ label: shown });
    return;
  }
  const selects = page.locator('.el-form .el-select').filter({ visible: true });
  for (let i = 0; i < (await selects.count()); i++) {
    await selects.nth(i).locator('input').click();
    const option = page.locator('.el-select-dropdown__item').filter({ visible: true, hasText: label });
    if (await option.count()) {
      await option.first().click();
      return;
    }
    await page.keyboard.press('Escape');
  }
}

const runs: [ScenarioName, 'zh' | 'en', MockSkin][] = [
  ['connection-quota-full', 'zh', 'classic'],
  ['connection-quota-full', 'en', 'console-2019'],
  ['connection-quota-paged', 'en', 'classic'],
  ['connection-quota-paged', 'zh', 'console-2019'],
];

for (const [scenario, lang, skin] of runs) {
  test.describe(`${scenario} (${lang}, ${skin})`, () => {
    test.use({ mock: { scenario, lang, skin }, uiLocale: lang === 'zh' ? 'zh-CN' : 'en-US' });

    test('the list is counted as it loads, and the form’s row says what the count allows', async ({
      page,
      worker,
    }) => {
      const form = scenarios[scenario].expected.form;
      await visitAccountPages(page, worker);
      await page.goto(MOCK_URLS.vpnConnectionList);
      await expect
        .poll(() =>
          worker.evaluate(async () =>
            JSON.stringify((await chrome.storage.local.get('resources')).resources ?? {}),
          ),
        )
        .toContain('bgw-bj-prod');
      await page
        .getByRole('button', { name: lang === 'zh' ? '创建' : 'Create', exact: true })
        .first()
        .click();
      await nameField(page).fill('vpn-quota-01');
      await choose(page, form?.choose?.borderGateway ?? 'bgw-bj-prod');
      await expect(panel(page)).toBeVisible();
      const row = checkRow(page, 'connection-quota');
      await expect(row).toHaveAttribute('data-status', form?.checks['connection-quota'] ?? 'unknown');
    });
  });
}
