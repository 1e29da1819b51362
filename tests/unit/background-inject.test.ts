import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import { PREFLIGHT_SCRIPT } from '../../lib/content-scripts';

type Sender = Browser.runtime.MessageSender;
const pageSender = (url: string, frameId = 0) =>
  ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId, url }) as Sender;

let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn(async () => []);
  (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting = { executeScript };
});

describe('start-preflight', () => {
  it('injects the preflight into the asking frame of the asking tab', async () => {
    const reply = await handleMessage(
      { type: 'start-preflight' },
      pageSender('https://cns-console.jdcloud.com/host/vpnConnection/create', 3),
    );
    expect(reply).toEqual({ ok: true });
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 7, frameIds: [3] }, files: [PREFLIGHT_SCRIPT] }],
    ]);
  });

  it('injects nothing into a page that is not the console', async () => {
    const reply = await handleMessage(
      { type: 'start-preflight' },
      pageSender('https://docs.jdcloud.com/cn/vpn/billing-overview'),
    );
    expect(reply).toEqual({ error: 'not a console page' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('is heard only from this extension’s page scripts, not from an extension page or another extension', async () => {
    const url = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
    await handleMessage({ type: 'start-preflight' }, { ...pageSender(url), id: 'another-extension' });
    await handleMessage(
      { type: 'start-preflight' },
      { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` },
    );
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a tab that went away meanwhile is an answer, not an unhandled rejection', async () => {
    executeScript.mockRejectedValueOnce(new Error('No tab with id: 7'));
    const reply = await handleMessage(
      { type: 'start-preflight' },
      pageSender('https://uc.jdcloud.com/cost/capital/capital-overview'),
    );
    expect(reply).toEqual({ error: 'Error: No tab with id: 7' });
  });
});
