import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exclusive, forgetTab, handleMessage, noteConsoleTab } from '../../entrypoints/background/hub';
import { currentAccountState } from '../../lib/account-store';
import type { PanelView, Summary } from '../../lib/messages';
import { forgetPrivateAccounts, loadAccounts, loadTabs, updateTab } from '../../platform/storage';

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
        config: '',
        pageKind: 'vpn-connection-form',
        readings: [{ field: 'signedIn', value: true, found: 'inference' }],
        draft: { presentation: 'route', name: 'vpn-1' },
      },
      pageSender(FORM),
    )) as PanelView;
    expect(reply.checks.map((check) => check.id)).toContain('name-format');
    expect((await loadTabs())[7]).toEqual({
      pageKind: 'vpn-connection-form',
      draft: { presentation: 'route', name: 'vpn-1' },
      // The page named no account: its verdict rests on what it read, and on no account's values.
      unnamed: { signedIn: expect.objectContaining({ field: 'signedIn', value: true }) },
    });
    // The refresh of the other tabs has its turn after the answer; this tab is not pushed its own verdict.
    await exclusive(async () => undefined);
    expect(push).not.toHaveBeenCalled();
  });

  it('is answered with a verdict that counts what this read recorded, and records it', async () => {
    const reply = (await handleMessage(
      {
        type: 'page-read',
        config: '',
        pageKind: 'vpn-connection-form',
        readings: [
          { field: 'signedIn', value: true, found: 'inference' },
          { field: 'account', value: 'ops-team', found: 'inference' },
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
        { type: 'page-read', pageKind: 'capital-overview', readings: [], config: '' },
        pageSender('https://uc.jdcloud.com/cost/capital/capital-overview'),
      ),
      forgetTab(8),
    ]);
    expect(await loadTabs()).toEqual({ 7: { pageKind: 'capital-overview', unnamed: {} } });
  });

  it('without a form is answered with an acknowledgement, as on the account pages', async () => {
    const capital = pageSender('https://uc.jdcloud.com/cost/capital/capital-overview');
    const read = (readings: unknown[]) =>
      handleMessage({ type: 'page-read', pageKind: 'capital-overview', readings, config: '' }, capital);
    const account = { field: 'account', value: 'jdc-admin', found: 'label' };
    expect(await read([account, { field: 'cash', value: 4200, found: 'label' }])).toEqual({ ok: true });
    // A value the page should have shown and did not: the page's chip offers to point at it.
    expect(await read([account])).toEqual({ ok: true, offer: ['cash'] });
    expect(await read([])).toEqual({ ok: true, offer: ['cash', 'account'] });
    expect(await read([{ field: 'signedIn', value: false, found: 'inference' }])).toEqual({
      ok: true,
      offer: ['cash'],
    });
  });
});

