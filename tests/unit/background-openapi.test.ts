import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, openApi } from '../../entrypoints/background/hub';
import { OPENAPI_ALARM } from '../../entrypoints/background/openapi';
import type {
  OpenApiRunReply,
  OpenApiSecretReply,
  OpenApiStatusView,
  PanelView,
  Summary,
} from '../../lib/messages';
import { defaultSettings, readSettings } from '../../lib/settings';
import { pageConfigOf } from '../../lib/taught-locators';
import { loadAccounts, saveSettings } from '../../platform/storage';

type Sender = Browser.runtime.MessageSender;

const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);
const MINUTE = 60_000;
// Random-looking, so no 5-character piece of it turns up in a reply by chance.
const SECRET = 'Zq9XvK7wPm3RtY8uLb2NcJ5hFd6GsA4e';
const OTHER_SECRET = 'Hw4TqN8pXe2KzR7mVc5JbY3sLf9DgU6a';

const extensionUrl = (page: string) => `chrome-extension://${fakeBrowser.runtime.id}/${page}`;
const tab = (id: number) =>
  ({
    id,
    index: 0,
    windowId: 1,
    active: true,
    pinned: false,
    highlighted: false,
    incognito: false,
  }) as Browser.tabs.Tab;

const senders = {
  contentScript: (url = 'https://cns-console.jdcloud.com/host/vpnConnection/list') =>
    ({ id: fakeBrowser.runtime.id, tab: tab(7), frameId: 0, url }) as Sender,
  popup: () => ({ id: fakeBrowser.runtime.id, url: extensionUrl('popup.html') }) as Sender,
  optionsInTab: () =>
    ({ id: fakeBrowser.runtime.id, tab: tab(9), url: extensionUrl('options.html') }) as Sender,
  optionsEmbedded: () => ({ id: fakeBrowser.runtime.id, url: extensionUrl('options.html') }) as Sender,
  otherExtension: () =>
    ({ id: 'another-extension', url: 'chrome-extension://another-extension/page.html' }) as Sender,
};

const OPENAPI_TYPES = [
  'openapi-status',
  'openapi-refresh',
  'openapi-test',
  'openapi-save-secret',
  'openapi-clear-secret',
] as const;

/** Every message type the hub knows, each in a valid form. */
function everyMessage(now: number): unknown[] {
  return [
    {
      type: 'page-read',
      pageKind: 'capital-overview',
      readings: [{ field: 'cash', value: 4200, found: 'label' }],
      config: '',
    },
    { type: 'draft', draft: { presentation: 'dialog', region: 'cn-north-1', name: 'vpn-1' } },
    { type: 'draft', draft: null },
    { type: 'guard-override', readiness: 'blocked', checks: ['funds-threshold'] },
    { type: 'guard-error', message: 'guard failed' },
    { type: 'page-read', pageKind: 'real-name', readings: [], config: 'k1' },
    { type: 'get-summary' },
    { type: 'get-summary', tabId: 7 },
    {
      type: 'manual-observation',
      observation: { field: 'coupons', value: 1500, source: 'manual', observedAt: now },
    },
    { type: 'openapi-status' },
    { type: 'openapi-refresh' },
    { type: 'openapi-test' },
    { type: 'openapi-test', regionId: 'cn-north-1', accessKeyId: 'AKTEST0001', secret: SECRET },
    { type: 'openapi-save-secret', secret: SECRET },
    { type: 'openapi-save-secret', secret: 'not a secret' },
    { type: 'forget-account', account: 'jdc_demo_01' },
    { type: 'clear-data', keepSettings: true, keepSecret: true },
    { type: 'unknown-type', secret: SECRET },
  ];
}

interface FetchCall {
  url: string;
  headers: Record<string, string>;
}

