import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakePreflightWhenNeeded } from '../../entrypoints/detector/wake';

const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const LIST = 'https://cns-console.jdcloud.com/host/vpnConnection/list';
const VPC_LIST = 'https://cns-console.jdcloud.com/host/vpc/list';
const OVERVIEW = 'https://console.jdcloud.com/overview';
const START = [{ type: 'start-preflight' }];

let sendMessage: ReturnType<typeof vi.fn>;
let runtimeLookups: number;
let stop: AbortController;

function goTo(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
const press = () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
const keydown = () =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));

/** The extension API as the page scripts see it: Chrome's `chrome` (Firefox has `browser` too). */
function stubRuntime(runtime: { id?: string; sendMessage: typeof sendMessage }) {
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', {
    get runtime() {
      runtimeLookups++;
      return runtime;
    },
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  sendMessage = vi.fn(async () => ({ ok: true }));
  runtimeLookups = 0;
  stubRuntime({ id: 'preflight-test', sendMessage });
  stop = new AbortController();
});

afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the detector', () => {
  it('asks for the preflight at once on the VPN form, and only once', async () => {
    goTo(FORM);
    wakePreflightWhenNeeded(stop.signal);
    press();
    await vi.advanceTimersByTimeAsync(5000);
    press();
    keydown();
    expect(sendMessage.mock.calls).toEqual([START]);
  });

  it('sleeps through console pages with nothing to check, presses there included, without touching the extension API', async () => {
    goTo(OVERVIEW);
    wakePreflightWhenNeeded(stop.signal);
    press();
    keydown();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(runtimeLookups).toBe(0);
  });

  it('listens for presses only on the host where create dialogs open', () => {
    const listened = vi.spyOn(document, 'addEventListener');
    const pressTypes = () => listened.mock.calls.map(([type]) => type).filter((type) => type !== 'abort');
    goTo(OVERVIEW);
    wakePreflightWhenNeeded(stop.signal);
    expect(pressTypes()).toEqual([]);
    goTo(VPC_LIST);
    wakePreflightWhenNeeded(stop.signal);
    expect(pressTypes()).toEqual(['pointerdown', 'keydown']);
  });

  it('sleeps through the VPN list loading, and wakes on the first press of a pointer or key there (a create dialog may open)', async () => {
    goTo(LIST);
    wakePreflightWhenNeeded(stop.signal);
    await vi.advanceTimersByTimeAsync(1500);
    expect(sendMessage).not.toHaveBeenCalled();
    keydown();
    press();
    await vi.advanceTimersByTimeAsync(0);
    press();
    expect(sendMessage.mock.calls).toEqual([START]);
  });

  it('asks again on the next press when the background did not inject', async () => {
    sendMessage.mockResolvedValueOnce({ error: 'No tab with id: 7' });
    goTo(LIST);
    wakePreflightWhenNeeded(stop.signal);
    press();
    await vi.advanceTimersByTimeAsync(0);
    press();
    await vi.advanceTimersByTimeAsync(0);
    press();
    expect(sendMessage.mock.calls).toEqual([START, START]);
  });

  it('wakes after an SPA navigation to the form, found by polling where there is no Navigation API', async () => {
    goTo(VPC_LIST);
    wakePreflightWhenNeeded(stop.signal);
    goTo(FORM);
    expect(sendMessage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sendMessage.mock.calls).toEqual([START]);
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
    wakePreflightWhenNeeded(stop.signal);
    expect(listeners.size).toBe(1);
    for (const listener of listeners) listener();
    expect(sendMessage).not.toHaveBeenCalled();
    goTo(FORM);
    for (const listener of listeners) listener();
    await vi.advanceTimersByTimeAsync(0);
    expect(sendMessage.mock.calls).toEqual([START]);
    expect(listeners.size).toBe(0);
  });

  it('asks nothing when the extension was updated or removed under the page (no runtime id)', async () => {
    stubRuntime({ sendMessage });
    goTo(FORM);
    wakePreflightWhenNeeded(stop.signal);
    press();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('a message that fails is not an error in the page, and is asked again', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    goTo(FORM);
    expect(() => wakePreflightWhenNeeded(stop.signal)).not.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    press();
    expect(sendMessage.mock.calls).toEqual([START, START]);
  });
});
