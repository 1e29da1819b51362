// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { forgetAccount, recordObservations, type StoredAccounts } from '../../lib/account-store';
import type { Observation } from '../../lib/model/observation';
import {
  forgetAccountEverywhere,
  logForgetting,
  namesOfAccount,
  resourcesForgetting,
  statusesForgetting,
  tabsAfterClear,
  tabsForgetting,
} from '../../lib/personal-data';

const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);
const read = (observations: Partial<Observation>[]): Observation[] =>
  observations.map(
    (o) => ({ source: 'page:account-info', observedAt: T0, found: 'label', ...o }) as Observation,
  );

/** Two accounts: ops (login name, with its pin) current, and dev; plus reads that named nobody. */
function twoAccounts(): StoredAccounts {
  let stored: StoredAccounts = { accounts: {} };
  stored = recordObservations(
    stored,
    read([
      { field: 'account', value: 'dev' },
      { field: 'cash', value: 100 },
    ]),
  );
  stored = recordObservations(
    stored,
    read([
      { field: 'account', value: 'ops' },
      { field: 'pin', value: 'pin-ops' },
      { field: 'cash', value: 4200 },
    ]),
  );
  stored = recordObservations(stored, read([{ field: 'signedIn', value: true }]));
  return stored;
}

describe('forgetAccount', () => {
  it('drops the account, its aliases and its place as current; the others stay as they were', () => {
    const stored = twoAccounts();
    expect(stored.currentAccount).toBe('ops');
    expect(stored.aliases).toEqual({ 'pin-ops': 'ops' });
    const next = forgetAccount(stored, 'ops');
    // The reads that named nobody are nobody's: they stay.
    expect(Object.keys(next.accounts).sort()).toEqual(['', 'dev']);
    expect(next.accounts.dev).toEqual(stored.accounts.dev);
    expect(next.aliases).toEqual({});
    expect(next.currentAccount).toBeUndefined();
    expect(JSON.stringify(next)).not.toContain('ops');
  });

  it('forgets by any of the account’s names', () => {
    expect(forgetAccount(twoAccounts(), 'pin-ops')).toEqual(forgetAccount(twoAccounts(), 'ops'));
  });

  it('keeps the current account when another one is forgotten', () => {
    const next = forgetAccount(twoAccounts(), 'dev');
    expect(next.currentAccount).toBe('ops');
    expect(Object.keys(next.accounts)).not.toContain('dev');
    expect(next.accounts.ops).toEqual(twoAccounts().accounts.ops);
  });

  it('leaves the store alone for a name it does not know, a reserved name, or the reads that named nobody', () => {
    const stored = twoAccounts();
    for (const name of ['nobody', '__proto__', 'constructor', ''])
      expect(forgetAccount(stored, name)).toBe(stored);
  });
});

describe('forgetting everywhere else', () => {
  it('names every name of the account', () => {
    expect(namesOfAccount(twoAccounts(), 'pin-ops').sort()).toEqual(['ops', 'pin-ops']);
    expect(namesOfAccount(twoAccounts(), 'nobody')).toEqual([]);
    expect(forgetAccountEverywhere(twoAccounts(), 'nobody').names).toEqual([]);
  });

  it('drops the account’s resources only', () => {
    const resources = {
      ops: { 'cn-north-1': { region: 'cn-north-1' } },
      dev: { 'cn-east-2': { region: 'cn-east-2' } },
    };
    expect(resourcesForgetting(resources, ['ops', 'pin-ops'])).toEqual({ dev: resources.dev });
  });

  it('a tab that showed the account rests on nothing, never on another account', () => {
    const tabs: Record<string, { pageKind: string; account?: string; region?: string }> = {
      7: { pageKind: 'vpn-connection-form', account: 'ops', region: 'cn-north-1' },
      8: { pageKind: 'capital-overview', account: 'dev' },
      9: { pageKind: 'other-console' },
    };
    expect(tabsForgetting(tabs, ['ops', 'pin-ops'])).toEqual({
      7: { pageKind: 'vpn-connection-form', region: 'cn-north-1', unnamed: {} },
    });
  });

  it('the guard log keeps each entry without the forgotten name', () => {
    const log = [
      { at: 1, account: 'ops', kind: 'override', detail: 'blocked: funds-threshold' },
      { at: 2, account: 'dev', kind: 'override', detail: 'warning: funds-runway' },
      { at: 3, kind: 'guard-error', detail: 'boom' },
    ];
    expect(logForgetting(log, ['ops'])).toEqual([
      { at: 1, kind: 'override', detail: 'blocked: funds-threshold' },
      log[1],
      log[2],
    ]);
  });

  it('a taught place forgets a name it read, and keeps when it matched', () => {
    const statuses = {
      'console/account': { taughtAt: 1, matchedAt: 5, value: 'pin-ops' },
      'capital-overview/cash': { taughtAt: 2, matchedAt: 6, value: 4200 },
    };
    expect(statusesForgetting(statuses, ['ops', 'pin-ops'])).toEqual({
      'console/account': { taughtAt: 1, matchedAt: 5 },
      'capital-overview/cash': statuses['capital-overview/cash'],
    });
  });
});

describe('tabsAfterClear', () => {
  it('keeps only the forms open now, as filled, with nothing read', () => {
    const draft = { presentation: 'dialog', region: 'cn-north-1', name: 'vpn-1' };
    const tabs = {
      7: {
        pageKind: 'vpn-connection-form',
        draft,
        account: 'ops',
        region: 'cn-north-1',
        teachPending: 'cash',
      },
      8: { pageKind: 'capital-overview', account: 'dev' },
      9: { pageKind: 'vpn-tunnel-form', draft, inPrivate: true, unnamed: { signedIn: undefined } },
    };
    expect(tabsAfterClear(tabs)).toEqual({
      7: { pageKind: 'vpn-connection-form', draft },
      9: { pageKind: 'vpn-tunnel-form', draft, inPrivate: true },
    });
  });
});