/** JD Cloud as the background's fetch sees it: scripted answers, recorded requests. */
function stubJdCloud(mode: { refuse?: boolean; malformed?: boolean } = {}) {
  const calls: FetchCall[] = [];
  const answer = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    if (mode.refuse) {
      return answer(
        {
          requestId: 'req-err',
          error: { code: 401, status: 'UNAUTHENTICATED', message: 'signature mismatch' },
        },
        401,
      );
    }
    if (url.includes('describeUser')) {
      return answer({
        requestId: 'req-user',
        result: { pin: 'jdc_demo_01', loginName: 'jdc_demo_01', userAuth: 1 },
      });
    }
    if (mode.malformed) {
      return answer({
        requestId: 'req-amount',
        result: { availableAmount: 'N/A', frozenAmount: '0.00', totalAmount: '0' },
      });
    }
    return answer({
      requestId: 'req-amount',
      result: { totalAmount: '88.00', availableAmount: '87.50', frozenAmount: '0.50' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls, fetchStub };
}

async function enableSource(overrides: Partial<ReturnType<typeof defaultSettings>['openapi']> = {}) {
  const settings = defaultSettings();
  settings.openapi = { ...settings.openapi, enabled: true, accessKeyId: 'AKTEST0001', ...overrides };
  await saveSettings(settings);
}

/** fakeBrowser does not implement permissions; the background only asks whether the API origin is granted. */
function grantHostPermission(granted: boolean) {
  const contains = async () => granted;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    contains as unknown as typeof fakeBrowser.permissions.contains,
  );
}

const alarmFired = () => ({ name: OPENAPI_ALARM, scheduledTime: Date.now() }) as Browser.alarms.Alarm;

const send = <T>(message: unknown, sender: Sender = senders.optionsEmbedded()) =>
  handleMessage(message, sender) as Promise<T>;

/**
 * Chrome's storage access levels, which fakeBrowser lacks: here storage.local is closed to content scripts and
 * the secret is kept as typed. Firefox's path (no access levels) is tested in secret-sealing.test.ts.
 */
function closeStorageToContentScripts() {
  const setAccessLevel = vi.fn(async (_options: { accessLevel: string }) => undefined);
  Object.assign(fakeBrowser.storage.local, { setAccessLevel });
  return setAccessLevel;
}

beforeEach(() => {
  fakeBrowser.reset();
  closeStorageToContentScripts();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
  grantHostPermission(true);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the panel's refresh button", () => {
  it('lets a content script ask for a refresh and answers with the tab view only', async () => {
    const { fetchStub } = stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    const view = await send<PanelView>({ type: 'refresh' }, senders.contentScript());
    expect(fetchStub).toHaveBeenCalledTimes(2);
    expect(view.refreshable).toBe(true);
    expect(view.notice).toBeUndefined();
    expect(view.checks.find((check) => check.id === 'funds-threshold')?.status).toBe('pass');
    expect(JSON.stringify(view)).not.toContain(SECRET);
  });

  it('says why when the minimum interval holds the refresh back', async () => {
    stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    await send({ type: 'refresh' }, senders.contentScript());
    const again = await send<PanelView>({ type: 'refresh' }, senders.contentScript());
    expect(again.notice).toMatch(/\S/);
  });
});

describe('a page read with another config than the settings’', () => {
  const read = (config: string) => ({
    type: 'page-read',
    pageKind: 'capital-overview',
    readings: [{ field: 'cash', value: 4200, found: 'label' }],
    config,
  });
  const storedAccounts = async () => (await fakeBrowser.storage.local.get('accounts')).accounts;
  const capitalPage = () => senders.contentScript('https://uc.jdcloud.com/cost/capital/capital-overview');
  const configOf = (settings: unknown) => pageConfigOf(readSettings(settings).settings);

  it('is answered with the page config from settings, and nothing else, and not recorded', async () => {
    const settings = {
      selectorOverrides: { cash: '#balance .amount' },
      openapi: { accessKeyId: 'AKTEST0001' },
    };
    await fakeBrowser.storage.local.set({ settings });
    await send({ type: 'openapi-save-secret', secret: SECRET });
    const expected = configOf(settings);
    expect(expected.key).not.toBe('');
    expect(expected.selectorOverrides).toEqual({ cash: '#balance .amount' });
    for (const key of ['', 'old', configOf({ selectorOverrides: { cash: '#old' } }).key]) {
      const reply = await send(read(key), capitalPage());
      expect(reply, key).toEqual({ reread: expected });
    }
    expect(await storedAccounts()).toBeUndefined();
  });

  it('is taken where it was read with the settings’ config, none included', async () => {
    expect(await send(read(''), capitalPage())).toMatchObject({ ok: true });
    expect(JSON.stringify(await storedAccounts())).toContain('"value":4200');
    const settings = { selectorOverrides: { cash: '#balance' } };
    await fakeBrowser.storage.local.set({ settings });
    const withCash = {
      ...read(configOf(settings).key),
      readings: [{ field: 'cash', value: 5100, found: 'label' }],
    };
    expect(await send(withCash, capitalPage())).toMatchObject({ ok: true });
    expect(JSON.stringify(await storedAccounts())).toContain('"value":5100');
  });
});

describe('who may send OpenAPI messages', () => {
  it('refuses every OpenAPI message from a content script, and acts on none', async () => {
    stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    for (const type of OPENAPI_TYPES) {
      const reply = await send<{ error?: string }>(
        { type, secret: OTHER_SECRET, regionId: 'cn-north-1', accessKeyId: 'AK' },
        senders.contentScript(),
      );
      expect(reply).toEqual({ error: 'OpenAPI messages are accepted from extension pages only' });
    }
    // The secret is still the one saved from the options page; nothing was fetched.
    expect(await fakeBrowser.storage.local.get('openapiSecret')).toEqual({ openapiSecret: SECRET });
    expect(vi.mocked(globalThis.fetch)).not.toHaveBeenCalled();
  });

  it('refuses them from another extension too', async () => {
    const reply = await send<{ error?: string }>({ type: 'openapi-status' }, senders.otherExtension());
    expect(reply).toEqual({ error: 'unknown sender' });
  });

  it('hears the options page whether it is embedded or open in a tab', async () => {
    for (const sender of [senders.optionsEmbedded(), senders.optionsInTab(), senders.popup()]) {
      const reply = await send<OpenApiStatusView>({ type: 'openapi-status' }, sender);
      expect(reply.secret).toEqual({ set: false });
      expect(reply.enabled).toBe(false);
    }
  });
});

describe('the secret never leaves the background', () => {
  it('no reply to any message from any sender contains the secret or a 5-character piece of it', async () => {
    stubJdCloud();
    await enableSource();
    const saved = await send<OpenApiSecretReply>({ type: 'openapi-save-secret', secret: SECRET });
    expect(saved).toEqual({ ok: true, secret: { set: true, masked: '••••••••sA4e' } });

    const pieces = Array.from({ length: SECRET.length - 4 }, (_, i) => SECRET.slice(i, i + 5));
    const replies: string[] = [];
    for (const sender of Object.values(senders)) {
      for (const message of everyMessage(Date.now())) {
        // Past the minimum interval each time, so every refresh and test really calls the API.
        vi.setSystemTime(Date.now() + 2 * MINUTE);
        replies.push(JSON.stringify(await handleMessage(message, sender())));
      }
    }
    // The API was really called with the secret's signature, and the answers came back.
    expect(vi.mocked(globalThis.fetch)).toHaveBeenCalled();
    expect(replies.some((reply) => reply.includes('"outcome":"ok"'))).toBe(true);
    expect(replies.some((reply) => reply.includes('readiness'))).toBe(true);
    for (const reply of replies) {
      for (const piece of pieces) expect(reply).not.toContain(piece);
    }
  });

  it('also when JD Cloud refuses the credentials or answers nonsense', async () => {
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    for (const mode of [{ refuse: true }, { malformed: true }]) {
      stubJdCloud(mode);
      vi.setSystemTime(Date.now() + 2 * MINUTE);
      const replies = [
        await send({ type: 'openapi-test', secret: SECRET }),
        await send({ type: 'openapi-refresh' }),
        await send({ type: 'openapi-status' }),
      ].map((reply) => JSON.stringify(reply));
      for (const reply of replies) expect(reply).not.toContain(SECRET.slice(0, 8));
    }
  });

  it('is sent to JD Cloud only as a signature', async () => {
    const { calls } = stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    await send({ type: 'openapi-refresh' });
    expect(calls.map((call) => new URL(call.url).host).sort()).toEqual([
      'asset.jdcloud-api.com',
      'user.jdcloud-api.com',
    ]);
    for (const call of calls) {
      expect(JSON.stringify(call)).not.toContain(SECRET);
      expect(call.headers.authorization).toMatch(/^JDCLOUD2-HMAC-SHA256 Credential=AKTEST0001\//);
    }
  });

  it('is kept in storage.local under its own key: not in settings, not in sync; clearing removes it', async () => {
    const setAccessLevel = closeStorageToContentScripts();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: ` ${SECRET} ` });
    expect(await fakeBrowser.storage.local.get('openapiSecret')).toEqual({ openapiSecret: SECRET });
    // Kept as typed only once the browser has closed storage.local to content scripts.
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(await fakeBrowser.storage.local.get('openapiSecretSealed')).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.local.get('settings'))).not.toContain(SECRET);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const cleared = await send<OpenApiSecretReply>({ type: 'openapi-clear-secret' });
    expect(cleared).toEqual({ ok: true, secret: { set: false } });
    expect(await fakeBrowser.storage.local.get('openapiSecret')).toEqual({});
  });

  it('refuses a secret that cannot be one, in words', async () => {
    const reply = await send<OpenApiSecretReply>({ type: 'openapi-save-secret', secret: 'has spaces in it' });
    expect(reply).toEqual({ error: 'invalid secret', message: { key: 'openapi.error.secret-invalid' } });
    expect(await fakeBrowser.storage.local.get('openapiSecret')).toEqual({});
  });

  it('no module of the page scripts (detector and preflight) imports the secret store or the OpenAPI source', () => {
    const root = resolve(__dirname, '../..');
    const seen = new Set<string>();
    const pending = [
      resolve(root, 'entrypoints/detector/index.ts'),
      resolve(root, 'entrypoints/preflight/index.ts'),
    ];
    const candidates = (base: string) => [
      base,
      `${base}.ts`,
      `${base}.tsx`,
      `${base}/index.ts`,
      `${base}/index.tsx`,
    ];
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain('openapiSecret');
      // Type-only imports are erased from the bundle; value imports, side-effect imports and import() are not.
      const statements = [
        ...text.matchAll(/\b(?:import|export)(\s+type\b)?[^;'"]*?\bfrom\s*'(\.{1,2}\/[^']+)'/g),
        ...text.matchAll(/\bimport\s*\(?\s*()'(\.{1,2}\/[^']+)'/g),
      ];
      for (const match of statements) {
        if (match[1]) continue;
        const target = candidates(resolve(dirname(file), match[2] ?? '')).find(
          (path) => existsSync(path) && /\.tsx?$/.test(path),
        );
        if (target) pending.push(target);
      }
    }
    const reached = [...seen].map((file) => file.slice(root.length + 1));
    expect(reached).toContain('entrypoints/detector/index.ts');
    expect(reached).toContain('entrypoints/preflight/panel-host.ts');
    expect(reached).toContain('components/in-page/panel.ts');
    expect(reached.length).toBeGreaterThan(3);
    expect(reached.filter((file) => /api-secret|openapi-source|jdcloud-api|background/.test(file))).toEqual(
      [],
    );
  });
});

