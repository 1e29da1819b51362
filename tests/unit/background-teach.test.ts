import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import type { PanelView } from '../../lib/messages';
import { defaultSettings } from '../../lib/settings';
import { pageConfigOf } from '../../lib/taught-locators';
import { loadSettings, loadTabs, loadTaughtStatus, saveSettings } from '../../platform/storage';

type Sender = Browser.runtime.MessageSender;
const CAPITAL = 'https://uc.jdcloud.com/cost/capital/capital-overview';
const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const pageSender = (url: string, tabId = 7) =>
  ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as Browser.tabs.Tab, frameId: 0, url }) as Sender;
const popupSender = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
} as Sender;

const locator = { label: '可用额度', path: [{ tag: 'span', nth: 0 }] };
const cashPick = { scope: 'capital-overview', field: 'cash', locator, sample: '¥32.50' } as const;

async function readPage(pageKind: string, readings: unknown[], url = CAPITAL, tabId = 7) {
  const config = pageConfigOf((await loadSettings()).settings).key;
  return handleMessage({ type: 'page-read', pageKind, readings, config }, pageSender(url, tabId));
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a confirmed pick', () => {
  it('is kept for the page it was made on, and answered with the config pages read with now', async () => {
    await readPage('capital-overview', []);
    const reply = await handleMessage({ type: 'teach', entry: cashPick }, pageSender(CAPITAL));
    const { settings } = await loadSettings();
    expect(settings.taughtLocators).toEqual([{ ...cashPick, taughtAt: expect.any(Number) }]);
    expect(reply).toEqual(pageConfigOf(settings));
  });

  it('is refused from a page that does not show the field, and for a place that is not the page’s', async () => {
    await readPage('vpn-connection-form', [], FORM);
    expect(await handleMessage({ type: 'teach', entry: cashPick }, pageSender(FORM))).toEqual({
      error: expect.any(String),
    });
    await readPage('capital-overview', []);
    const elsewhere = { ...cashPick, scope: 'real-name' as const };
    expect(await handleMessage({ type: 'teach', entry: elsewhere }, pageSender(CAPITAL))).toEqual({
      error: expect.any(String),
    });
    expect((await loadSettings()).settings.taughtLocators).toEqual([]);
  });

  it('is refused when the locator is not plain bounded data', async () => {
    await readPage('capital-overview', []);
    const code = { ...cashPick, locator: { path: 'document.cookie' } };
    const reply = await handleMessage({ type: 'teach', entry: code }, pageSender(CAPITAL));
    expect(reply).toEqual({ error: expect.any(String) });
    expect((await loadSettings()).settings.taughtLocators).toEqual([]);
  });

  it('from a private window keeps the place but not the value it showed', async () => {
    const privateTab = { ...pageSender(CAPITAL), tab: { id: 7, incognito: true } as Browser.tabs.Tab };
    const config = pageConfigOf(defaultSettings()).key;
    await handleMessage(
      { type: 'page-read', pageKind: 'capital-overview', readings: [], config },
      privateTab,
    );
    await handleMessage({ type: 'teach', entry: cashPick }, privateTab);
    expect((await loadSettings()).settings.taughtLocators[0]?.sample).toBe('');
  });
});

describe('a taught place read in a private window', () => {
  it('leaves nothing it read behind in storage.local, where every window’s statuses are kept', async () => {
    const accountPlace = {
      scope: 'console' as const,
      field: 'account' as const,
      locator: { label: '账号名', up: 1, path: [{ tag: 'span', nth: 0 }] },
      sample: 'x',
      taughtAt: 1,
    };
    await saveSettings({ ...defaultSettings(), taughtLocators: [accountPlace] });
    const config = pageConfigOf((await loadSettings()).settings).key;
    const privateTab = { ...pageSender(CAPITAL), tab: { id: 7, incognito: true } as Browser.tabs.Tab };
    await handleMessage(
      {
        type: 'page-read',
        pageKind: 'capital-overview',
        readings: [{ field: 'account', value: 'private-alias', found: 'taught' }],
        config,
      },
      privateTab,
    );
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('private-alias');
    expect(await loadTaughtStatus()).toEqual({});
  });
});

describe('a taught place on later reads', () => {
  beforeEach(async () => {
    await saveSettings({ ...defaultSettings(), taughtLocators: [{ ...cashPick, taughtAt: 1 }] });
  });

  it('is remembered as matched with what it read, and as lost when the page no longer has it', async () => {
    await readPage('capital-overview', [{ field: 'cash', value: 3250, found: 'taught' }]);
    expect(await loadTaughtStatus()).toEqual({
      'capital-overview/cash': { taughtAt: 1, matchedAt: expect.any(Number), value: 3250 },
    });
    await readPage('capital-overview', []);
    expect((await loadTaughtStatus())['capital-overview/cash']?.missedAt).toEqual(expect.any(Number));
  });

  it('once lost, makes the funds rows say so and offer to point at it again', async () => {
    await readPage('capital-overview', []);
    const view = (await handleMessage(
      { type: 'draft', draft: { presentation: 'route' } },
      pageSender(FORM, 8),
    )) as PanelView;
    const funds = view.checks.find((check) => check.id === 'funds-threshold');
    expect(funds?.teach).toEqual({ field: 'cash', label: expect.any(String) });
    expect(funds?.facts.join(' ')).toMatch(/no longer matches/);
  });
});

describe('"point at it"', () => {
  it('starts the picker in the tab when its page shows the field', async () => {
    await readPage('capital-overview', []);
    const push = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    const reply = await handleMessage({ type: 'teach-request', field: 'cash' }, pageSender(CAPITAL));
    expect(reply).toEqual({ ok: true, opened: false });
    expect(push).toHaveBeenCalledWith(7, { type: 'start-teach', field: 'cash' });
  });

  it('opens the page that shows the field, and starts the picker there once that page is read', async () => {
    await readPage('vpn-connection-form', [], FORM);
    const push = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    const reply = await handleMessage({ type: 'teach-request', field: 'cash', tabId: 7 }, popupSender);
    expect(reply).toEqual({ ok: true, opened: true });
    const opened = (await fakeBrowser.tabs.query({})).find((tab) => tab.url === CAPITAL);
    expect(opened?.id).toBeDefined();
    const openedId = opened?.id as number;
    expect((await loadTabs())[openedId]?.teachPending).toBe('cash');
    expect(push).not.toHaveBeenCalled();
    await readPage('capital-overview', [], CAPITAL, openedId);
    await vi.waitFor(() =>
      expect(push).toHaveBeenCalledWith(openedId, { type: 'start-teach', field: 'cash' }),
    );
    expect((await loadTabs())[openedId]?.teachPending).toBeUndefined();
  });

  it('is refused for a field that cannot be taught', async () => {
    const reply = await handleMessage({ type: 'teach-request', field: 'coupons' }, popupSender);
    expect(reply).toEqual({ error: expect.any(String) });
  });
});