describe('whose values a tab’s verdict rests on', () => {
  const CAPITAL = 'https://uc.jdcloud.com/cost/capital/capital-overview';
  const read = (
    readings: { field: string; value: unknown; found: string }[],
    url: string,
    tab: Partial<Browser.tabs.Tab> = {},
    pageKind = url === FORM ? 'vpn-connection-form' : 'capital-overview',
  ) =>
    handleMessage(
      {
        type: 'page-read',
        config: '',
        pageKind,
        readings,
        ...(pageKind === 'vpn-connection-form' ? { draft: { presentation: 'route', name: 'vpn-1' } } : {}),
      },
      pageSender(url, { tab: { id: 7, ...tab } as Browser.tabs.Tab }),
    ) as Promise<PanelView>;
  const named = (account: string) => ({ field: 'account', value: account, found: 'inference' });
  const signedIn = { field: 'signedIn', value: true, found: 'inference' };
  const status = (view: PanelView, id: string) => view.checks.find((check) => check.id === id)?.status;

  it('uses the account the tab showed: two accounts in turn never lend each other their funds', async () => {
    await read([signedIn, named('jdc_a'), { field: 'cash', value: 900_000, found: 'label' }], CAPITAL);
    await read([signedIn, named('jdc_a'), { field: 'realName', value: 'personal', found: 'label' }], CAPITAL);
    expect(status(await read([signedIn, named('jdc_a')], FORM), 'funds-threshold')).toBe('pass');
    // The person signs out and in as B, whose form shows B's name: A's funds are not B's.
    await read(
      [{ field: 'signedIn', value: false, found: 'inference' }],
      'https://login.jdcloud.com/',
      {},
      'login',
    );
    const b = await read([signedIn, named('jdc_b')], FORM);
    expect(status(b, 'funds-threshold')).toBe('unknown');
    expect(status(b, 'real-name')).toBe('unknown');
    expect(b.account).toContain('jdc_b');
  });

  it('lends a page that names no account the account its tab showed, while that is still the one signed in', async () => {
    await read([signedIn, named('jdc_a'), { field: 'cash', value: 900_000, found: 'label' }], CAPITAL);
    const sameTab = await read([signedIn], FORM);
    expect(status(sameTab, 'funds-threshold')).toBe('pass');
    expect(sameTab.account).toContain('jdc_a');
  });

  it('keeps the account checks unknown on such a page once another tab signed out or showed another account', async () => {
    const otherTab = { id: 9 } as Partial<Browser.tabs.Tab>;
    await read([signedIn, named('jdc_a'), { field: 'cash', value: 900_000, found: 'label' }], CAPITAL);
    await read(
      [{ field: 'signedIn', value: false, found: 'inference' }],
      'https://login.jdcloud.com/',
      otherTab,
      'login',
    );
    const afterSignOut = await read([signedIn], FORM);
    expect(status(afterSignOut, 'signed-in')).toBe('pass');
    expect(status(afterSignOut, 'funds-threshold')).toBe('unknown');
    expect(afterSignOut.readiness).not.toBe('ready');
    expect(afterSignOut.account).toBeUndefined();
    // Shown again in this tab, then another account in another tab: this tab's unnamed page is nobody's.
    await read([signedIn, named('jdc_a')], CAPITAL);
    await read([signedIn, named('jdc_b')], CAPITAL, otherTab);
    expect(status(await read([signedIn], FORM), 'funds-threshold')).toBe('unknown');
  });

  it('keeps what a private window read apart, and drops it with the last private window', async () => {
    await read([signedIn, named('jdc_private'), { field: 'cash', value: 100, found: 'label' }], CAPITAL, {
      incognito: true,
    });
    expect((await loadAccounts()).accounts.jdc_private).toBeUndefined();
    expect((await loadAccounts(true)).accounts.jdc_private?.cash?.value).toBe(100);
    // A normal window's form of the same name does not borrow it either.
    await read([signedIn, named('jdc_private')], FORM);
    expect(currentAccountState(await loadAccounts()).cash).toBeUndefined();
    await forgetPrivateAccounts();
    expect((await loadAccounts(true)).accounts).toEqual({});
  });

  it('gives a private window’s console tab and popup the private reads only, never the normal windows’', async () => {
    await read([signedIn, named('jdc_normal'), { field: 'cash', value: 900_000, found: 'label' }], CAPITAL);
    const privateTab = await fakeBrowser.tabs.create({ url: 'https://console.jdcloud.com/overview' });
    await fakeBrowser.tabs.update(privateTab.id, { incognito: true } as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...privateTab, incognito: true } as never);
    await noteConsoleTab(privateTab.id as number, 'https://console.jdcloud.com/overview', true);
    expect((await loadTabs())[privateTab.id as number]).toEqual({
      pageKind: 'other-console',
      inPrivate: true,
    });
    const summary = (await handleMessage({ type: 'get-summary', tabId: privateTab.id }, {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/popup.html'),
    } as Sender)) as Summary;
    expect(summary.view.account).toBeUndefined();
    expect(summary.view.checks.find((check) => check.id === 'funds-threshold')?.status).toBe('unknown');
  });
});
