import type { Page, Worker } from '@playwright/test';
import type { ExpectedForm } from '../fixtures/console/scenario-model';
import { type ScenarioName, scenarios } from '../fixtures/console/scenarios';
import { type MockLanguage, type MockSkin, SESSION_SUBMISSIONS } from '../fixtures/console/shared';
import { checkRow, confirmButton, expect, guardDialog, panel, test, visitAccountPages } from './fixtures';

/*
 * The add-tunnel and create-customer-gateway forms as a person reaches them: the lists and detail pages first
 * (their counts and tunnels are kept), then the form, its panel and its guard. Every network scenario of these
 * two forms runs once, the skins and languages taking turns; the guard and SPA navigation run on both skins.
 */

const FORM_SCENARIOS = (Object.keys(scenarios) as ScenarioName[]).filter((name) => {
  const kind = scenarios[name].expected.form?.kind;
  return kind === 'vpn-tunnel' || kind === 'customer-gateway';
});
const SKINS: MockSkin[] = ['classic', 'console-2019'];
const LANGUAGES: MockLanguage[] = ['zh', 'en'];

/** The forms the console took in this tab's session (a route form's console goes to another page then). */
const submissions = (page: Page) =>
  page.evaluate((key) => Number(sessionStorage.getItem(key)) || 0, SESSION_SUBMISSIONS);

/** Waits until the background keeps what a list or detail page showed (`text` is in what it keeps). */
async function waitForKept(worker: Worker, text: string) {
  await expect
    .poll(
      () =>
        worker.evaluate(async () =>
          JSON.stringify((await chrome.storage.local.get('resources')).resources ?? {}),
        ),
      { timeout: 5_000 },
    )
    .toContain(text);
}

/** What a page of `visit` gives the background to keep: a connection's id, or the gateways' count. */
function keptFrom(url: string): string {
  if (url.includes('/vpnConnection/detail/')) return decodeURIComponent(url.split('/').at(-1) ?? '');
  if (url.includes('/customerGateway/')) return '"customerGateways"';
  return 'connectionsByBorderGateway';
}

/** The form from the page it opens from: the classic skin's route or dialog, the 2019 skin's tab and dialog or route. */
async function openForm(page: Page, form: ExpectedForm) {
  if (form.kind === 'vpn-tunnel') {
    // 2019: the add-tunnel button sits on the 资源信息 tab.
    const tab = page.locator('.el-tabs__item', { hasText: /资源信息|Resource Information/ });
    if (await tab.count()) await tab.click();
    await page.locator('[data-action="add-tunnel"], .add-tunnel').filter({ visible: true }).click();
  } else {
    await page.locator('[data-action="create-cgw"], .create-cgw').filter({ visible: true }).click();
  }
}

async function reachForm(page: Page, worker: Worker, form: ExpectedForm) {
  await visitAccountPages(page, worker);
  for (const url of form.visit) {
    await page.goto(url);
    await waitForKept(worker, keptFrom(url));
  }
  await page.goto(form.openFrom);
  await waitForKept(worker, keptFrom(form.openFrom));
  await openForm(page, form);
  await expect(panel(page)).toBeVisible();
}

FORM_SCENARIOS.forEach((name, i) => {
  const skin = SKINS[i % 2] as MockSkin;
  const lang = LANGUAGES[Math.floor(i / 2) % 2] as MockLanguage;
  const form = scenarios[name].expected.form as ExpectedForm;

  test.describe(`${name} (${lang}, ${skin})`, () => {
    test.use({ mock: { scenario: name, lang, skin }, uiLocale: lang === 'zh' ? 'zh-CN' : 'en-US' });

    test('each check of the form says what the scenario holds', async ({ page, worker }) => {
      await reachForm(page, worker, form);
      for (const [id, status] of Object.entries(form.checks)) {
        await expect(checkRow(page, id), id).toHaveAttribute('data-status', status);
      }
      // The account is ready in every network scenario; a quota the list cannot count is unknown and not
      // required, so it leaves the verdict as the other checks make it.
      const statuses = Object.values(form.checks);
      const readiness = statuses.includes('fail')
        ? 'blocked'
        : statuses.includes('warn')
          ? 'warning'
          : 'ready';
      await expect(panel(page)).toHaveAttribute('data-readiness', readiness);
    });
  });
});

for (const skin of SKINS) {
  for (const [name, kind] of [
    ['tunnel-ready', 'ready'],
    ['psk-hex-prefix', 'blocked'],
    ['cgw-ready', 'ready'],
    ['asn-65500', 'blocked'],
  ] as const) {
    test.describe(`the guard on ${name} (${skin})`, () => {
      test.use({ mock: { scenario: name, lang: 'zh', skin } });

      test(`${kind === 'ready' ? 'lets a ready form through' : 'stops an unready form'}`, async ({
        page,
        worker,
      }) => {
        const form = scenarios[name].expected.form as ExpectedForm;
        await reachForm(page, worker, form);
        await expect(panel(page)).toHaveAttribute('data-readiness', kind);
        await confirmButton(page, 'zh').click();
        if (kind === 'ready') {
          await expect.poll(() => submissions(page)).toBe(1);
          await expect(guardDialog(page)).toHaveCount(0);
          return;
        }
        await expect(guardDialog(page)).toBeVisible();
        expect(await submissions(page)).toBe(0);
        await guardDialog(page).locator('[data-action="cancel"]').click();
        await expect(guardDialog(page)).toHaveCount(0);
        expect(await submissions(page)).toBe(0);
      });
    });
  }

  test.describe(`list → detail → tunnel form and back (${skin})`, () => {
    test.use({ mock: { scenario: 'tunnel-ready', lang: 'zh', skin } });

    test('one panel while the form is open, none once it is left', async ({ page, worker }) => {
      const form = scenarios['tunnel-ready'].expected.form as ExpectedForm;
      await visitAccountPages(page, worker);
      await page.goto(form.visit[0] as string);
      await page.locator('main a, .el-table a').filter({ hasText: 'bj-to-idc-primary' }).first().click();
      await expect(page).toHaveURL(/\/vpnConnection\/detail\//);
      await openForm(page, form);
      await expect(panel(page)).toBeVisible();
      await expect(page.locator('jdc-preflight-panel')).toHaveCount(1);
      // Leave the form the way the console offers: Cancel (the route's, or the dialog's).
      await page
        .getByRole('button', { name: /^(取\s*消)$/ })
        .filter({ visible: true })
        .last()
        .click();
      await expect(page.locator('jdc-preflight-panel')).toHaveCount(0);
      await openForm(page, form);
      await expect(panel(page)).toBeVisible();
      await expect(page.locator('jdc-preflight-panel')).toHaveCount(1);
    });
  });
}
