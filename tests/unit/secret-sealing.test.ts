import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OpenApiSecretReply, OpenApiStatusView } from '../../lib/messages';
import { defaultSettings } from '../../lib/settings';
import { saveSettings } from '../../platform/storage';
import { memoryKeyStore } from './support/memory-key-store';

/*
 * The secret where storage.local cannot be closed to content scripts (Firefox: no storage.local.setAccessLevel).
 * The background's IndexedDB is replaced by a key store in memory; the WebCrypto is Node's own.
 */

const keys = vi.hoisted(() => ({ current: undefined as ReturnType<typeof memoryKeyStore> | undefined }));
vi.mock('../../platform/secret-key-store', () => ({
  indexedDbKeyStore: {
    load: () => keys.current?.store.load(),
    save: (key: CryptoKey) => keys.current?.store.save(key),
  },
}));

const SECRET = 'Zq9XvK7wPm3RtY8uLb2NcJ5hFd6GsA4e';
const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);
const options = () =>
  ({
    id: fakeBrowser.runtime.id,
    url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
  }) as Browser.runtime.MessageSender;

async function send<T>(message: unknown): Promise<T> {
  const { handleMessage } = await import('../../entrypoints/background/hub');
  return (await handleMessage(message, options())) as T;
}

/** Everything storage.local holds, as text: what a content script on Firefox could read. */
async function readableByContentScripts(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

function expectNoPieceOfSecret(text: string) {
  for (let i = 0; i + 5 <= SECRET.length; i++) expect(text).not.toContain(SECRET.slice(i, i + 5));
}

function stubJdCloud() {
  const authorizations: string[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    authorizations.push((init.headers as Record<string, string>).authorization ?? '');
    const body = String(input).includes('describeUser')
      ? { requestId: 'u', result: { pin: 'jdc_demo_01', loginName: 'jdc_demo_01', userAuth: 1 } }
      : { requestId: 'a', result: { totalAmount: '88.00', availableAmount: '87.50', frozenAmount: '0.50' } };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { fetchStub, authorizations };
}

beforeEach(async () => {
  fakeBrowser.reset();
  keys.current = memoryKeyStore();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    (async () => true) as unknown as typeof fakeBrowser.permissions.contains,
  );
  // Firefox: storage.local has no access levels.
  Object.assign(fakeBrowser.storage.local, { setAccessLevel: undefined });
  const settings = defaultSettings();
  settings.openapi = { ...settings.openapi, enabled: true, accessKeyId: 'AKTEST0001' };
  await saveSettings(settings);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('without storage access levels', () => {
  it('stores only a sealed copy: nothing in storage.local holds the secret or a piece of it', async () => {
    const reply = await send<OpenApiSecretReply>({ type: 'openapi-save-secret', secret: SECRET });
    expect(reply).toEqual({ ok: true, secret: { set: true, masked: '••••••••sA4e' } });
    const stored = await readableByContentScripts();
    expectNoPieceOfSecret(stored);
    expect(await fakeBrowser.storage.local.get('openapiSecret')).toEqual({});
    const { openapiSecretSealed } = await fakeBrowser.storage.local.get('openapiSecretSealed');
    expect(Object.keys(openapiSecretSealed as object)).toEqual(['v', 'iv', 'data']);
    expect(keys.current?.kept()?.extractable).toBe(false);
  });

  it('the background opens it to sign OpenAPI calls, also after a restart', async () => {
    await send({ type: 'openapi-save-secret', secret: SECRET });
    // A restarted background: fresh modules, the same storage.local and key store.
    vi.resetModules();
    const { authorizations } = stubJdCloud();
    const reply = await send<{ outcome: string }>({ type: 'openapi-refresh' });
    expect(reply.outcome).toBe('ok');
    expect(authorizations).toHaveLength(2);
    for (const authorization of authorizations) {
      expect(authorization).toMatch(/^JDCLOUD2-HMAC-SHA256 Credential=AKTEST0001\//);
      expect(authorization).not.toContain(SECRET);
    }
    const status = await send<OpenApiStatusView>({ type: 'openapi-status' });
    expect(status.secret).toEqual({ set: true, masked: '••••••••sA4e' });
    expect(status.secretProblem).toBeUndefined();
  });

  it('refuses to store the secret when it cannot be protected, and options is told why', async () => {
    if (keys.current) keys.current.state.broken = true;
    const reply = await send<OpenApiSecretReply>({ type: 'openapi-save-secret', secret: SECRET });
    expect(reply).toEqual({
      error: 'secret not protected',
      message: { key: 'openapi.error.secret-unprotected', params: { reason: 'IndexedDB is not available' } },
    });
    // Not in clear, not anywhere.
    expectNoPieceOfSecret(await readableByContentScripts());
    expect(await fakeBrowser.storage.local.get(['openapiSecret', 'openapiSecretSealed'])).toEqual({});
    const status = await send<OpenApiStatusView>({ type: 'openapi-status' });
    expect(status.secret).toEqual({ set: false });
    expect(status.secretProblem).toEqual({
      key: 'openapi.secret.problem.unavailable',
      params: { reason: 'IndexedDB is not available' },
    });
  });

  it('says the stored secret is lost when its key is gone, and a new one can be saved', async () => {
    await send({ type: 'openapi-save-secret', secret: SECRET });
    keys.current?.forget();
    const status = await send<OpenApiStatusView>({ type: 'openapi-status' });
    expect(status.secret).toEqual({ set: false });
    expect(status.secretProblem?.key).toBe('openapi.secret.problem.lost');
    const again = await send<OpenApiSecretReply>({ type: 'openapi-save-secret', secret: SECRET });
    expect(again).toMatchObject({ ok: true });
    expect((await send<OpenApiStatusView>({ type: 'openapi-status' })).secretProblem).toBeUndefined();
  });

  it('seals a secret an earlier version stored as typed, and removes the typed copy', async () => {
    await fakeBrowser.storage.local.set({ openapiSecret: SECRET });
    const status = await send<OpenApiStatusView>({ type: 'openapi-status' });
    expect(status.secret).toEqual({ set: true, masked: '••••••••sA4e' });
    expect(status.secretProblem).toBeUndefined();
    expectNoPieceOfSecret(await readableByContentScripts());
  });

  it('says so when such a secret cannot be sealed: still stored unprotected, until deleted', async () => {
    if (keys.current) keys.current.state.broken = true;
    await fakeBrowser.storage.local.set({ openapiSecret: SECRET });
    const status = await send<OpenApiStatusView>({ type: 'openapi-status' });
    expect(status.secretProblem?.key).toBe('openapi.secret.problem.unprotected');
    await send({ type: 'openapi-clear-secret' });
    expect(await fakeBrowser.storage.local.get(['openapiSecret', 'openapiSecretSealed'])).toEqual({});
    expect((await send<OpenApiStatusView>({ type: 'openapi-status' })).secretProblem?.key).toBe(
      'openapi.secret.problem.unavailable',
    );
  });

  it('seals it too where the browser has access levels but refuses to close storage.local', async () => {
    Object.assign(fakeBrowser.storage.local, {
      setAccessLevel: vi.fn(async () => {
        throw new Error('not supported for this area');
      }),
    });
    await send({ type: 'openapi-save-secret', secret: SECRET });
    expectNoPieceOfSecret(await readableByContentScripts());
    expect(Object.keys(await fakeBrowser.storage.local.get('openapiSecretSealed'))).toEqual([
      'openapiSecretSealed',
    ]);
  });
});
