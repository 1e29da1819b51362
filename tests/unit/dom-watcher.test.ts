import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDomWatcher } from '../../entrypoints/preflight/dom-watcher';

function fakeContext() {
  const callbacks: (() => void)[] = [];
  return {
    isValid: true,
    onInvalidated(callback: () => void) {
      callbacks.push(callback);
      return () => undefined;
    },
    invalidate() {
      this.isValid = false;
      for (const callback of callbacks) callback();
    },
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
// Mutation callbacks run as microtasks; a frame later every batch they asked for has run.
const settle = async () => {
  await Promise.resolve();
  await nextFrame();
  await nextFrame();
};

function page() {
  document.body.innerHTML = `
    <div id="app">
      <section id="busy"></section>
      <div class="modal-wrap"><form id="form"><input name="vpnConnectionName"></form></div>
    </div>`;
  return {
    app: document.getElementById('app') as HTMLElement,
    busy: document.getElementById('busy') as HTMLElement,
    wrap: document.querySelector('.modal-wrap') as HTMLElement,
    form: document.getElementById('form') as HTMLElement,
  };
}

describe('createDomWatcher', () => {
  let ctx: ReturnType<typeof fakeContext>;
  let batches: number;
  let watcher: ReturnType<typeof createDomWatcher>;

  beforeEach(() => {
    ctx = fakeContext();
    batches = 0;
    watcher = createDomWatcher(ctx, () => {
      batches++;
    });
  });

  afterEach(() => {
    ctx.invalidate();
    document.body.innerHTML = '';
  });

  it('runs one batch per frame however many mutations the page makes', async () => {
    const { busy } = page();
    watcher.arm();
    for (let i = 0; i < 500; i++) busy.append(document.createElement('span'));
    for (const child of Array.from(busy.children)) child.remove();
    await settle();
    expect(batches).toBe(1);
  });

  it('does nothing before it is armed', async () => {
    const { busy } = page();
    busy.append(document.createElement('span'));
    await settle();
    expect(batches).toBe(0);
  });

  it('with a form open, ignores mutations outside the form and its ancestors', async () => {
    const { busy, form } = page();
    watcher.watch(form);
    watcher.arm();
    for (let i = 0; i < 100; i++) busy.append(document.createElement('span'));
    busy.setAttribute('class', 'loading');
    await settle();
    expect(batches).toBe(0);
  });

  it('with a form open, still sees the form change, hide or go away', async () => {
    const { form, wrap, app } = page();
    watcher.watch(form);
    watcher.arm();

    form.append(document.createElement('select'));
    await settle();
    expect(batches).toBe(1);

    wrap.setAttribute('style', 'display: none');
    await settle();
    expect(batches).toBe(2);

    app.replaceChildren();
    await settle();
    expect(batches).toBe(3);
  });

  it('widens to the whole body again when the form is left', async () => {
    const { busy, form } = page();
    watcher.watch(form);
    watcher.arm();
    watcher.watch(null);
    busy.append(document.createElement('span'));
    await settle();
    expect(batches).toBe(1);
  });

  it('drops the records of its own changes when asked', async () => {
    page();
    watcher.arm();
    document.body.append(document.createElement('jdc-preflight-panel'));
    watcher.discardPending();
    await settle();
    expect(batches).toBe(0);
  });

  it('stops after the context is invalidated', async () => {
    const { busy } = page();
    watcher.arm();
    busy.append(document.createElement('span'));
    ctx.invalidate();
    await settle();
    busy.append(document.createElement('span'));
    await settle();
    expect(batches).toBe(0);
  });

  it('disconnects after a quiet spell and re-arms on demand', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { busy } = page();
      watcher.arm();
      vi.advanceTimersByTime(5_001);
      busy.append(document.createElement('span'));
      vi.useRealTimers();
      await settle();
      expect(batches).toBe(0);

      watcher.arm();
      busy.append(document.createElement('span'));
      await settle();
      expect(batches).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
