import { describe, expect, it } from 'vitest';
import type { Reading } from '../../lib/model/observation';
import type { TaughtLocatorEntry } from '../../lib/model/settings';
import { defaultSettings, readSettings } from '../../lib/settings';
import {
  locatorOutcomes,
  lostPlaces,
  MAX_TAUGHT_LOCATORS,
  pageConfigOf,
  taughtForPage,
  teachScope,
  withOutcomes,
  withTaughtLocator,
} from '../../lib/taught-locators';

const HOUR = 60 * 60 * 1000;
const entry = (more: Partial<TaughtLocatorEntry> = {}): TaughtLocatorEntry => ({
  scope: 'capital-overview',
  field: 'cash',
  locator: { label: '可用额度', path: [{ tag: 'span', nth: 0 }] },
  sample: '¥32.50',
  taughtAt: 1,
  ...more,
});
const settingsWith = (...entries: TaughtLocatorEntry[]) => ({
  ...defaultSettings(),
  taughtLocators: entries,
});

describe('the page config', () => {
  it('has an empty key while nothing is taught or overridden, so a fresh page reads once', () => {
    expect(pageConfigOf(defaultSettings())).toEqual({ selectorOverrides: {}, taught: [], key: '' });
  });

  it('changes its key with every taught place and override, and not with when or what a place last read', () => {
    const one = pageConfigOf(settingsWith(entry()));
    const again = pageConfigOf(settingsWith(entry({ taughtAt: 99, sample: '¥1.00' })));
    const other = pageConfigOf(settingsWith(entry({ locator: { label: '可用余额', path: [] } })));
    const overridden = pageConfigOf({ ...settingsWith(entry()), selectorOverrides: { cash: '#x' } });
    expect(one.key).not.toBe('');
    expect(again.key).toBe(one.key);
    expect(new Set([one.key, other.key, overridden.key]).size).toBe(3);
    expect(one.taught).toEqual([{ scope: 'capital-overview', field: 'cash', locator: entry().locator }]);
  });
});

describe('which places a page tries', () => {
  const consoleAccount = entry({ scope: 'console', field: 'account', locator: { label: 'top', path: [] } });
  const pageAccount = entry({
    scope: 'account-info',
    field: 'account',
    locator: { label: '账号名', path: [] },
  });

  it('its own page kind’s, before the whole console’s, and no other page’s', () => {
    const { taught } = pageConfigOf(settingsWith(pageAccount, consoleAccount, entry()));
    expect(taughtForPage(taught, 'account-info')).toEqual({ account: pageAccount.locator });
    expect(taughtForPage(taught, 'capital-overview')).toEqual({
      account: consoleAccount.locator,
      cash: entry().locator,
    });
    expect(taughtForPage(taught, 'real-name')).toEqual({ account: consoleAccount.locator });
  });

  it('keeps a pick where it was made: the top bar for every page, a page’s own field for that page only', () => {
    expect(teachScope('account', 'vpn-connection-form', true)).toBe('console');
    expect(teachScope('account', 'account-info', false)).toBe('account-info');
    expect(teachScope('cash', 'capital-overview', false)).toBe('capital-overview');
    expect(teachScope('cash', 'coupons', false)).toBeUndefined();
    expect(teachScope('realName', 'capital-overview', true)).toBeUndefined();
  });
});

