// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { optionsDataCatalog } from '../../lib/i18n/options-data';
import { type Settings, type TaughtLocatorEntry, taughtLocatorEntrySchema } from '../../lib/model/settings';
import { defaultSettings } from '../../lib/settings';
import { type WeakerSetting, weakerSettingMessage, weakerSettings } from '../../lib/settings-import-changes';

const base = (): Settings => ({ ...defaultSettings(), guardMode: 'block' });

const place = (overrides: Partial<TaughtLocatorEntry> = {}): TaughtLocatorEntry =>
  taughtLocatorEntrySchema.parse({
    scope: 'capital-overview',
    field: 'cash',
    locator: { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0 }] },
    sample: '¥1,280.00',
    taughtAt: 1,
    ...overrides,
  });

const words = (change: WeakerSetting, language: 'en' | 'zh-CN' = 'en') => {
  const message = weakerSettingMessage(change);
  return translate(language, message.key, message.params);
};

describe('weakerSettings', () => {
  it('finds nothing in the same settings, nor in stricter ones', () => {
    expect(weakerSettings(base(), base())).toEqual([]);
    const stricter: Settings = {
      ...base(),
      thresholdFen: 8000,
      staleAfterHours: 6,
      runwayWarnDays: 14,
      selectorOverrides: {},
      thresholdByAccount: { ops: 9000 },
      prices: {},
      language: 'en',
    };
    expect(weakerSettings(base(), stricter)).toEqual([]);
  });

  it('lists the guard turned off, or from block to warn, in words', () => {
    const off = weakerSettings(base(), { ...base(), guardMode: 'off' });
    expect(off).toEqual([{ kind: 'guardMode', from: 'block', to: 'off' }]);
    expect(words(off[0] as WeakerSetting)).toBe('Submit guard: Block → Off');
    const warn = weakerSettings(base(), { ...base(), guardMode: 'warn' });
    expect(warn).toEqual([{ kind: 'guardMode', from: 'block', to: 'warn' }]);
    expect(weakerSettings({ ...base(), guardMode: 'warn' }, { ...base(), guardMode: 'block' })).toEqual([]);
  });

  it('lists a lowered threshold, general or of one account, with both amounts', () => {
    const stored: Settings = { ...base(), thresholdByAccount: { ops: 10_000 } };
    const imported: Settings = {
      ...base(),
      thresholdFen: 2000,
      thresholdByAccount: { ops: 10_000, dev: 100 },
    };
    const changes = weakerSettings(stored, imported);
    expect(changes).toEqual([
      { kind: 'threshold', fromFen: 5000, toFen: 2000 },
      { kind: 'accountThreshold', account: 'dev', fromFen: 5000, toFen: 100 },
    ]);
    expect(words(changes[0] as WeakerSetting)).toBe('Consumption threshold lowered: ¥50.00 → ¥20.00');
    // An account's own threshold dropped: the general one, lower, applies from then on.
    expect(weakerSettings(stored, base())).toEqual([
      { kind: 'accountThreshold', account: 'ops', fromFen: 10_000, toFen: 5000 },
    ]);
  });

  it('lists values kept current for longer, a lower runway warning, and a product line counted for VPN', () => {
    const imported: Settings = {
      ...base(),
      staleAfterHours: 72,
      runwayWarnDays: 0,
      couponProductLines: { 基础云: true, 云主机: false },
    };
    const changes = weakerSettings({ ...base(), couponProductLines: { 基础云: false } }, imported);
    expect(changes).toEqual([
      { kind: 'staleAfterHours', from: 24, to: 72 },
      { kind: 'runwayWarnDays', from: 7, to: 0 },
      { kind: 'couponProductLine', line: '基础云' },
    ]);
    expect(changes.map((change) => words(change, 'zh-CN'))).toEqual([
      '数据视为最新的时间变长：24 小时 → 72 小时',
      '资金可支撑天数提醒降低：7 → 0 天',
      '“基础云”的代金券将被视为适用于 VPN',
    ]);
  });

  it('lists selector overrides added or changed, not removed', () => {
    const stored: Settings = { ...base(), selectorOverrides: { cash: '#balance', account: '.user' } };
    const imported: Settings = { ...base(), selectorOverrides: { cash: '#fake-balance', realName: '.ok' } };
    const changes = weakerSettings(stored, imported);
    expect(changes).toEqual([
      { kind: 'selectorOverride', field: 'cash', change: 'changed', selector: '#fake-balance' },
      { kind: 'selectorOverride', field: 'realName', change: 'added', selector: '.ok' },
    ]);
    expect(changes.map((change) => words(change))).toEqual([
      'Selector override for Cash balance changed to: #fake-balance',
      'New selector override for Real-name verification status: .ok',
    ]);
  });

  it('lists taught places added or moved, not the same place taught again', () => {
    const stored: Settings = { ...base(), taughtLocators: [place()] };
    expect(
      weakerSettings(stored, { ...base(), taughtLocators: [place({ taughtAt: 99, sample: '¥1.00' })] }),
    ).toEqual([]);
    const moved = place({ locator: { label: '可用金额', up: 2, path: [{ tag: 'em', nth: 1 }] } });
    const added = place({ scope: 'console', field: 'account' });
    const changes = weakerSettings(stored, { ...base(), taughtLocators: [moved, added] });
    expect(changes).toEqual([
      { kind: 'taughtLocator', scope: 'capital-overview', field: 'cash', change: 'changed' },
      { kind: 'taughtLocator', scope: 'console', field: 'account', change: 'added' },
    ]);
    expect(changes.map((change) => words(change))).toEqual([
      'Another place to read the Cash balance (capital overview)',
      'New place to read the Account name (on every console page)',
    ]);
  });

  it('has every text in both languages with the same placeholders', () => {
    const en: Record<string, string> = optionsDataCatalog.en;
    const zh: Record<string, string> = optionsDataCatalog['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(en))
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
  });
});
