import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOpenApiSettingsIo } from '@/components/options/OpenApiSettings';
import { OptionsPage, type OptionsPageProps } from '@/components/options/OptionsPage';
import type { OpenApiStatusView } from '@/lib/messages';
import type { Settings } from '@/lib/model/settings';
import { defaultSettings, exportSettings, parseSettingsImport } from '@/lib/settings';

afterEach(cleanup);

const openapi = { enabled: true, regionId: 'cn-east-2', accessKeyId: 'AKIDEXAMPLE', refreshMinutes: 30 };

function storedSettings(): Settings {
  return { ...defaultSettings(), openapi };
}

interface RenderOptions extends Partial<OptionsPageProps> {
  /** What storage holds when a save starts; by default the settings the page was opened with. */
  stored?: Settings;
  /** The storage write; resolves by default. */
  write?: (settings: Settings) => Promise<void>;
}

/** The page over an in-memory store that `update` reads and writes as platform/storage.ts does. */
function renderOptions({ stored, write, ...overrides }: RenderOptions = {}) {
  const store = { current: structuredClone(stored ?? overrides.settings ?? storedSettings()) };
  const save = vi.fn<(settings: Settings) => Promise<void>>(write ?? (async () => {}));
  const update = vi.fn(async (change: (stored: Settings) => Settings) => {
    const next = change(structuredClone(store.current));
    await save(next);
    store.current = next;
    return next;
  });
  const clearGuardLog = vi.fn(async () => {});
  const download = vi.fn<(fileName: string, text: string) => void>();
  const view = render(
    <OptionsPage
      settings={storedSettings()}
      problems={[]}
      guardLog={[]}
      uiLanguage="en-US"
      update={update}
      clearGuardLog={clearGuardLog}
      download={download}
      {...overrides}
    />,
  );
  return { ...view, save, store, clearGuardLog, download };
}

/** The parts of `browser` the OpenAPI section uses: a background that answers status and secret messages. */
function fakeExtensionApi() {
  const status: OpenApiStatusView = {
    enabled: false,
    secret: { set: false },
    permitted: true,
    paused: false,
    now: Date.UTC(2026, 10, 27, 8),
  };
  const sendMessage = vi.fn(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'openapi-status') return status;
    if (type === 'openapi-save-secret') return { ok: true, secret: { set: true, masked: '••••••••' } };
    return { error: `unexpected ${type}` };
  });
  return {
    runtime: { sendMessage },
    permissions: { request: vi.fn(async () => true), remove: vi.fn(async () => true) },
  };
}

function withOpenApiSection(api = fakeExtensionApi()): Partial<OptionsPageProps> {
  return { openApiIo: (saveOpenApi) => createOpenApiSettingsIo(api, saveOpenApi) };
}

