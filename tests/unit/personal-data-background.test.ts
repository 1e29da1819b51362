import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exclusive, handleMessage } from '../../entrypoints/background/hub';
import type { ClearDataReply, ForgetAccountReply, Summary } from '../../lib/messages';
import { defaultSettings } from '../../lib/settings';
import { loadOpenApiStatus, saveOpenApiStatus } from '../../platform/api-secret';
import {
  appendGuardLog,
  guardLogItem,
  loadAccounts,
  loadReportSalt,
  loadResources,
  loadSettings,
  loadTabs,
  loadTaughtStatus,
  saveSettings,
  saveTaughtStatus,
  updateTab,
} from '../../platform/storage';

type Sender = Browser.runtime.MessageSender;

const SECRET = 'Zq9XvK7wPm3RtY8uLb2NcJ5hFd6GsA4e';
const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);
const LIST = 'https://cns-console.jdcloud.com/host/vpnConnection/list';
const options = () =>
  ({
    id: fakeBrowser.runtime.id,
    url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
  }) as Sender;
const page = (tabId: number, incognito = false) =>
  ({
    id: fakeBrowser.runtime.id,
    tab: { id: tabId, incognito } as Browser.tabs.Tab,
    frameId: 0,
    url: LIST,
  }) as Sender;

const send = <T>(message: unknown, sender: Sender = options()) =>
  handleMessage(message, sender) as Promise<T>;

/** A console page of tab `tabId` names `account` (with its pin) and shows its cash and its connection list. */
async function pageRead(tabId: number, account: string, cashFen: number, incognito = false) {
  await send(
    {
      type: 'page-read',
      config: '',
      pageKind: 'vpn-connection-list',
      readings: [
        { field: 'account', value: account, found: 'inference' },
        { field: 'pin', value: `pin-${account}`, found: 'label' },
        { field: 'cash', value: cashFen, found: 'label' },
      ],
      resources: {
        region: 'cn-north-1',
        connectionsByBorderGateway: { counts: { 'bgw-1': 2 }, complete: true },
      },
    },
    page(tabId, incognito),
  );
  await exclusive(async () => undefined);
}

/** The keys storage.local holds (the settings' version key goes with the settings). */
async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null))
    .filter((key) => key !== 'settings$')
    .sort();
}

/** Everything the extension keeps, every store filled through its own code. */
async function fillEveryStore() {
  await pageRead(7, 'ops', 4200);
  await pageRead(8, 'dev', 100);
  await pageRead(9, 'ops', 300, true);
  await updateTab(7, (tab) => (tab ? { ...tab, draft: { presentation: 'dialog', name: 'vpn-1' } } : tab));
  await appendGuardLog({ at: T0, account: 'ops', kind: 'override', detail: 'blocked: funds-threshold' });
  await appendGuardLog({ at: T0, account: 'dev', kind: 'override', detail: 'warning: funds-runway' });
  await saveTaughtStatus({ 'console/account': { taughtAt: 1, matchedAt: T0, value: 'ops' } });
  await loadReportSalt();
  await saveOpenApiStatus({
    lastAttemptAt: T0,
    lastError: { kind: 'network', message: { key: 'api.error.network' } },
  });
  await send({ type: 'openapi-save-secret', secret: SECRET });
  const settings = defaultSettings();
  settings.thresholdFen = 8000;
  await saveSettings(settings);
  // Every store holds something now.
  expect(await storedKeys()).toEqual([
    'accounts',
    'guardLog',
    'openapiSecret',
    'openapiStatus',
    'reportSalt',
    'resources',
    'settings',
    'taughtStatus',
  ]);
  expect(JSON.stringify(await loadAccounts(true))).toContain('ops');
  expect(Object.keys(await loadTabs()).sort()).toEqual(['7', '8', '9']);
}

