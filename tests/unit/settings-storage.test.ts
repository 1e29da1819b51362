import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../lib/model/settings';
import { defaultSettings } from '../../lib/settings';
import { loadSettings, saveSettings, updateSettings } from '../../platform/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as Settings;

describe('updateSettings', () => {
  it('hands the change the settings as stored now and stores what it returns', async () => {
    await saveSettings({ ...defaultSettings(), thresholdFen: 7000 });
    const written = await updateSettings((current) => ({ ...current, runwayWarnDays: 9 }));
    expect(written).toEqual({ ...defaultSettings(), thresholdFen: 7000, runwayWarnDays: 9 });
    expect(await stored()).toEqual(written);
  });

  it('runs updates one at a time, so two writers of different keys both land', async () => {
    await saveSettings(defaultSettings());
    const openapi = { enabled: true, regionId: 'cn-east-2', accessKeyId: 'AKTEST', refreshMinutes: 30 };
    await Promise.all([
      updateSettings((current) => ({ ...current, thresholdFen: 4000 })),
      updateSettings((current) => ({ ...current, openapi })),
      updateSettings((current) => ({ ...current, guardMode: 'off' })),
    ]);
    expect((await loadSettings()).settings).toEqual({
      ...defaultSettings(),
      thresholdFen: 4000,
      guardMode: 'off',
      openapi,
    });
  });

  it('gives the change repaired settings when storage holds bad values', async () => {
    await fakeBrowser.storage.local.set({
      settings: { thresholdFen: -1, guardMode: 'block', colour: 'red' },
    });
    let seen: Settings | undefined;
    await updateSettings((current) => {
      seen = current;
      return current;
    });
    expect(seen).toEqual({ ...defaultSettings(), guardMode: 'block' });
    expect(await stored()).toEqual({ ...defaultSettings(), guardMode: 'block' });
  });

  it('rejects an update whose change throws, writes nothing for it, and runs the next one', async () => {
    await saveSettings(defaultSettings());
    const failing = updateSettings(() => {
      throw new Error('bad change');
    });
    const next = updateSettings((current) => ({ ...current, plannedTunnels: 4 }));
    await expect(failing).rejects.toThrow('bad change');
    expect((await next).plannedTunnels).toBe(4);
    expect(await stored()).toEqual({ ...defaultSettings(), plannedTunnels: 4 });
  });
});
