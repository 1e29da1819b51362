import { render } from 'preact';
import { browser } from '#imports';
import { LanguageContext } from '../../components/i18n';
import { type ManualAmount, ManualValues } from '../../components/ManualValues';
import { OpenApiRefreshButton } from '../../components/OpenApiRefreshButton';
import { PageReport, type PageReportReply } from '../../components/PageReport';
import { type HostAccessIo, HostAccessNotice } from '../../components/popup/HostAccessNotice';
import { OpenApiClockNotice } from '../../components/popup/OpenApiClockNotice';
import { ReadinessSummary } from '../../components/ReadinessSummary';
import { CONSOLE_MATCHES } from '../../lib/content-scripts';
import { translate } from '../../lib/i18n';
import type { OpenApiRunReply, OpenApiStatusView, Summary } from '../../lib/messages';
import type { TaughtField } from '../../lib/taught-locators';
import './popup.css';

/** Access to the console's pages, which the person may have set to "on click" or withheld. */
const hostAccess: HostAccessIo = {
  contains: () => browser.permissions.contains({ origins: CONSOLE_MATCHES }),
  request: () => browser.permissions.request({ origins: CONSOLE_MATCHES }),
};

/** Tests open the popup as a page, where it is its own active tab: `?tabId=` names the console tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  const tabId = await targetTabId();
  const send = (message: unknown) => browser.runtime.sendMessage(message);

  /** What the last "point at it" did, said under the summary. */
  let teachNotice: string | undefined;

  // Drawn again after a value is entered or the OpenAPI answers, so the checklist shows what is now in use.
  const draw = async () => {
    const summary = (await send({ type: 'get-summary', tabId })) as Summary;
    const openapi = (await send({ type: 'openapi-status' }).catch(() => undefined)) as
      | OpenApiStatusView
      | undefined;
    const language = summary.view.language;
    document.documentElement.lang = language;
    document.title = translate(language, 'app.name');
    const saveManual = async (amounts: ManualAmount[]) => {
      for (const { field, fen } of amounts) {
        const observation = { field, value: fen, source: 'manual', observedAt: Date.now() };
        const reply = (await send({ type: 'manual-observation', observation })) as
          | { error?: string }
          | undefined;
        if (reply?.error) throw new Error(reply.error);
      }
      await draw();
    };
    const refreshOpenApi = async () => {
      const reply = (await send({ type: 'openapi-refresh' })) as OpenApiRunReply;
      await draw();
      return reply;
    };
    const teach = async (field: TaughtField) => {
      const reply = (await send({ type: 'teach-request', field, tabId })) as { opened?: boolean } | undefined;
      teachNotice = translate(language, reply?.opened ? 'popup.teachOpened' : 'popup.teachStarted');
      await draw();
    };
    render(
      <LanguageContext.Provider value={language}>
        <HostAccessNotice io={hostAccess} />
        <ReadinessSummary summary={summary} onTeach={(field) => void teach(field)} />
        {teachNotice && (
          <p class="popup__notice" role="status">
            {teachNotice}
          </p>
        )}
        {openapi?.enabled && <OpenApiRefreshButton onRefresh={refreshOpenApi} />}
        <OpenApiClockNotice status={openapi} />
        <ManualValues inUse={summary.manual} now={summary.view.now} onSave={saveManual} />
        <PageReport
          collect={(includeAccountName) =>
            send({ type: 'page-report', tabId, includeAccountName }) as Promise<PageReportReply>
          }
          copy={(text) => navigator.clipboard.writeText(text)}
          // A file dialog would close the popup in Firefox: the options page downloads.
          openDownload={(includeAccountName) =>
            void browser.tabs.create({
              url: browser.runtime.getURL(
                `/options.html#page-report?tab=${tabId ?? ''}${includeAccountName ? '&name=1' : ''}` as '/options.html',
              ),
            })
          }
        />
        <footer class="popup__footer">
          <a
            class="link"
            href={browser.runtime.getURL('/options.html')}
            target="_blank"
            rel="noopener noreferrer"
          >
            {translate(language, 'popup.options')}
          </a>
        </footer>
      </LanguageContext.Provider>,
      app,
    );
  };
  await draw();
}

void main();
