import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../../components/i18n';
import { OpenApiRefreshButton } from '../../components/OpenApiRefreshButton';
import {
  createOpenApiSettingsIo,
  OpenApiSettings,
  type OpenApiSettingsIo,
} from '../../components/options/OpenApiSettings';
import { hasMessage, type Language } from '../../lib/i18n';
import { openapiCatalog } from '../../lib/i18n/openapi';
import type { OpenApiRunReply, OpenApiSecretView, OpenApiStatusView } from '../../lib/messages';
import { REAL_NAME_STATUSES } from '../../lib/model/observation';
import type { Settings } from '../../lib/model/settings';
import type { OpenApiSkipReason } from '../../lib/openapi-source';

const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);
const STORED: Settings['openapi'] = {
  enabled: false,
  regionId: 'cn-north-1',
  accessKeyId: 'AKTEST0001',
  refreshMinutes: 15,
};

function statusWith(overrides: Partial<OpenApiStatusView> = {}): OpenApiStatusView {
  return {
    enabled: false,
    secret: { set: true, masked: '••••••••abcd' },
    permitted: false,
    paused: false,
    now: NOW,
    ...overrides,
  };
}

/** A background that remembers the secret, so the status it reports follows what was saved or cleared. */
function fakeIo(overrides: Partial<OpenApiSettingsIo> = {}, status: Partial<OpenApiStatusView> = {}) {
  let secret: OpenApiSecretView = { set: true, masked: '••••••••abcd' };
  const io: OpenApiSettingsIo = {
    loadStatus: vi.fn(async () => statusWith({ ...status, secret })),
    saveSettings: vi.fn(async () => undefined),
    saveSecret: vi.fn(async (typed: string) => {
      secret = { set: true, masked: `••••••••${typed.slice(-4)}` };
      return { ok: true as const, secret };
    }),
    clearSecret: vi.fn(async () => {
      secret = { set: false };
      return { ok: true as const, secret };
    }),
    test: vi.fn(
      async (): Promise<OpenApiRunReply> => ({
        outcome: 'ok',
        recorded: true,
        values: { account: 'jdc_demo_01', realName: 'enterprise', cashFen: 8750, frozenFen: 50 },
      }),
    ),
    requestPermission: vi.fn(async () => true),
    removePermission: vi.fn(async () => undefined),
    ...overrides,
  };
  return io;
}

function renderSection(io: OpenApiSettingsIo, settings = STORED, language: Language = 'en') {
  const view = render(
    <LanguageContext.Provider value={language}>
      <OpenApiSettings settings={settings} io={io} />
    </LanguageContext.Provider>,
  );
  const section = view.container.querySelector('[data-testid="openapi-section"]') as HTMLElement;
  const input = (name: string) => section.querySelector(`input[name="${name}"]`) as HTMLInputElement;
  const button = (action: string) => section.querySelector(`[data-action="${action}"]`) as HTMLButtonElement;
  const result = () => section.querySelector('[data-testid="openapi-test-result"]') as HTMLElement;
  return { section, input, button, result };
}

afterEach(cleanup);

describe('OpenApiSettings: the secret', () => {
  it('shows the stored secret only masked, and never fills it into the input', async () => {
    const { input, section } = renderSection(fakeIo());
    await screen.findByText('Stored secret: ••••••••abcd');
    const secret = input('openapi.secret');
    expect(secret.type).toBe('password');
    expect(secret.value).toBe('');
    expect(section.textContent).toContain('sub-user');
  });

  it('saves a typed secret through the background, empties the input and shows the new mask', async () => {
    const io = fakeIo();
    const { input, button } = renderSection(io);
    await screen.findByText('Stored secret: ••••••••abcd');
    fireEvent.input(input('openapi.secret'), { target: { value: '  NEWSECRETvalue0000wxyz ' } });
    fireEvent.input(input('openapi.accessKeyId'), { target: { value: 'AKNEW' } });
    fireEvent.click(button('openapi-save'));
    await screen.findByText('Saved.');
    expect(io.saveSecret).toHaveBeenCalledWith('NEWSECRETvalue0000wxyz');
    expect(io.saveSettings).toHaveBeenCalledWith({ ...STORED, accessKeyId: 'AKNEW' });
    expect(input('openapi.secret').value).toBe('');
    expect(screen.getByTestId('openapi-secret-stored').textContent).toBe('Stored secret: ••••••••wxyz');
  });

  it('refuses a bad region, key ID or secret in place and saves nothing', async () => {
    const io = fakeIo();
    const { input, button, section } = renderSection(io);
    fireEvent.input(input('openapi.regionId'), { target: { value: 'North China' } });
    fireEvent.input(input('openapi.secret'), { target: { value: 'two words' } });
    fireEvent.click(button('openapi-save'));
    await waitFor(() => expect(section.querySelector('[data-error-for="openapi.regionId"]')).not.toBeNull());
    expect(section.querySelector('[data-error-for="openapi.regionId"]')?.textContent).toBe(
      'Enter a region code such as cn-north-1.',
    );
    expect(section.querySelector('[data-error-for="openapi.secret"]')).not.toBeNull();
    expect(input('openapi.regionId').getAttribute('aria-invalid')).toBe('true');
    expect(io.saveSecret).not.toHaveBeenCalled();
    expect(io.saveSettings).not.toHaveBeenCalled();
  });
});

