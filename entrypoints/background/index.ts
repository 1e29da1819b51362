import { browser } from '#imports';
import { forgetTab, handleMessage, openApi, refreshAllTabs } from './hub';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).then(openApi.syncAlarm));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) {
      void refreshAllTabs();
      void openApi.syncAlarm();
    }
  });
  browser.alarms.onAlarm.addListener((alarm) => void openApi.onAlarm(alarm));
  void openApi.syncAlarm();
});
