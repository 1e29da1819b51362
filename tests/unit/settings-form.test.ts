import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMessage } from '@/lib/i18n';
import { optionsCatalog } from '@/lib/i18n/options';
import type { Message } from '@/lib/model/checklist';
import {
  SELECTOR_OVERRIDE_FIELDS,
  type SelectorOverrideField,
  type Settings,
  settingsSchema,
} from '@/lib/model/settings';
import { defaultSettings } from '@/lib/settings';
import {
  fenToCnyText,
  formFieldPaths,
  isValidSelector,
  newRegionError,
  PRICE_COLUMNS,
  PRICE_DECIMALS,
  type PriceColumn,
  parseCnyText,
  parsePlainNumber,
  resetSettings,
  type SettingsDraft,
  STANDARD_PRICE_REGIONS,
  settingsFromDraft,
  settingsToDraft,
  withImportedSettings,
  withoutPriceRow,
  withPriceRow,
  withUnshownKeys,
} from '@/lib/settings-form';

const seenMessages: Message[] = [];

function errorsOf(edit: (draft: SettingsDraft) => void, base: Settings = defaultSettings()) {
  const draft = settingsToDraft(base);
  edit(draft);
  const result = settingsFromDraft(draft, base);
  seenMessages.push(...Object.values(result.errors));
  return result;
}

/** Sets the draft value an input named `path` holds, as typing into it would. */
function typeInto(draft: SettingsDraft, path: string, value: string): void {
  const [top, key, column] = path.split('.');
  if (top === 'prices') {
    const row = draft.prices.find((entry) => entry.region === key);
    if (!row || !PRICE_COLUMNS.some((entry) => entry.column === column)) throw new Error(`no input ${path}`);
    row[column as PriceColumn] = value;
  } else if (top === 'selectorOverrides') {
    draft.selectorOverrides[key as SelectorOverrideField] = value;
  } else {
    Object.assign(draft, { [path]: value });
  }
}

function customSettings(): Settings {
  return {
    ...defaultSettings(),
    language: 'zh-CN',
    thresholdFen: 12_345,
    guardMode: 'block',
    prices: {
      default: { connectionPerHourFen: 20, tunnelPerHourFen: 25, outboundPerGbFen: 90 },
      'cn-north-1': { connectionPerHourFen: 10, tunnelPerHourFen: 12.5, outboundPerGbFen: 80 },
      'ap-southeast-1': { connectionPerHourFen: 30, tunnelPerHourFen: 31, outboundPerGbFen: 99.99 },
    },
    selectorOverrides: { cash: '#balance > .amount' },
    openapi: { enabled: true, regionId: 'cn-east-2', accessKeyId: 'AKIDEXAMPLE', refreshMinutes: 30 },
  };
}

