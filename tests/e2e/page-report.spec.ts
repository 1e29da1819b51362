import { readFile } from 'node:fs/promises';
import { consoleTabId, openPopup } from './extension-pages';
import { CONSOLE, expect, test, waitForPageRead } from './fixtures';

const ACCOUNT = 'jdc_demo_02';

/** What a page report must say of the mock capital page, and must never carry. */
function expectCapitalReport(text: string) {
  expect(text).toContain('`capital-overview`');
  expect(text).toContain('decided by its address');
  // The available amount, found beside its label, and the label with the candidate it took.
  expect(text).toMatch(/- `cash`: `¥32\.50`, found beside its label/);
  expect(text).toMatch(/- label `可用余额`\n {2}- `¥32\.50`: taken/);
  expect(text).toMatch(/account:[0-9a-f]{12}/);
  expect(text).not.toContain(ACCOUNT);
  // The page's prose about balance alerts is nobody's value.
  expect(text).not.toContain('短信');
  expect(text).toContain('- `signed-in`: pass');
}

test.describe('page report for the capital page', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh' }, uiLocale: 'en-US' });

  test('is copied from the popup, and downloaded from the options page the popup opens', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await page.goto(CONSOLE.capital);
    await waitForPageRead(worker, 'capital-overview');
    const tabId = await consoleTabId(worker);

    const popup = await openPopup(context, extensionId, tabId);
    const section = popup.locator('[data-testid="page-report"]');
    await expect(section.locator('input[type="checkbox"]')).not.toBeChecked();
    // The system clipboard, as the page sees it: what was written to it.
    await popup.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      navigator.clipboard.writeText = async (text: string) => {
        copied.push(text);
      };
    });
    await section.locator('[data-action="copy-report"]').click();
    await expect(section.locator('[data-testid="report-status"]')).toHaveText('Copied');
    const copied = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toHaveLength(1);
    expectCapitalReport(copied[0] ?? '');

    const [options] = await Promise.all([
      context.waitForEvent('page'),
      section.locator('[data-action="download-report"]').click(),
    ]);
    await expect(options).toHaveURL(new RegExp(`/options\\.html#page-report\\?tab=${tabId}$`));
    const optionsSection = options.locator('[data-testid="page-report"]');
    await expect(optionsSection).toHaveAttribute('data-tab', String(tabId));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      optionsSection.locator('[data-action="download-report"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vpn-preflight-report-capital-overview-\d{8}-\d{4}\.md$/);
    const text = await readFile(await download.path(), 'utf8');
    expectCapitalReport(text);
    // The same account gets the same token in every report of this install.
    expect(/account:[0-9a-f]{12}/.exec(text)?.[0]).toBe(/account:[0-9a-f]{12}/.exec(copied[0] ?? '')?.[0]);
  });
});
