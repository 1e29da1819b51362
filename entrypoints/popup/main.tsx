import { browser } from '#imports';
import { render } from 'preact';
import { ReadinessSummary } from '../../components/ReadinessSummary';
import { translate } from '../../lib/i18n';
import type { Summary } from '../../lib/messages';
import './popup.css';

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
  const summary = (await browser.runtime.sendMessage({ type: 'get-summary', tabId: await targetTabId() })) as Summary;
  document.documentElement.lang = summary.view.language;
  render(
    <>
      <ReadinessSummary summary={summary} />
      <footer class="popup__footer">
        <a class="link" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
          {translate(summary.view.language, 'popup.options')}
        </a>
      </footer>
    </>,
    app,
  );
}

void main();