beforeEach(() => {
  fakeBrowser.reset();
  // Chrome: storage.local closed to content scripts, the secret kept as typed (Firefox: secret-sealing.test.ts).
  Object.assign(fakeBrowser.storage.local, { setAccessLevel: vi.fn(async () => undefined) });
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (tabId: number) => ({
    id: tabId,
    url: LIST,
    incognito: false,
  })) as unknown as typeof fakeBrowser.tabs.get);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    (async () => false) as unknown as typeof fakeBrowser.permissions.contains,
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(
    (async () => true) as unknown as typeof fakeBrowser.permissions.remove,
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('forget-account', () => {
  it('forgets the account by any of its names, everywhere, and leaves the other account alone', async () => {
    await fillEveryStore();
    expect(Object.keys((await loadAccounts()).accounts).sort()).toEqual(['dev', 'ops']);

    const reply = await send<ForgetAccountReply>({ type: 'forget-account', account: 'pin-ops' });
    expect(reply).toEqual({ ok: true, forgotten: true });

    const stored = await loadAccounts();
    expect(Object.keys(stored.accounts)).toEqual(['dev']);
    expect(JSON.stringify(stored)).not.toContain('ops');
    expect(JSON.stringify(await loadAccounts(true))).not.toContain('ops');
    expect(Object.keys(await loadResources())).toEqual(['dev']);
    expect((await guardLogItem.getValue()).map((entry) => entry.account)).toEqual([undefined, 'dev']);
    expect(await loadTaughtStatus()).toEqual({ 'console/account': { taughtAt: 1, matchedAt: T0 } });
    const tabs = await loadTabs();
    expect(JSON.stringify(tabs)).not.toContain('ops');
    expect(tabs[8]?.account).toBe('dev');

    // The tab that showed it rests on nothing now: never on the other account's values.
    const summary = await send<Summary>({ type: 'get-summary', tabId: 7 });
    expect(summary.view.account).toBeUndefined();
    expect(summary.view.checks.find((check) => check.id === 'funds-threshold')?.status).toBe('unknown');
    // The settings are not what was read: they stay.
    expect((await loadSettings()).settings.thresholdFen).toBe(8000);
  });

  it('says so when no account goes by the name, and changes nothing', async () => {
    await fillEveryStore();
    const before = await fakeBrowser.storage.local.get(null);
    expect(await send<ForgetAccountReply>({ type: 'forget-account', account: 'nobody' })).toEqual({
      ok: true,
      forgotten: false,
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('is not heard from a content script', async () => {
    await fillEveryStore();
    const reply = await send<{ error?: string }>({ type: 'forget-account', account: 'ops' }, page(7));
    expect(reply.error).toBeTruthy();
    expect(Object.keys((await loadAccounts()).accounts).sort()).toEqual(['dev', 'ops']);
  });
});

describe('clear-data', () => {
  it('deletes everything read, keeping the settings and the secret when asked to', async () => {
    await fillEveryStore();
    const reply = await send<ClearDataReply>({ type: 'clear-data', keepSettings: true, keepSecret: true });
    expect(reply).toMatchObject({ ok: true, settings: { thresholdFen: 8000 } });

    expect(await storedKeys()).toEqual(['openapiSecret', 'settings']);
    expect((await fakeBrowser.storage.local.get('openapiSecret')).openapiSecret).toBe(SECRET);
    expect((await loadSettings()).settings.thresholdFen).toBe(8000);
    // The tabs: only the open form is known, as filled, with nothing read.
    expect(await loadTabs()).toEqual({
      7: { pageKind: 'vpn-connection-list', draft: { presentation: 'dialog', name: 'vpn-1' } },
    });
    expect(await fakeBrowser.storage.session.get('privateAccounts')).toEqual({});
    expect(await loadOpenApiStatus()).toEqual({});
    const summary = await send<Summary>({ type: 'get-summary', tabId: 8 });
    expect(summary.view.account).toBeUndefined();
    expect(summary.newestObservationAt).toBeUndefined();
  });

  it('resets the settings and deletes the secret too when they are not kept', async () => {
    await fillEveryStore();
    const reply = await send<ClearDataReply>({ type: 'clear-data', keepSettings: false, keepSecret: false });
    expect(reply).toEqual({ ok: true, settings: defaultSettings() });
    const local = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(local)).not.toContain(SECRET);
    expect(Object.keys(local).filter((key) => !key.startsWith('settings'))).toEqual([]);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://*.jdcloud-api.com/*'] });
  });

  it('is not heard from a content script', async () => {
    await fillEveryStore();
    const reply = await send<{ error?: string }>(
      { type: 'clear-data', keepSettings: true, keepSecret: true },
      page(7),
    );
    expect(reply.error).toBeTruthy();
    expect(Object.keys((await loadAccounts()).accounts).sort()).toEqual(['dev', 'ops']);
  });
});