describe('refreshing from the OpenAPI', () => {
  it('records openapi observations under the pin and shows them in the summary', async () => {
    stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    const reply = await send<OpenApiRunReply>({ type: 'openapi-refresh' }, senders.popup());
    expect(reply).toEqual({
      outcome: 'ok',
      recorded: true,
      values: { account: 'jdc_demo_01', realName: 'personal', cashFen: 8750, frozenFen: 50 },
    });
    const stored = await loadAccounts();
    expect(stored.currentAccount).toBe('jdc_demo_01');
    expect(stored.accounts.jdc_demo_01?.cash).toMatchObject({
      value: 8750,
      source: 'openapi',
      observedAt: T0,
    });
    const summary = await send<Summary>({ type: 'get-summary' }, senders.popup());
    const funds = summary.view.checks.find((check) => check.id === 'funds-threshold');
    expect(funds?.status).toBe('pass');
    expect(funds?.facts[0]).toContain('the JD Cloud OpenAPI');
  });

  it('a second refresh within a minute is refused with the time to wait', async () => {
    const { fetchStub } = stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    await send({ type: 'openapi-refresh' });
    vi.setSystemTime(T0 + 20_000);
    const reply = await send<OpenApiRunReply>({ type: 'openapi-refresh' });
    expect(reply).toEqual({
      outcome: 'skipped',
      message: { key: 'openapi.skip.too-soon', params: { seconds: 40 } },
      retryAt: T0 + MINUTE,
    });
    expect(fetchStub).toHaveBeenCalledTimes(2);
  });

  it('a test while the source is off shows the values but records nothing', async () => {
    stubJdCloud();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    const reply = await send<OpenApiRunReply>({ type: 'openapi-test', accessKeyId: 'AKTEST0001' });
    expect(reply).toMatchObject({ outcome: 'ok', recorded: false, values: { cashFen: 8750 } });
    expect((await loadAccounts()).accounts).toEqual({});
  });

  it('a malformed answer is an error with the field, and no number is recorded', async () => {
    stubJdCloud({ malformed: true });
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    const reply = await send<OpenApiRunReply>({ type: 'openapi-refresh' });
    expect(reply).toMatchObject({
      outcome: 'error',
      message: { key: 'api.error.malformed-response', params: { field: 'result.availableAmount' } },
    });
    const state = (await loadAccounts()).accounts.jdc_demo_01;
    expect(state?.cash).toBeUndefined();
    expect(state?.realName?.value).toBe('personal');
  });

  it('wrong credentials stop the source in words until the secret changes', async () => {
    const refused = stubJdCloud({ refuse: true });
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    const first = await send<OpenApiRunReply>({ type: 'openapi-refresh' });
    expect(first).toMatchObject({ outcome: 'error', message: { key: 'api.error.signature-rejected' } });
    const status = await send<OpenApiStatusView>({ type: 'openapi-status' });
    expect(status).toMatchObject({ paused: true, lastError: { key: 'api.error.signature-rejected' } });

    vi.setSystemTime(T0 + 60 * MINUTE);
    const again = await send<OpenApiRunReply>({ type: 'openapi-refresh' });
    expect(again).toEqual({ outcome: 'skipped', message: { key: 'openapi.skip.paused' } });
    await openApi.onAlarm(alarmFired());
    expect(refused.fetchStub).toHaveBeenCalledTimes(2);

    const accepted = stubJdCloud();
    await send({ type: 'openapi-save-secret', secret: OTHER_SECRET });
    expect((await send<OpenApiStatusView>({ type: 'openapi-status' })).paused).toBe(false);
    expect(await send<OpenApiRunReply>({ type: 'openapi-refresh' })).toMatchObject({ outcome: 'ok' });
    expect(accepted.fetchStub).toHaveBeenCalledTimes(2);
  });

  it('without the host permission nothing is fetched, and the reason is given', async () => {
    grantHostPermission(false);
    const { fetchStub } = stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    const reply = await send<OpenApiRunReply>({ type: 'openapi-refresh' });
    expect(reply).toEqual({ outcome: 'skipped', message: { key: 'openapi.skip.no-permission' } });
    expect(fetchStub).not.toHaveBeenCalled();
  });
});

