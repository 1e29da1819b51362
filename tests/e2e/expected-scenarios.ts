/** What a person sees on the create form after visiting the balance, coupons and real-name pages, per scenario. */
import type { CheckStatus, Readiness } from '../../lib/model/checklist';
import type { ScenarioName } from '../fixtures/console/scenarios';

type Row = [string, CheckStatus];

const PASSING_FORM: Row[] = [
  ['border-gateway', 'pass'],
  ['customer-gateway', 'pass'],
  ['name-format', 'pass'],
  ['description-length', 'pass'],
];

/** What a person sees after visiting the balance, coupons and real-name pages and opening the form. */
export const EXPECTED: Partial<Record<ScenarioName, { readiness: Readiness; rows: Row[] }>> = {
  ready: {
    readiness: 'ready',
    rows: [
      ['signed-in', 'pass'],
      ['real-name', 'pass'],
      ['funds-threshold', 'pass'],
      ['funds-runway', 'pass'],
      ...PASSING_FORM,
    ],
  },
  'low-balance': {
    readiness: 'blocked',
    rows: [
      ['signed-in', 'pass'],
      ['real-name', 'pass'],
      ['funds-threshold', 'fail'],
      ['funds-runway', 'warn'],
      ...PASSING_FORM,
    ],
  },
  // ¥30.00 cash + ¥25.00 of VPN coupons clears ¥50, but covers only 6 days at ¥8.96/day.
  'coupons-lift': {
    readiness: 'warning',
    rows: [
      ['signed-in', 'pass'],
      ['real-name', 'pass'],
      ['funds-threshold', 'pass'],
      ['funds-runway', 'warn'],
      ...PASSING_FORM,
    ],
  },
  unverified: {
    readiness: 'blocked',
    rows: [
      ['signed-in', 'pass'],
      ['real-name', 'fail'],
      ['funds-threshold', 'pass'],
      ['funds-runway', 'pass'],
      ...PASSING_FORM,
    ],
  },
  'under-review': {
    readiness: 'warning',
    rows: [
      ['signed-in', 'pass'],
      ['real-name', 'warn'],
      ['funds-threshold', 'pass'],
      ['funds-runway', 'pass'],
      ...PASSING_FORM,
    ],
  },
  'no-gateways': {
    readiness: 'blocked',
    rows: [
      ['signed-in', 'pass'],
      ['real-name', 'pass'],
      ['funds-threshold', 'pass'],
      ['funds-runway', 'pass'],
      ['border-gateway', 'fail'],
      ['customer-gateway', 'fail'],
      ['name-format', 'pass'],
      ['description-length', 'pass'],
    ],
  },
  unreadable: {
    readiness: 'unknown',
    rows: [
      ['signed-in', 'pass'],
      ['real-name', 'unknown'],
      ['funds-threshold', 'unknown'],
      ['funds-runway', 'unknown'],
      ...PASSING_FORM,
    ],
  },
};
