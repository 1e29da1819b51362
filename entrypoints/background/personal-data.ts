import { browser } from '#imports';
import type { ClearDataReply, ExtensionPageMessage, ForgetAccountReply } from '../../lib/messages';
import { OPENAPI_ORIGIN } from '../../lib/openapi-source';
import {
  forgetAccountEverywhere,
  logForgetting,
  resourcesForgetting,
  statusesForgetting,
  tabsAfterClear,
  tabsForgetting,
} from '../../lib/personal-data';
import { defaultSettings } from '../../lib/settings';
import { clearApiSecret } from '../../platform/api-secret';
import { clearKeptData } from '../../platform/personal-data';
import {
  guardLogItem,
  loadAccounts,
  loadResources,
  loadSettings,
  loadTabs,
  loadTaughtStatus,
  saveAccounts,
  saveResources,
  saveSettings,
  saveTaughtStatus,
  updateTab,
} from '../../platform/storage';

/*
 * The options page's "forget" and "clear all data". Both run inside the hub's queue (they are extension-page
 * messages), so no page read writes an account back between the reads and writes here.
 */

export type PersonalDataMessage = Extract<ExtensionPageMessage, { type: 'forget-account' | 'clear-data' }>;

export interface PersonalDataDeps {
  refreshAllTabs: () => Promise<void>;
  syncOpenApiAlarm: () => Promise<void>;
}

export function createPersonalData(deps: PersonalDataDeps) {
  async function forget(name: string): Promise<ForgetAccountReply> {
    const [normal, inPrivate] = await Promise.all([loadAccounts(), loadAccounts(true)]);
    const fromNormal = forgetAccountEverywhere(normal, name);
    const fromPrivate = forgetAccountEverywhere(inPrivate, name);
    const names = [...new Set([...fromNormal.names, ...fromPrivate.names])];
    if (names.length === 0) return { ok: true, forgotten: false };
    const [resources, tabs, log, statuses] = await Promise.all([
      loadResources(),
      loadTabs(),
      guardLogItem.getValue(),
      loadTaughtStatus(),
    ]);
    await Promise.all([
      fromNormal.names.length > 0 ? saveAccounts(fromNormal.stored) : undefined,
      fromPrivate.names.length > 0 ? saveAccounts(fromPrivate.stored, true) : undefined,
      saveResources(resourcesForgetting(resources, names)),
      guardLogItem.setValue(logForgetting(Array.isArray(log) ? log : [], names)),
      saveTaughtStatus(statusesForgetting(statuses, names)),
      ...Object.entries(tabsForgetting(tabs, names)).map(([id, tab]) => updateTab(Number(id), () => tab)),
    ]);
    await deps.refreshAllTabs();
    return { ok: true, forgotten: true };
  }

  async function clear(keep: { keepSettings: boolean; keepSecret: boolean }): Promise<ClearDataReply> {
    const before = await loadTabs();
    await clearKeptData();
    // A form open now keeps the form as filled, so its panel shows a verdict on nothing known rather than none.
    const kept = tabsAfterClear(before);
    await Promise.all(Object.keys(before).map((id) => updateTab(Number(id), () => kept[id])));
    if (!keep.keepSecret) await clearApiSecret();
    if (!keep.keepSettings) {
      await saveSettings(defaultSettings());
      // The source is off with the defaults: its optional host access goes with it.
      await browser.permissions.remove({ origins: [OPENAPI_ORIGIN] }).catch(() => false);
    }
    // Tabs no longer known lose the badge their old verdict set; the others get a new verdict.
    await Promise.all(
      Object.keys(before)
        .filter((id) => kept[id] === undefined)
        .map((id) => browser.action.setBadgeText({ tabId: Number(id), text: '' }).catch(() => undefined)),
    );
    await deps.refreshAllTabs();
    await deps.syncOpenApiAlarm();
    return { ok: true, settings: (await loadSettings()).settings };
  }

  function handleMessage(msg: PersonalDataMessage): Promise<ForgetAccountReply | ClearDataReply> {
    return msg.type === 'forget-account' ? forget(msg.account) : clear(msg);
  }

  return { handleMessage, forget, clear };
}
