import { afterEach, describe, expect, it } from 'vitest';
import type { RealNameStatus } from '../../../lib/model/observation';
import { parseRealNameStatus, readRealName } from '../../../lib/readers/real-name';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const URL = MOCK_URLS.realName;
const LANGS: MockLanguage[] = ['zh', 'en'];

const EXPECTED: [ScenarioName, RealNameStatus][] = [
  ['ready', 'personal'],
  ['low-balance', 'personal'],
  ['coupons-lift', 'enterprise'],
  ['unverified', 'none'],
  ['under-review', 'pending'],
  ['no-gateways', 'both'],
];

describe('readRealName on the mock console', () => {
  for (const [scenario, status] of EXPECTED) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): ${status}`, async () => {
        const page = await loadConsolePage(URL, { scenario, lang });
        expect(readRealName(page.context())).toEqual([{ field: 'realName', value: status }]);
      });
    }
  }

  for (const lang of LANGS) {
    it(`unreadable (${lang}): a blank status gives no reading, despite the 个人/企业 cards`, async () => {
      const page = await loadConsolePage(URL, { scenario: 'unreadable', lang });
      expect(readRealName(page.context())).toEqual([]);
    });
  }

  it('is not fooled by the "upgrade to enterprise" link next to a personal status', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'zh' });
    expect(page.document.querySelector('.auth-status')?.textContent).toContain('升级为企业认证');
    expect(readRealName(page.context())).toEqual([{ field: 'realName', value: 'personal' }]);
  });

  it('takes the realName override first', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'en' });
    page.document.body.insertAdjacentHTML('beforeend', '<span id="badge">Rejected</span>');
    expect(readRealName(page.context({ realName: '#badge' }))).toEqual([
      { field: 'realName', value: 'rejected' },
    ]);
    expect(readRealName(page.context({ realName: '#nothing' }))).toEqual([
      { field: 'realName', value: 'personal' },
    ]);
  });

  it('reads the older uc.jdcloud.com layout with an inline status', async () => {
    const page = await loadHtml(
      'https://uc.jdcloud.com/account/certify',
      '<main><p>认证状态：认证失败（已驳回）</p></main>',
    );
    expect(readRealName(page.context())).toEqual([{ field: 'realName', value: 'rejected' }]);
  });
});

describe('parseRealNameStatus', () => {
  it.each([
    ['未认证', 'none'],
    ['未实名', 'none'],
    ['Unverified', 'none'],
    ['Not verified', 'none'],
    ['个人认证', 'personal'],
    ['已完成个人实名认证', 'personal'],
    ['Personal', 'personal'],
    ['企业认证', 'enterprise'],
    ['Enterprise', 'enterprise'],
    ['个人认证、企业认证', 'both'],
    ['Personal, Enterprise', 'both'],
    ['审核中', 'pending'],
    ['认证中', 'pending'],
    ['企业认证审核中', 'pending'],
    ['Under Review', 'pending'],
    ['认证失败', 'rejected'],
    ['已驳回', 'rejected'],
    ['Rejected', 'rejected'],
  ] as const)('%s → %s', (text, status) => {
    expect(parseRealNameStatus(text)).toBe(status);
  });

  it.each(['', '   ', '已认证', 'Verified', '--', '查看', 'x'.repeat(200)])(
    'does not guess from %j',
    (text) => {
      expect(parseRealNameStatus(text)).toBeUndefined();
    },
  );
});
