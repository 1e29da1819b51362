import { afterEach, describe, expect, it } from 'vitest';
import type { RealNameStatus } from '../../../lib/model/observation';
import { parseAccountPin, readAccountInfo } from '../../../lib/readers/account-info';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

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

describe('readAccountInfo on the mock console', () => {
  for (const [scenario, pin, realName] of EXPECTED) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): ${pin}, ${realName}`, async () => {
        const page = await loadConsolePage(URL, { scenario, lang });
        expect(readAccountInfo(page.context())).toEqual([
          { field: 'account', value: pin },
          { field: 'realName', value: realName },
        ]);
      });
    }
  }

  for (const lang of LANGS) {
    it(`unreadable (${lang}): the pin, and no real-name status`, async () => {
      const page = await loadConsolePage(URL, { scenario: 'unreadable', lang });
      expect(readAccountInfo(page.context())).toEqual([{ field: 'account', value: 'jdc_demo_07' }]);
    });
  }

  it('takes the pin, never the numeric account id shown beside it', async () => {
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
    });
  });

  it('refuses masked or placeholder pins', async () => {
    const page = await loadHtml(
      URL,
      '<main><dl><dt>用户名</dt><dd>jdc***01</dd><dt>实名认证</dt><dd>--</dd></dl></main>',
    );
    expect(readAccountInfo(page.context())).toEqual([]);
  });
});

describe('parseAccountPin', () => {
  it.each([
    ['jdc_demo_01', 'jdc_demo_01'],
    ['  user@example.com ', 'user@example.com'],
    ['京东用户123', '京东用户123'],
  ])('%j → %j', (text, pin) => {
    expect(parseAccountPin(text)).toBe(pin);
  });

  it.each(['', '--', '—', 'two words', 'a***b', 'x'.repeat(65)])('refuses %j', (text) => {
    expect(parseAccountPin(text)).toBeUndefined();
  });
});