describe('OpenApiSettings: a secret that cannot be protected', () => {
  const REASON = 'IndexedDB is not available';

  it('shows the background’s problem as a visible line of the section', async () => {
    const io = fakeIo(
      {},
      { secretProblem: { key: 'openapi.secret.problem.unavailable', params: { reason: REASON } } },
    );
    renderSection(io);
    const line = await screen.findByTestId('openapi-secret-problem');
    expect(line.textContent).toBe(
      `This browser cannot keep a secret protected here (${REASON}), so none is stored and the OpenAPI source cannot run. Console pages are still read as usual.`,
    );
    expect(line.getAttribute('role')).toBe('alert');
  });

  it('says a refused save at the secret field, and keeps nothing as saved', async () => {
    const io = fakeIo({
      saveSecret: vi.fn(async () => ({
        error: 'secret not protected',
        message: { key: 'openapi.error.secret-unprotected', params: { reason: REASON } },
      })),
    });
    const { input, button, section } = renderSection(io);
    fireEvent.input(input('openapi.secret'), { target: { value: 'NEWSECRETvalue0000wxyz' } });
    fireEvent.click(button('openapi-save'));
    await waitFor(() => expect(section.querySelector('[data-error-for="openapi.secret"]')).not.toBeNull());
    expect(section.querySelector('[data-error-for="openapi.secret"]')?.textContent).toBe(
      `The secret was not saved: this browser could not keep it where the console page’s scripts cannot read it (${REASON}).`,
    );
    expect(io.saveSettings).not.toHaveBeenCalled();
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('has no line when nothing is wrong', async () => {
    renderSection(fakeIo());
    await screen.findByText('Stored secret: ••••••••abcd');
    expect(screen.queryByTestId('openapi-secret-problem')).toBeNull();
  });
});

describe('OpenApiSettings: test connection', () => {
  it('shows what came back, in words', async () => {
    const io = fakeIo();
    const { button, result } = renderSection(io);
    fireEvent.click(button('openapi-test'));
    await waitFor(() => expect(result().getAttribute('data-outcome')).toBe('ok'));
    expect(result().textContent).toContain('Account (pin): jdc_demo_01');
    expect(result().textContent).toContain('Real-name status: enterprise');
    expect(result().textContent).toContain('Available cash: ¥87.50');
    expect(result().textContent).toContain('Frozen: ¥0.50');
    expect(io.test).toHaveBeenCalledWith({ regionId: 'cn-north-1', accessKeyId: 'AKTEST0001' });
  });

  it('sends the values typed in the form, the typed secret included', async () => {
    const io = fakeIo();
    const { input, button, result } = renderSection(io);
    fireEvent.input(input('openapi.regionId'), { target: { value: 'cn-east-2' } });
    fireEvent.input(input('openapi.secret'), { target: { value: 'TypedSecret' } });
    fireEvent.click(button('openapi-test'));
    await waitFor(() => expect(result().getAttribute('data-outcome')).toBe('ok'));
    expect(io.test).toHaveBeenCalledWith({
      regionId: 'cn-east-2',
      accessKeyId: 'AKTEST0001',
      secret: 'TypedSecret',
    });
  });

  it('shows the mapped error in words, in either language', async () => {
    const refused: OpenApiRunReply = {
      outcome: 'error',
      recorded: false,
      values: {},
      message: { key: 'api.error.signature-rejected', params: { status: 401 } },
    };
    const en = renderSection(fakeIo({ test: vi.fn(async () => refused) }));
    fireEvent.click(en.button('openapi-test'));
    await waitFor(() => expect(en.result().getAttribute('data-outcome')).toBe('error'));
    expect(en.result().textContent).toContain('JD Cloud did not accept the request signature.');
    cleanup();

    const denied: OpenApiRunReply = { ...refused, message: { key: 'api.error.access-denied' } };
    const zh = renderSection(fakeIo({ test: vi.fn(async () => denied) }), STORED, 'zh-CN');
    fireEvent.click(zh.button('openapi-test'));
    await waitFor(() => expect(zh.result().getAttribute('data-outcome')).toBe('error'));
    expect(zh.result().textContent).toContain('此 AccessKey 无权读取该信息');
  });

  it('names the failing field of a malformed answer', async () => {
    const malformed: OpenApiRunReply = {
      outcome: 'error',
      recorded: true,
      values: { account: 'jdc_demo_01', realName: 'none' },
      message: { key: 'api.error.malformed-response', params: { field: 'result.availableAmount' } },
    };
    const { button, result } = renderSection(fakeIo({ test: vi.fn(async () => malformed) }));
    fireEvent.click(button('openapi-test'));
    await waitFor(() => expect(result().getAttribute('data-outcome')).toBe('error'));
    expect(result().textContent).toContain('(field result.availableAmount)');
    expect(result().textContent).toContain('Real-name status: not verified');
    expect(result().textContent).not.toContain('Available cash');
  });

  it('says why nothing ran, and removes a permission it asked for while the source is off', async () => {
    const io = fakeIo({
      test: vi.fn(
        async (): Promise<OpenApiRunReply> => ({
          outcome: 'skipped',
          message: { key: 'openapi.skip.too-soon', params: { seconds: 42 } },
        }),
      ),
    });
    const { button, result } = renderSection(io);
    fireEvent.click(button('openapi-test'));
    await waitFor(() => expect(result().getAttribute('data-outcome')).toBe('skipped'));
    expect(result().textContent).toBe('Read less than a minute ago. Try again in 42 s.');
    expect(io.requestPermission).toHaveBeenCalledTimes(1);
    expect(io.removePermission).toHaveBeenCalledTimes(1);
  });
});

describe('OpenApiSettings: on and off', () => {
  it('asks for the host permission within the click, and stays off when it is refused', async () => {
    const io = fakeIo({ requestPermission: vi.fn(async () => false) });
    const { input, section } = renderSection(io);
    fireEvent.click(input('openapi.enabled'));
    // Synchronously, inside the user gesture: before any await.
    expect(io.requestPermission).toHaveBeenCalledTimes(1);
    await screen.findByText(/was not granted/);
    expect(io.saveSettings).not.toHaveBeenCalled();
    expect(input('openapi.enabled').checked).toBe(false);
    expect(section.querySelector('[data-testid="openapi-notice"]')?.textContent).toBe(
      'Access to https://*.jdcloud-api.com was not granted, so the OpenAPI source stays off.',
    );
  });

  it('turns on once the permission is granted', async () => {
    const io = fakeIo();
    const { input } = renderSection(io);
    fireEvent.click(input('openapi.enabled'));
    expect(io.requestPermission).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(io.saveSettings).toHaveBeenCalledWith({ ...STORED, enabled: true }));
    await waitFor(() => expect(input('openapi.enabled').checked).toBe(true));
  });

  it('turning off removes the permission and offers to delete the secret', async () => {
    const io = fakeIo({}, { enabled: true, permitted: true });
    const { input, button } = renderSection(io, { ...STORED, enabled: true });
    await screen.findByText('Stored secret: ••••••••abcd');
    fireEvent.click(input('openapi.enabled'));
    await waitFor(() => expect(io.saveSettings).toHaveBeenCalledWith({ ...STORED, enabled: false }));
    expect(io.requestPermission).not.toHaveBeenCalled();
    await waitFor(() => expect(io.removePermission).toHaveBeenCalledTimes(1));
    await screen.findByText('The OpenAPI source is off. Also delete the stored secret?');
    expect(io.clearSecret).not.toHaveBeenCalled();
    fireEvent.click(button('openapi-delete-secret'));
    await screen.findByText('The stored secret was deleted.');
    expect(io.clearSecret).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('openapi-secret-stored').textContent).toBe('No secret stored.');
  });

  it('shows a pause after refused credentials and the last read age', async () => {
    const io = fakeIo(
      {},
      {
        enabled: true,
        permitted: true,
        paused: true,
        lastSuccessAt: NOW - 3 * 3_600_000,
        lastError: { key: 'api.error.signature-rejected' },
      },
    );
    renderSection(io, { ...STORED, enabled: true });
    const status = await screen.findByTestId('openapi-status');
    expect(status.textContent).toContain('Last read from the OpenAPI: 3 h ago');
    expect(status.textContent).toContain('Stopped: JD Cloud refused these credentials.');
  });
});