describe('CNY text and fen', () => {
  it.each([
    ['50', 5000],
    ['50.5', 5050],
    ['50.50', 5050],
    [' 0.01 ', 1],
    ['0', 0],
    ['1000000.00', 100_000_000],
  ])('reads %j as %d fen', (text, fen) => {
    expect(parseCnyText(text)).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['', 'options.error.required'],
    ['   ', 'options.error.required'],
    ['-1', 'options.error.negative'],
    ['−5', 'options.error.negative'],
    ['1.234', 'options.error.decimals'],
    ['abc', 'options.error.number'],
    ['1,000', 'options.error.number'],
    ['¥50', 'options.error.number'],
    ['.5', 'options.error.number'],
    ['1e3', 'options.error.number'],
    ['9'.repeat(30), 'options.error.tooLarge'],
  ])('refuses %j with %s', (text, key) => {
    const parsed = parseCnyText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.key).toBe(key);
  });

  it('names the decimal limit', () => {
    expect(parseCnyText('0.001')).toEqual({
      ok: false,
      error: { key: 'options.error.decimals', params: { max: 2 } },
    });
    expect(parseCnyText('0.00001', PRICE_DECIMALS)).toEqual({
      ok: false,
      error: { key: 'options.error.decimals', params: { max: 4 } },
    });
  });

  it('reads rates to four decimals, as fractional fen', () => {
    expect(parseCnyText('0.1234', PRICE_DECIMALS)).toEqual({ ok: true, value: 12.34 });
    expect(parseCnyText('0.125', PRICE_DECIMALS)).toEqual({ ok: true, value: 12.5 });
    expect(parseCnyText('0.8', PRICE_DECIMALS)).toEqual({ ok: true, value: 80 });
  });

  it.each([
    [5000, '50.00'],
    [0, '0.00'],
    [1, '0.01'],
    [5050, '50.50'],
    [100_000_000, '1000000.00'],
  ])('shows %d fen as %j', (fen, text) => {
    expect(fenToCnyText(fen)).toBe(text);
  });

  it.each([
    [10, '0.10'],
    [12, '0.12'],
    [80, '0.80'],
    [12.5, '0.125'],
    [0.01, '0.0001'],
    [12.34, '0.1234'],
  ])('shows a rate of %d fen as %j', (fen, text) => {
    expect(fenToCnyText(fen, PRICE_DECIMALS)).toBe(text);
  });

  it('round-trips every whole-fen amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (fen) => {
        expect(parseCnyText(fenToCnyText(fen))).toEqual({ ok: true, value: fen });
      }),
    );
  });

  it('round-trips every rate with four CNY decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (units) => {
        const fen = units / 100;
        expect(parseCnyText(fenToCnyText(fen, PRICE_DECIMALS), PRICE_DECIMALS)).toEqual({
          ok: true,
          value: fen,
        });
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseCnyText(text);
        parseCnyText(text, PRICE_DECIMALS);
        parsePlainNumber(text);
      }),
    );
  });

  it('reads plain numbers, including stored ones in exponent form', () => {
    expect(parsePlainNumber('7')).toEqual({ ok: true, value: 7 });
    expect(parsePlainNumber('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parsePlainNumber(String(1e-7))).toEqual({ ok: true, value: 1e-7 });
    expect(parsePlainNumber('')).toMatchObject({ ok: false, error: { key: 'options.error.required' } });
    expect(parsePlainNumber('-3')).toMatchObject({ ok: false, error: { key: 'options.error.negative' } });
    expect(parsePlainNumber('3 days')).toMatchObject({ ok: false, error: { key: 'options.error.number' } });
  });
});

describe('settingsToDraft', () => {
  it('shows the defaults in the units the form uses', () => {
    const draft = settingsToDraft(defaultSettings());
    expect(draft).toMatchObject({
      language: 'auto',
      thresholdCny: '50.00',
      runwayWarnDays: '7',
      staleAfterHours: '24',
      guardMode: 'warn',
      plannedTunnels: '2',
      expectedOutboundGbPerDay: '1',
      selectorOverrides: { account: '', realName: '', cash: '', frozen: '', coupons: '' },
    });
    expect(draft.prices).toEqual(
      STANDARD_PRICE_REGIONS.map((region) => ({
        region,
        connectionPerHour: '0.10',
        tunnelPerHour: '0.12',
        outboundPerGb: '0.80',
      })),
    );
  });

  it('lists the standard regions first, then extra stored regions', () => {
    const draft = settingsToDraft(customSettings());
    expect(draft.prices.map((row) => row.region)).toEqual([...STANDARD_PRICE_REGIONS, 'ap-southeast-1']);
    expect(draft.prices[1]).toEqual({
      region: 'cn-north-1',
      connectionPerHour: '0.10',
      tunnelPerHour: '0.125',
      outboundPerGb: '0.80',
    });
  });

  it('starts a missing standard region at the stored default price, which is what it costs today', () => {
    const draft = settingsToDraft(customSettings());
    const east = draft.prices.find((row) => row.region === 'cn-east-2');
    expect(east).toEqual({
      region: 'cn-east-2',
      connectionPerHour: '0.20',
      tunnelPerHour: '0.25',
      outboundPerGb: '0.90',
    });
  });
});

