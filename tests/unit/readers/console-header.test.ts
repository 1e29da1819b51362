import { afterEach, describe, expect, it } from 'vitest';
import { readConsoleHeader } from '../../../lib/readers/console-header';
import { MOCK_CONSOLE_PAGES, MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import { SCENARIO_NAMES, scenarios } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const LANGS: MockLanguage[] = ['zh', 'en'];
const PAGES = MOCK_CONSOLE_PAGES;

describe('readConsoleHeader on every signed-in console page', () => {
  for (const name of SCENARIO_NAMES.filter((n) => scenarios[n].signedIn)) {
    for (const lang of LANGS) {
      it(`${name} (${lang}): signed in as ${scenarios[name].pin}`, async () => {
        for (const url of PAGES) {
          const page = await loadConsolePage(url, { scenario: name, lang });
          expect(readConsoleHeader(page.context()), url).toEqual([
            { field: 'signedIn', value: true },
            { field: 'account', value: scenarios[name].pin },
          ]);
        }
      });
    }
  }

  it('reads the literal pin jdc_demo_02 for low-balance, not the account id', async () => {
    const page = await loadConsolePage(MOCK_URLS.vpcList, { scenario: 'low-balance', lang: 'en' });
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: true },
      { field: 'account', value: 'jdc_demo_02' },
    ]);
  });
});

describe('readConsoleHeader edge cases', () => {
  it('says signed out when the header offers only a sign-in link, and reads no account', async () => {
    const page = await loadHtml(
      MOCK_URLS.consoleOverview,
      '<header><a>京东云</a><dl><dt>用户名</dt><dd>stale_pin</dd></dl><a href="https://login.jdcloud.com/">登录</a></header>',
    );
    expect(readConsoleHeader(page.context())).toEqual([{ field: 'signedIn', value: false }]);
  });

  it('says nothing without a header', async () => {
    const page = await loadHtml(MOCK_URLS.consoleOverview, '<main><p>退出登录</p></main>');
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('says nothing about sign-in when the header shows neither control', async () => {
    const page = await loadHtml(MOCK_URLS.consoleOverview, '<div role="banner"><span>JD Cloud</span></div>');
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('reads an inline "Username: pin" and honours the account override', async () => {
    const page = await loadHtml(
      MOCK_URLS.consoleOverview,
      '<header><span>Username: pin_inline</span><b id="o">pin_override</b><button>Sign Out</button></header>',
    );
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: true },
      { field: 'account', value: 'pin_inline' },
    ]);
    expect(readConsoleHeader(page.context({ account: '#o' }))[1]).toEqual({
      field: 'account',
      value: 'pin_override',
    });
  });
});
