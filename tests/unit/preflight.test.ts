import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startLifetime } from '../../entrypoints/preflight/lifetime';
import { startPreflight } from '../../entrypoints/preflight/preflight';
import { vpnFormSession } from '../../entrypoints/preflight/vpn-form';
import type { ContentMessage, PanelView } from '../../lib/messages';
import type { VpnDraft } from '../../lib/model/draft';
import { TUNNEL_GATEWAY_PAGE_KINDS } from '../../lib/model/page-kind';
import type { PageKindReaders } from '../../lib/readers/page-context';
import { TUNNEL_GATEWAY_PAGES } from '../../lib/readers/tunnel-gateway-pages';
import { VPN_CONSOLE_PAGES, VPN_CONSOLE_READERS } from '../../lib/readers/vpn-console';
import { defaultSettings } from '../../lib/settings';
import { buildPanelView } from '../../lib/views';
import { type ScenarioName, scenarios } from '../fixtures/console/scenarios';
import { MOCK_URLS, vpnTunnelCreateUrl } from '../fixtures/console/shared';
import { closeOpenPages, loadConsolePage } from './support/load-fixture';

const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);
const verdict = (): PanelView =>
  buildPanelView({}, { presentation: 'route' }, defaultSettings(), 'zh-CN', NOW);

type PageRead = Extract<ContentMessage, { type: 'page-read' }>;

let alive = true;
let lifetime: ReturnType<typeof startLifetime> | undefined;
let sent: ContentMessage[];
let answer: (message: ContentMessage) => Promise<unknown>;

/** A mock console page in this test's document at its address (the route form unless told). */
async function openPage(url = FORM, scenario: ScenarioName = 'ready') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const page = await loadConsolePage(url, { scenario, lang: 'zh', createMode: 'route' });
  document.body.replaceChildren(
    ...Array.from(page.document.body.childNodes, (node) => document.importNode(node, true)),
  );
}

/** The VPN console's preflight, with the tunnel and customer-gateway pages' readers loaded by `load`. */
function start(load: () => Promise<PageKindReaders> = async () => TUNNEL_GATEWAY_PAGES) {
  lifetime = startLifetime(() => alive);
  startPreflight(lifetime, {
    readers: VPN_CONSOLE_READERS,
    pages: VPN_CONSOLE_PAGES,
    onDemand: { kinds: TUNNEL_GATEWAY_PAGE_KINDS, load },
    forms: vpnFormSession,
  });
}

/** Every message fails from now on, as when the worker's handler throws; the retry timers are the test's. */
function backgroundFails() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  answer = async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  };
}

const pageReads = () => sent.filter((message): message is PageRead => message.type === 'page-read');
const panel = () =>
  document.querySelector('jdc-preflight-panel')?.shadowRoot?.querySelector('[data-testid="preflight-panel"]');

beforeEach(async () => {
  fakeBrowser.reset();
  alive = true;
  sent = [];
  answer = async () => verdict();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: ContentMessage) => {
    sent.push(message);
    return answer(message);
  }) as never);
  await openPage();
});

afterEach(async () => {
  // Ends the preflight: its listeners, timers and panel go with its lifetime.
  alive = false;
  void lifetime?.isValid;
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
  await closeOpenPages();
});

