import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  consoleTabId,
  field,
  grantOpenApiHostAccess,
  hostPermissionGranted,
  type OpenApiAnswers,
  openApiSection,
  openOptions,
  openPopup,
  popupRow,
  routeOpenApi,
  storedSettings,
} from './extension-pages';
import { checkRow, expect, openCreateForm, panel, test } from './fixtures';

// JD Cloud's secrets are 32 characters; random-looking, so no piece of it turns up anywhere by chance.
const SECRET = 'Qm7vX2kR9tLw4NcB8yHd3JsF6gPz5aEu';
const KEY_ID = 'AKE2E7F3C9D1B5A0';

/** The `ready` scenario's account as JD Cloud's API would describe it: ¥1,280.00 available, ¥20.00 frozen. */
const READY_ACCOUNT: OpenApiAnswers = {
  user: { pin: 'jdc_demo_01', loginName: 'jdc_demo_01', accountId: '324100000101', userAuth: 1 },
  amount: { totalAmount: '1300.00', availableAmount: '1280.00', frozenAmount: '20.00' },
};

/** JD Cloud's answer to a request signed with the wrong secret (the envelope its gateway sends). */
const SIGNATURE_REJECTED: OpenApiAnswers = {
  ...READY_ACCOUNT,
  error: { httpStatus: 401, code: 401, status: 'ACCESS_ERROR', message: 'sign result is not same [gw]' },
};

test.use({ mock: { scenario: 'ready', lang: 'en' }, uiLocale: 'en-US' });

/** Options page → OpenAPI section: types the key ID and secret and saves them. */
async function saveCredentials(options: Page) {
  const section = openApiSection(options);
  await field(section, 'openapi.accessKeyId').fill(KEY_ID);
  await field(section, 'openapi.secret').fill(SECRET);
  await section.locator('[data-action="openapi-save"]').click();
  await expect(section.locator('[data-testid="openapi-notice"]')).toHaveText('Saved.');
  await expect(section.locator('[data-testid="openapi-secret-stored"]')).toHaveText(
    `Stored secret: ••••••••${SECRET.slice(-4)}`,
  );
  await expect(field(section, 'openapi.secret')).toHaveValue('');
}

/** Turns the source on with the section's checkbox: the extension's own permission request runs. */
async function turnSourceOn(options: Page, worker: Worker) {
  const enabled = field(openApiSection(options), 'openapi.enabled');
  await expect(enabled).not.toBeChecked();
  await enabled.click();
  await expect(enabled).toBeChecked();
  expect((await storedSettings(worker)).openapi.enabled).toBe(true);
  expect(await hostPermissionGranted(worker)).toBe(true);
}

async function openOptionsWithApi(context: BrowserContext, extensionId: string, answers: OpenApiAnswers) {
  const calls = await routeOpenApi(context, answers);
  await grantOpenApiHostAccess(context, extensionId);
  return { calls, options: await openOptions(context, extensionId) };
}

test('turning the source on, saving the key and testing the connection shows what JD Cloud answered', async ({
  context,
  worker,
  extensionId,
}) => {
  const { calls, options } = await openOptionsWithApi(context, extensionId, READY_ACCOUNT);
  const section = openApiSection(options);
  await expect(section.locator('[data-testid="openapi-status"]')).toContainText(
    'Not read from the OpenAPI yet.',
  );
  await turnSourceOn(options, worker);
  await saveCredentials(options);
  expect((await storedSettings(worker)).openapi).toEqual({
    enabled: true,
    regionId: 'cn-north-1',
    accessKeyId: KEY_ID,
    refreshMinutes: 15,
  });

  await section.locator('[data-action="openapi-test"]').click();
  const result = section.locator('[data-testid="openapi-test-result"]');
  await expect(result).toHaveAttribute('data-outcome', 'ok');
  await expect(result).toContainText('Connected. JD Cloud answered:');
  await expect(result).toContainText('Account (pin): jdc_demo_01');
  await expect(result).toContainText('Real-name status: personal');
  await expect(result).toContainText('Available cash: ¥1,280.00');
  await expect(result).toContainText('Frozen: ¥20.00');
  await expect(section.locator('[data-testid="openapi-status"]')).toContainText(
    'Last read from the OpenAPI: just now',
  );

  // Both calls went out from the background, signed with the saved key ID in the chosen region.
  expect(calls.map((call) => call.url).sort()).toEqual([
    'https://asset.jdcloud-api.com/v1/regions/cn-north-1/assets:describeAccountAmount',
    'https://user.jdcloud-api.com/v1/describeUser',
  ]);
  for (const call of calls) {
    expect(call.authorization).toMatch(new RegExp(`^JDCLOUD2-HMAC-SHA256 Credential=${KEY_ID}/`));
    expect(call.authorization).not.toContain(SECRET);
  }
  expect(await options.content()).not.toContain(SECRET);
});

