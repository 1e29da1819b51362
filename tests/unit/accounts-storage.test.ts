import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import { accountState, emptyStoredAccounts, recordObservations } from '../../lib/account-store';
import { estimateVpnCost } from '../../lib/estimate';
import { thresholdFor } from '../../lib/rules/funds-threshold';
import { readSettings } from '../../lib/settings';
import { loadAccounts, repairStoredAccounts, saveAccounts } from '../../platform/storage';

const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);
const cash = (value: unknown, account = 'jdc-a') => ({
  field: 'cash',
  value,
  source: 'page:capital-overview',
  observedAt: T0,
  account,
});
const signedIn = { field: 'signedIn', value: true, source: 'page:other-console', observedAt: T0 };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored accounts', () => {
  it('are repaired per observation: one bad record costs itself, never every account', async () => {
    await fakeBrowser.storage.local.set({
      accounts: {
        currentAccount: 'jdc-a',
        accounts: {
          'jdc-a': { cash: cash(3250), realName: { field: 'realName', value: 'verified-ish' } },
          'jdc-b': { cash: cash('lots', 'jdc-b') },
          'jdc-c': { signedIn, frozen: 'not an observation', colour: cash(1) },
          // An observation filed under another field's name is not that field's.
          'jdc-d': { realName: cash(5, 'jdc-d'), signedIn },
          'jdc-e': 'not a state',
        },
        aliases: { 'pin-a': 'jdc-a', broken: 42 },
      },
    });
    const stored = await loadAccounts();
    expect(stored.currentAccount).toBe('jdc-a');
    expect(stored.accounts).toEqual({
      'jdc-a': { cash: cash(3250) },
      'jdc-c': { signedIn },
      'jdc-d': { signedIn },
    });
    expect(stored.aliases).toEqual({ 'pin-a': 'jdc-a' });
  });

  it('come back as they were saved', async () => {
    const saved = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc-a', source: 'page:account-info', observedAt: T0 },
      { field: 'pin', value: 'pin-a', source: 'page:account-info', observedAt: T0 },
      { field: 'cash', value: 3250, source: 'page:capital-overview', observedAt: T0, found: 'label' },
    ]);
    await saveAccounts(saved);
    expect(await loadAccounts()).toEqual(saved);
    await saveAccounts(saved, true);
    expect(await loadAccounts(true)).toEqual(saved);
  });

  it('are empty, not a crash, when storage holds something else', () => {
    for (const raw of [undefined, null, 5, 'accounts', [], { accounts: [] }]) {
      expect(repairStoredAccounts(raw)).toEqual({ accounts: {} });
    }
  });
});

describe('names that an object holds of its own', () => {
  it('reach no prototype from storage: such accounts, aliases and a current account are dropped', async () => {
    const raw = JSON.parse(
      JSON.stringify({
        currentAccount: 'constructor',
        accounts: { ok: { signedIn } },
        aliases: { 'pin-ok': 'ok', constructor: 'ok', prototype: 'ok', x: '__proto__' },
      }).replace(
        '"accounts":{',
        `"accounts":{"__proto__":{"cash":${JSON.stringify(cash(1))}},"constructor":{"cash":${JSON.stringify(cash(2))}},`,
      ),
    );
    expect(Object.keys(raw.accounts)).toEqual(['__proto__', 'constructor', 'ok']);
    await fakeBrowser.storage.local.set({ accounts: raw });
    const stored = await loadAccounts();
    expect(Object.keys(stored.accounts)).toEqual(['ok']);
    expect(Object.getPrototypeOf(stored.accounts)).toBe(Object.prototype);
    expect(stored.aliases).toEqual({ 'pin-ok': 'ok' });
    expect(stored.currentAccount).toBeUndefined();
    expect(accountState(stored, 'constructor')).toEqual({});
    expect(({} as Record<string, unknown>).cash).toBeUndefined();
  });

  it('reach no prototype from a page: a page naming such an account files nothing under it', async () => {
    const sender = {
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as Browser.tabs.Tab,
      frameId: 0,
      url: 'https://uc.jdcloud.com/cost/capital/capital-overview',
    } as Browser.runtime.MessageSender;
    for (const name of ['__proto__', 'constructor']) {
      const reply = await handleMessage(
        {
          type: 'page-read',
          pageKind: 'capital-overview',
          readings: [
            { field: 'account', value: name, found: 'inference' },
            { field: 'cash', value: 777, found: 'label' },
          ],
          config: '',
        },
        sender,
      );
      expect(reply).not.toHaveProperty('error');
    }
    const stored = await loadAccounts();
    expect(Object.keys(stored.accounts)).toEqual(['']);
    expect(Object.getPrototypeOf(stored.accounts)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).cash).toBeUndefined();
  });

  it('reach no prototype from settings: per-account thresholds and price regions', () => {
    const { settings } = readSettings(
      JSON.parse(
        '{"thresholdByAccount": {"__proto__": 1, "constructor": 2, "jdc-a": 3},' +
          ' "prices": {"constructor": {"connectionPerHourFen": 999, "tunnelPerHourFen": 999, "outboundPerGbFen": 999}}}',
      ),
    );
    expect(Object.getPrototypeOf(settings.thresholdByAccount)).toBe(Object.prototype);
    expect(Object.keys(settings.thresholdByAccount).sort()).toEqual(['constructor', 'jdc-a']);
    const named = (name: string) => ({
      account: { field: 'account', value: name, source: 'page:account-info', observedAt: T0 } as const,
    });
    expect(thresholdFor(settings, named('__proto__'))).toEqual({
      fen: settings.thresholdFen,
      term: 'term.threshold.default',
    });
    expect(thresholdFor(settings, named('jdc-a')).fen).toBe(3);
    // A region named so is data: it prices that region and no other.
    expect(estimateVpnCost(settings, 'constructor').priceRegion).toBe('constructor');
    expect(estimateVpnCost(settings, '__proto__').priceRegion).toBe('documented');
    expect(estimateVpnCost(settings, 'toString').priceRegion).toBe('documented');
  });
});
