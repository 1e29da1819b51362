import { describe, expect, it, vi } from 'vitest';
import { importPreflight } from '../../entrypoints/detector/import-preflight';
import { preflightModuleFor } from '../../lib/content-scripts';

const runtime = () => ({
  getURL: vi.fn((path: string) => `chrome-extension://preflight-test${path}`),
  sendMessage: vi.fn(async () => ({ ok: true })),
});

describe('importPreflight', () => {
  it('imports the module from the extension and reports nothing when it loads', async () => {
    const api = runtime();
    const load = vi.fn(async () => ({}));
    await importPreflight(api, 'preflight.js', load);
    expect(load).toHaveBeenCalledWith('chrome-extension://preflight-test/preflight.js');
    expect(api.sendMessage).not.toHaveBeenCalled();
  });

  it('imports the module of the page’s family: the VPN console’s on its host, the account pages’ elsewhere', () => {
    expect(preflightModuleFor('cns-console.jdcloud.com')).toBe('preflight.js');
    for (const host of [
      'uc.jdcloud.com',
      'billing-console.jdcloud.com',
      'realname.jdcloud.com',
      'login.jdcloud.com',
    ]) {
      expect(preflightModuleFor(host), host).toBe('account-preflight.js');
    }
  });

  it('fetches the readers the address names beside the preflight, the preflight first', async () => {
    const api = runtime();
    const load = vi.fn(async () => ({}));
    await importPreflight(api, 'preflight.js', load, 'tunnel-gateway-pages.js');
    expect(load.mock.calls).toEqual([
      ['chrome-extension://preflight-test/preflight.js'],
      ['chrome-extension://preflight-test/tunnel-gateway-pages.js'],
    ]);
  });

  it('leaves a failed fetch of the readers to the preflight, which imports them too and reports it', async () => {
    const api = runtime();
    const load = vi.fn(async (url: string) => {
      if (url.endsWith('/tunnel-gateway-pages.js')) throw new TypeError('Failed to fetch');
      return {};
    });
    await expect(
      importPreflight(api, 'preflight.js', load, 'tunnel-gateway-pages.js'),
    ).resolves.toBeUndefined();
    expect(api.sendMessage).not.toHaveBeenCalled();
  });

  it('still loads the preflight, and reports nothing, when starting the readers’ fetch throws at once', async () => {
    const api = runtime();
    const load = vi.fn((url: string) => {
      if (url.endsWith('/tunnel-gateway-pages.js')) throw new Error('Extension context invalidated.');
      return Promise.resolve({});
    });
    await importPreflight(api, 'preflight.js', load, 'tunnel-gateway-pages.js');
    expect(load).toHaveBeenCalledWith('chrome-extension://preflight-test/preflight.js');
    expect(api.sendMessage).not.toHaveBeenCalled();
  });

  it('writes a failed import to the guard log', async () => {
    const api = runtime();
    await importPreflight(api, 'preflight.js', async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    expect(api.sendMessage).toHaveBeenCalledWith({
      type: 'guard-error',
      message: 'The preflight did not load: TypeError: Failed to fetch dynamically imported module',
    });
  });

  it('fails the real import of an address node cannot load, and settles even when the report fails too', async () => {
    const api = runtime();
    api.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(importPreflight(api, 'preflight.js')).resolves.toBeUndefined();
    expect(api.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('settles when the report throws at once, as an invalidated extension API does', async () => {
    const api = runtime();
    api.sendMessage.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const failed = async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    };
    await expect(importPreflight(api, 'preflight.js', failed)).resolves.toBeUndefined();
    expect(api.sendMessage).toHaveBeenCalledTimes(1);
  });
});
