import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { type Settings, settingsSchema } from '@/lib/model/settings';
import {
  defaultSettings,
  exportSettings,
  migrateSettings,
  parseSettingsImport,
  readSettings,
  SETTINGS_FORMAT,
  SETTINGS_VERSION,
  settingsMigrations,
} from '@/lib/settings';

const documentedPrice = { connectionPerHourFen: 10, tunnelPerHourFen: 12, outboundPerGbFen: 80 };

/** Settings a person might really have: every key moved away from its default. */
function customSettings(): Settings {
  return {
    language: 'en',
    thresholdFen: 8000,
    runwayWarnDays: 3,
    staleAfterHours: 2.5,
    guardMode: 'block',
    retentionDays: 30,
    plannedTunnels: 4,
    expectedOutboundGbPerDay: 12.5,
    prices: {
      default: { connectionPerHourFen: 11, tunnelPerHourFen: 13, outboundPerGbFen: 75.5 },
      'cn-north-1': { connectionPerHourFen: 9, tunnelPerHourFen: 12, outboundPerGbFen: 80 },
      'ap-southeast-1': { connectionPerHourFen: 20, tunnelPerHourFen: 24, outboundPerGbFen: 100 },
    },
    thresholdByAccount: { jdc_ops7: 10000 },
    couponProductLines: { 基础云: true },
    taughtLocators: [
      {
        scope: 'capital-overview',
        field: 'cash',
        locator: { label: '可用额度', up: 1, path: [{ tag: 'span', nth: 1 }] },
        sample: '¥32.50',
        taughtAt: 1_764_000_000_000,
      },
    ],
    selectorOverrides: { cash: '#balance .amount', realName: '[data-auth]' },
    openapi: { enabled: true, regionId: 'cn-east-2', accessKeyId: 'AKIDEXAMPLE123', refreshMinutes: 30 },
  };
}

function envelope(settings: unknown, version: unknown = SETTINGS_VERSION, format: unknown = SETTINGS_FORMAT) {
  return JSON.stringify({ format, version, settings });
}

describe('defaultSettings', () => {
  it('has the documented values', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(defaultSettings()).toEqual({
      language: 'auto',
      thresholdFen: 5000,
      thresholdByAccount: {},
      couponProductLines: {},
      taughtLocators: [],
      runwayWarnDays: 7,
      staleAfterHours: 24,
      guardMode: 'warn',
      retentionDays: 90,
      plannedTunnels: 2,
      expectedOutboundGbPerDay: 1,
      prices: {
        default: documentedPrice,
        'cn-north-1': documentedPrice,
        'cn-east-2': documentedPrice,
        'cn-south-1': documentedPrice,
      },
      selectorOverrides: {},
      openapi: { enabled: false, regionId: 'cn-north-1', accessKeyId: '', refreshMinutes: 15 },
    });
  });

  it('keeps what was read 90 days by default, for settings stored before the retention was one', () => {
    const older = { ...customSettings() } as Partial<Settings>;
    delete older.retentionDays;
    const { settings, problems } = readSettings(older);
    expect(settings).toEqual({ ...customSettings(), retentionDays: 90 });
    expect(problems).toEqual([]);
  });

  it('repairs a retention that is not a whole number of days from 1 to 3650, and keeps the rest', () => {
    for (const bad of [0, -5, 1.5, 3651, '30', null]) {
      const { settings, problems } = readSettings({ ...customSettings(), retentionDays: bad });
      expect(settings).toEqual({ ...customSettings(), retentionDays: 90 });
      expect(problems.map((problem) => problem.path)).toEqual(['retentionDays']);
    }
    expect(readSettings({ retentionDays: 3650 }).settings.retentionDays).toBe(3650);
  });

  it('hands out a fresh copy each time', () => {
    const first = defaultSettings();
    first.openapi.regionId = 'cn-south-1';
    const firstPrice = first.prices.default;
    if (firstPrice) firstPrice.tunnelPerHourFen = 99;
    expect(defaultSettings().openapi.regionId).toBe('cn-north-1');
    expect(defaultSettings().prices.default?.tunnelPerHourFen).toBe(12);
  });

  it('has no secret among its keys', () => {
    expect(JSON.stringify(defaultSettings())).not.toMatch(/secret/i);
  });
});