test('with no account page visited, funds-threshold goes from unknown to pass after a refresh', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await openCreateForm(page, 'en');
  await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'unknown');
  await expect(checkRow(page, 'funds-threshold')).toContainText('Balance not read yet.');
  await expect(panel(page)).toHaveAttribute('data-readiness', 'unknown');

  const { calls, options } = await openOptionsWithApi(context, extensionId, READY_ACCOUNT);
  await turnSourceOn(options, worker);
  await saveCredentials(options);
  // Turning the source on and saving the key do not call the API by themselves.
  expect(calls).toHaveLength(0);
  await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'unknown');

  const popup = await openPopup(context, extensionId, await consoleTabId(worker));
  await popup.locator('[data-action="openapi-refresh"]').click();
  await expect(popup.locator('[data-testid="openapi-refresh-result"]')).toHaveText(
    'Updated from the OpenAPI.',
  );
  expect(calls).toHaveLength(2);

  // ¥1,280.00 of cash alone clears the threshold, whatever the coupons are.
  const funds = checkRow(page, 'funds-threshold');
  await expect(funds).toHaveAttribute('data-status', 'pass');
  await expect(funds).toContainText('Cash ¥1,280.00 alone meets the ¥50.00 threshold (coupons not counted).');
  await expect(funds).toContainText('from the JD Cloud OpenAPI');
  await expect(popupRow(popup, 'funds-threshold')).toHaveAttribute('data-status', 'pass');
});

test('the panel’s own "Refresh from OpenAPI" button brings the balance in', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await openCreateForm(page, 'en');
  await expect(panel(page).locator('[data-action="refresh"]')).toHaveCount(0);
  const { calls, options } = await openOptionsWithApi(context, extensionId, READY_ACCOUNT);
  await turnSourceOn(options, worker);
  await saveCredentials(options);

  await page.bringToFront();
  await panel(page).locator('[data-action="refresh"]').click();
  await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'pass');
  await expect(checkRow(page, 'funds-threshold')).toContainText('from the JD Cloud OpenAPI');
  expect(calls).toHaveLength(2);
  // A second press within the minimum interval calls nothing and says why.
  await panel(page).locator('[data-action="refresh"]').click();
  await expect(panel(page).locator('.panel__notice')).not.toBeEmpty();
  expect(calls).toHaveLength(2);
});

test('credentials JD Cloud refuses are named in words, and the source stops', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await openCreateForm(page, 'en');
  const { calls, options } = await openOptionsWithApi(context, extensionId, SIGNATURE_REJECTED);
  const section = openApiSection(options);
  await turnSourceOn(options, worker);
  await saveCredentials(options);

  await section.locator('[data-action="openapi-test"]').click();
  const result = section.locator('[data-testid="openapi-test-result"]');
  await expect(result).toHaveAttribute('data-outcome', 'error');
  await expect(result).toContainText(
    'JD Cloud did not accept the request signature. Check the AccessKey ID and secret, and that this computer’s clock is right.',
  );
  const stopped =
    'Stopped: JD Cloud refused these credentials. Change the region, AccessKey ID or secret to start again.';
  await expect(section.locator('[data-testid="openapi-status"]')).toContainText(stopped);
  const callsMade = calls.length;
  expect(callsMade).toBeGreaterThan(0);

  // Refused credentials are not tried again, however often the person asks.
  const popup = await openPopup(context, extensionId, await consoleTabId(worker));
  await popup.locator('[data-action="openapi-refresh"]').click();
  await expect(popup.locator('[data-testid="openapi-refresh-result"]')).toHaveText(stopped);
  expect(calls).toHaveLength(callsMade);
  await expect(checkRow(page, 'funds-threshold')).toHaveAttribute('data-status', 'unknown');
});

