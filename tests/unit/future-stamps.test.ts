import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import {
  emptyStoredAccounts,
  newestObservationAt,
  recordBatch,
  recordObservations,
} from '../../lib/account-store';
import type { Observation } from '../../lib/model/observation';
import { buildPanelView, describeFact } from '../../lib/views';
import { loadAccounts, saveAccounts } from '../../platform/storage';
import { NOW, observed, readyState, settingsWith } from './rules/rule-input';

const MIN = 60_000;
const YEAR = 365 * 24 * 60 * MIN;

const cash = (value: number, observedAt: number, account = 'jdc-admin'): Observation => ({
  field: 'cash',
  value,
  source: 'page:capital-overview',
  observedAt,
  account,
});
const named = (observedAt: number): Observation => ({
  field: 'account',
  value: 'jdc-admin',
  source: 'page:capital-overview',
  observedAt,
});

describe('a value stamped ahead of the clock, when recorded', () => {
  const aheadOfNow = recordObservations(emptyStoredAccounts(), [
    named(NOW + YEAR),
    cash(9_999_999, NOW + YEAR),
  ]);

  it('never hides a value read since', () => {
    const next = recordObservations(aheadOfNow, [named(NOW), cash(100, NOW)], NOW);
    expect(next.accounts['jdc-admin']?.cash).toMatchObject({ value: 100, observedAt: NOW });
  });

  it('never replaces a value that is trusted, and a newer trusted one replaces it', () => {
    const trusted = recordObservations(emptyStoredAccounts(), [named(NOW), cash(100, NOW)], NOW);
    const after = recordObservations(trusted, [named(NOW + YEAR), cash(9_999_999, NOW + YEAR)], NOW + MIN);
    expect(after.accounts['jdc-admin']?.cash).toMatchObject({ value: 100, observedAt: NOW });
    // A minute of skew between the extension's contexts is not "ahead".
    const skewed = recordObservations(trusted, [named(NOW), cash(200, NOW + 30_000)], NOW);
    expect(skewed.accounts['jdc-admin']?.cash).toMatchObject({ value: 200 });
  });

  it('never hides a read since where two names of one account are merged', () => {
    // A pin seen first, stamped ahead; then the login name beside it, read now: one account, today's value.
    const pinFirst = recordBatch(emptyStoredAccounts(), [
      { field: 'account', value: 'pin-77', source: 'page:account-info', observedAt: NOW + YEAR },
      cash(9_999_999, NOW + YEAR, 'pin-77'),
    ]).stored;
    const merged = recordBatch(
      pinFirst,
      [
        named(NOW),
        { field: 'pin', value: 'pin-77', source: 'page:account-info', observedAt: NOW },
        cash(100, NOW),
      ],
      NOW,
    );
    expect(merged.account).toBe('jdc-admin');
    expect(merged.stored.accounts['jdc-admin']?.cash).toMatchObject({ value: 100 });
  });

  it('is not the newest read the popup names', () => {
    const state = { ...readyState(), cash: observed('cash', 1, -YEAR) };
    expect(newestObservationAt(state, NOW)).toBe(NOW);
  });
});

describe('a value stamped ahead of the clock, when judged', () => {
  it('is never fresh: its rows warn and say it is not trusted, and why, in each language', () => {
    const state = { ...readyState(), cash: observed('cash', 100_000, -2 * 60 * MIN) };
    for (const [language, words] of [
      ['en', /120 min ahead of this computer’s clock, so it is not trusted/],
      ['zh-CN', /比本机时钟晚 120 分钟，不予采信/],
    ] as const) {
      const view = buildPanelView(state, undefined, settingsWith(), language, NOW);
      const funds = view.checks.find((check) => check.id === 'funds-threshold');
      expect(funds?.status).toBe('warn');
      expect(funds?.reason).toMatch(words);
      expect(view.readiness).not.toBe('ready');
    }
  });

  it('has no age to tell in its source line', () => {
    const fact = { field: 'cash' as const, source: 'page:capital-overview' as const, observedAt: NOW + YEAR };
    expect(describeFact(fact, 'en', NOW)).toBe(
      'from the capital overview page, stamped ahead of this computer’s clock',
    );
    expect(describeFact(fact, 'zh-CN', NOW)).toBe('来自资金概览页面，时间晚于本机时钟');
  });
});

describe('the background, holding a value stamped ahead of the clock', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('records a page’s read over it', async () => {
    await saveAccounts(
      recordObservations(emptyStoredAccounts(), [
        named(Date.now() + YEAR),
        cash(9_999_999, Date.now() + YEAR),
      ]),
    );
    const sender = {
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as Browser.tabs.Tab,
      frameId: 0,
      url: 'https://uc.jdcloud.com/cost/capital/capital-overview',
    } as Browser.runtime.MessageSender;
    await handleMessage(
      {
        type: 'page-read',
        pageKind: 'capital-overview',
        readings: [
          { field: 'account', value: 'jdc-admin', found: 'inference' },
          { field: 'cash', value: 4200, found: 'label' },
        ],
        config: '',
      },
      sender,
    );
    expect((await loadAccounts()).accounts['jdc-admin']?.cash?.value).toBe(4200);
  });
});
