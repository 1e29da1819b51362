import { browser } from '#imports';
import { forgetPrivateAccounts } from '../../platform/storage';
import {
  forgetClosedTabs,
  forgetExpiredObservations,
  forgetTab,
  handleMessage,
  noteConsoleTab,
  onAlarm,
  openApi,
  refreshAllTabs,
  syncRetentionAlarm,
} from './hub';

/**
 * Chrome lets content scripts read storage.local unless told otherwise, and the OpenAPI secret lives there.
 * Content scripts get what they need (selector overrides) from the background instead. Firefox has no such
 * switch: there the secret is stored only sealed (platform/api-secret.ts).
 */
async function keepStorageFromContentScripts() {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

export default defineBackground(() => {
  void keepStorageFromContentScripts();
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // A page load, not an SPA step: the tab was noted when its page loaded, and the preflight's own
  // messages in an SPA step should not wait behind this.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void noteConsoleTab(tabId, tab.url, tab.incognito);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).then(openApi.syncAlarm));
  // Tabs whose closing the background did not hear of (a worker that failed mid-task) go as it starts.
  void forgetClosedTabs();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) {
      void refreshAllTabs();
      void openApi.syncAlarm();
      // A shorter retention applies at once.
      void forgetExpiredObservations();
    }
  });
  // What private windows read is gone with the last of them.
  browser.windows.onRemoved.addListener(async () => {
    const open = await browser.windows.getAll().catch(() => undefined);
    if (open && !open.some((window) => window.incognito)) await forgetPrivateAccounts();
  });
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
  void openApi.syncAlarm();
  // What is older than the retention period goes as the worker starts, and once a day while it runs.
  void forgetExpiredObservations();
  void syncRetentionAlarm();
});
