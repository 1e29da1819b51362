import { browser } from '#imports';
import { handleMessage, refreshAllTabs, forgetTab } from './hub';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void refreshAllTabs();
  });
});