describe('the periodic refresh', () => {
  async function consolePageRead() {
    await send(
      {
        type: 'page-read',
        pageKind: 'other-console',
        readings: [{ field: 'signedIn', value: true, found: 'inference' }],
        config: '',
      },
      senders.contentScript(),
    );
  }

  it('runs while a console tab is open and the source is on, every refreshMinutes', async () => {
    const { fetchStub } = stubJdCloud();
    await enableSource({ refreshMinutes: 20 });
    await send({ type: 'openapi-save-secret', secret: SECRET });
    expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toBeUndefined();

    // A console page reports in: the alarm is set and, as nothing was read yet, a refresh runs now.
    await consolePageRead();
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalledTimes(2));
    await vi.waitFor(async () => expect((await loadAccounts()).accounts.jdc_demo_01?.cash?.value).toBe(8750));
    expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toMatchObject({ periodInMinutes: 20 });

    // Early alarm: not due yet.
    vi.setSystemTime(T0 + 10 * MINUTE);
    await openApi.onAlarm(alarmFired());
    expect(fetchStub).toHaveBeenCalledTimes(2);
    // Due.
    vi.setSystemTime(T0 + 20 * MINUTE);
    await openApi.onAlarm(alarmFired());
    expect(fetchStub).toHaveBeenCalledTimes(4);
    expect((await loadAccounts()).accounts.jdc_demo_01?.cash?.observedAt).toBe(T0 + 20 * MINUTE);
  });

  it('stops when the last console tab closes or the source is turned off', async () => {
    const { fetchStub } = stubJdCloud();
    await enableSource();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    await consolePageRead();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toBeDefined());
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalledTimes(2));

    await send({ type: 'openapi-clear-secret' });
    expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toBeUndefined();
    await send({ type: 'openapi-save-secret', secret: SECRET });
    expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toBeDefined();

    await enableSource({ enabled: false });
    await openApi.syncAlarm();
    expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toBeUndefined();

    // On again, but the console tab is gone: the alarm clears itself and calls nothing.
    await enableSource();
    await openApi.syncAlarm();
    expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toBeDefined();
    await fakeBrowser.storage.session.clear();
    vi.setSystemTime(T0 + 60 * MINUTE);
    await openApi.onAlarm(alarmFired());
    expect(await fakeBrowser.alarms.get(OPENAPI_ALARM)).toBeUndefined();
    expect(fetchStub).toHaveBeenCalledTimes(2);
  });
});

