import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakePreflightWhenNeeded } from '../../entrypoints/detector/wake';

const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const LIST = 'https://cns-console.jdcloud.com/host/vpnConnection/list';
const VPC_LIST = 'https://cns-console.jdcloud.com/host/vpc/list';
const OVERVIEW = 'https://console.jdcloud.com/overview';
const MODULE = 'chrome-extension://preflight-test/preflight.js';
const IMPORTED = [[MODULE]];

let load: ReturnType<typeof vi.fn<(url: string) => Promise<unknown>>>;
let sendMessage: ReturnType<typeof vi.fn>;
let runtimeLookups: number;
let stop: AbortController;

function goTo(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
const press = () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
const keydown = () =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
const wake = () => wakePreflightWhenNeeded(stop.signal, load);

/** The extension API as the page scripts see it: Chrome's `chrome` (Firefox has `browser` too). */
function stubRuntime(runtime: { id?: string }) {
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', {
    get runtime() {
      runtimeLookups++;
      return {
        ...runtime,
        sendMessage,
        getURL: (path: string) => `chrome-extension://preflight-test${path}`,
      };
    },
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  load = vi.fn(async () => ({}));
  sendMessage = vi.fn(async () => ({ ok: true }));
  runtimeLookups = 0;
  stubRuntime({ id: 'preflight-test' });
  stop = new AbortController();
});

afterEach(() => {
  stop.abort();
  document.title = '';
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the detector', () => {
  it('imports the preflight on a billing page it knows by its title only, on the billing hosts', async () => {
    document.title = '资金管理 - 京东云';
    goTo('https://billing-console.jdcloud.com/cost/capital/v3/overview');
    wake();
    await vi.advanceTimersByTimeAsync(100);
    // The account pages' module: a billing page has no VPN form.
    expect(load.mock.calls).toEqual([['chrome-extension://preflight-test/account-preflight.js']]);
  });

  it('lets a page with the same title on another console host go', async () => {
    document.title = '资金管理 - 京东云';
    goTo('https://iam-console.jdcloud.com/subUser/list');
    wake();
    await vi.advanceTimersByTimeAsync(100);
    expect(load).not.toHaveBeenCalled();
  });

  it('fetches the tunnel and gateway readers beside the preflight where the address names their page', async () => {
    goTo('https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1a2b/tunnel/create');
    wake();
    await vi.advanceTimersByTimeAsync(100);
    expect(load.mock.calls).toEqual([
      [MODULE],
      ['chrome-extension://preflight-test/tunnel-gateway-pages.js'],
    ]);
  });

  it('imports the preflight at once on the VPN form, and only once', async () => {
    goTo(FORM);
    wake();
    press();
    await vi.advanceTimersByTimeAsync(5000);
    press();
    keydown();
    expect(load.mock.calls).toEqual(IMPORTED);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('sleeps through console pages with nothing to check, presses there included, without touching the extension API', async () => {
    goTo(OVERVIEW);
    wake();
    press();
    keydown();
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).not.toHaveBeenCalled();
    expect(runtimeLookups).toBe(0);
  });

  it('lets a page on a host the preflight never works on go at once: no listeners, no watch of its address', () => {
    const listened = vi.spyOn(document, 'addEventListener');
    const polled = vi.spyOn(globalThis, 'setInterval');
    goTo(OVERVIEW);
    wake();
    expect(listened).not.toHaveBeenCalled();
    expect(polled).not.toHaveBeenCalled();
    goTo('https://uc.jdcloud.com/cost/bill');
    wake();
    // The account host: an SPA navigation may still reach the capital overview.
    expect(polled).toHaveBeenCalledTimes(1);
  });

  it('does nothing when told to stop before it starts', () => {
    const polled = vi.spyOn(globalThis, 'setInterval');
    stop.abort();
    goTo(VPC_LIST);
    wake();
    expect(polled).not.toHaveBeenCalled();
  });

  it('listens for presses only on the host where create dialogs open', () => {
    const listened = vi.spyOn(document, 'addEventListener');
    const pressTypes = () => listened.mock.calls.map(([type]) => type).filter((type) => type !== 'abort');
    goTo(OVERVIEW);
    wake();
    expect(pressTypes()).toEqual([]);
    goTo(VPC_LIST);
    wake();
    expect(pressTypes()).toEqual(['pointerdown', 'keydown']);
  });

  it('imports the preflight as the VPN list loads (it counts the connections per border gateway), once', async () => {
    goTo(LIST);
    wake();
    expect(load.mock.calls).toEqual(IMPORTED);
    keydown();
    press();
    await vi.advanceTimersByTimeAsync(1500);
    expect(load.mock.calls).toEqual(IMPORTED);
  });

  it('sleeps through another cns-console page loading, and wakes on the first press of a pointer or key there (a create dialog may open)', async () => {
    goTo(VPC_LIST);
    wake();
    await vi.advanceTimersByTimeAsync(1500);
    expect(load).not.toHaveBeenCalled();
    keydown();
    press();
    await vi.advanceTimersByTimeAsync(0);
    press();
    expect(load.mock.calls).toEqual(IMPORTED);
  });

  it('wakes after an SPA navigation to the form, found by polling where there is no Navigation API', async () => {
    goTo(VPC_LIST);
    wake();
    goTo(FORM);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(load.mock.calls).toEqual(IMPORTED);
  });

  it('uses the Navigation API where there is one, and lets go of it once awake', async () => {
    const listeners = new Set<() => void>();
    vi.stubGlobal('navigation', {
      addEventListener(type: string, listener: () => void, options: AddEventListenerOptions) {
        expect(type).toBe('currententrychange');
        listeners.add(listener);
        options.signal?.addEventListener('abort', () => listeners.delete(listener));
      },
    });
    goTo(VPC_LIST);
    wake();
    expect(listeners.size).toBe(1);
    for (const listener of listeners) listener();
    expect(load).not.toHaveBeenCalled();
    goTo(FORM);
    for (const listener of listeners) listener();
    await vi.advanceTimersByTimeAsync(0);
    expect(load.mock.calls).toEqual(IMPORTED);
    expect(listeners.size).toBe(0);
  });

  it('imports nothing when the extension was updated or removed under the page (no runtime id)', async () => {
    stubRuntime({});
    goTo(FORM);
    wake();
    press();
    await vi.advanceTimersByTimeAsync(2000);
    expect(load).not.toHaveBeenCalled();
  });

  it('writes an import that fails to the guard log, is no error in the page, and does not try again', async () => {
    load.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    goTo(FORM);
    expect(() => wake()).not.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    press();
    await vi.advanceTimersByTimeAsync(1000);
    expect(load.mock.calls).toEqual(IMPORTED);
    expect(sendMessage.mock.calls).toEqual([
      [
        {
          type: 'guard-error',
          message: 'The preflight did not load: TypeError: Failed to fetch dynamically imported module',
        },
      ],
    ]);
  });
});
