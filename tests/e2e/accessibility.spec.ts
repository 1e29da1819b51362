/**
 * Accessible, clear UI: axe-core finds nothing on the popup, the options page, the panel and the guard, in
 * light and dark; the panel sits beside the form without covering the console's own controls and keeps its
 * collapsed state; the popup stays within Chrome's popup height and says only what it knows.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MockSkin } from '../fixtures/console/render';
import { consoleTabId, openOptions, openPopup, popupSummary } from './extension-pages';
import {
  confirmButton,
  expect,
  guardDialog,
  openCreateForm,
  panel,
  test,
  visitAccountPages,
} from './fixtures';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** A violation as a line a person can act on: the rule, and each element with what is wrong with it. */
function described(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) =>
      `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.trim(),
    ),
  );
}

/** axe on the page (or only inside `include`) in the colour scheme given: no violation of any rule. */
async function expectNoViolations(page: Page, scheme: Scheme, include?: string): Promise<AxeResults> {
  await page.emulateMedia({ colorScheme: scheme });
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(described(results)).toEqual([]);
  return results;
}

/** axe looked inside the open shadow root: its colour-contrast checks passed on elements in there. */
function checkedInsideShadowRoot(results: AxeResults): boolean {
  const contrast = results.passes.find((rule) => rule.id === 'color-contrast');
  return (contrast?.nodes ?? []).some(
    (node) => Array.isArray(node.target[0]) && node.target[0][0] === 'jdc-preflight-panel',
  );
}

for (const scheme of SCHEMES) {
  test.describe(`axe, ${scheme} colour scheme`, () => {
    test.describe('the console with the form', () => {
      test.use({ mock: { scenario: 'low-balance', lang: 'zh' } });

      test('the panel, open and collapsed', async ({ page, worker }) => {
        await visitAccountPages(page, worker);
        await openCreateForm(page, 'zh');
        await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
        const open = await expectNoViolations(page, scheme, 'jdc-preflight-panel');
        expect(checkedInsideShadowRoot(open)).toBe(true);

        await panel(page).locator('[data-action="collapse"]').click();
        await expect(panel(page).locator('[data-action="expand"]')).toBeVisible();
        await expectNoViolations(page, scheme, 'jdc-preflight-panel');
      });

      test('the guard over the form', async ({ page, worker }) => {
        await visitAccountPages(page, worker);
        await openCreateForm(page, 'zh');
        await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
        await confirmButton(page, 'zh').click();
        await expect(guardDialog(page)).toBeVisible();
        const guard = await expectNoViolations(page, scheme, 'jdc-preflight-panel');
        expect(checkedInsideShadowRoot(guard)).toBe(true);
      });

      test('popup for the console tab', async ({ context, page, worker, extensionId }) => {
        await visitAccountPages(page, worker);
        await openCreateForm(page, 'zh');
        await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
        const popup = await openPopup(context, extensionId, await consoleTabId(worker));
        await expectNoViolations(popup, scheme);
      });
    });

    test.describe('a fresh profile', () => {
      test.use({ mock: { scenario: 'ready', lang: 'en' }, uiLocale: 'en-US' });

      test('popup', async ({ context, extensionId }) => {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        await expect(popupSummary(popup)).toBeVisible();
        await expectNoViolations(popup, scheme);
      });

      test('options', async ({ context, extensionId }) => {
        const options = await openOptions(context, extensionId);
        await expectNoViolations(options, scheme);
      });
    });
  });
}

/** The page's box of `locator`, in viewport pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The console's controls outside the form that a person could click were the panel not there: each one's
 * centre, with our element hidden, hits the control itself (not a dialog's mask over it).
 */
function reachableControlsOutsideForm(page: Page): Promise<(Box & { name: string })[]> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('jdc-preflight-panel');
    const form =
      Array.from(document.querySelectorAll('[role="dialog"]')).find(
        (dialog) => dialog.getBoundingClientRect().width > 0,
      ) ?? document.querySelector('form');
    if (host) host.style.visibility = 'hidden';
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [role="button"], [role="radio"], [tabindex]',
      ),
    ).flatMap((control) => {
      if (form?.contains(control)) return [];
      const { x, y, width, height } = control.getBoundingClientRect();
      if (width === 0 || height === 0) return [];
      const hit = document.elementFromPoint(x + width / 2, y + height / 2);
      if (!hit || !(control.contains(hit) || hit.contains(control))) return [];
      return [
        { x, y, width, height, name: (control.textContent ?? '').trim().slice(0, 20) || control.tagName },
      ];
    });
    if (host) host.style.visibility = '';
    return controls;
  });
}

const panelBox = async (page: Page): Promise<Box> => {
  const box = await panel(page).locator('.panel__body:not([hidden]), .panel__expand').first().boundingBox();
  if (!box) throw new Error('the panel has no box');
  return box;
};

for (const skin of ['classic', 'console-2019'] as MockSkin[]) {
  for (const createMode of ['dialog', 'route'] as const) {
    test.describe(`the panel beside the ${createMode} form (${skin})`, () => {
      test.use({ mock: { scenario: 'low-balance', lang: 'zh', createMode, skin } });

      test('sits level with the form, below the header and toolbar, covering none of the console’s controls', async ({
        page,
        worker,
      }) => {
        await visitAccountPages(page, worker);
        await openCreateForm(page, 'zh');
        await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
        const form = page.locator('[role="dialog"]:visible, form:visible').first();
        const formBox = await form.boundingBox();
        if (!formBox) throw new Error('the form has no box');
        const box = await panelBox(page);
        // Level with the form's top (or, collapsed for want of room, inside its top corner): never above it.
        expect(box.y).toBeGreaterThanOrEqual(formBox.y - 1);
        // The region selector above the form (under a dialog's backdrop too) stays clear.
        const regions = page.locator(
          ':is(.region-bar, .toolbar-region) :is(a, button, select, label, [role="radio"]):visible',
        );
        for (const region of await regions.all()) {
          const regionBox = await region.boundingBox();
          if (regionBox) expect(overlaps(box, regionBox), 'the region selector').toBe(false);
        }
        const covered = (await reachableControlsOutsideForm(page)).filter((control) =>
          overlaps(box, control),
        );
        expect(covered.map((control) => control.name)).toEqual([]);
      });
    });
  }
}

test.describe('the panel’s collapsed state', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh' } });

  test('is kept across page loads, open or collapsed as the person left it', async ({ page, worker }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    await panel(page).locator('[data-action="collapse"]').click();
    await expect(panel(page).locator('.panel__body')).toBeHidden();
    await expect
      .poll(() =>
        worker.evaluate(async () => (await chrome.storage.local.get('panelCollapsed')).panelCollapsed),
      )
      .toBe(true);

    await page.reload();
    await openCreateForm(page, 'zh');
    await expect(panel(page).locator('[data-action="expand"]')).toBeVisible();
    await expect(panel(page).locator('.panel__body')).toBeHidden();
    // Collapsed, it still says the verdict, and its rows keep their hooks.
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    await expect(panel(page).locator('[data-action="expand"]')).toContainText('尚未就绪');

    await panel(page).locator('[data-action="expand"]').click();
    await expect(panel(page).locator('.panel__body')).toBeVisible();
    await expect
      .poll(() =>
        worker.evaluate(async () => (await chrome.storage.local.get('panelCollapsed')).panelCollapsed),
      )
      .toBe(false);
    await page.reload();
    await openCreateForm(page, 'zh');
    await expect(panel(page).locator('.panel__body')).toBeVisible();
  });

  test('has one live region, which says the verdict', async ({ page, worker }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    const live = page.locator('jdc-preflight-panel [role="status"], jdc-preflight-panel [aria-live]');
    await expect(live).toHaveCount(1);
    await expect(live).toHaveText('VPN 预检: 尚未就绪：购买将会失败');
    await panel(page).locator('[data-action="collapse"]').click();
    await expect(live).toHaveCount(1);
  });
});

test.describe('the toolbar button', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh' } });

  test('says the tab’s readiness in words', async ({ page, worker }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    const tabId = await consoleTabId(worker);
    await expect
      .poll(() => worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId))
      .toBe('VPN 预检 — 尚未就绪：购买将会失败');
  });
});

test.describe('the popup', () => {
  test.use({ mock: { scenario: 'low-balance', lang: 'zh' } });

  test('stays within Chrome’s 600 px popup height, and scrolls inside', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await visitAccountPages(page, worker);
    await openCreateForm(page, 'zh');
    await expect(panel(page)).toHaveAttribute('data-readiness', 'blocked');
    const popup = await openPopup(context, extensionId, await consoleTabId(worker));
    const size = await popup.evaluate(() => ({
      height: document.body.getBoundingClientRect().height,
      scrollHeight: document.body.scrollHeight,
    }));
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.scrollHeight).toBeGreaterThan(size.height);
    // The last line is reached by scrolling the popup itself.
    const options = popup.locator('.popup__footer a');
    await options.scrollIntoViewIfNeeded();
    await expect(options).toBeInViewport();
    expect(await popup.evaluate(() => document.body.scrollTop)).toBeGreaterThan(0);
  });

  test('is dark in a dark colour scheme, its fields too', async ({ context, page, worker, extensionId }) => {
    await visitAccountPages(page, worker);
    const popup = await openPopup(context, extensionId, await consoleTabId(worker));
    await popup.emulateMedia({ colorScheme: 'dark' });
    const colours = await popup.evaluate(() => {
      const input = document.querySelector('input[name="manual.coupons"]') as HTMLElement;
      return [getComputedStyle(document.body).backgroundColor, getComputedStyle(input).backgroundColor];
    });
    expect(colours).toEqual(['rgb(31, 35, 40)', 'rgb(31, 35, 40)']);
  });
});

test.describe('the popup on a fresh profile', () => {
  test.use({ mock: { scenario: 'ready', lang: 'en' }, uiLocale: 'en-US' });

  test('says nothing is known, and nothing that implies a value was read', async ({
    context,
    extensionId,
  }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popupSummary(popup)).toHaveAttribute('data-readiness', 'unknown');
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).toContain('No JD Cloud account seen yet.');
    for (const implied of [
      'Last-known account',
      'Refresh stale values',
      'A value is wrong?',
      'Newest data',
    ]) {
      expect(text, implied).not.toContain(implied);
    }
    for (const row of await popupSummary(popup).locator('[data-check]').all()) {
      await expect(row).toHaveAttribute('data-status', 'unknown');
    }
  });
});
