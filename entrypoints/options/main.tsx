import { render } from 'preact';
import { browser } from '#imports';
import { createOpenApiSettingsIo } from '../../components/options/OpenApiSettings';
import { OptionsPage, type PersonalDataIo } from '../../components/options/OptionsPage';
import type { PageReportIo } from '../../components/options/PageReportSection';
import type { PageReportReply } from '../../components/PageReport';
import type { ClearDataReply, ForgetAccountReply } from '../../lib/messages';
import {
  guardLogItem,
  loadAccounts,
  loadSettings,
  loadTabs,
  loadTaughtStatus,
  updateSettings,
} from '../../platform/storage';
import './options.css';

/**
 * The tab a page report is for: the one the popup named, else the console tab last used among those the
 * background knows (not a private window's: what those read is not shown outside them).
 */
async function reportTarget(tabId: number | undefined) {
  if (tabId !== undefined) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return tab?.id === undefined ? undefined : { tabId: tab.id, title: tab.title };
  }
  const known = await loadTabs();
  const open = await browser.tabs.query({});
  const last = open
    .filter((tab) => tab.id !== undefined && known[tab.id] && !known[tab.id]?.inPrivate && !tab.incognito)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return last?.id === undefined ? undefined : { tabId: last.id, title: last.title };
}

const pageReportIo: PageReportIo = {
  target: reportTarget,
  collect: (tabId, includeAccountName) =>
    browser.runtime.sendMessage({
      type: 'page-report',
      tabId,
      includeAccountName,
    }) as Promise<PageReportReply>,
  copy: (text) => navigator.clipboard.writeText(text),
};

const personalData: PersonalDataIo = {
  forgetAccount: (account) =>
    browser.runtime.sendMessage({ type: 'forget-account', account }) as Promise<ForgetAccountReply>,
  clearData: (choice) =>
    browser.runtime.sendMessage({ type: 'clear-data', ...choice }) as Promise<ClearDataReply>,
  loadGuardLog: () => guardLogItem.getValue(),
};

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  try {
    const [{ settings, problems }, guardLog] = await Promise.all([loadSettings(), guardLogItem.getValue()]);
    render(
      <OptionsPage
        settings={settings}
        problems={problems}
        guardLog={Array.isArray(guardLog) ? guardLog : []}
        uiLanguage={navigator.language}
        update={updateSettings}
        openApiIo={(saveOpenApi) => createOpenApiSettingsIo(browser, saveOpenApi)}
        // The normal windows' accounts only: what private windows read is not shown outside them.
        loadAccounts={() => loadAccounts()}
        loadTaughtStatus={loadTaughtStatus}
        clearGuardLog={() => guardLogItem.setValue([])}
        pageReport={pageReportIo}
        personalData={personalData}
      />,
      app,
    );
  } catch (error) {
    // Without the stored settings there is nothing safe to edit: say so instead of showing defaults that would overwrite them.
    app.textContent = `Settings could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void main();