function input(container: ParentNode, name: string): HTMLInputElement {
  const element = container.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no input named ${name}`);
  return element;
}

function button(container: ParentNode, action: string): HTMLButtonElement {
  const element = container.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!element) throw new Error(`no button ${action}`);
  return element;
}

function chooseFile(container: ParentNode, text: string) {
  const fileInput = container.querySelector<HTMLInputElement>('[data-testid="import-file"]');
  if (!fileInput) throw new Error('no import input');
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
  fireEvent.change(fileInput);
}

describe('OptionsPage', () => {
  it('shows the stored settings in the units people type', () => {
    const { container } = renderOptions();
    expect(input(container, 'thresholdCny').value).toBe('50.00');
    expect(input(container, 'runwayWarnDays').value).toBe('7');
    expect(input(container, 'prices.cn-north-1.tunnelPerHour').value).toBe('0.12');
    expect(container.querySelector<HTMLInputElement>('[name="guardMode"][value="warn"]')?.checked).toBe(true);
    expect(container.querySelector<HTMLSelectElement>('[name="language"]')?.value).toBe('auto');
    expect(button(container, 'save').disabled).toBe(false);
  });

  it('labels every input', () => {
    const { container } = renderOptions();
    for (const element of container.querySelectorAll<HTMLInputElement>('input[name], select[name]')) {
      const label = container.querySelector(`label[for="${element.id}"]`);
      expect(label?.textContent?.trim(), element.name).toBeTruthy();
    }
  });

  it('shows a field error in place and disables Save until it is fixed', async () => {
    const { container, save } = renderOptions();
    const threshold = input(container, 'thresholdCny');
    fireEvent.input(threshold, { target: { value: '12.345' } });

    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    const errorId = threshold.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
    const error = container.querySelector(`[id="${errorId}"]`);
    expect(error?.textContent).toBe('Use at most 2 decimal places.');
    expect(error?.getAttribute('data-error-for')).toBe('thresholdCny');
    expect(button(container, 'save').disabled).toBe(true);
    expect(screen.getByTestId('form-errors').textContent).toContain('1 field needs attention.');
    // Other fields stay valid.
    expect(input(container, 'runwayWarnDays').getAttribute('aria-invalid')).toBeNull();

    fireEvent.input(input(container, 'runwayWarnDays'), { target: { value: '' } });
    expect(screen.getByTestId('form-errors').textContent).toContain('2 fields need attention.');

    fireEvent.submit(container.querySelector('form') as HTMLFormElement);
    expect(save).not.toHaveBeenCalled();

    fireEvent.input(threshold, { target: { value: '12.34' } });
    fireEvent.input(input(container, 'runwayWarnDays'), { target: { value: '7' } });
    expect(threshold.getAttribute('aria-invalid')).toBeNull();
    expect(button(container, 'save').disabled).toBe(false);
    expect(screen.getByTestId('form-errors').textContent).toBe('');
  });

  it('saves a valid change in fen and keeps the settings it does not show', async () => {
    const { container, save } = renderOptions();
    fireEvent.input(input(container, 'thresholdCny'), { target: { value: '80.5' } });
    fireEvent.click(container.querySelector('[name="guardMode"][value="block"]') as HTMLInputElement);
    fireEvent.input(input(container, 'selectorOverrides.cash'), { target: { value: ' #balance .num ' } });
    fireEvent.click(button(container, 'save'));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({
      ...storedSettings(),
      thresholdFen: 8050,
      guardMode: 'block',
      selectorOverrides: { cash: '#balance .num' },
    });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(screen.getByTestId('save-status').getAttribute('role')).toBe('status');
    expect(input(container, 'thresholdCny').value).toBe('80.50');
  });

  it('keeps the OpenAPI settings as stored at save time, not as loaded with the page', async () => {
    const changedElsewhere = { ...openapi, enabled: false, regionId: 'cn-south-1' };
    const stored = { ...storedSettings(), runwayWarnDays: 99, openapi: changedElsewhere };
    const { container, save } = renderOptions({ stored });
    fireEvent.input(input(container, 'thresholdCny'), { target: { value: '60' } });
    fireEvent.click(button(container, 'save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    // Only the keys this form does not show come from storage; the form's own values win.
    expect(save.mock.calls[0]?.[0]).toEqual({
      ...storedSettings(),
      thresholdFen: 6000,
      openapi: changedElsewhere,
    });

    fireEvent.click(button(container, 'reset'));
    fireEvent.click(button(container, 'confirm-reset'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]?.[0]).toEqual({ ...defaultSettings(), openapi: changedElsewhere });
  });

  it('has no OpenAPI section unless it is given the section’s I/O', () => {
    const { container } = renderOptions();
    expect(container.querySelector('[data-testid="openapi-section"]')).toBeNull();
  });

  it('shows the OpenAPI section, whose save changes only `openapi` in the settings as stored then', async () => {
    const stored: Settings = { ...storedSettings(), thresholdFen: 7000 };
    const { container, save, download } = renderOptions({ stored, ...withOpenApiSection() });
    const section = screen.getByTestId('openapi-section');
    // Outside the general form: Enter in its inputs must not submit the general settings.
    expect(section.closest('form')).toBeNull();
    expect(input(section, 'openapi.accessKeyId').value).toBe('AKIDEXAMPLE');

    fireEvent.input(input(section, 'openapi.accessKeyId'), { target: { value: 'AKNEW' } });
    fireEvent.click(button(section, 'openapi-save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const newOpenApi = { ...openapi, accessKeyId: 'AKNEW' };
    expect(save.mock.calls[0]?.[0]).toEqual({ ...stored, openapi: newOpenApi });

    // The export and the general form's Save both carry the section's new values, not the loaded ones.
    fireEvent.click(button(container, 'export'));
    expect(download.mock.calls[0]?.[1]).toBe(exportSettings({ ...storedSettings(), openapi: newOpenApi }));
    fireEvent.input(input(container, 'runwayWarnDays'), { target: { value: '9' } });
    fireEvent.click(button(container, 'save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]?.[0]).toEqual({ ...storedSettings(), runwayWarnDays: 9, openapi: newOpenApi });
  });

  it('keeps the source on when the general form is saved after it was turned on', async () => {
    const off = { ...storedSettings(), openapi: { ...openapi, enabled: false } };
    const api = fakeExtensionApi();
    const { container, save, store } = renderOptions({ settings: off, ...withOpenApiSection(api) });
    fireEvent.click(input(screen.getByTestId('openapi-section'), 'openapi.enabled'));
    await waitFor(() => expect(store.current.openapi.enabled).toBe(true));
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['https://*.jdcloud-api.com/*'] });

    fireEvent.input(input(container, 'thresholdCny'), { target: { value: '40' } });
    fireEvent.click(button(container, 'save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]?.[0]).toEqual({ ...off, thresholdFen: 4000, openapi });
  });

  it('imports a file that turns the source on without turning it on, says so, and shows the file’s key', async () => {
    const off = { ...storedSettings(), openapi: { ...openapi, enabled: false } };
    const api = fakeExtensionApi();
    const { container, save } = renderOptions({ settings: off, ...withOpenApiSection(api) });
    const fileApi = { enabled: true, regionId: 'cn-south-1', accessKeyId: 'AKFILE', refreshMinutes: 60 };
    chooseFile(container, exportSettings({ ...defaultSettings(), thresholdFen: 6000, openapi: fileApi }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({
      ...defaultSettings(),
      thresholdFen: 6000,
      openapi: { ...fileApi, enabled: false },
    });
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toBe(
        'Imported and saved. The file turns the OpenAPI source on; it stays off. Turn it on in the OpenAPI section, which asks for the permission it needs.',
      ),
    );
    const section = screen.getByTestId('openapi-section');
    await waitFor(() => expect(input(section, 'openapi.regionId').value).toBe('cn-south-1'));
    expect(input(section, 'openapi.accessKeyId').value).toBe('AKFILE');
    expect(input(section, 'openapi.enabled').checked).toBe(false);
    expect(api.permissions.request).not.toHaveBeenCalled();
  });

  it('imports a file that turns the source off and keeps it on, saying so', async () => {
    const { container, save } = renderOptions(withOpenApiSection());
    chooseFile(container, exportSettings({ ...storedSettings(), openapi: { ...openapi, enabled: false } }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual(storedSettings());
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toBe(
        'Imported and saved. The file turns the OpenAPI source off; it stays on. Turn it off in the OpenAPI section.',
      ),
    );
    expect(input(screen.getByTestId('openapi-section'), 'openapi.enabled').checked).toBe(true);
  });

  it('says so when saving fails, and keeps what was typed', async () => {
    const write = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    const { container } = renderOptions({ write });
    fireEvent.input(input(container, 'plannedTunnels'), { target: { value: '4' } });
    fireEvent.click(button(container, 'save'));
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toBe('Could not save: quota exceeded'),
    );
    expect(input(container, 'plannedTunnels').value).toBe('4');
  });

  it('adds and removes a region row', async () => {
    const { container, save } = renderOptions();
    fireEvent.input(input(container, 'newRegion'), { target: { value: 'cn-north-1' } });
    fireEvent.click(button(container, 'add-region'));
    expect(container.querySelector('[data-error-for="newRegion"]')?.textContent).toBe(
      'Region cn-north-1 already has a row.',
    );

    fireEvent.input(input(container, 'newRegion'), { target: { value: 'ap-southeast-1' } });
    fireEvent.click(button(container, 'add-region'));
    expect(input(container, 'prices.ap-southeast-1.connectionPerHour').value).toBe('0.10');
    expect(input(container, 'newRegion').value).toBe('');
    fireEvent.input(input(container, 'prices.ap-southeast-1.outboundPerGb'), { target: { value: '1.25' } });
    fireEvent.click(button(container, 'save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0].prices['ap-southeast-1']).toEqual({
      connectionPerHourFen: 10,
      tunnelPerHourFen: 12,
      outboundPerGbFen: 125,
    });

    // Enter in the code field adds the row; it does not submit the form.
    fireEvent.input(input(container, 'newRegion'), { target: { value: 'eu-west-1' } });
    fireEvent.keyDown(input(container, 'newRegion'), { key: 'Enter' });
    expect(input(container, 'prices.eu-west-1.tunnelPerHour').value).toBe('0.12');
    expect(save).toHaveBeenCalledTimes(1);
    fireEvent.click(button(container, 'remove-region'));
    fireEvent.click(button(container, 'remove-region'));
    expect(container.querySelector('[name="prices.ap-southeast-1.connectionPerHour"]')).toBeNull();
    expect(container.querySelector('[name="prices.eu-west-1.connectionPerHour"]')).toBeNull();
    // The standard rows cannot be removed.
    expect(container.querySelectorAll('[data-action="remove-region"]')).toHaveLength(0);
  });

  it('refuses a bad import with the exact reason and changes nothing', async () => {
    const { container, save } = renderOptions();
    const badFile = JSON.stringify({
      format: 'jdcloud-vpn-preflight/settings',
      version: 1,
      settings: { thresholdFen: -5 },
    });
    const reason = parseSettingsImport(badFile);
    expect(reason.ok).toBe(false);
    fireEvent.input(input(container, 'runwayWarnDays'), { target: { value: '9' } });
    chooseFile(container, badFile);

    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain(reason.ok ? '' : reason.error);
    expect(error.textContent).toContain('thresholdFen');
    expect(save).not.toHaveBeenCalled();
    expect(input(container, 'thresholdCny').value).toBe('50.00');
    expect(input(container, 'runwayWarnDays').value).toBe('9');
  });

  it('refuses a file that is not JSON', async () => {
    const { container, save } = renderOptions();
    chooseFile(container, 'not json');
    expect((await screen.findByTestId('import-error')).textContent).toContain('The file is not valid JSON');
    expect(save).not.toHaveBeenCalled();
  });

  it('shows and saves a good import', async () => {
    const { container, save } = renderOptions();
    // The OpenAPI source is on in the file as in storage: nothing to keep.
    const imported: Settings = { ...defaultSettings(), thresholdFen: 10_000, runwayWarnDays: 30, openapi };
    chooseFile(container, exportSettings(imported));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual(imported);
    await waitFor(() => expect(input(container, 'thresholdCny').value).toBe('100.00'));
    expect(input(container, 'runwayWarnDays').value).toBe('30');
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Imported and saved'));
    expect(screen.queryByTestId('import-error')).toBeNull();
  });

  it('lists what a weakening file changes and applies nothing until asked', async () => {
    const { container, save } = renderOptions();
    const imported: Settings = { ...storedSettings(), guardMode: 'off', thresholdFen: 1000 };
    chooseFile(container, exportSettings(imported));

    const confirm = await screen.findByTestId('import-confirm');
    expect(
      [...confirm.querySelectorAll('[data-testid="import-changes"] li')].map((li) => li.textContent),
    ).toEqual(['Submit guard: Warn → Off', 'Consumption threshold lowered: ¥50.00 → ¥10.00']);
    await waitFor(() => expect(document.activeElement?.id).toBe('import-confirm-title'));
    expect(save).not.toHaveBeenCalled();

    fireEvent.click(button(container, 'import-apply'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual(imported);
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Imported and saved'));
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(container.querySelector<HTMLInputElement>('[name="guardMode"][value="off"]')?.checked).toBe(true);
  });

  it('cancelling a weakening import keeps every setting and says nothing changed', async () => {
    const { container, save } = renderOptions();
    chooseFile(container, exportSettings({ ...storedSettings(), selectorOverrides: { cash: '#fake' } }));
    const confirm = await screen.findByTestId('import-confirm');
    expect(confirm.textContent).toContain('New selector override for Cash balance: #fake');
    fireEvent.click(button(container, 'import-cancel'));
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(screen.getByTestId('save-status').textContent).toBe('Not imported: nothing was changed.');
    expect(save).not.toHaveBeenCalled();
    expect(input(container, 'thresholdCny').value).toBe('50.00');
  });

  it('a later invalid file drops the question and is refused as before', async () => {
    const { container, save } = renderOptions();
    chooseFile(container, exportSettings({ ...storedSettings(), guardMode: 'off' }));
    await screen.findByTestId('import-confirm');
    chooseFile(container, 'not json');
    expect((await screen.findByTestId('import-error')).textContent).toContain('The file is not valid JSON');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('asks before resetting, then saves the defaults', async () => {
    const settings: Settings = { ...storedSettings(), thresholdFen: 9900, guardMode: 'off' };
    const { container, save } = renderOptions({ settings });
    fireEvent.click(button(container, 'reset'));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByTestId('reset-confirm').textContent).toContain('Reset every setting on this page');
    expect(document.activeElement).toBe(button(container, 'cancel-reset'));

    fireEvent.keyDown(button(container, 'cancel-reset'), { key: 'Escape' });
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    expect(document.activeElement).toBe(button(container, 'reset'));
    fireEvent.click(button(container, 'reset'));
    fireEvent.click(button(container, 'cancel-reset'));
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    expect(save).not.toHaveBeenCalled();

    fireEvent.click(button(container, 'reset'));
    fireEvent.click(button(container, 'confirm-reset'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({ ...defaultSettings(), openapi });
    await waitFor(() => expect(input(container, 'thresholdCny').value).toBe('50.00'));
    expect(container.querySelector<HTMLInputElement>('[name="guardMode"][value="warn"]')?.checked).toBe(true);
  });

  it('exports the saved settings under the documented file name', () => {
    const { container, download } = renderOptions();
    fireEvent.click(button(container, 'export'));
    expect(download).toHaveBeenCalledWith(
      'jdcloud-vpn-preflight-settings.json',
      exportSettings(storedSettings()),
    );
  });

  it('lists the settings that were repaired on load, until they are saved', async () => {
    const { container, save } = renderOptions({
      problems: [
        { path: 'thresholdFen', message: 'Too small: expected number to be >=0' },
        { path: 'colour', message: 'unknown setting' },
      ],
    });
    const notice = screen.getByTestId('load-problems');
    expect(notice.textContent).toContain(
      'These saved settings were invalid and were reset to their defaults:',
    );
    expect(notice.textContent).toContain('thresholdFen: Too small: expected number to be >=0');
    expect(notice.textContent).toContain('colour: unknown setting');

    fireEvent.click(button(container, 'save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByTestId('load-problems')).toBeNull());
  });

  it('shows the guard log newest first, as text, and clears it', async () => {
    const guardLog = [
      {
        at: Date.UTC(2026, 0, 1, 8),
        account: 'older-pin',
        kind: 'override',
        detail: 'funds-threshold failed',
      },
      { at: Date.UTC(2026, 0, 2, 8), kind: 'guard-error', detail: '<img src=x onerror=alert(1)>' },
      { at: 'yesterday', kind: 'override', detail: 'not an entry' },
    ];
    const { container, clearGuardLog } = renderOptions({ guardLog });
    const rows = [...screen.getByTestId('guard-log').querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-kind'))).toEqual(['guard-error', 'override']);
    expect(rows[0]?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(rows[0]?.textContent).toContain('unknown');
    expect(rows[1]?.textContent).toContain('older-pin');
    expect(rows[1]?.textContent).toContain('Proceeded anyway');
    expect(container.querySelector('img')).toBeNull();

    fireEvent.click(button(container, 'clear-log'));
    await waitFor(() => expect(clearGuardLog).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('guard-log').textContent).toContain('Nothing recorded.'));
  });

  it('speaks the saved language, else the browser’s', () => {
    const { container, unmount } = renderOptions({ uiLanguage: 'zh-CN' });
    expect(container.querySelector('h1')?.textContent).toBe('VPN 预检设置');
    unmount();
    const english = renderOptions({ settings: { ...storedSettings(), language: 'en' }, uiLanguage: 'zh-CN' });
    expect(english.container.querySelector('h1')?.textContent).toBe('VPN Preflight options');
    expect(document.documentElement.lang).toBe('en');
  });
});