describe('createOpenApiSettingsIo', () => {
  it('speaks the background’s message types and asks only for the JD Cloud API origin', async () => {
    const sendMessage = vi.fn(async (_message: unknown): Promise<unknown> => ({ ok: true }));
    const request = vi.fn(async () => true);
    const remove = vi.fn(async () => true);
    const saveSettings = vi.fn(async () => undefined);
    const io = createOpenApiSettingsIo(
      { runtime: { sendMessage }, permissions: { request, remove } },
      saveSettings,
    );
    await io.loadStatus();
    await io.saveSecret('S');
    await io.clearSecret();
    await io.test({ regionId: 'cn-north-1', accessKeyId: 'AK', secret: 'S' });
    expect(sendMessage.mock.calls.map(([message]) => message)).toEqual([
      { type: 'openapi-status' },
      { type: 'openapi-save-secret', secret: 'S' },
      { type: 'openapi-clear-secret' },
      { type: 'openapi-test', regionId: 'cn-north-1', accessKeyId: 'AK', secret: 'S' },
    ]);
    expect(await io.requestPermission()).toBe(true);
    await io.removePermission();
    expect(request).toHaveBeenCalledWith({ origins: ['https://*.jdcloud-api.com/*'] });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://*.jdcloud-api.com/*'] });
    await io.saveSettings(STORED);
    expect(saveSettings).toHaveBeenCalledWith(STORED);
  });
});

