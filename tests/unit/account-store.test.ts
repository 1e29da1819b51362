import { describe, expect, it } from 'vitest';
import {
  accountState,
  currentAccountState,
  emptyStoredAccounts,
  newestObservationAt,
  observationsFromReadings,
  recordBatch,
  recordObservations,
  resolveAccount,
  UNATTRIBUTED,
} from '../../lib/account-store';
import type { Reading } from '../../lib/model/observation';

const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);

describe('recordObservations', () => {
  it('files a batch under the account it names and makes that account current', () => {
    const stored = recordObservations(
      emptyStoredAccounts(),
      observationsFromReadings(
        [
          { field: 'account', value: 'jdc_a', found: 'inference' },
          { field: 'cash', value: 3250, found: 'label' },
        ],
        'page:capital-overview',
        T0,
      ),
    );
    expect(stored.currentAccount).toBe('jdc_a');
    expect(currentAccountState(stored).cash).toEqual({
      field: 'cash',
      value: 3250,
      source: 'page:capital-overview',
      found: 'label',
      observedAt: T0,
      account: 'jdc_a',
    });
  });

  it('keeps the newer value of a field whatever order observations arrive in', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0 },
      { field: 'cash', value: 9000, source: 'openapi', observedAt: T0 + 2000 },
    ]);
    stored = recordObservations(stored, [
      { field: 'cash', value: 100, source: 'page:capital-overview', observedAt: T0 + 1000, account: 'jdc_a' },
    ]);
    expect(currentAccountState(stored).cash?.value).toBe(9000);
    stored = recordObservations(stored, [
      { field: 'cash', value: 100, source: 'manual', observedAt: T0 + 3000, account: 'jdc_a' },
    ]);
    expect(currentAccountState(stored).cash).toMatchObject({ value: 100, source: 'manual' });
  });

  it('never mixes two accounts: switching account switches the state', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0 },
      { field: 'cash', value: 9000, source: 'page:capital-overview', observedAt: T0 },
    ]);
    stored = recordObservations(stored, [
      { field: 'account', value: 'jdc_b', source: 'page:other-console', observedAt: T0 + 1 },
    ]);
    expect(stored.currentAccount).toBe('jdc_b');
    expect(currentAccountState(stored).cash).toBeUndefined();
    expect(stored.accounts.jdc_a?.cash?.value).toBe(9000);
  });

  it('never lends a read that named no account to the account seen next (or before)', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0 },
    ]);
    stored = recordObservations(stored, [
      { field: 'cash', value: 500, source: 'page:capital-overview', observedAt: T0 + 1 },
      { field: 'realName', value: 'personal', source: 'page:real-name', observedAt: T0 + 1 },
    ]);
    expect(stored.accounts[UNATTRIBUTED]?.cash?.value).toBe(500);
    expect(stored.accounts.jdc_a?.cash).toBeUndefined();
    stored = recordObservations(stored, [
      { field: 'account', value: 'jdc_b', source: 'page:other-console', observedAt: T0 + 2 },
    ]);
    expect(currentAccountState(stored)).toEqual({
      account: {
        field: 'account',
        value: 'jdc_b',
        source: 'page:other-console',
        observedAt: T0 + 2,
        account: 'jdc_b',
      },
    });
  });

  it('ends the current account on a signed-out page, and files that read under no account', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0 },
    ]);
    const recorded = recordBatch(stored, [
      { field: 'signedIn', value: false, source: 'page:login', observedAt: T0 + 5, found: 'inference' },
    ]);
    stored = recorded.stored;
    expect(recorded.account).toBeUndefined();
    expect(stored.currentAccount).toBeUndefined();
    expect(stored.accounts.jdc_a?.signedIn).toBeUndefined();
    expect(stored.accounts[UNATTRIBUTED]?.signedIn?.value).toBe(false);
  });
});

