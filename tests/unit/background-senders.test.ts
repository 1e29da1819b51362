import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import { defaultSettings } from '../../lib/settings';
import { pageConfigOf } from '../../lib/taught-locators';
import { loadSettings, loadTabs } from '../../platform/storage';

type Sender = Browser.runtime.MessageSender;

const CNS = 'https://cns-console.jdcloud.com';
const UC = 'https://uc.jdcloud.com';
const BILLING = 'https://billing-console.jdcloud.com';
const REAL_NAME = 'https://realname.jdcloud.com';
const LOGIN = 'https://login.jdcloud.com';
const VM = 'https://vm-console.jdcloud.com';

const pageSender = (url: string, more: Partial<Sender> = {}) =>
  ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url, ...more }) as Sender;
const popupSender = () =>
  ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` }) as Sender;

const account = { field: 'account', value: 'jdc-admin', found: 'inference' };
const cash = { field: 'cash', value: 999_999, found: 'label' };
const read = (pageKind: string, extra: Record<string, unknown> = {}) => ({
  type: 'page-read',
  pageKind,
  readings: [account, cash],
  config: '',
  ...extra,
});
const vpnDraft = { presentation: 'dialog', region: 'cn-north-1', name: 'vpn-01' };

/** Everything the background keeps, so a refused message can be shown to have left no trace. */
async function everythingKept() {
  return {
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a page read', () => {
  // Each kind from a page of each host: the kinds a host can show are taken, the others refused.
  const accepted: [string, string][] = [
    ['vpn-connection-form', `${CNS}/host/vpnConnection/create`],
    // A create dialog over the list: the DOM, not the address, made this a form.
    ['vpn-connection-form', `${CNS}/host/vpnConnection/list`],
    ['vpn-tunnel-form', `${CNS}/host/vpnConnection/detail/vpnc-1`],
    ['customer-gateway-form', `${CNS}/host/customerGateway/list`],
    ['vpn-connection-list', `${CNS}/host/vpnConnection/list`],
    ['other-console', `${CNS}/host/vpc/list`],
    ['capital-overview', `${UC}/cost/capital/capital-overview`],
    // A billing page at an address this code does not know, named by its title.
    ['capital-overview', `${BILLING}/some/new/path`],
    ['coupons', `${BILLING}/cost/coupon/list`],
    ['real-name', `${REAL_NAME}/account/verify`],
    ['real-name', `${UC}/account/verify`],
    ['account-info', `${UC}/account/basic-info`],
    ['login', `${LOGIN}/`],
  ];
  const refused: [string, string][] = [
    ['capital-overview', `${CNS}/host/vpnConnection/list`],
    ['coupons', `${CNS}/host/vpnConnection/create`],
    ['vpn-connection-form', `${UC}/cost/capital/capital-overview`],
    ['vpn-connection-list', `${BILLING}/cost/coupon/list`],
    ['customer-gateway-form', `${REAL_NAME}/account/verify`],
    ['real-name', `${BILLING}/cost/capital/capital-overview`],
    ['real-name', `${CNS}/host/vpnConnection/list`],
    ['account-info', `${BILLING}/cost/capital/capital-overview`],
    ['account-info', `${REAL_NAME}/`],
    ['login', `${UC}/account/basic-info`],
    ['capital-overview', `${LOGIN}/`],
    ['other-console', `${LOGIN}/`],
    // No preflight runs on other console hosts: nothing they send is a page read.
    ['other-console', `${VM}/instances`],
    ['capital-overview', 'https://uc.jdcloud.com.example.org/cost/capital/capital-overview'],
  ];

  it.each(accepted)('of kind %s is taken from %s', async (kind, url) => {
    const reply = await handleMessage(read(kind), pageSender(url));
    expect(reply).not.toHaveProperty('error');
    expect((await loadTabs())[7]?.pageKind).toBe(kind);
  });

  it.each(refused)('of kind %s is refused from %s, and nothing is recorded', async (kind, url) => {
    const before = await everythingKept();
    expect(await handleMessage(read(kind), pageSender(url))).toEqual({ error: expect.any(String) });
    expect(await everythingKept()).toEqual(before);
  });

  it('is refused from a sub-frame, even of a page that shows its kind', async () => {
    const before = await everythingKept();
    const framed = pageSender(`${UC}/cost/capital/capital-overview`, { frameId: 3 });
    expect(await handleMessage(read('capital-overview'), framed)).toEqual({ error: expect.any(String) });
    const noFrame = pageSender(`${UC}/cost/capital/capital-overview`, { frameId: undefined });
    expect(await handleMessage(read('capital-overview'), noFrame)).toEqual({ error: expect.any(String) });
    expect(await everythingKept()).toEqual(before);
  });

  it('is refused when it carries a VPN form from a host that shows none', async () => {
    const before = await everythingKept();
    const billing = pageSender(`${UC}/cost/capital/capital-overview`);
    expect(await handleMessage(read('capital-overview', { draft: vpnDraft }), billing)).toEqual({
      error: expect.any(String),
    });
    expect(await everythingKept()).toEqual(before);
  });
});

describe('a form as filled', () => {
  it('is taken from the VPN console, and refused from any other host', async () => {
    const before = await everythingKept();
    const fromBilling = await handleMessage({ type: 'draft', draft: vpnDraft }, pageSender(`${UC}/x`));
    expect(fromBilling).toEqual({ error: expect.any(String) });
    expect(await everythingKept()).toEqual(before);
    const fromConsole = await handleMessage(
      { type: 'draft', draft: vpnDraft },
      pageSender(`${CNS}/host/vpnConnection/list`),
    );
    expect(fromConsole).toHaveProperty('readiness');
    expect((await loadTabs())[7]?.pageKind).toBe('vpn-connection-form');
  });
});

describe('other messages from a content script', () => {
  it('are refused from a sub-frame and from hosts where no preflight runs', async () => {
    const override = { type: 'guard-override', readiness: 'blocked', checks: ['funds-threshold'] };
    const before = await everythingKept();
    for (const sender of [
      pageSender(`${CNS}/host/vpnConnection/create`, { frameId: 2 }),
      pageSender(`${VM}/instances`),
    ]) {
      expect(await handleMessage(override, sender)).toEqual({ error: expect.any(String) });
      expect(await handleMessage({ type: 'refresh' }, sender)).toEqual({ error: expect.any(String) });
    }
    expect(await everythingKept()).toEqual(before);
  });
});

describe('extension-page messages', () => {
  const manual = {
    type: 'manual-observation',
    observation: { field: 'cash', value: 999_999, source: 'manual', observedAt: Date.now() },
  };

  it('are refused from a content script, with or without a tab, and record nothing', async () => {
    const before = await everythingKept();
    const page = `${CNS}/host/vpnConnection/list`;
    const senders = [
      pageSender(page),
      // A sender the browser gave no tab, that is no extension page either.
      { id: fakeBrowser.runtime.id, url: page } as Sender,
      { id: fakeBrowser.runtime.id } as Sender,
    ];
    for (const sender of senders) {
      for (const message of [
        manual,
        { type: 'get-summary' },
        { type: 'page-report', includeAccountName: true },
      ]) {
        expect(await handleMessage(message, sender), JSON.stringify([message, sender])).toEqual({
          error: expect.any(String),
        });
      }
    }
    expect(await everythingKept()).toEqual(before);
  });

  it('are taken from the extension’s own pages', async () => {
    expect(await handleMessage(manual, popupSender())).toEqual({ ok: true });
    expect(JSON.stringify(await fakeBrowser.storage.local.get('accounts'))).toContain('999999');
  });
});

describe('a taught pick', () => {
  const locator = { label: '可用额度', path: [{ tag: 'span', nth: 0 }] };
  const cashPick = { scope: 'capital-overview', field: 'cash', locator, sample: '¥32.50' } as const;
  const CAPITAL = `${UC}/cost/capital/capital-overview`;

  beforeEach(async () => {
    const config = pageConfigOf(defaultSettings()).key;
    await handleMessage(
      { type: 'page-read', pageKind: 'capital-overview', readings: [], config },
      pageSender(CAPITAL),
    );
  });

  it('is refused from a page of another host, though the tab was last read as the place’s page', async () => {
    // The tab moved on to the VPN console; its remembered kind is still the capital overview.
    const reply = await handleMessage({ type: 'teach', entry: cashPick }, pageSender(`${CNS}/host/vpc/list`));
    expect(reply).toEqual({ error: expect.any(String) });
    expect((await loadSettings()).settings.taughtLocators).toEqual([]);
  });

  it('is refused from a sub-frame of the place’s own page', async () => {
    const reply = await handleMessage(
      { type: 'teach', entry: cashPick },
      pageSender(CAPITAL, { frameId: 1 }),
    );
    expect(reply).toEqual({ error: expect.any(String) });
    expect((await loadSettings()).settings.taughtLocators).toEqual([]);
  });

  it('is kept from the place’s own page', async () => {
    const reply = await handleMessage({ type: 'teach', entry: cashPick }, pageSender(CAPITAL));
    expect(reply).not.toHaveProperty('error');
    expect((await loadSettings()).settings.taughtLocators).toEqual([
      { ...cashPick, taughtAt: expect.any(Number) },
    ]);
  });

  it('is asked for in the tab only when the tab’s page fits the page asking', async () => {
    const push = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    const elsewhere = await handleMessage(
      { type: 'teach-request', field: 'cash' },
      pageSender(`${CNS}/host/vpc/list`),
    );
    expect(elsewhere).toEqual({ ok: true, opened: true });
    expect(push).not.toHaveBeenCalledWith(7, expect.anything());
    const here = await handleMessage({ type: 'teach-request', field: 'cash' }, pageSender(CAPITAL));
    expect(here).toEqual({ ok: true, opened: false });
    expect(push).toHaveBeenCalledWith(7, { type: 'start-teach', field: 'cash' });
  });
});
