import { afterEach, describe, expect, it } from 'vitest';
import type { RealNameStatus } from '../../../lib/model/observation';
import { parseRealNameStatus, readRealName } from '../../../lib/readers/real-name';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import type { ScenarioName } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';
import { realNamePage, URLS_2019 } from './fixtures-2019/console-2019';

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

describe('readRealName on the classic mock console (a labelled status)', () => {
  for (const [scenario, status] of EXPECTED) {
    for (const lang of LANGS) {
      it(`${scenario} (${lang}): ${status}`, async () => {
        const page = await loadConsolePage(URL, { scenario, lang });
        expect(readRealName(page.context())).toEqual([{ field: 'realName', value: status, found: 'label' }]);
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
    expect(readRealName(page.context())).toEqual([{ field: 'realName', value: 'personal', found: 'label' }]);
  });

  it('takes the realName override first', async () => {
    const page = await loadConsolePage(URL, { scenario: 'ready', lang: 'en' });
    page.document.body.insertAdjacentHTML('beforeend', '<span id="badge">Rejected</span>');
    expect(readRealName(page.context({ realName: '#badge' }))).toEqual([
      { field: 'realName', value: 'rejected', found: 'override' },
    ]);
    expect(readRealName(page.context({ realName: '#nothing' }))).toEqual([
      { field: 'realName', value: 'personal', found: 'label' },
    ]);
    expect(readRealName(page.context({ realName: 'main h1' }))).toEqual([]);
  });

  it('reads the older uc.jdcloud.com layout with an inline status', async () => {
    const page = await loadHtml(
      'https://uc.jdcloud.com/account/certify',
      '<main><p>认证状态：认证失败（已驳回）</p></main>',
    );
    expect(readRealName(page.context())).toEqual([{ field: 'realName', value: 'rejected', found: 'label' }]);
  });
});

describe('readRealName on the 2019-shaped page (two blocks, no status label)', () => {
  const url = URLS_2019.realName;
  const offer = { action: '立即认证' };

  async function read(...args: Parameters<typeof realNamePage>) {
    const page = await loadHtml(url, realNamePage(...args));
    return readRealName(page.context());
  }

  it('both blocks offering 立即认证, no state anywhere: none, by inference (the prose is no status)', async () => {
    expect(await read(offer, offer)).toEqual([{ field: 'realName', value: 'none', found: 'inference' }]);
  });

  it.each([
    ['已认证 in the personal block', { state: '已认证' }, offer, 'personal'],
    ['认证成功 in the enterprise block', offer, { state: '认证成功', action: '立即更新' }, 'enterprise'],
    ['verified in both blocks', { state: '已认证' }, { state: '已认证' }, 'both'],
    ['en Verified in the personal block', { state: 'Verified' }, { action: 'Verify now' }, 'personal'],
    ['personal verified, enterprise under review', { state: '已认证' }, { state: '审核中' }, 'personal'],
    ['personal verified, enterprise rejected', { state: '已认证' }, { state: '认证失败' }, 'personal'],
  ] as const)('%s → %s', async (_what, personal, enterprise, status) => {
    expect(await read(personal, enterprise)).toEqual([{ field: 'realName', value: status, found: 'label' }]);
  });

  it.each([
    ['您已提交企业认证信息，请等待审核。', 'pending'],
    ['企业认证审核中，系统将会在3个工作日内进行审核', 'pending'],
    ['待回填：请填写打款金额', 'pending'],
    ['实名认证申请未通过', 'rejected'],
    ['企业认证已被驳回', 'rejected'],
    ['认证已冻结', 'rejected'],
    ['Your verification is under review', 'pending'],
  ] as const)('a notice %s → %s', async (notice, status) => {
    expect(await read(offer, offer, notice)).toEqual([{ field: 'realName', value: status, found: 'label' }]);
  });

  it.each(['未完成', '尚未认证', '认证已过期', '已注销', '未认证', 'Not completed', 'Expired'])(
    'a negation or lapse (%s) in a block is never a pass',
    async (state) => {
      expect(await read({ state }, offer)).toEqual([{ field: 'realName', value: 'none', found: 'label' }]);
      expect(await read({ state: `已认证 ${state}` }, offer)).toEqual([
        { field: 'realName', value: 'none', found: 'label' },
      ]);
    },
  );

  it('a verified state that names no kind, outside the blocks, is not guessed', async () => {
    const page = await loadHtml(
      url,
      '<body><div class="notice">已认证</div><button>立即认证</button></body>',
    );
    expect(readRealName(page.context())).toEqual([]);
  });

  it('an offer to upgrade that says personal verification is done names no enterprise pass', async () => {
    const upgrade = {
      state: '已完成个人实名认证的用户可升级为企业实名认证，资源将归属企业。',
      action: '立即认证',
    };
    expect(await read({ state: '已认证' }, upgrade)).toEqual([
      { field: 'realName', value: 'personal', found: 'label' },
    ]);
  });

  it.each([
    ['You have submitted your enterprise verification. Please wait for the review.', 'pending'],
    ['Your real-name verification was not approved.', 'rejected'],
  ] as const)('en notice %s → %s', async (notice, status) => {
    expect(await read({ action: 'Verify Now' }, { action: 'Verify Now' }, notice)).toEqual([
      { field: 'realName', value: status, found: 'label' },
    ]);
  });

  it('prose about what verification brings is no status', async () => {
    const page = await loadHtml(
      url,
      '<body><p>认证成功后可购买云产品</p><p>企业认证需要3个工作日审核</p><p>个人认证 适用于个人用户</p></body>',
    );
    expect(readRealName(page.context())).toEqual([]);
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

  it.each([
    ['个人认证未完成', 'none'],
    ['尚未认证', 'none'],
    ['认证已过期', 'none'],
    ['已注销', 'none'],
    ['待回填', 'pending'],
    ['等待审核', 'pending'],
    ['已冻结', 'rejected'],
    ['实名认证申请未通过', 'rejected'],
  ] as const)('negations, lapses and the flow: %s → %s', (text, status) => {
    expect(parseRealNameStatus(text)).toBe(status);
  });

  it.each(['', '   ', '已认证', 'Verified', '--', '查看', 'x'.repeat(200)])(
    'does not guess from %j',
    (text) => {
      expect(parseRealNameStatus(text)).toBeUndefined();
    },
  );
});
