import type { BrowserContext, Locator, Page, Route, Worker } from '@playwright/test';
import type { Settings } from '../../lib/model/settings';
import { expect } from './fixtures';

/*
 * The extension's own pages (popup, options) and the OpenAPI as a test reaches them: tabs by role, the
 * optional host permission granted the way a person can without a prompt, and JD Cloud's API answered
 * from recorded-style bodies.
 */

export const OPENAPI_ORIGIN = 'https://*.jdcloud-api.com/*';

/** The id of the one tab showing a JD Cloud page (the extension may read those URLs, so the filter works). */
export async function consoleTabId(worker: Worker): Promise<number> {
  const ids = await worker.evaluate(async () =>
    (await chrome.tabs.query({ url: 'https://*.jdcloud.com/*' })).map((tab) => tab.id),
  );
  expect(ids, 'exactly one JD Cloud tab').toHaveLength(1);
  const [id] = ids;
  if (id === undefined) throw new Error('the JD Cloud tab has no id');
  return id;
}

/** The ids of every tab that does not show a JD Cloud page. */
export async function otherTabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => {
    const jdcloud = new Set(
      (await chrome.tabs.query({ url: 'https://*.jdcloud.com/*' })).map((tab) => tab.id),
    );
    return (await chrome.tabs.query({}))
      .map((tab) => tab.id)
      .filter((id): id is number => id !== undefined && !jdcloud.has(id));
  });
}

/** The popup as a page of its own, speaking for the tab `tabId` (it is its own active tab otherwise). */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popupSummary(popup)).toBeVisible();
  return popup;
}

export const popupSummary = (popup: Page) => popup.locator('[data-testid="readiness-summary"]');
export const popupRow = (popup: Page, id: string) => popupSummary(popup).locator(`[data-check="${id}"]`);

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-action="save"]')).toBeVisible();
  return options;
}

export const openApiSection = (options: Page) => options.locator('[data-testid="openapi-section"]');

/** An input or select of the options page by its `name`. */
export const field = (scope: Page | Locator, name: string) => scope.locator(`[name="${name}"]`);

/** The settings as stored, read by the background. */
export async function storedSettings(worker: Worker): Promise<Settings> {
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings);
}

/**
 * Grants the optional OpenAPI host permission through chrome://extensions (what the extension's "Site
 * access" controls call), as a person may. In headless Chromium the extension's own
 * `permissions.request` shows a prompt nobody can answer and never settles; once the host is granted this
 * way, the same request resolves `true` at once, so the extension's real permission flow still runs.
 */
export async function grantOpenApiHostAccess(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  // The API is there from the document's start; the page's own UI is slow to load and not needed.
  await page.goto('chrome://extensions/', { waitUntil: 'commit' });
  await page.waitForFunction(() => 'developerPrivate' in chrome);
  await page.evaluate(
    ([id, origin]) =>
      (
        chrome as unknown as {
          developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
        }
      ).developerPrivate.addHostPermission(id, origin),
    [extensionId, OPENAPI_ORIGIN] as const,
  );
  await page.close();
}

export async function hostPermissionGranted(worker: Worker): Promise<boolean> {
  return worker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), OPENAPI_ORIGIN);
}

export interface OpenApiAnswers {
  /** `describeUser`'s `result`. */
  user: { pin: string; loginName?: string; accountId?: string; userAuth: 0 | 1 | 2 | 3 };
  /** `describeAccountAmount`'s `result`: CNY amounts as strings, as JD Cloud sends them. */
  amount: { totalAmount: string; availableAmount: string; frozenAmount: string };
  /** Answer every call with this HTTP status and JD Cloud's error envelope instead. */
  error?: { httpStatus: number; code: number; status: string; message: string };
  /** The server's `Date` header on every answer (the clock JD Cloud signs against); none when absent. */
  serverDate?: Date;
}

export interface OpenApiCall {
  url: string;
  authorization: string | undefined;
}

/**
 * Answers the two OpenAPI calls from the service worker. Registered after the mock console, whose
 * catch-all aborts every host outside *.jdcloud.com: Playwright tries the newest route first.
 */
export async function routeOpenApi(context: BrowserContext, answers: OpenApiAnswers): Promise<OpenApiCall[]> {
  const calls: OpenApiCall[] = [];
  const headers: Record<string, string> = answers.serverDate
    ? { date: answers.serverDate.toUTCString() }
    : {};
  const answer = (route: Route, body: unknown, status = 200) =>
    route.fulfill({ status, headers, contentType: 'application/json', body: JSON.stringify(body) });
  const handler = async (route: Route) => {
    const request = route.request();
    const url = request.url();
    calls.push({
      url,
      authorization: (await request.headerValue('authorization').catch(() => undefined)) ?? undefined,
    });
    const requestId = `req-e2e-${calls.length}`;
    if (answers.error) {
      const { httpStatus, code, status, message } = answers.error;
      return answer(route, { error: { code, status, message }, requestId }, httpStatus);
    }
    if (url === 'https://user.jdcloud-api.com/v1/describeUser') {
      return answer(route, { requestId, result: answers.user });
    }
    if (
      /^https:\/\/asset\.jdcloud-api\.com\/v1\/regions\/[a-z0-9-]+\/assets:describeAccountAmount$/.test(url)
    ) {
      return answer(route, { requestId, result: answers.amount });
    }
    return answer(
      route,
      { error: { code: 404, status: 'NOT_FOUND', message: 'no such API' }, requestId },
      404,
    );
  };
  await context.route('https://asset.jdcloud-api.com/**', handler);
  await context.route('https://user.jdcloud-api.com/**', handler);
  return calls;
}