describe('whether a place held', () => {
  const cashRead = (found: Reading['found']): Reading[] => [{ field: 'cash', value: 3250, found }];

  it('held when the page sent its field as taught, missed otherwise; judged on read pages only', () => {
    const settings = settingsWith(entry());
    expect(locatorOutcomes(settings, 'capital-overview', cashRead('taught'))).toEqual([
      { scope: 'capital-overview', field: 'cash', taughtAt: 1, matched: true, value: 3250 },
    ]);
    expect(locatorOutcomes(settings, 'capital-overview', cashRead('label'))).toEqual([
      { scope: 'capital-overview', field: 'cash', taughtAt: 1, matched: false },
    ]);
    expect(locatorOutcomes(settings, 'vpn-connection-form', [])).toEqual([]);
    expect(locatorOutcomes(settings, 'real-name', [])).toEqual([]);
  });

  it('records a miss once, clears it on the next match, and writes nothing when nothing changed', () => {
    const missed = [{ scope: 'capital-overview', field: 'cash', taughtAt: 1, matched: false }] as const;
    const matched = [
      { scope: 'capital-overview', field: 'cash', taughtAt: 1, matched: true, value: 3250 },
    ] as const;
    const first = withOutcomes({}, missed, 10);
    expect(first).toEqual({ 'capital-overview/cash': { taughtAt: 1, missedAt: 10 } });
    expect(withOutcomes(first ?? {}, missed, 20)).toBeUndefined();
    const back = withOutcomes(first ?? {}, matched, 30);
    expect(back).toEqual({ 'capital-overview/cash': { taughtAt: 1, matchedAt: 30, value: 3250 } });
    expect(withOutcomes(back ?? {}, matched, 40)).toBeUndefined();
    expect(withOutcomes(back ?? {}, matched, 30 + 2 * HOUR)?.['capital-overview/cash']?.matchedAt).toBe(
      30 + 2 * HOUR,
    );
  });

  it('says a field’s place is lost while its last try missed', () => {
    const settings = settingsWith(entry());
    expect(
      lostPlaces(settings, { 'capital-overview/cash': { taughtAt: 1, matchedAt: 5, missedAt: 6 } }),
    ).toEqual(['cash']);
    // Another pick's miss (one removed or imported over) is not this one's.
    expect(lostPlaces(settings, { 'capital-overview/cash': { taughtAt: 9, missedAt: 6 } })).toEqual([]);
    expect(lostPlaces(settings, { 'capital-overview/cash': { taughtAt: 1, matchedAt: 7 } })).toEqual([]);
    // A place no longer kept is not lost: it is gone.
    expect(lostPlaces(defaultSettings(), { 'capital-overview/cash': { missedAt: 6 } })).toEqual([]);
  });
});

describe('keeping a pick', () => {
  it('replaces the place for the same page and field: one per place, however many picks', () => {
    const replaced = withTaughtLocator(settingsWith(entry()), entry({ sample: '¥9.00', taughtAt: 2 }));
    expect(replaced.taughtLocators).toEqual([entry({ sample: '¥9.00', taughtAt: 2 })]);
    let settings = defaultSettings();
    for (let i = 0; i < MAX_TAUGHT_LOCATORS + 3; i++) {
      const scope = i % 2 ? 'capital-overview' : 'account-info';
      settings = withTaughtLocator(
        settings,
        entry({ scope, field: scope === 'account-info' ? 'account' : 'cash', taughtAt: i }),
      );
    }
    expect(settings.taughtLocators).toHaveLength(2);
  });
});

describe('stored taught places', () => {
  it('drop a bad entry alone, keep the later of two for one place, and refuse code-like data', () => {
    const good = entry();
    const { settings, problems } = readSettings({
      taughtLocators: [
        good,
        { ...good, scope: 'vpn-connection-form' },
        { ...good, locator: { path: [{ tag: 'img onerror', nth: 0 }] } },
        { ...good, extra: 'x' },
        'document.cookie',
        { ...good, sample: '¥40.00' },
      ],
    });
    expect(settings.taughtLocators).toEqual([{ ...good, sample: '¥40.00' }]);
    expect(problems.map((problem) => problem.path)).toEqual([
      'taughtLocators.1',
      'taughtLocators.2',
      'taughtLocators.3',
      'taughtLocators.4',
    ]);
    expect(readSettings({ taughtLocators: 'x' }).settings.taughtLocators).toEqual([]);
  });
});

describe('a place kept again after its old one was removed', () => {
  it('is not called lost by the old one’s miss before it was ever tried (an import)', () => {
    const statuses = { 'capital-overview/cash': { matchedAt: 1, missedAt: 2 } };
    const imported = readSettings({
      ...defaultSettings(),
      taughtLocators: [
        {
          scope: 'capital-overview',
          field: 'cash',
          locator: { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0 }] },
          sample: '¥1.00',
          taughtAt: 1_000,
        },
      ],
    });
    expect('settings' in imported && lostPlaces(imported.settings, statuses)).toEqual([]);
  });
});