describe('OpenApiRefreshButton', () => {
  it('refreshes on click and says what happened in words', async () => {
    const replies: OpenApiRunReply[] = [
      { outcome: 'ok', recorded: true, values: { cashFen: 100 } },
      { outcome: 'skipped', message: { key: 'openapi.skip.paused' } },
    ];
    const onRefresh = vi.fn(async () => replies.shift() as OpenApiRunReply);
    const { container } = render(<OpenApiRefreshButton onRefresh={onRefresh} />);
    const button = container.querySelector('[data-action="openapi-refresh"]') as HTMLButtonElement;
    fireEvent.click(button);
    await screen.findByText('Updated from the OpenAPI.');
    fireEvent.click(button);
    await screen.findByText(/Stopped: JD Cloud refused these credentials/);
    expect(onRefresh).toHaveBeenCalledTimes(2);
  });
});

describe('openapiCatalog', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every text in both languages with the same placeholders', () => {
    expect(Object.keys(openapiCatalog['zh-CN']).sort()).toEqual(Object.keys(openapiCatalog.en).sort());
    for (const [key, text] of Object.entries(openapiCatalog.en)) {
      expect(placeholders(openapiCatalog['zh-CN'][key as keyof typeof openapiCatalog.en]), key).toEqual(
        placeholders(text),
      );
    }
  });

  it('has a text for every skip reason and real-name status the source can report', () => {
    const reasons: OpenApiSkipReason[] = [
      'disabled',
      'no-credentials',
      'no-permission',
      'paused',
      'too-soon',
      'not-due',
    ];
    for (const language of ['en', 'zh-CN'] as const) {
      for (const reason of reasons) expect(hasMessage(language, `openapi.skip.${reason}`), reason).toBe(true);
      for (const status of REAL_NAME_STATUSES)
        expect(hasMessage(language, `openapi.realName.${status}`)).toBe(true);
    }
  });
});
