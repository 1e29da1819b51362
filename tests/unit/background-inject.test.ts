import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exclusive, forgetTab, handleMessage, noteConsoleTab } from '../../entrypoints/background/hub';
import { HANDED_PAGE_CONFIG, PREFLIGHT_LOADER_PATH } from '../../lib/content-scripts';
import type { PanelView, Summary } from '../../lib/messages';
import { defaultSettings } from '../../lib/settings';
import { loadTabs, saveSettings, updateTab } from '../../platform/storage';

type Sender = Browser.runtime.MessageSender;
const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const pageSender = (url: string, more: Partial<Sender> = {}) =>
  ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url, ...more }) as Sender;

let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn(async () => []);
  (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting = { executeScript };
});

describe('start-preflight', () => {
  it('hands over the page config, then injects the preflight, into the asking document', async () => {
    await saveSettings({ ...defaultSettings(), selectorOverrides: { cash: '#balance' } });
    const reply = await handleMessage({ type: 'start-preflight' }, pageSender(FORM, { documentId: 'doc-1' }));
    expect(reply).toEqual({ ok: true });
    const target = { tabId: 7, documentIds: ['doc-1'] };
    const config = { selectorOverrides: { cash: '#balance' } };
    expect(executeScript.mock.calls).toEqual([
      [{ target, func: expect.any(Function), args: [HANDED_PAGE_CONFIG, config] }],
      [{ target, files: [PREFLIGHT_LOADER_PATH] }],
    ]);
    // What the hand-over does in the page's isolated world, where the preflight takes it from.
    const handOver = executeScript.mock.calls[0]?.[0].func as (key: string, value: unknown) => void;
    handOver(HANDED_PAGE_CONFIG, config);
    expect((globalThis as Record<string, unknown>)[HANDED_PAGE_CONFIG]).toEqual(config);
    delete (globalThis as Record<string, unknown>)[HANDED_PAGE_CONFIG];
  });

  it('injects into the asking frame where the browser names frames only (Firefox)', async () => {
    await handleMessage({ type: 'start-preflight' }, pageSender(FORM, { frameId: 3 }));
    expect(executeScript.mock.calls.map(([call]) => call.target)).toEqual([
      { tabId: 7, frameIds: [3] },
      { tabId: 7, frameIds: [3] },
    ]);
  });

  it('injects nothing where the detector’s own rule finds no work', async () => {
    for (const url of [
      'https://docs.jdcloud.com/cn/vpn/billing-overview',
      'https://www.jdcloud.com/',
      'https://console.jdcloud.com/overview',
      'not a url',
    ]) {
      expect(await handleMessage({ type: 'start-preflight' }, pageSender(url))).toEqual({
        error: 'nothing to check on this page',
      });
    }
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('is heard only from this extension’s page scripts, not from an extension page or another extension', async () => {
    await handleMessage({ type: 'start-preflight' }, pageSender(FORM, { id: 'another-extension' }));
    await handleMessage(
      { type: 'start-preflight' },
      pageSender(`chrome-extension://${fakeBrowser.runtime.id}/popup.html`),
    );
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a tab that went away meanwhile is an answer, not an unhandled rejection', async () => {
    executeScript.mockRejectedValueOnce(new Error('No tab with id: 7'));
    const reply = await handleMessage(
      { type: 'start-preflight' },
      pageSender('https://uc.jdcloud.com/cost/capital/capital-overview'),
    );
    expect(reply).toEqual({ error: 'Error: No tab with id: 7' });
  });
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
