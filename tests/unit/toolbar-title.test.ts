import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import { defaultSettings } from '../../lib/settings';
import { saveSettings } from '../../platform/storage';

const sender = {
  id: fakeBrowser.runtime.id,
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
  url: 'https://cns-console.jdcloud.com/host/vpnConnection/create',
} as Browser.runtime.MessageSender;

/** The toolbar button's title and badge as the background last set them for each tab. */
function toolbar() {
  const titles = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  return { lastTitle: () => titles.mock.lastCall?.[0] };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the toolbar button’s title', () => {
  it('says the tab’s readiness in words, not only in the badge’s sign and colour', async () => {
    const { lastTitle } = toolbar();
    await handleMessage({ type: 'draft', draft: { presentation: 'route', name: 'vpn-1' } }, sender);
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(lastTitle()).toEqual({ tabId: 7, title: 'VPN Preflight — Not sure yet: some data is missing' });
  });

  it('speaks the UI’s language', async () => {
    await saveSettings({ ...defaultSettings(), language: 'zh-CN' });
    const { lastTitle } = toolbar();
    await handleMessage({ type: 'draft', draft: { presentation: 'route', name: 'vpn-1' } }, sender);
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(lastTitle()).toEqual({ tabId: 7, title: 'VPN 预检 — 暂无法确定：缺少部分数据' });
  });
});
