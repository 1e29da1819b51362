import { mockConsoleResponse } from '../fixtures/console/render';
import type { ScenarioName } from '../fixtures/console/scenarios';
import { EXPECTED } from './expected-scenarios';
import { CONSOLE, checkRow, expect, openCreateForm, panel, test, visitAccountPages } from './fixtures';

for (const lang of ['zh', 'en'] as const) {
  for (const [scenario, expected] of Object.entries(EXPECTED)) {
    test.describe(`${scenario} (${lang})`, () => {
      test.use({
        mock: { scenario: scenario as ScenarioName, lang },
        uiLocale: lang === 'zh' ? 'zh-CN' : 'en-US',
      });

      test(`panel says ${expected.readiness}`, async ({ page, worker }) => {
        await visitAccountPages(page, worker);
        await openCreateForm(page, lang);
        await expect(panel(page)).toHaveAttribute('data-readiness', expected.readiness);
        for (const [id, status] of expected.rows) {
          await expect(checkRow(page, id), id).toHaveAttribute('data-status', status);
        }
        await expect(panel(page)).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      });
    });
  }
}

test.describe('create form as its own route', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh', createMode: 'route' } });

  test('the panel appears on the route form too', async ({ page, worker }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    await expect(page).toHaveURL(/\/host\/vpnConnection\/create/);
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    await expect(checkRow(page, 'funds-threshold')).toContainText('¥42.50');
  });
});

test.describe('a console page whose Content-Security-Policy allows its own scripts only', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh', createMode: 'route' } });

  test('still gets the preflight module, on a page load and after an SPA navigation', async ({
    context,
    page,
    worker,
    mock,
  }) => {
    await visitAccountPages(page, worker);
    await context.route(
      (url) => url.hostname === 'cns-console.jdcloud.com',
      async (route) => {
        const response = mockConsoleResponse(route.request().url(), mock);
        const csp =
          "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'";
        await route.fulfill({
          status: response.status,
          headers: { ...response.headers, 'content-security-policy': csp },
          body: response.body,
        });
      },
    );
    // The route form on its own: the detector imports the module as the page loads.
    await page.goto(CONSOLE.create);
    // The policy is in force for the page's own scripts.
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.src = 'https://www.jdcloud.com/not-allowed.js';
          document.head.append(script);
        }),
    );
    expect(violated).toBe('script-src-elem');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    // The list, then the form by SPA navigation: the detector imports the module when the address changes.
    await openCreateForm(page, 'zh');
    await expect(page).toHaveURL(/\/host\/vpnConnection\/create/);
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    await expect(panel(page)).toHaveCount(1);
  });
});

test.describe('a selector override from the options', () => {
  test.use({ mock: { scenario: 'ready', lang: 'zh' } });

  test('decides what the preflight reads, though the preflight reads the page before it knows the override', async ({
    page,
    worker,
  }) => {
    // The total (可用+冻结, ¥1,300.00) where the label 可用余额 says ¥1,280.00: only the override finds it.
    await worker.evaluate(async () => {
      await chrome.storage.local.set({
        settings: { selectorOverrides: { cash: '.capital-item:nth-of-type(3) dd' } },
        settings$: { v: 1 },
      });
    });
    // Every cash value the background stores, as it stores it.
    await worker.evaluate(() => {
      const seen: unknown[] = [];
      (globalThis as { cashWritten?: unknown[] }).cashWritten = seen;
      chrome.storage.onChanged.addListener((changes) => {
        const accounts = changes.accounts?.newValue as
          | { accounts: Record<string, { cash?: { value: number } }> }
          | undefined;
        for (const state of Object.values(accounts?.accounts ?? {}))
          if (state.cash) seen.push(state.cash.value);
      });
    });
    await page.goto(CONSOLE.capital);
    const cashWritten = () => worker.evaluate(() => (globalThis as { cashWritten?: unknown[] }).cashWritten);
    await expect.poll(cashWritten).toContain(130_000);
    // It was never taken from the label, not even for a moment.
    expect(new Set(await cashWritten())).toEqual(new Set([130_000]));
  });
});
