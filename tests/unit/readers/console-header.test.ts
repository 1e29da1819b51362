import { afterEach, describe, expect, it } from 'vitest';
import { findConsoleHeader, readConsoleHeader } from '../../../lib/readers/console-header';
import { MOCK_CONSOLE_PAGES, MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import { SCENARIO_NAMES, scenarios } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';
import { page2019, topBar, URLS_2019 } from './fixtures-2019/console-2019';

afterEach(closeOpenPages);

const LANGS: MockLanguage[] = ['zh', 'en'];
const PAGES = MOCK_CONSOLE_PAGES;

describe('readConsoleHeader on every signed-in page of the classic mock console', () => {
  for (const name of SCENARIO_NAMES.filter((n) => scenarios[n].signedIn)) {
    for (const lang of LANGS) {
      it(`${name} (${lang}): signed in as ${scenarios[name].pin}, read from the labelled account menu`, async () => {
        for (const url of PAGES) {
          const page = await loadConsolePage(url, { scenario: name, lang });
          expect(readConsoleHeader(page.context()), url).toEqual([
            { field: 'signedIn', value: true, found: 'inference' },
            { field: 'account', value: scenarios[name].pin, found: 'label' },
          ]);
        }
      });
    }
  }

  it('reads the literal pin jdc_demo_02 for low-balance, not the account id', async () => {
    const page = await loadConsolePage(MOCK_URLS.vpcList, { scenario: 'low-balance', lang: 'en' });
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: true, found: 'inference' },
      { field: 'account', value: 'jdc_demo_02', found: 'label' },
    ]);
  });
});

describe('readConsoleHeader on the 2019 bar (a plain div, the name without a label)', () => {
  const url = URLS_2019.capital;

  it.each([
    ['a caret icon after the name', 'icon'],
    ['a ▾ in the same text', 'text'],
    ['an aria-haspopup trigger', 'popup'],
  ] as const)(
    'reads the name before %s, and infers signed in without any sign-out control',
    async (_how, caret) => {
      const page = await loadHtml(
        url,
        page2019('<div class="content">资金账户</div>', topBar({ account: 'jcloudiaas5', caret })),
      );
      expect(page.document.querySelector('header, [role="banner"]')).toBeNull();
      expect(page.document.body.textContent).not.toContain('退出');
      expect(readConsoleHeader(page.context())).toEqual([
        { field: 'signedIn', value: true, found: 'inference' },
        { field: 'account', value: 'jcloudiaas5', found: 'inference' },
      ]);
    },
  );

  it('finds the bar by its menu words', async () => {
    const page = await loadHtml(url, page2019('<div class="content">x</div>'));
    expect(findConsoleHeader(page.document)?.className).toBe('jdc-topbar');
  });

  it('takes a masked phone number as the name', async () => {
    const page = await loadHtml(url, page2019('<p>x</p>', topBar({ account: '138****1234' })));
    expect(readConsoleHeader(page.context())).toContainEqual({
      field: 'account',
      value: '138****1234',
      found: 'inference',
    });
  });

  it.each(['jc***5', '***', '--'])('takes no other masked or placeholder name (%s)', async (shown) => {
    const page = await loadHtml(url, page2019('<p>x</p>', topBar({ account: shown })));
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('never takes a menu word, a message count or a language switch for the name', async () => {
    const bar = `<div class="bar"><a>控制台</a><a>消息</a><span class="badge">12</span><a>帮助中心</a><a>工单 ▾</a><a>文档</a><a>English</a><span class="caret">▾</span></div>`;
    const page = await loadHtml(url, page2019('<p>x</p>', bar));
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('takes no name where two unknown texts follow the menu words: which is the name would be a guess', async () => {
    for (const after of ['Language', '国际站', '体验新版']) {
      const bar = `<div class="bar"><a>控制台</a><a>费用</a><a>工单</a><a>备案</a><a>帮助</a><span>alice</span><span>${after}</span></div>`;
      const page = await loadHtml(url, page2019('<p>x</p>', bar));
      expect(readConsoleHeader(page.context()).find((r) => r.field === 'account')).toBeUndefined();
    }
  });

  it('with the user menu open: still the name, the sign-out as more evidence, and 账户余额 as the weaker balance', async () => {
    const page = await loadHtml(
      url,
      page2019('<p>x</p>', topBar({ account: 'jcloudiaas5', menuOpen: true })),
    );
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: true, found: 'inference' },
      { field: 'account', value: 'jcloudiaas5', found: 'inference' },
      { field: 'accountBalance', value: 0, found: 'label' },
    ]);
  });

  it('says signed out when the bar offers only to sign in, and reads no name', async () => {
    const page = await loadHtml(url, page2019('<p>x</p>', topBar({})));
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: false, found: 'inference' },
    ]);
  });

  it('is not fooled by a side menu holding menu words when the page has no bar', async () => {
    const page = await loadHtml(
      url,
      '<body><div class="side"><a>费用</a></div><div class="content"><h1>概览</h1><table><tr><td>产品</td><td>工单</td></tr></table><p>someone</p></div></body>',
    );
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('takes the account override first (found: override)', async () => {
    const page = await loadHtml(url, page2019('<b id="who">pin_override</b>'));
    expect(readConsoleHeader(page.context({ account: '#who' }))).toEqual([
      { field: 'signedIn', value: true, found: 'inference' },
      { field: 'account', value: 'pin_override', found: 'override' },
    ]);
  });
});

describe('readConsoleHeader edge cases', () => {
  it('says signed out when the header offers only a sign-in link, and reads no account', async () => {
    const page = await loadHtml(
      MOCK_URLS.consoleOverview,
      '<header><a>京东云</a><dl><dt>用户名</dt><dd>stale_pin</dd></dl><a href="https://login.jdcloud.com/">登录</a></header>',
    );
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: false, found: 'inference' },
    ]);
  });

  it('says nothing without a bar', async () => {
    const page = await loadHtml(MOCK_URLS.consoleOverview, '<main><p>退出登录</p></main>');
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('says nothing about sign-in when the header shows neither a control nor a name', async () => {
    const page = await loadHtml(MOCK_URLS.consoleOverview, '<div role="banner"><span>JD Cloud</span></div>');
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('ignores a <header> inside the content (a card or dialog header)', async () => {
    const page = await loadHtml(
      MOCK_URLS.consoleOverview,
      '<main><article><header><span>someone</span><button>Sign Out</button></header></article></main>',
    );
    expect(readConsoleHeader(page.context())).toEqual([]);
  });

  it('reads an inline "Username: pin" and honours the account override', async () => {
    const page = await loadHtml(
      MOCK_URLS.consoleOverview,
      '<header><span>Username: pin_inline</span><b id="o">pin_override</b><button>Sign Out</button></header>',
    );
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: true, found: 'inference' },
      { field: 'account', value: 'pin_inline', found: 'label' },
    ]);
    expect(readConsoleHeader(page.context({ account: '#o' }))[1]).toEqual({
      field: 'account',
      value: 'pin_override',
      found: 'override',
    });
  });

  it('says signed in from a sign-out control alone, without a name', async () => {
    const page = await loadHtml(MOCK_URLS.consoleOverview, '<header><a>京东云</a><a>退出</a></header>');
    expect(readConsoleHeader(page.context())).toEqual([
      { field: 'signedIn', value: true, found: 'inference' },
    ]);
  });
});
