import { afterEach, describe, expect, it } from 'vitest';
import type { RealNameStatus } from '../../../lib/model/observation';
import { parseAccountPin, readAccountInfo } from '../../../lib/readers/account-info';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';
import { accountPage, URLS_2019 } from './fixtures-2019/console-2019';

afterEach(closeOpenPages);

const URL = MOCK_URLS.accountInfo;
const LANGS: MockLanguage[] = ['zh', 'en'];

const EXPECTED: [ScenarioName, string, RealNameStatus][] = [
  ['ready', 'jdc_demo_01', 'personal'],
  ['low-balance', 'jdc_demo_02', 'personal'],
  ['coupons-lift', 'jdc_demo_03', 'enterprise'],
  ['unverified', 'jdc_demo_04', 'none'],
  ['under-review', 'jdc_demo_05', 'pending'],
  ['no-gateways', 'jdc_demo_06', 'both'],
];

describe('readAccountInfo on the classic mock console', () => {
  for (const [scenario, pin, realName] of EXPECTED) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): ${pin}, ${realName}, both by their labels`, async () => {
        const page = await loadConsolePage(URL, { scenario, lang });
        expect(readAccountInfo(page.context())).toEqual([
          { field: 'account', value: pin, found: 'label' },
          { field: 'realName', value: realName, found: 'label' },
        ]);
      });
    }
  }

  for (const lang of LANGS) {
    it(`unreadable (${lang}): the name, and no real-name status`, async () => {
      const page = await loadConsolePage(URL, { scenario: 'unreadable', lang });
      expect(readAccountInfo(page.context())).toEqual([
        { field: 'account', value: 'jdc_demo_07', found: 'label' },
      ]);
    });
  }

  it('takes the name, never the numeric account id shown beside it', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'en' });
    expect(page.document.body.textContent).toContain('324100000101');
    const values = readAccountInfo(page.context()).map((r) => r.value);
    expect(values).not.toContain('324100000101');
  });

  it('takes the account override first', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'zh' });
    page.document.body.insertAdjacentHTML('beforeend', '<b id="who">someone_else</b>');
    expect(readAccountInfo(page.context({ account: '#who' }))[0]).toEqual({
      field: 'account',
      value: 'someone_else',
      found: 'override',
    });
  });

  it('refuses masked or placeholder names', async () => {
    const page = await loadHtml(
      URL,
      '<main><dl><dt>用户名</dt><dd>jdc***01</dd><dt>实名认证</dt><dd>--</dd></dl></main>',
    );
    expect(readAccountInfo(page.context())).toEqual([]);
  });
});

describe('readAccountInfo on 2019-shaped pages (Element form items, no <main>)', () => {
  const url = URLS_2019.accountInfo;

  it('2019: 用户Pin is the pin, never 账户ID, 用户昵称 or 真实姓名', async () => {
    const page = await loadHtml(
      url,
      accountPage([
        ['用户Pin：', 'jcloudiaas5'],
        ['账户ID：', '121200000123'],
        ['用户昵称：', '小云'],
        ['账号类型：', '个人'],
        ['真实姓名：', '张*'],
      ]),
    );
    expect(readAccountInfo(page.context())).toEqual([{ field: 'pin', value: 'jcloudiaas5', found: 'label' }]);
  });

  it('today: 账号名 is the login name and PIN (客户识别码) the pin, the two of one account', async () => {
    const page = await loadHtml(
      url,
      accountPage([
        ['账号名', 'cloud_ops_7'],
        ['账号ID', '998877665544'],
        ['PIN (客户识别码)', 'jd_5f3a9c21'],
        ['实名认证', '<span class="el-tag">个人认证</span> <a>查看</a>'],
      ]),
    );
    expect(readAccountInfo(page.context())).toEqual([
      { field: 'account', value: 'cloud_ops_7', found: 'label' },
      { field: 'pin', value: 'jd_5f3a9c21', found: 'label' },
      { field: 'realName', value: 'personal', found: 'label' },
    ]);
  });

  it('en: Login Name and User Pin', async () => {
    const page = await loadHtml(
      url,
      accountPage([
        ['Login Name', 'cloud_ops_7'],
        ['Account ID', '998877665544'],
        ['User Pin', 'jd_5f3a9c21'],
      ]),
    );
    expect(readAccountInfo(page.context())).toEqual([
      { field: 'account', value: 'cloud_ops_7', found: 'label' },
      { field: 'pin', value: 'jd_5f3a9c21', found: 'label' },
    ]);
  });

  it('takes a masked phone number as the name', async () => {
    const page = await loadHtml(url, accountPage([['账号名', '138****1234']]));
    expect(readAccountInfo(page.context())).toEqual([
      { field: 'account', value: '138****1234', found: 'label' },
    ]);
  });

  it('a placeholder name is no name, and does not borrow the next row', async () => {
    const page = await loadHtml(
      url,
      accountPage([
        ['账号名', '--'],
        ['PIN', '***'],
        ['账号ID', '998877665544'],
      ]),
    );
    expect(readAccountInfo(page.context())).toEqual([]);
  });

  it('reads a negated real-name status as none, never a pass', async () => {
    const page = await loadHtml(
      url,
      accountPage([
        ['账号名', 'a_1'],
        ['实名认证', '个人认证未完成'],
      ]),
    );
    expect(readAccountInfo(page.context())).toContainEqual({
      field: 'realName',
      value: 'none',
      found: 'label',
    });
  });
});

describe('parseAccountPin', () => {
  it.each([
    ['jdc_demo_01', 'jdc_demo_01'],
    ['  user@example.com ', 'user@example.com'],
    ['京东用户123', '京东用户123'],
    ['138****1234', '138****1234'],
  ])('%j → %j', (text, pin) => {
    expect(parseAccountPin(text)).toBe(pin);
  });

  it.each(['', '--', '—', 'two words', 'a***b', '138***1234', 'x'.repeat(65)])('refuses %j', (text) => {
    expect(parseAccountPin(text)).toBeUndefined();
  });
});
