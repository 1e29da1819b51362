import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetExpiredObservations,
  handleMessage,
  onAlarm,
  RETENTION_ALARM,
  syncRetentionAlarm,
} from '../../entrypoints/background/hub';
import { AMBIGUOUS, type StoredAccounts, withinRetention } from '../../lib/account-store';
import type { Observation } from '../../lib/model/observation';
import { defaultSettings } from '../../lib/settings';
import { loadAccounts, saveAccounts, saveSettings } from '../../platform/storage';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);

type Of<F extends Observation['field']> = Extract<Observation, { field: F }>;

const cash = (account: string, ageDays: number, value = 100): Of<'cash'> => ({
  field: 'cash',
  value,
  source: 'page:capital-overview',
  observedAt: NOW - ageDays * DAY,
  account,
});
const signedIn = (account: string, ageDays: number): Of<'signedIn'> => ({
  field: 'signedIn',
  value: true,
  source: 'page:other-console',
  observedAt: NOW - ageDays * DAY,
  account,
});

/** Two accounts: one seen recently (with an old value), one seen only long ago, each with another name. */
function seen(): StoredAccounts {
  return {
    currentAccount: 'jdc-old',
    accounts: {
      'jdc-new': { cash: cash('jdc-new', 120), signedIn: signedIn('jdc-new', 2) },
      'jdc-old': { cash: cash('jdc-old', 100), signedIn: signedIn('jdc-old', 95) },
    },
    aliases: { 'pin-new': 'jdc-new', 'pin-old': 'jdc-old', '138****0000': AMBIGUOUS },
  };
}

describe('withinRetention', () => {
  it('drops what was read before the period, accounts left with nothing, and the names that pointed at them', () => {
    expect(withinRetention(seen(), 90, NOW)).toEqual({
      accounts: { 'jdc-new': { signedIn: signedIn('jdc-new', 2) } },
      aliases: { 'pin-new': 'jdc-new', '138****0000': AMBIGUOUS },
    });
  });

  it('keeps everything read within the period, as the same object (nothing to write)', () => {
    const stored = seen();
    expect(withinRetention(stored, 365, NOW)).toBe(stored);
    expect(withinRetention(stored, Number.NaN, NOW)).toBe(stored);
  });

  it('leaves no name behind when nothing is left', () => {
    expect(withinRetention(seen(), 1, NOW)).toEqual({ accounts: {} });
  });
});

describe('the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drops what is older than the retention period when a page is read', async () => {
    await saveAccounts(seen());
    const sender = {
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as Browser.tabs.Tab,
      frameId: 0,
      url: 'https://uc.jdcloud.com/cost/capital/capital-overview',
    } as Browser.runtime.MessageSender;
    await handleMessage(
      {
        type: 'page-read',
        pageKind: 'capital-overview',
        readings: [{ field: 'account', value: 'jdc-new', found: 'inference' }],
        config: '',
      },
      sender,
    );
    const stored = await loadAccounts();
    expect(Object.keys(stored.accounts)).toEqual(['jdc-new']);
    expect(stored.accounts['jdc-new']?.cash).toBeUndefined();
    expect(stored.accounts['jdc-new']?.signedIn).toEqual(signedIn('jdc-new', 2));
  });

  it('drops it on its daily alarm, by the period set, in normal and private windows alike', async () => {
    await saveSettings({ ...defaultSettings(), retentionDays: 30 });
    const recent: StoredAccounts = {
      accounts: { 'jdc-a': { signedIn: signedIn('jdc-a', 10), cash: cash('jdc-a', 40) } },
    };
    await saveAccounts(recent);
    await saveAccounts(recent, true);
    await onAlarm({ name: RETENTION_ALARM, scheduledTime: NOW } as Browser.alarms.Alarm);
    const expected = { accounts: { 'jdc-a': { signedIn: signedIn('jdc-a', 10) } } };
    expect(await loadAccounts()).toEqual(expected);
    expect(await loadAccounts(true)).toEqual(expected);
  });

  it('writes nothing when nothing is that old', async () => {
    await saveAccounts({ accounts: { 'jdc-a': { signedIn: signedIn('jdc-a', 1) } } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await forgetExpiredObservations();
    expect(set).not.toHaveBeenCalled();
  });

  it('sets its daily alarm once, and does not put it off when the worker starts again', async () => {
    await syncRetentionAlarm();
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 24 * 60 });
    vi.setSystemTime(NOW + 60 * 60_000);
    await syncRetentionAlarm();
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});