test('a refusal dated far from this computer’s clock says the clock is off, and the source does not stop', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  await openCreateForm(page, 'en');
  // JD Cloud's clock is three hours behind this computer's: the gateway refuses the signature.
  const serverDate = new Date(Date.now() - 3 * 3_600_000);
  const { calls, options } = await openOptionsWithApi(context, extensionId, {
    ...SIGNATURE_REJECTED,
    serverDate,
  });
  const section = openApiSection(options);
  await turnSourceOn(options, worker);
  await saveCredentials(options);

  await section.locator('[data-action="openapi-test"]').click();
  const result = section.locator('[data-testid="openapi-test-result"]');
  await expect(result).toHaveAttribute('data-outcome', 'error');
  const clockOff =
    'Your computer’s clock is 3 hours ahead of JD Cloud’s, so JD Cloud refused the signed request.';
  await expect(result).toContainText(clockOff);
  const status = section.locator('[data-testid="openapi-status"]');
  await expect(status).toContainText(clockOff);
  await expect(status).not.toContainText('Stopped');
  expect(calls.length).toBeGreaterThan(0);

  // The popup says it too.
  const popup = await openPopup(context, extensionId, await consoleTabId(worker));
  await expect(popup.locator('[data-testid="openapi-clock"]')).toContainText(clockOff);
});

test('an imported file does not turn the source on, and the section shows the file’s key', async ({
  context,
  worker,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const file = {
    format: 'jdcloud-vpn-preflight/settings',
    version: 1,
    settings: {
      openapi: { enabled: true, regionId: 'cn-east-2', accessKeyId: 'AKFROMFILE01', refreshMinutes: 60 },
    },
  };
  await options.locator('[data-testid="import-file"]').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(options.locator('[data-testid="save-status"]')).toHaveText(
    'Imported and saved. The file turns the OpenAPI source on; it stays off. Turn it on in the OpenAPI section, which asks for the permission it needs.',
  );
  expect((await storedSettings(worker)).openapi).toEqual({ ...file.settings.openapi, enabled: false });
  expect(await hostPermissionGranted(worker)).toBe(false);
  const section = openApiSection(options);
  await expect(field(section, 'openapi.enabled')).not.toBeChecked();
  await expect(field(section, 'openapi.regionId')).toHaveValue('cn-east-2');
  await expect(field(section, 'openapi.accessKeyId')).toHaveValue('AKFROMFILE01');
});

/** Evaluates in the content script's isolated world of `page` (Playwright's own evaluate runs in the page's). */
async function inContentScriptWorld(
  context: BrowserContext,
  page: Page,
  expression: string,
): Promise<unknown> {
  // The isolated world is named after the extension, as the browser shows its (localised) name.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const name = await worker.evaluate(() => chrome.runtime.getManifest().name);
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await cdp.send('Runtime.enable');
  const world = worlds.find((candidate) => candidate.name === name);
  if (!world) throw new Error(`no content script world among ${worlds.map((w) => w.name).join(', ')}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

test.describe('the secret and the content script', () => {
  async function secretSavedAndConsoleOpen(context: BrowserContext, page: Page, extensionId: string) {
    const options = await openOptions(context, extensionId);
    await saveCredentials(options);
    await openCreateForm(page, 'en');
    await expect(panel(page)).toBeVisible();
  }

  test('the secret is kept under one key of the background’s storage and nowhere else', async ({
    context,
    page,
    worker,
    extensionId,
  }) => {
    await secretSavedAndConsoleOpen(context, page, extensionId);
    // The secret is kept under one key only, and the session area (content scripts are shut out) has none.
    const holders = await worker.evaluate(async (secret) => {
      const [local, session] = await Promise.all([
        chrome.storage.local.get(null),
        chrome.storage.session.get(null),
      ]);
      const holding = (area: Record<string, unknown>) =>
        Object.keys(area).filter((key) => JSON.stringify(area[key]).includes(secret));
      return { local: holding(local), session: holding(session) };
    }, SECRET);
    expect(holders).toEqual({ local: ['openapiSecret'], session: [] });
    expect(await page.content()).not.toContain(SECRET);
  });

  test('the content script’s world cannot read storage at all', async ({ context, page, extensionId }) => {
    await secretSavedAndConsoleOpen(context, page, extensionId);
    const everything = await inContentScriptWorld(
      context,
      page,
      `chrome.storage.local.get(null).then((all) => JSON.stringify(all), (error) => 'refused: ' + error.message)`,
    );
    expect(everything).not.toContain(SECRET);
    expect(everything).toMatch(/^refused: /);
  });
});