describe('readSettings', () => {
  it('keeps valid settings exactly, with no problems', () => {
    expect(readSettings(customSettings())).toEqual({ settings: customSettings(), problems: [] });
    expect(readSettings(defaultSettings())).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('fills missing keys with defaults silently', () => {
    expect(readSettings({})).toEqual({ settings: defaultSettings(), problems: [] });
    const { settings, problems } = readSettings({ thresholdFen: 6000, openapi: { accessKeyId: 'AK1' } });
    expect(problems).toEqual([]);
    expect(settings.thresholdFen).toBe(6000);
    expect(settings.openapi).toEqual({
      enabled: false,
      regionId: 'cn-north-1',
      accessKeyId: 'AK1',
      refreshMinutes: 15,
    });
    expect(settings.runwayWarnDays).toBe(7);
  });

  it('treats an undefined value as missing', () => {
    expect(readSettings({ thresholdFen: undefined, openapi: undefined, prices: undefined })).toEqual({
      settings: defaultSettings(),
      problems: [],
    });
  });

  it.each([
    ['thresholdFen', -1],
    ['thresholdFen', 12.5],
    ['thresholdFen', '5000'],
    ['thresholdFen', null],
    ['thresholdFen', 100_000_001],
    ['runwayWarnDays', 366],
    ['staleAfterHours', 0],
    ['guardMode', 'strict'],
    ['language', 'fr'],
    ['plannedTunnels', 9],
    ['expectedOutboundGbPerDay', -1],
  ])('replaces an invalid %s (%j) by its default and reports it, keeping the rest', (key, value) => {
    const { settings, problems } = readSettings({ ...customSettings(), [key]: value });
    expect(settings).toEqual({ ...customSettings(), [key]: defaultSettings()[key as keyof Settings] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(key);
    expect(problems[0]?.message).not.toBe('');
  });

  it('repairs openapi per key: a bad regionId keeps the accessKeyId', () => {
    const stored = { ...customSettings(), openapi: { ...customSettings().openapi, regionId: '' } };
    const { settings, problems } = readSettings(stored);
    expect(settings.openapi).toEqual({
      enabled: true,
      regionId: 'cn-north-1',
      accessKeyId: 'AKIDEXAMPLE123',
      refreshMinutes: 30,
    });
    expect(problems).toEqual([
      { path: 'openapi.regionId', message: expect.stringMatching(/small|least|>=/i) },
    ]);
  });

  it('reports a too-short refresh interval and keeps the other openapi values', () => {
    const { settings, problems } = readSettings({ openapi: { enabled: true, refreshMinutes: 1 } });
    expect(settings.openapi).toEqual({
      enabled: true,
      regionId: 'cn-north-1',
      accessKeyId: '',
      refreshMinutes: 15,
    });
    expect(problems.map((problem) => problem.path)).toEqual(['openapi.refreshMinutes']);
  });

  it('repairs prices per region and per field', () => {
    const stored = customSettings();
    stored.prices['cn-north-1'] = { connectionPerHourFen: 9, tunnelPerHourFen: -4, outboundPerGbFen: 70 };
    const { settings, problems } = readSettings(stored);
    expect(settings.prices).toEqual({
      ...customSettings().prices,
      'cn-north-1': { connectionPerHourFen: 9, tunnelPerHourFen: 12, outboundPerGbFen: 70 },
    });
    expect(problems).toEqual([{ path: 'prices.cn-north-1.tunnelPerHourFen', message: expect.any(String) }]);
  });

  it('fills a missing price field from the default price silently', () => {
    const { settings, problems } = readSettings({ prices: { 'eu-west-9': { connectionPerHourFen: 30 } } });
    expect(problems).toEqual([]);
    expect(settings.prices).toEqual({ 'eu-west-9': { ...documentedPrice, connectionPerHourFen: 30 } });
  });

  it('keeps a price table the person trimmed, and regions they added', () => {
    const prices = {
      default: documentedPrice,
      'ap-southeast-1': { ...documentedPrice, tunnelPerHourFen: 20 },
    };
    expect(readSettings({ prices })).toEqual({ settings: { ...defaultSettings(), prices }, problems: [] });
  });

  it('restores a known region whose price is not an object, and drops an unknown one', () => {
    const { settings, problems } = readSettings({
      prices: { default: documentedPrice, 'cn-east-2': 'cheap', 'ap-southeast-1': 5, '': documentedPrice },
    });
    expect(settings.prices).toEqual({ default: documentedPrice, 'cn-east-2': documentedPrice });
    expect(problems.map((problem) => problem.path)).toEqual([
      'prices.cn-east-2',
      'prices.ap-southeast-1',
      'prices.',
    ]);
  });

  it('never lets a region key reach the prototype', () => {
    const stored = JSON.parse('{"prices": {"__proto__": {"connectionPerHourFen": 1}, "default": {}}}');
    const { settings, problems } = readSettings(stored);
    expect(Object.getPrototypeOf(settings.prices)).toBe(Object.prototype);
    expect(Object.keys(settings.prices)).toEqual(['default']);
    expect(problems.map((problem) => problem.path)).toEqual(['prices.__proto__']);
  });

  it('repairs selector overrides per field', () => {
    const { settings, problems } = readSettings({
      selectorOverrides: { cash: '#cash', coupons: '', frozen: 42, balance: '#x' },
    });
    expect(settings.selectorOverrides).toEqual({ cash: '#cash' });
    expect(problems.map((problem) => problem.path)).toEqual([
      'selectorOverrides.coupons',
      'selectorOverrides.frozen',
      'selectorOverrides.balance',
    ]);
  });

  it.each([
    ['openapi', 'on'],
    ['prices', []],
    ['selectorOverrides', null],
  ])('replaces a nested %s that is not an object (%j) by its default', (key, value) => {
    const { settings, problems } = readSettings({ ...customSettings(), [key]: value });
    expect(settings).toEqual({ ...customSettings(), [key]: defaultSettings()[key as keyof Settings] });
    expect(problems).toEqual([{ path: key, message: expect.stringContaining('expected an object') }]);
  });

  // Problems follow the order of the keys in the stored value.
  it('drops unknown keys at every level, with a problem each', () => {
    const stored = {
      ...customSettings(),
      theme: 'dark',
      openapi: { ...customSettings().openapi, endpoint: 'x' },
      prices: { default: { ...documentedPrice, vatFen: 6 } },
    };
    const { settings, problems } = readSettings(stored);
    expect(settings).toEqual({ ...customSettings(), prices: { default: documentedPrice } });
    expect(problems).toEqual([
      { path: 'prices.default.vatFen', message: 'unknown setting' },
      { path: 'openapi.endpoint', message: 'unknown setting' },
      { path: 'theme', message: 'unknown setting' },
    ]);
  });

  it('never keeps a secret, and says why', () => {
    const stored = { openapi: { accessKeyId: 'AK1', secretAccessKey: 'hunter2' } };
    const { settings, problems } = readSettings(stored);
    expect(JSON.stringify(settings)).not.toContain('hunter2');
    expect(problems).toEqual([
      { path: 'openapi.secretAccessKey', message: 'secret keys are never part of settings' },
    ]);
  });

  it.each([null, undefined, 'settings', 42, true, [], [1, 2]])(
    'gives defaults and one problem for %j',
    (raw) => {
      const { settings, problems } = readSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(problems).toEqual([{ path: '', message: expect.stringContaining('expected an object') }]);
    },
  );

  it('survives a value that throws when read', () => {
    const hostile = {
      get thresholdFen(): number {
        throw new Error('boom');
      },
    };
    const { settings, problems } = readSettings(hostile);
    expect(settings).toEqual(defaultSettings());
    expect(problems).toEqual([{ path: '', message: 'settings could not be read; defaults are used' }]);
  });

  it('never throws and always gives settings the schema accepts', () => {
    const keys = Object.keys(settingsSchema.shape);
    const raw = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...keys, 'extra'), fc.anything()),
      fc.record({
        openapi: fc.dictionary(
          fc.constantFrom('enabled', 'regionId', 'accessKeyId', 'refreshMinutes'),
          fc.anything(),
        ),
        prices: fc.dictionary(
          fc.string({ maxLength: 70 }),
          fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.double())),
        ),
        selectorOverrides: fc.dictionary(fc.constantFrom('cash', 'coupons', 'nope'), fc.anything()),
      }),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const { settings } = readSettings(value);
        return settingsSchema.safeParse(settings).success;
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every valid top-level value exactly and defaults every invalid one', () => {
    const candidate = fc.record(
      {
        thresholdFen: fc.oneof(fc.integer({ min: -10, max: 200_000_000 }), fc.string()),
        runwayWarnDays: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constant(null)),
        guardMode: fc.constantFrom('warn', 'block', 'off', 'always'),
        staleAfterHours: fc.double({ min: -1, max: 1000, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(candidate, (raw) => {
        const { settings, problems } = readSettings(raw);
        const defaults = defaultSettings();
        for (const [key, value] of Object.entries(raw)) {
          const field = key as keyof typeof raw;
          const valid = settingsSchema.shape[field].safeParse(value).success;
          const reported = problems.some((problem) => problem.path === key);
          if (valid && (settings[field] !== value || reported)) return false;
          if (!valid && (settings[field] !== defaults[field] || !reported)) return false;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('exportSettings and parseSettingsImport', () => {
  it('writes the envelope as pretty JSON', () => {
    const text = exportSettings(customSettings());
    expect(JSON.parse(text)).toEqual({
      format: 'jdcloud-vpn-preflight/settings',
      version: 1,
      settings: customSettings(),
    });
    expect(text).toContain('\n  "format": "jdcloud-vpn-preflight/settings",\n');
  });

  it('round-trips', () => {
    expect(parseSettingsImport(exportSettings(customSettings()))).toEqual({
      ok: true,
      settings: customSettings(),
    });
    expect(parseSettingsImport(exportSettings(defaultSettings()))).toEqual({
      ok: true,
      settings: defaultSettings(),
    });
  });

  it('never exports what is not a setting, such as a stray secret', () => {
    const withSecret = {
      ...customSettings(),
      openapi: { ...customSettings().openapi, secretAccessKey: 'hunter2' },
      token: 'abc',
    } as Settings;
    const text = exportSettings(withSecret);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('token');
    expect(JSON.parse(text).settings).toEqual(customSettings());
  });

  it('keeps an account or product line named like an object’s own keys out, touching no prototype', () => {
    for (const key of ['thresholdByAccount', 'couponProductLines'] as const) {
      const value = key === 'thresholdByAccount' ? 100 : true;
      const text = `{"format":"${SETTINGS_FORMAT}","version":${SETTINGS_VERSION},"settings":{"${key}":{"__proto__":${JSON.stringify(value)},"ok":${JSON.stringify(value)}}}}`;
      const result = parseSettingsImport(text);
      if (!result.ok) throw new Error(result.error);
      expect(Object.keys(result.settings[key])).toEqual(['ok']);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    }
  });

  it('takes defaults for keys the file does not have', () => {
    expect(parseSettingsImport(envelope({ guardMode: 'off' }))).toEqual({
      ok: true,
      settings: { ...defaultSettings(), guardMode: 'off' },
    });
  });

  it('ignores envelope metadata it does not know', () => {
    const text = JSON.stringify({ format: SETTINGS_FORMAT, version: 1, exportedAt: 1, settings: {} });
    expect(parseSettingsImport(text)).toEqual({ ok: true, settings: defaultSettings() });
  });

  it.each([
    ['', /not valid JSON/],
    ['{"format": "jdcloud-vpn-preflight/settings",', /not valid JSON/],
    ["{'format': 1}", /not valid JSON/],
  ])('refuses broken JSON %j', (text, error) => {
    expect(parseSettingsImport(text)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it.each([
    ['[]', 'expected a JSON object with "format", "version" and "settings", got an array'],
    ['"settings"', 'got string'],
    ['null', 'got null'],
    [JSON.stringify(customSettings()), '"format" is missing, expected "jdcloud-vpn-preflight/settings"'],
    [envelope({}, 1, 'other-extension/settings'), '"format" is "other-extension/settings"'],
    [
      JSON.stringify({ format: SETTINGS_FORMAT, settings: {} }),
      '"version" must be a whole number of at least 1; it is missing',
    ],
    [envelope({}, '1'), 'it is "1"'],
    [envelope({}, 0), 'it is 0'],
    [envelope({}, 1.5), 'it is 1.5'],
    [envelope(undefined), '"settings" must be an object; it is undefined'],
    [envelope([customSettings()]), '"settings" must be an object; it is an array'],
    [envelope({}, 2), 'settings version 2; this version reads up to 1'],
  ])('refuses a wrong shape: %s', (text, message) => {
    const result = parseSettingsImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('refuses a file from a newer version with advice', () => {
    expect(parseSettingsImport(envelope(customSettings(), 7))).toEqual({
      ok: false,
      error:
        'These settings come from a newer version of the extension (settings version 7; this version reads up to 1). ' +
        'Update the extension, then try again.',
    });
  });

  it('refuses the whole file for one invalid key, naming it and why', () => {
    const result = parseSettingsImport(envelope({ ...customSettings(), thresholdFen: -5 }));
    expect(result).toEqual({
      ok: false,
      error:
        'Nothing was imported: the file has 1 invalid setting. thresholdFen: Too small: expected number to be >=0.',
    });
  });

  it('names nested keys and lists every problem', () => {
    const settings = {
      ...customSettings(),
      openapi: { ...customSettings().openapi, regionId: 7 },
      prices: { default: { ...documentedPrice, tunnelPerHourFen: 'twelve' } },
      colour: 'red',
    };
    const result = parseSettingsImport(envelope(settings));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^Nothing was imported: the file has 3 invalid settings\. /);
    expect(result.error).toContain('openapi.regionId: Invalid input: expected string, received number');
    expect(result.error).toContain(
      'prices.default.tunnelPerHourFen: Invalid input: expected number, received string',
    );
    expect(result.error).toContain('colour: unknown setting');
  });

  it('refuses a secret in the file', () => {
    const settings = { openapi: { accessKeyId: 'AK1', secretAccessKey: 'hunter2' } };
    expect(parseSettingsImport(envelope(settings))).toEqual({
      ok: false,
      error:
        'Nothing was imported: the file has 1 invalid setting. openapi.secretAccessKey: secret keys are never part of settings.',
    });
  });
});

describe('migrations', () => {
  /** A made-up history: version 2 renamed `runwayDays` to `runwayWarnDays`, version 3 moved the threshold to fen. */
  const renameRunway = (old: Record<string, unknown>) => {
    const { runwayDays, ...rest } = old;
    return runwayDays === undefined ? rest : { ...rest, runwayWarnDays: runwayDays };
  };
  const thresholdToFen = (old: Record<string, unknown>) => {
    const { thresholdYuan, ...rest } = old;
    return typeof thresholdYuan === 'number' ? { ...rest, thresholdFen: thresholdYuan * 100 } : rest;
  };
  const syntheticHistory = { 2: renameRunway, 3: thresholdToFen };

  it('has no invented history: version 1 is the first', () => {
    expect(settingsMigrations).toEqual({});
    const value = { thresholdFen: 6000 };
    expect(migrateSettings(value, 1)).toEqual({ ok: true, value });
  });

  it('keeps the values a person set through a migration and readSettings', () => {
    const v1 = { runwayDays: 3, guardMode: 'block', openapi: { accessKeyId: 'AK1' } };
    const migrated = migrateSettings(v1, 1, syntheticHistory, 2);
    expect(migrated).toEqual({
      ok: true,
      value: { runwayWarnDays: 3, guardMode: 'block', openapi: { accessKeyId: 'AK1' } },
    });
    if (!migrated.ok) return;
    const { settings, problems } = readSettings(migrated.value);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...defaultSettings(),
      runwayWarnDays: 3,
      guardMode: 'block',
      openapi: { ...defaultSettings().openapi, accessKeyId: 'AK1' },
    });
  });

  it('runs each step once, in order, starting after the stored version', () => {
    const applied: number[] = [];
    const step = (version: number) => (old: unknown) => {
      applied.push(version);
      return old;
    };
    const table = { 2: step(2), 3: step(3), 4: step(4) };
    migrateSettings({}, 2, table, 4);
    expect(applied).toEqual([3, 4]);
  });

  it('chains steps across versions', () => {
    expect(migrateSettings({ runwayDays: 5, thresholdYuan: 80 }, 1, syntheticHistory, 3)).toEqual({
      ok: true,
      value: { runwayWarnDays: 5, thresholdFen: 8000 },
    });
  });

  it('leaves the value as it was for a missing step or one that returns nothing, as WXT storage does', () => {
    const value = { thresholdFen: 6000 };
    expect(migrateSettings(value, 1, {}, 3)).toEqual({ ok: true, value });
    expect(migrateSettings(value, 1, { 2: () => undefined }, 2)).toEqual({ ok: true, value });
  });

  it('reports a failing step instead of throwing', () => {
    const table = {
      2: () => {
        throw new Error('no runway');
      },
    };
    expect(migrateSettings({}, 1, table, 2)).toEqual({
      ok: false,
      error: 'Migrating settings to version 2 failed: no runway',
    });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses version %d', (version) => {
    expect(migrateSettings({}, version)).toEqual({
      ok: false,
      error: `Settings version must be a whole number of at least 1, got ${version}.`,
    });
  });

  it('refuses a value from a newer version than it knows', () => {
    const result = migrateSettings({}, 3, syntheticHistory, 2);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('settings version 3; this version reads up to 2'),
    });
  });

  it('migrates an older import file and keeps its values', () => {
    const file = envelope({ runwayDays: 2, thresholdYuan: 60, language: 'zh-CN' }, 1);
    expect(parseSettingsImport(file, { migrations: syntheticHistory, version: 3 })).toEqual({
      ok: true,
      settings: { ...defaultSettings(), runwayWarnDays: 2, thresholdFen: 6000, language: 'zh-CN' },
    });
  });

  it('refuses an import from a newer version than the running one', () => {
    const result = parseSettingsImport(envelope({}, 4), { migrations: syntheticHistory, version: 3 });
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('settings version 4; this version reads up to 3'),
    });
  });

  it('refuses an import whose migration leaves an invalid value', () => {
    const file = envelope({ runwayDays: 'a week' }, 1);
    const result = parseSettingsImport(file, { migrations: syntheticHistory, version: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toContain('runwayWarnDays: Invalid input: expected number, received string');
  });

  describe('agreement with @wxt-dev/storage', () => {
    beforeEach(() => {
      fakeBrowser.reset();
    });

    it('takes the table in the shape defineItem expects, and ends where storage ends', async () => {
      const v1 = { runwayDays: 4, thresholdYuan: 70, guardMode: 'off' };
      await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
      const item = storage.defineItem<unknown>('local:settings', {
        version: 3,
        migrations: syntheticHistory,
      });
      await item.migrate();
      const stored = await item.getValue();
      expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
      expect(migrateSettings(v1, 1, syntheticHistory, 3)).toEqual({ ok: true, value: stored });
      expect(readSettings(stored)).toEqual({
        settings: { ...defaultSettings(), runwayWarnDays: 4, thresholdFen: 7000, guardMode: 'off' },
        problems: [],
      });
    });

    it('accepts the real table and version', () => {
      const item = storage.defineItem<unknown>('local:settings', {
        version: SETTINGS_VERSION,
        migrations: settingsMigrations,
      });
      expect(item.key).toBe('local:settings');
    });
  });
});
