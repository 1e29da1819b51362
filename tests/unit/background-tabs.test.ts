import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exclusive, forgetTab, handleMessage, noteConsoleTab } from '../../entrypoints/background/hub';
import { currentAccountState } from '../../lib/account-store';
import type { PanelView, Summary } from '../../lib/messages';
import { loadAccounts, loadTabs, updateTab } from '../../platform/storage';

type Sender = Browser.runtime.MessageSender;
const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const pageSender = (url: string, more: Partial<Sender> = {}) =>
  ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url, ...more }) as Sender;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('console tabs the preflight never ran in', () => {
  it('are noted from the browser’s tab updates, keeping what the preflight reported', async () => {
    await noteConsoleTab(4, 'https://console.jdcloud.com/overview');
    await noteConsoleTab(5, 'https://www.example.com/');
    await noteConsoleTab(6, undefined);
    expect(await loadTabs()).toEqual({ 4: { pageKind: 'other-console' } });
    await handleMessage(
      { type: 'draft', draft: { presentation: 'route' } },
      pageSender(FORM, { tab: { id: 4 } as Browser.tabs.Tab }),
    );
    await noteConsoleTab(4, FORM);
    expect((await loadTabs())[4]).toEqual({
      pageKind: 'vpn-connection-form',
      draft: { presentation: 'route' },
    });
  });

  it('count as this tab in the popup, not as "last known"', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://console.jdcloud.com/overview' });
    const summary = (await handleMessage(
      { type: 'get-summary', tabId: tab.id },
      { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` },
    )) as Summary;
    expect(summary.lastKnown).toBe(false);
    expect(summary.forForm).toBe(false);
  });
});

describe('page-read on the VPN form', () => {
  it('carries the form too, and is answered with the tab’s verdict without a push of the same', async () => {
    const push = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const reply = (await handleMessage(
      {
        type: 'page-read',
        overrides: {},
        pageKind: 'vpn-connection-form',
        readings: [{ field: 'signedIn', value: true }],
        draft: { presentation: 'route', name: 'vpn-1' },
      },
      pageSender(FORM),
    )) as PanelView;
    expect(reply.checks.map((check) => check.id)).toContain('name-format');
    expect((await loadTabs())[7]).toEqual({
      pageKind: 'vpn-connection-form',
      draft: { presentation: 'route', name: 'vpn-1' },
    });
    // The refresh of the other tabs has its turn after the answer; this tab is not pushed its own verdict.
    await exclusive(async () => undefined);
    expect(push).not.toHaveBeenCalled();
  });

  it('is answered with a verdict that counts what this read recorded, and records it', async () => {
    const reply = (await handleMessage(
      {
        type: 'page-read',
        overrides: {},
        pageKind: 'vpn-connection-form',
        readings: [
          { field: 'signedIn', value: true },
          { field: 'account', value: 'ops-team' },
        ],
        draft: { presentation: 'route', name: 'vpn-1' },
      },
      pageSender(FORM),
    )) as PanelView;
    expect(reply.checks.find((check) => check.id === 'signed-in')?.status).toBe('pass');
    expect(reply.account).toContain('ops-team');
    expect(currentAccountState(await loadAccounts()).signedIn?.source).toBe('page:vpn-connection-form');
  });

  it('keeps a report written while a closed tab is forgotten: neither write drops the other', async () => {
    await updateTab(8, () => ({ pageKind: 'vpn-connection-list' }));
    // Session storage answers a while after it was asked, as the browser's does: both reads see the tabs as
    // they were before either write.
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session) as (
      keys: string[],
    ) => Promise<Record<string, unknown>>;
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(async (keys) => {
      const answer = await get(keys as string[]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return answer;
    });
    await Promise.all([
      handleMessage(
        { type: 'page-read', pageKind: 'capital-overview', readings: [], overrides: {} },
        pageSender('https://uc.jdcloud.com/cost/capital/capital-overview'),
      ),
      forgetTab(8),
    ]);
    expect(await loadTabs()).toEqual({ 7: { pageKind: 'capital-overview' } });
  });

  it('without a form is answered with an acknowledgement, as on the account pages', async () => {
    const reply = await handleMessage(
      { type: 'page-read', pageKind: 'capital-overview', readings: [], overrides: {} },
      pageSender('https://uc.jdcloud.com/cost/capital/capital-overview'),
    );
    expect(reply).toEqual({ ok: true });
  });
});