describe('who is who: pins, login names and masked names', () => {
  const page = (readings: Reading[], at = T0) => observationsFromReadings(readings, 'page:account-info', at);

  it('files a pin and a login name seen together as one account, whichever the top bar shows later', () => {
    let stored = recordObservations(
      emptyStoredAccounts(),
      page([
        { field: 'account', value: 'jcloud_ops7', found: 'label' },
        { field: 'pin', value: 'jd_3f9a2c', found: 'label' },
      ]),
    );
    const recorded = recordBatch(
      stored,
      observationsFromReadings(
        [
          { field: 'account', value: 'jd_3f9a2c', found: 'inference' },
          { field: 'cash', value: 700, found: 'label' },
        ],
        'page:capital-overview',
        T0 + 1,
      ),
    );
    stored = recorded.stored;
    expect(recorded.account).toBe('jcloud_ops7');
    expect(stored.currentAccount).toBe('jcloud_ops7');
    expect(accountState(stored, 'jd_3f9a2c').cash?.value).toBe(700);
    expect(Object.keys(stored.accounts)).toEqual(['jcloud_ops7']);
  });

  it('moves what was kept under a pin to the login name once the two are seen together', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jd_3f9a2c', source: 'page:other-console', observedAt: T0 },
      { field: 'cash', value: 900, source: 'page:capital-overview', observedAt: T0 },
    ]);
    stored = recordObservations(stored, [
      {
        field: 'account',
        value: 'jcloud_ops7',
        source: 'openapi',
        observedAt: T0 + 1,
        account: 'jcloud_ops7',
      },
      { field: 'pin', value: 'jd_3f9a2c', source: 'openapi', observedAt: T0 + 1, account: 'jcloud_ops7' },
    ]);
    expect(stored.accounts.jd_3f9a2c).toBeUndefined();
    expect(stored.accounts.jcloud_ops7?.cash?.value).toBe(900);
    expect(stored.currentAccount).toBe('jcloud_ops7');
  });

  it('takes a masked phone number as a name, but never as proof that two accounts are one', () => {
    const masked = '138****1234';
    let stored = recordObservations(
      emptyStoredAccounts(),
      page([
        { field: 'account', value: masked, found: 'label' },
        { field: 'pin', value: 'jd_aaaa', found: 'label' },
      ]),
    );
    expect(resolveAccount(stored, masked)).toBe('jd_aaaa');
    // A second account shows the same mask beside its own pin: the mask names neither any more.
    stored = recordObservations(
      stored,
      page(
        [
          { field: 'account', value: masked, found: 'label' },
          { field: 'pin', value: 'jd_bbbb', found: 'label' },
          { field: 'realName', value: 'none', found: 'label' },
        ],
        T0 + 1,
      ),
    );
    expect(stored.accounts.jd_bbbb?.realName?.value).toBe('none');
    expect(stored.accounts.jd_aaaa?.realName).toBeUndefined();
    expect(resolveAccount(stored, masked)).toBeUndefined();
    const topBarOnly = recordBatch(
      stored,
      observationsFromReadings(
        [
          { field: 'account', value: masked, found: 'inference' },
          { field: 'cash', value: 100, found: 'label' },
        ],
        'page:capital-overview',
        T0 + 2,
      ),
    );
    expect(topBarOnly.account).toBeUndefined();
    expect(topBarOnly.stored.accounts.jd_aaaa?.cash).toBeUndefined();
    expect(topBarOnly.stored.accounts.jd_bbbb?.cash).toBeUndefined();
  });

  it('keeps names that an object holds of its own out of the store', () => {
    for (const name of ['__proto__', 'constructor']) {
      const recorded = recordBatch(emptyStoredAccounts(), [
        { field: 'account', value: name, source: 'page:other-console', observedAt: T0 },
        { field: 'cash', value: 1, source: 'page:capital-overview', observedAt: T0 },
      ]);
      expect(recorded.account).toBeUndefined();
      expect(Object.getPrototypeOf(recorded.stored.accounts)).toBe(Object.prototype);
      expect(accountState(recorded.stored, name)).toEqual({});
    }
  });
});

describe('newestObservationAt', () => {
  it('is the time of the newest field, or undefined when nothing was seen', () => {
    expect(newestObservationAt({})).toBeUndefined();
    expect(
      newestObservationAt({
        cash: { field: 'cash', value: 1, source: 'manual', observedAt: T0, found: 'label' },
        realName: {
          field: 'realName',
          value: 'personal',
          source: 'openapi',
          observedAt: T0 + 7,
          found: 'label',
        },
      }),
    ).toBe(T0 + 7);
  });
});