describe('startPreflight on the VPN form', () => {
  it('reads the page and the form at once, and shows the verdict the background answers', async () => {
    start();
    expect(pageReads()).toHaveLength(1);
    const [read] = pageReads();
    expect(read?.pageKind).toBe('vpn-connection-form');
    expect(read?.config).toBe('');
    expect(read?.readings).toContainEqual({ field: 'signedIn', value: true, found: 'inference' });
    expect(read?.draft?.presentation).toBe('route');
    await vi.waitFor(() => expect(panel()?.getAttribute('data-readiness')).toBe(verdict().readiness));
  });

  it('reads again with the config the background answers with, and shows that read’s verdict', async () => {
    const overrides = { account: '#someone-else' };
    answer = async (message) =>
      message.type === 'page-read' && message.config === ''
        ? { reread: { selectorOverrides: overrides, taught: [], key: 'k1' } }
        : verdict();
    start();
    await vi.waitFor(() => expect(pageReads()).toHaveLength(2));
    expect(pageReads()[1]?.config).toBe('k1');
    await vi.waitFor(() => expect(panel()).toBeTruthy());
    expect(pageReads()).toHaveLength(2);
  });

  it('takes no config whose taught list holds something that is not a place, and does not throw on it', async () => {
    answer = async (message) =>
      message.type === 'page-read' && message.config === ''
        ? { reread: { selectorOverrides: {}, taught: [null], key: 'k1' } }
        : verdict();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      start();
      await vi.waitFor(() => expect(pageReads()).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The page keeps scanning: a change to the form is read with the old config, not thrown on.
      document.querySelector('input')?.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).not.toHaveBeenCalled();
      expect(pageReads().every((read) => read.config === '')).toBe(true);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('sends the readings again a while after the background did not take them, not on every scan meanwhile', async () => {
    backgroundFails();
    start();
    await vi.advanceTimersByTimeAsync(0);
    answer = async () => verdict();
    // The person types: each input is a scan a frame later, and none of them sends the same readings again.
    for (let typed = 0; typed < 3; typed++) {
      document.querySelector('input')?.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(pageReads()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(pageReads()).toHaveLength(2);
    expect(pageReads()[1]?.readings).toEqual(pageReads()[0]?.readings);
    await vi.waitFor(() => expect(panel()).toBeTruthy());
  });

  it('waits twice as long after each failure in a row', async () => {
    backgroundFails();
    start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(pageReads()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3_900);
    expect(pageReads()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(pageReads()).toHaveLength(3);
    expect(panel()).toBeFalsy();
  });

  it('shows no panel for an answer that comes after its lifetime ended', async () => {
    let reply: (view: PanelView) => void = () => undefined;
    answer = () => new Promise((resolve) => (reply = resolve));
    start();
    alive = false;
    reply(verdict());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelector('jdc-preflight-panel')).toBeNull();
  });

  it('watches the form it found, not the whole page', () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    start();
    const form = document.querySelector('form');
    const wholeTrees = observe.mock.calls.filter(([, options]) => options?.subtree).map(([target]) => target);
    expect(wholeTrees).toEqual([form]);
  });
});

describe('startPreflight on a form whose selects show their options only while open', () => {
  const elementSelect = (label: string) => `
    <div class="el-form-item"><label class="el-form-item__label">${label}</label>
      <div class="el-form-item__content"><div class="el-select"><div class="el-input">
        <input readonly placeholder="请选择" class="el-input__inner"></div></div></div></div>`;

  it('keeps what a select showed while open for as long as the form is open', async () => {
    document.body.innerHTML = `<form>${elementSelect('边界网关')}${elementSelect('客户网关')}
      <div class="el-form-item"><label class="el-form-item__label">名称</label><input></div></form>`;
    start();
    const drafts = () =>
      sent.flatMap((message) =>
        message.type === 'draft' || message.type === 'page-read'
          ? [message.draft as VpnDraft | undefined]
          : [],
      );
    await vi.waitFor(() => expect(drafts().length).toBeGreaterThan(0));
    expect(drafts().at(-1)?.customerGateway).toBeUndefined();
    // The person opens the customer gateway select: Element UI appends its list to the page and focuses it.
    const input = document.querySelectorAll('input')[1] as HTMLInputElement;
    const list = document.createElement('div');
    list.className = 'el-select-dropdown';
    list.innerHTML = '<ul><li class="el-select-dropdown__item">idc-beijing-01</li></ul>';
    document.body.append(list);
    input.focus();
    input.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(drafts().at(-1)?.customerGateway?.options).toEqual(['idc-beijing-01']));
    // It closes with nothing chosen: the list is hidden again, and what it showed still counts.
    list.style.display = 'none';
    input.blur();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drafts().at(-1)?.customerGateway?.options).toEqual(['idc-beijing-01']);
  });
});

describe('startPreflight on the tunnel and customer-gateway pages', () => {
  const ready = scenarios['tunnel-ready'];
  const TUNNEL_FORM = vpnTunnelCreateUrl(ready?.forms?.tunnel?.connectionId ?? '');

  it('imports their readers once, with the first such page, and sends the tunnel form as filled', async () => {
    await openPage(TUNNEL_FORM, 'tunnel-ready');
    const load = vi.fn(async () => TUNNEL_GATEWAY_PAGES);
    start(load);
    await vi.waitFor(() => expect(pageReads().at(-1)?.draft).toMatchObject({ form: 'tunnel' }));
    expect(pageReads().at(-1)?.pageKind).toBe('vpn-tunnel-form');
    await vi.waitFor(() => expect(panel()).not.toBeNull());
    document.querySelector('input')?.dispatchEvent(new Event('input', { bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads the VPN list and the connection form without importing them', async () => {
    const load = vi.fn(async () => TUNNEL_GATEWAY_PAGES);
    start(load);
    await vi.waitFor(() => expect(pageReads().at(-1)?.draft).toBeDefined());
    expect(load).not.toHaveBeenCalled();
  });

  it('sends the customer gateways the list counts', async () => {
    await openPage(MOCK_URLS.customerGatewayList, 'cgw-ready');
    start();
    await vi.waitFor(() => expect(pageReads().at(-1)?.resources?.customerGateways).toBeDefined());
    expect(pageReads().at(-1)).toMatchObject({
      pageKind: 'customer-gateway-list',
      resources: { region: 'cn-north-1' },
    });
  });

  it('reads the page without them, once, and reports why, when they fail to load', async () => {
    await openPage(TUNNEL_FORM, 'tunnel-ready');
    const load = vi.fn(async (): Promise<PageKindReaders> => {
      throw new Error('import failed');
    });
    start(load);
    await vi.waitFor(() => expect(pageReads().length).toBeGreaterThan(0));
    expect(pageReads().at(-1)?.draft).toBeUndefined();
    expect(sent).toContainEqual({ type: 'guard-error', message: 'readers: Error: import failed' });
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(load).toHaveBeenCalledTimes(1);
    expect(document.querySelector('jdc-preflight-panel')).toBeNull();
  });
});
