import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLifetime } from '../../entrypoints/preflight/lifetime';
import { onAddressChange } from '../../lib/address-change';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  // End whatever a test left running.
  startLifetime(() => true);
});

describe('the preflight lifetime', () => {
  it('ends the preflight already in the page when a newer one starts: its listeners, timers and hooks', () => {
    vi.useFakeTimers();
    const first = startLifetime(() => true);
    const clicks = vi.fn();
    const ticks = vi.fn();
    const ended = vi.fn();
    first.addEventListener(document, 'click', clicks);
    first.setInterval(ticks, 100);
    first.onInvalidated(ended);
    document.body.click();
    vi.advanceTimersByTime(100);
    expect([clicks.mock.calls.length, ticks.mock.calls.length, ended.mock.calls.length]).toEqual([1, 1, 0]);

    const second = startLifetime(() => true);
    document.body.click();
    vi.advanceTimersByTime(300);
    expect([clicks.mock.calls.length, ticks.mock.calls.length, ended.mock.calls.length]).toEqual([1, 1, 1]);
    expect(first.isValid).toBe(false);
    expect(second.isValid).toBe(true);
  });

  it('ends when the extension went away under the page, noticed when asked', () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = startLifetime(() => alive);
    const ticks = vi.fn();
    const ended = vi.fn();
    lifetime.setInterval(ticks, 100);
    lifetime.onInvalidated(ended);
    vi.advanceTimersByTime(100);
    alive = false;
    vi.advanceTimersByTime(300);
    expect(ticks).toHaveBeenCalledTimes(1);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.isValid).toBe(false);
  });

  it('says once, in one console line, that the tab needs a reload, before it removes itself', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    let alive = true;
    const lifetime = startLifetime(() => alive);
    const removed = vi.fn();
    lifetime.onInvalidated(removed);
    expect(lifetime.isValid).toBe(true);
    expect(info).not.toHaveBeenCalled();
    alive = false;
    for (let asked = 0; asked < 3; asked++) expect(lifetime.isValid).toBe(false);
    expect(info).toHaveBeenCalledTimes(1);
    const [line] = info.mock.calls[0] ?? [];
    expect(line).toMatch(/reload this tab/);
    expect(line).toMatch(/请刷新此标签页/);
    expect(String(line)).not.toContain('\n');
    expect(removed).toHaveBeenCalledTimes(1);
    expect(info.mock.invocationCallOrder[0]).toBeLessThan(removed.mock.invocationCallOrder[0] ?? 0);
    info.mockRestore();
  });

  it('says nothing when a newer preflight takes over the page', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const first = startLifetime(() => true);
    startLifetime(() => true);
    expect(first.isValid).toBe(false);
    expect(info).not.toHaveBeenCalled();
    info.mockRestore();
  });

  it('stops an interval it started when asked to, like any interval', () => {
    vi.useFakeTimers();
    const ticks = vi.fn();
    const timer = startLifetime(() => true).setInterval(ticks, 100);
    clearInterval(timer);
    vi.advanceTimersByTime(500);
    expect(ticks).not.toHaveBeenCalled();
  });
});

describe('onAddressChange', () => {
  const goTo = (url: string) =>
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

  it('compares the address once a second where there is no Navigation API, until stopped', () => {
    vi.useFakeTimers();
    goTo('https://cns-console.jdcloud.com/host/vpc/list');
    const changed = vi.fn();
    const stop = new AbortController();
    onAddressChange(changed, stop.signal);
    vi.advanceTimersByTime(1000);
    goTo('https://cns-console.jdcloud.com/host/vpnConnection/create');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    stop.abort();
    goTo('https://cns-console.jdcloud.com/host/vpnConnection/list');
    vi.advanceTimersByTime(2000);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('listens to the Navigation API where there is one, with the signal to let go', () => {
    const added = vi.fn();
    vi.stubGlobal('navigation', { addEventListener: added });
    const changed = vi.fn();
    const stop = new AbortController();
    onAddressChange(changed, stop.signal);
    expect(added).toHaveBeenCalledWith('currententrychange', changed, { signal: stop.signal });
  });
});