describe('settingsFromDraft', () => {
  it('gives back the settings it was made from, unchanged', () => {
    const base = defaultSettings();
    expect(settingsFromDraft(settingsToDraft(base), base)).toEqual({ settings: base, errors: {} });
  });

  it('stores the threshold typed in CNY as fen', () => {
    const result = errorsOf((draft) => {
      draft.thresholdCny = '80.5';
    });
    expect(result.errors).toEqual({});
    expect(result.settings?.thresholdFen).toBe(8050);
  });

  it('keeps every key the form does not show, openapi included', () => {
    const base = customSettings();
    const result = errorsOf((draft) => {
      draft.runwayWarnDays = '14';
    }, base);
    expect(result.settings).toEqual({
      ...base,
      runwayWarnDays: 14,
      // The form always shows the standard rows; a missing one is saved at the default price it had.
      prices: {
        ...base.prices,
        'cn-east-2': base.prices.default,
        'cn-south-1': base.prices.default,
      },
    });
    expect(result.settings?.openapi).toEqual(base.openapi);
  });

  it('round-trips any valid settings exactly when nothing is edited', () => {
    const regionCode = fc.stringMatching(/^[a-z]{2}-[a-z]{3,8}-[1-9]$/);
    const price = fc.record({
      connectionPerHourFen: fc.integer({ min: 0, max: 100_000_000 }).map((units) => units / 100),
      tunnelPerHourFen: fc.integer({ min: 0, max: 100_000_000 }).map((units) => units / 100),
      outboundPerGbFen: fc.integer({ min: 0, max: 100_000_000 }).map((units) => units / 100),
    });
    const settings = fc.record({
      language: fc.constantFrom('auto', 'zh-CN', 'en'),
      thresholdFen: fc.integer({ min: 0, max: 100_000_000 }),
      runwayWarnDays: fc.integer({ min: 0, max: 365 }),
      staleAfterHours: fc.double({ min: 1, max: 720, noNaN: true }),
      guardMode: fc.constantFrom('warn', 'block', 'off'),
      plannedTunnels: fc.integer({ min: 0, max: 8 }),
      expectedOutboundGbPerDay: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
      prices: fc.tuple(
        fc.record({ default: price, 'cn-north-1': price, 'cn-east-2': price, 'cn-south-1': price }),
        fc.dictionary(regionCode, price, { maxKeys: 3 }),
      ),
      selectorOverrides: fc.subarray([...SELECTOR_OVERRIDE_FIELDS]),
      openapi: fc.record({
        enabled: fc.boolean(),
        regionId: fc.constantFrom('cn-north-1', 'cn-east-2', 'cn-south-1'),
        accessKeyId: fc.string({ maxLength: 128 }),
        refreshMinutes: fc.integer({ min: 5, max: 1440 }),
      }),
    });
    fc.assert(
      fc.property(settings, (generated) => {
        const base = settingsSchema.parse({
          ...generated,
          prices: { ...generated.prices[0], ...generated.prices[1] },
          selectorOverrides: Object.fromEntries(
            generated.selectorOverrides.map((field) => [field, `[data-field="${field}"] > span`]),
          ),
        });
        const result = settingsFromDraft(settingsToDraft(base), base);
        expect(result.errors).toEqual({});
        expect(result.settings).toEqual(base);
      }),
    );
  });

  it('puts each problem on its own field and nowhere else', () => {
    const result = errorsOf((draft) => {
      draft.thresholdCny = '12.345';
      draft.runwayWarnDays = '400';
    });
    expect(result.settings).toBeUndefined();
    expect(result.errors).toEqual({
      thresholdCny: { key: 'options.error.decimals', params: { max: 2 } },
      runwayWarnDays: { key: 'options.error.max', params: { max: 365 } },
    });
  });

  it.each<[string, string, string, Message]>([
    ['a blank threshold', 'thresholdCny', '', { key: 'options.error.required' }],
    [
      'a threshold over the limit',
      'thresholdCny',
      '1000000.01',
      { key: 'options.error.maxMoney', params: { limitFen: 100_000_000 } },
    ],
    ['a negative threshold', 'thresholdCny', '-50', { key: 'options.error.negative' }],
    ['fractional days', 'runwayWarnDays', '1.5', { key: 'options.error.integer' }],
    // 0 stands in for text that is not a number; the schema's "at least 1" must not replace the real reason.
    ['blank stale hours', 'staleAfterHours', '', { key: 'options.error.required' }],
    ['stale hours in words', 'staleAfterHours', 'a day', { key: 'options.error.number' }],
    ['stale under an hour', 'staleAfterHours', '0.5', { key: 'options.error.min', params: { min: 1 } }],
    ['no retention', 'retentionDays', '0', { key: 'options.error.min', params: { min: 1 } }],
    ['retention in part days', 'retentionDays', '30.5', { key: 'options.error.integer' }],
    ['nine tunnels', 'plannedTunnels', '9', { key: 'options.error.max', params: { max: 8 } }],
    ['outbound in words', 'expectedOutboundGbPerDay', 'lots', { key: 'options.error.number' }],
    ['an unknown guard mode', 'guardMode', 'panic', { key: 'options.error.choice' }],
    ['an unknown language', 'language', 'fr', { key: 'options.error.choice' }],
    [
      'a negative tunnel price',
      'prices.cn-north-1.tunnelPerHour',
      '-0.12',
      { key: 'options.error.negative' },
    ],
    [
      'a price with five decimals',
      'prices.default.outboundPerGb',
      '0.12345',
      { key: 'options.error.decimals', params: { max: 4 } },
    ],
    [
      'a price over the limit',
      'prices.cn-south-1.connectionPerHour',
      '10000.01',
      { key: 'options.error.maxMoney', params: { limitFen: 1_000_000 } },
    ],
    ['a broken selector', 'selectorOverrides.cash', 'div[class=', { key: 'options.error.selector' }],
    [
      'a selector over 500 characters',
      'selectorOverrides.coupons',
      `.${'a'.repeat(500)}`,
      { key: 'options.error.tooLong', params: { max: 500 } },
    ],
  ])('%s: an error on %s only', (_label, path, value, message) => {
    const result = errorsOf((draft) => typeInto(draft, path, value));
    expect(result.settings).toBeUndefined();
    expect(result.errors).toEqual({ [path]: message });
    expect(formFieldPaths(settingsToDraft(defaultSettings()))).toContain(path);
  });

  it('drops a blank selector override and trims the others', () => {
    const base: Settings = { ...defaultSettings(), selectorOverrides: { cash: '#a', coupons: '#b' } };
    const result = errorsOf((draft) => {
      draft.selectorOverrides.cash = '   ';
      draft.selectorOverrides.frozen = '  .frozen span  ';
    }, base);
    expect(result.settings?.selectorOverrides).toEqual({ coupons: '#b', frozen: '.frozen span' });
  });

  it('uses the selector check it is given', () => {
    const base = defaultSettings();
    const draft = settingsToDraft(base);
    draft.selectorOverrides.account = '.user';
    expect(settingsFromDraft(draft, base, () => false).errors).toEqual({
      'selectorOverrides.account': { key: 'options.error.selector' },
    });
  });

  it('never throws and never returns settings the schema refuses', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('', '0', '1', '-1', '1.5', '0.001', '999999999', 'a['),
    );
    fc.assert(
      fc.property(
        fc.record({
          language: text,
          thresholdCny: text,
          runwayWarnDays: text,
          staleAfterHours: text,
          guardMode: text,
          plannedTunnels: text,
          expectedOutboundGbPerDay: text,
          price: text,
          selector: text,
        }),
        (typed) => {
          const base = defaultSettings();
          const draft = settingsToDraft(base);
          Object.assign(draft, typed);
          for (const row of draft.prices) row.tunnelPerHour = typed.price;
          draft.selectorOverrides.cash = typed.selector;
          const result = settingsFromDraft(draft, base);
          if (result.settings) {
            expect(result.errors).toEqual({});
            expect(settingsSchema.safeParse(result.settings).success).toBe(true);
          } else {
            expect(Object.keys(result.errors).length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('price rows', () => {
  it('adds a region at the default row’s current prices', () => {
    const draft = settingsToDraft(defaultSettings());
    const defaultRow = draft.prices.find((row) => row.region === 'default');
    if (defaultRow) defaultRow.tunnelPerHour = '0.5';
    const added = withPriceRow(draft, ' ap-southeast-1 ');
    expect(added.prices.at(-1)).toEqual({
      region: 'ap-southeast-1',
      connectionPerHour: '0.10',
      tunnelPerHour: '0.5',
      outboundPerGb: '0.80',
    });
    expect(settingsFromDraft(added, defaultSettings()).settings?.prices['ap-southeast-1']).toEqual({
      connectionPerHourFen: 10,
      tunnelPerHourFen: 50,
      outboundPerGbFen: 80,
    });
  });

  it('refuses a region code that is blank, malformed, too long or already there', () => {
    const existing = [...STANDARD_PRICE_REGIONS];
    expect(newRegionError('  ', existing)).toEqual({ key: 'options.error.regionRequired' });
    expect(newRegionError('CN North', existing)).toEqual({ key: 'options.error.regionFormat' });
    expect(newRegionError('__proto__', existing)).toEqual({ key: 'options.error.regionFormat' });
    expect(newRegionError(`a${'-b'.repeat(32)}`, existing)).toEqual({
      key: 'options.error.tooLong',
      params: { max: 64 },
    });
    expect(newRegionError('cn-north-1', existing)).toEqual({
      key: 'options.error.regionDuplicate',
      params: { region: 'cn-north-1' },
    });
    expect(newRegionError('ap-southeast-1', existing)).toBeUndefined();
    const draft = settingsToDraft(defaultSettings());
    expect(withPriceRow(draft, 'cn-north-1')).toBe(draft);
    for (const key of ['regionRequired', 'regionFormat', 'regionDuplicate']) {
      seenMessages.push({ key: `options.error.${key}` });
    }
  });

  it('removes an extra region but never a standard one', () => {
    const draft = settingsToDraft(customSettings());
    const removed = withoutPriceRow(draft, 'ap-southeast-1');
    expect(removed.prices.map((row) => row.region)).toEqual([...STANDARD_PRICE_REGIONS]);
    expect(settingsFromDraft(removed, customSettings()).settings?.prices).not.toHaveProperty(
      'ap-southeast-1',
    );
    expect(withoutPriceRow(draft, 'default')).toBe(draft);
    expect(withoutPriceRow(draft, 'cn-north-1')).toBe(draft);
  });
});

describe('isValidSelector', () => {
  it.each(['#id', '.a .b:nth-child(2)', '[data-x="1"] > span', 'td:has(> span)'])(
    'accepts %j',
    (selector) => {
      expect(isValidSelector(selector)).toBe(true);
    },
  );
  it.each(['a[', '###', ':not(', 'a,,b'])('refuses %j', (selector) => {
    expect(isValidSelector(selector)).toBe(false);
  });
});

describe('withUnshownKeys', () => {
  it('takes openapi from the stored settings and everything else from the form', () => {
    const form = customSettings();
    const stored: Settings = {
      ...defaultSettings(),
      thresholdFen: 1,
      openapi: { ...form.openapi, enabled: false },
    };
    expect(withUnshownKeys(form, stored)).toEqual({ ...form, openapi: stored.openapi });
  });

  it('takes the accounts’ thresholds and the coupon product lines from the stored settings too', () => {
    // The form's copy is the one loaded with the page; the sections that own these keys saved since.
    const form: Settings = {
      ...customSettings(),
      thresholdByAccount: { 'jdc-old': 1000 },
      couponProductLines: { 基础云: true },
    };
    const stored: Settings = {
      ...defaultSettings(),
      thresholdByAccount: { 'jdc-ops': 20_000, constructor: 0 },
      couponProductLines: { 基础云: false, 网络: true },
    };
    const merged = withUnshownKeys(form, stored);
    expect(merged).toEqual({
      ...form,
      openapi: stored.openapi,
      thresholdByAccount: { 'jdc-ops': 20_000, constructor: 0 },
      couponProductLines: { 基础云: false, 网络: true },
    });
    // A copy: a later change to the stored object does not reach what the form saves.
    stored.thresholdByAccount['jdc-ops'] = 1;
    expect(merged.thresholdByAccount['jdc-ops']).toBe(20_000);
  });

  it('keeps them through the form’s own save of a draft made from an older copy', () => {
    const loaded = defaultSettings();
    const draft = settingsToDraft(loaded);
    draft.thresholdCny = '60';
    const formSettings = settingsFromDraft(draft, loaded).settings;
    if (!formSettings) throw new Error('the draft should be valid');
    const stored: Settings = {
      ...loaded,
      thresholdByAccount: { 'jdc-ops': 8000 },
      couponProductLines: { 基础云: true },
    };
    expect(withUnshownKeys(formSettings, stored)).toEqual({ ...stored, thresholdFen: 6000 });
  });
});

describe('withImportedSettings', () => {
  const openapiOf = (enabled: boolean): Settings['openapi'] => ({
    enabled,
    regionId: 'cn-east-2',
    accessKeyId: 'AKFILE0001',
    refreshMinutes: 60,
  });

  it('never switches the OpenAPI source on, but takes the rest of the file', () => {
    const file: Settings = { ...customSettings(), openapi: openapiOf(true) };
    const stored: Settings = { ...defaultSettings(), thresholdFen: 1 };
    expect(withImportedSettings(file, stored)).toEqual({
      settings: {
        ...file,
        openapi: { enabled: false, regionId: 'cn-east-2', accessKeyId: 'AKFILE0001', refreshMinutes: 60 },
      },
      openApiEnabledKept: true,
    });
  });

  it('does not switch it off either', () => {
    const file: Settings = { ...defaultSettings(), openapi: openapiOf(false) };
    const stored: Settings = { ...defaultSettings(), openapi: { ...openapiOf(true), accessKeyId: 'AKOLD' } };
    const result = withImportedSettings(file, stored);
    expect(result.settings.openapi).toEqual(openapiOf(true));
    expect(result.openApiEnabledKept).toBe(true);
  });

  it('says nothing was kept when the file agrees with the stored state', () => {
    const file: Settings = { ...defaultSettings(), openapi: openapiOf(true) };
    const stored: Settings = { ...customSettings(), openapi: { ...openapiOf(true), regionId: 'cn-north-1' } };
    expect(withImportedSettings(file, stored)).toEqual({ settings: file, openApiEnabledKept: false });
  });

  it('keeps the stored on/off and the file’s every other value, for any pair', () => {
    const openapi = fc.record({
      enabled: fc.boolean(),
      regionId: fc.constantFrom('cn-north-1', 'cn-east-2', 'cn-south-1'),
      accessKeyId: fc.string({ maxLength: 128 }),
      refreshMinutes: fc.integer({ min: 5, max: 1440 }),
    });
    fc.assert(
      fc.property(openapi, openapi, fc.integer({ min: 0, max: 100_000_000 }), (fileApi, storedApi, fen) => {
        const file: Settings = { ...defaultSettings(), thresholdFen: fen, openapi: fileApi };
        const stored: Settings = { ...customSettings(), openapi: storedApi };
        const { settings, openApiEnabledKept } = withImportedSettings(file, stored);
        expect(settings.openapi.enabled).toBe(storedApi.enabled);
        expect({ ...settings, openapi: { ...settings.openapi, enabled: fileApi.enabled } }).toEqual(file);
        expect(openApiEnabledKept).toBe(fileApi.enabled !== storedApi.enabled);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
      }),
    );
  });
});

describe('resetSettings', () => {
  it('is every default, with the OpenAPI section this page does not show kept', () => {
    const current = customSettings();
    expect(resetSettings(current)).toEqual({ ...defaultSettings(), openapi: current.openapi });
  });

  it('keeps the accounts’ thresholds and the coupon product lines, which their own sections save', () => {
    const current: Settings = {
      ...customSettings(),
      thresholdByAccount: { 'jdc-ops': 8000 },
      couponProductLines: { 基础云: false },
    };
    expect(resetSettings(current)).toEqual({
      ...defaultSettings(),
      openapi: current.openapi,
      thresholdByAccount: { 'jdc-ops': 8000 },
      couponProductLines: { 基础云: false },
    });
  });
});

describe('options catalog', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(optionsCatalog['zh-CN']).sort()).toEqual(Object.keys(optionsCatalog.en).sort());
  });

  it('has a text, in both languages, for every message the form produced above', () => {
    expect(seenMessages.length).toBeGreaterThan(10);
    for (const message of seenMessages) {
      expect(hasMessage('en', message.key), message.key).toBe(true);
      expect(hasMessage('zh-CN', message.key), message.key).toBe(true);
    }
  });
});