describe('values the person enters', () => {
  it('records a manual observation and reports it in the summary with its time', async () => {
    const reply = await send(
      {
        type: 'manual-observation',
        observation: { field: 'coupons', value: 2000, source: 'manual', observedAt: T0 },
      },
      senders.popup(),
    );
    expect(reply).toEqual({ ok: true });
    const stored = await loadAccounts();
    expect(stored.accounts['']?.coupons).toEqual({
      field: 'coupons',
      value: 2000,
      source: 'manual',
      observedAt: T0,
    });
    vi.setSystemTime(T0 + 5 * MINUTE);
    const summary = await send<Summary>({ type: 'get-summary' }, senders.popup());
    expect(summary.manual).toEqual({ coupons: { fen: 2000, observedAt: T0 } });
  });

  it('refuses a "manual" observation that claims another source, and one from a content script', async () => {
    const fromPopup = await send<{ error?: string }>(
      {
        type: 'manual-observation',
        observation: { field: 'cash', value: 999_999, source: 'openapi', observedAt: T0 },
      },
      senders.popup(),
    );
    expect(fromPopup.error).toBeDefined();
    const fromPage = await send<{ error?: string }>(
      {
        type: 'manual-observation',
        observation: { field: 'cash', value: 999_999, source: 'manual', observedAt: T0 },
      },
      senders.contentScript(),
    );
    expect(fromPage.error).toBeDefined();
    expect((await loadAccounts()).accounts).toEqual({});
  });
});
