/**
 * Loads a mock console page into its own happy-dom Window at the page's real URL, following the
 * mock's redirects the way a browser would. Every test builds its DOM this way.
 */
import { Window } from 'happy-dom';
import type { PageContext } from '../../../lib/readers';
import { type MockConsoleOptions, mockConsoleResponse } from '../../fixtures/console/render';

export interface LoadedPage {
  window: Window;
  document: Document;
  /** The URL the document ended up at, after redirects. */
  url: URL;
  status: number;
  /** Every URL answered with a redirect on the way. */
  redirects: string[];
  context(overrides?: PageContext['overrides']): PageContext;
}

export interface LoadOptions {
  /** Run the page's inline scripts (the cns-console SPA). Off by default: readers must not need them. */
  scripts?: boolean;
}

const openWindows: Window[] = [];

/** Puts `html` into a fresh Window at `url`. */
export async function loadHtml(url: string, html: string, options: LoadOptions = {}, status = 200) {
  const window = new Window({
    url,
    settings: options.scripts
      ? { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true }
      : {},
  });
  openWindows.push(window);
  window.document.open();
  window.document.write(html);
  window.document.close();
  await window.happyDOM.waitUntilComplete();
  const document = window.document as unknown as Document;
  chooseParsedOptions(document);
  const page: LoadedPage = {
    window,
    document,
    url: new URL(url),
    status,
    redirects: [],
    context: (overrides = {}) => ({ document, overrides }),
  };
  return page;
}

/**
 * happy-dom 21 misplaces the choice of a parsed `<option selected>` that is not a select's first option (its
 * `value` and `selectedIndex` name another option): choose it again, as a browser shows it.
 */
function chooseParsedOptions(document: Document): void {
  for (const select of Array.from(document.querySelectorAll('select'))) {
    const chosen = Array.from(select.options).filter((option) => option.hasAttribute('selected'));
    const last = chosen.at(-1);
    if (last) select.selectedIndex = Array.from(select.options).indexOf(last);
  }
}

/** GETs `url` from the mock console (following up to 3 redirects) and loads the answer. */
export async function loadConsolePage(
  url: string,
  mock: MockConsoleOptions,
  options: LoadOptions = {},
): Promise<LoadedPage> {
  const redirects: string[] = [];
  let current = url;
  let response = mockConsoleResponse(current, mock);
  while (response.status >= 300 && response.status < 400 && redirects.length < 3) {
    redirects.push(current);
    current = new URL(response.headers.location ?? '/', current).href;
    response = mockConsoleResponse(current, mock);
  }
  const page = await loadHtml(current, response.body, options, response.status);
  page.redirects = redirects;
  return page;
}

/** Closes every Window opened since the last call; use in afterEach. */
export async function closeOpenPages(): Promise<void> {
  const windows = openWindows.splice(0);
  await Promise.all(windows.map((window) => window.happyDOM.close()));
}
