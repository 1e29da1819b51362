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

/** An account for which every check passes. */
const READY: { readiness: Readiness; rows: Row[] } = {
  readiness: 'ready',
  rows: [
    ['signed-in', 'pass'],
    ['real-name', 'pass'],
    ['funds-threshold', 'pass'],
    ['funds-runway', 'pass'],
    ...PASSING_FORM,
  ],
};

/** What a person sees after visiting the balance, coupons and real-name pages and opening the form. */
export const EXPECTED: Partial<Record<ScenarioName, { readiness: Readiness; rows: Row[] }>> = {
  ready: READY,
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
  // A debt blocks any purchase, whatever else the account has.
  arrears: {
    readiness: 'blocked',
    rows: [['signed-in', 'pass'], ['real-name', 'pass'], ['funds-threshold', 'fail'], ...PASSING_FORM],
  },
  // A sub-user cannot see the balance: unknown, and never "open the capital page" for ever.
  'sub-user': {
    readiness: 'unknown',
    rows: [['signed-in', 'pass'], ['real-name', 'pass'], ['funds-threshold', 'unknown'], ...PASSING_FORM],
  },
  // A phone-number account: its masked name is its name.
  'masked-name': READY,
  'second-account': READY,
  // ¥30.00 cash, and a ¥40.00 基础云 coupon nobody knows covers VPN: it could lift the funds, so unknown.
  'unmapped-coupon': {
    readiness: 'unknown',
    rows: [['signed-in', 'pass'], ['real-name', 'pass'], ['funds-threshold', 'unknown'], ...PASSING_FORM],
  },
};
