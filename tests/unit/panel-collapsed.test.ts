import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import type { PanelView } from '../../lib/messages';

const pageSender = (tabId: number) =>
  ({
    id: fakeBrowser.runtime.id,
    tab: { id: tabId } as Browser.tabs.Tab,
    frameId: 0,
    url: 'https://cns-console.jdcloud.com/host/vpnConnection/create',
  }) as Browser.runtime.MessageSender;

const draft = { type: 'draft', draft: { presentation: 'route', name: 'vpn-1' } } as const;

beforeEach(() => fakeBrowser.reset());

describe('the panel’s collapsed state', () => {
  it('is kept by the background and comes with every later view, in any tab', async () => {
    expect(((await handleMessage(draft, pageSender(3))) as PanelView).collapsed).toBeUndefined();
    expect(await handleMessage({ type: 'panel-collapsed', collapsed: true }, pageSender(3))).toEqual({
      ok: true,
    });
    expect(((await handleMessage(draft, pageSender(4))) as PanelView).collapsed).toBe(true);
    await handleMessage({ type: 'panel-collapsed', collapsed: false }, pageSender(4));
    expect(((await handleMessage(draft, pageSender(3))) as PanelView).collapsed).toBeUndefined();
  });

  it('takes nothing but a yes or no', async () => {
    const reply = await handleMessage({ type: 'panel-collapsed', collapsed: 'yes' }, pageSender(3));
    expect(reply).toMatchObject({ error: expect.any(String) });
    expect(await fakeBrowser.storage.local.get('panelCollapsed')).toEqual({});
  });
});
