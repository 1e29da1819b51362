import { describe, expect, it } from 'vitest';
import {
  currentAccountState,
  emptyStoredAccounts,
  newestObservationAt,
  observationsFromReadings,
  recordObservations,
  UNATTRIBUTED,
} from '../../lib/account-store';

const T0 = Date.UTC(2026, 10, 27, 8, 0, 0);

describe('recordObservations', () => {
  it('files a batch under the account it names and makes that account current', () => {
    const stored = recordObservations(
      emptyStoredAccounts(),
      observationsFromReadings(
        [
          { field: 'account', value: 'jdc_a', found: 'label' },
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
      observedAt: T0,
      account: 'jdc_a',
    });
  });

  it('keeps the newer value of a field whatever order observations arrive in', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0, found: 'label' },
      { field: 'cash', value: 9000, source: 'openapi', observedAt: T0 + 2000, found: 'label' },
    ]);
    stored = recordObservations(stored, [
      { field: 'cash', value: 100, source: 'page:capital-overview', observedAt: T0 + 1000, found: 'label' },
    ]);
    expect(currentAccountState(stored).cash?.value).toBe(9000);
    stored = recordObservations(stored, [
      { field: 'cash', value: 100, source: 'manual', observedAt: T0 + 3000, found: 'label' },
    ]);
    expect(currentAccountState(stored).cash).toMatchObject({ value: 100, source: 'manual' });
  });

  it('never mixes two accounts: switching account switches the state', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0, found: 'label' },
      { field: 'cash', value: 9000, source: 'page:capital-overview', observedAt: T0, found: 'label' },
    ]);
    stored = recordObservations(stored, [
      { field: 'account', value: 'jdc_b', source: 'page:other-console', observedAt: T0 + 1, found: 'label' },
    ]);
    expect(stored.currentAccount).toBe('jdc_b');
    expect(currentAccountState(stored).cash).toBeUndefined();
    expect(stored.accounts.jdc_a?.cash?.value).toBe(9000);
  });

  it('lets the first account seen adopt values read before any page named it', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'cash', value: 500, source: 'page:capital-overview', observedAt: T0, found: 'label' },
    ]);
    expect(stored.currentAccount).toBeUndefined();
    expect(stored.accounts[UNATTRIBUTED]?.cash?.value).toBe(500);
    stored = recordObservations(stored, [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0 + 1, found: 'label' },
    ]);
    expect(stored.accounts[UNATTRIBUTED]).toBeUndefined();
    expect(currentAccountState(stored).cash?.value).toBe(500);
  });

  it('files an unnamed batch under the current account', () => {
    let stored = recordObservations(emptyStoredAccounts(), [
      { field: 'account', value: 'jdc_a', source: 'page:other-console', observedAt: T0, found: 'label' },
    ]);
    stored = recordObservations(stored, [
      { field: 'signedIn', value: false, source: 'page:login', observedAt: T0 + 5, found: 'label' },
    ]);
    expect(currentAccountState(stored).signedIn).toMatchObject({ value: false, account: 'jdc_a' });
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
