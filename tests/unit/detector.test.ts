import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakePreflightWhenNeeded } from '../../entrypoints/detector/wake';

const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const LIST = 'https://cns-console.jdcloud.com/host/vpnConnection/list';
const OVERVIEW = 'https://console.jdcloud.com/overview';

let sendMessage: ReturnType<typeof vi.fn>;
let stop: AbortController;

function goTo(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
const click = () => document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));

beforeEach(() => {
  vi.useFakeTimers();
  sendMessage = vi.fn(async () => ({ ok: true }));
  // The extension API as the page scripts see it (Chrome's `chrome`; Firefox has `browser` as well).
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', { runtime: { id: 'preflight-test', sendMessage } });
  stop = new AbortController();
});

afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the detector', () => {
  it('asks for the preflight at once on the VPN form, and only once', () => {
    goTo(FORM);
    wakePreflightWhenNeeded(stop.signal);
    click();
    vi.advanceTimersByTime(5000);
    expect(sendMessage.mock.calls).toEqual([[{ type: 'start-preflight' }]]);
  });

  it('sleeps through console pages with nothing to check, clicks there included', () => {
    goTo(OVERVIEW);
    wakePreflightWhenNeeded(stop.signal);
    click();
    vi.advanceTimersByTime(5000);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('sleeps through the VPN list loading, and wakes on the first click there (a create dialog may open)', () => {
    goTo(OVERVIEW);
    wakePreflightWhenNeeded(stop.signal);
    goTo(LIST);
    vi.advanceTimersByTime(1500);
    expect(sendMessage).not.toHaveBeenCalled();
    click();
    click();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('wakes after an SPA navigation to the form, found by polling where there is no Navigation API', () => {
    goTo(OVERVIEW);
    wakePreflightWhenNeeded(stop.signal);
    goTo(FORM);
    expect(sendMessage).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('uses the Navigation API where there is one: same-document navigations only', () => {
    const listeners: ((event: { destination: { url: string; sameDocument: boolean } }) => void)[] = [];
    vi.stubGlobal('navigation', {
      addEventListener: (_type: string, listener: (typeof listeners)[number]) => listeners.push(listener),
    });
    goTo(OVERVIEW);
    wakePreflightWhenNeeded(stop.signal);
    expect(listeners).toHaveLength(1);
    listeners[0]?.({ destination: { url: FORM, sameDocument: false } });
    expect(sendMessage).not.toHaveBeenCalled();
    listeners[0]?.({ destination: { url: FORM, sameDocument: true } });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('asks nothing when the extension was updated or removed under the page (no runtime id)', () => {
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    goTo(FORM);
    wakePreflightWhenNeeded(stop.signal);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('a refused message is not an error in the page', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    goTo(FORM);
    expect(() => wakePreflightWhenNeeded(stop.signal)).not.toThrow();
    await vi.runAllTimersAsync();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
