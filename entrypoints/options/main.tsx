import { render } from 'preact';
import { browser } from '#imports';
import { createOpenApiSettingsIo } from '../../components/options/OpenApiSettings';
import { OptionsPage } from '../../components/options/OptionsPage';
import {
  guardLogItem,
  loadAccounts,
  loadSettings,
  loadTaughtStatus,
  updateSettings,
} from '../../platform/storage';
import './options.css';

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
      />,
      app,
    );
  } catch (error) {
    // Without the stored settings there is nothing safe to edit: say so instead of showing defaults that would overwrite them.
    app.textContent = `Settings could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void main();
