import type { VpnDraft } from '../../../lib/model/draft';
import type {
  AccountState,
  Coupon,
  FieldName,
  FieldValue,
  FoundBy,
  Observation,
  Source,
} from '../../../lib/model/observation';
import type { Settings } from '../../../lib/model/settings';
import type { Purchase, RuleInput } from '../../../lib/rules/rule';
import { defaultSettings } from '../../../lib/settings';

/** Builders shared by the rule, evaluate and catalog tests. */

export const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);
export const HOUR = 3_600_000;

export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

const defaultSources: Record<FieldName, Source> = {
  signedIn: 'page:other-console',
  account: 'page:account-info',
  pin: 'page:account-info',
  accountBalance: 'page:capital-overview',
  arrears: 'page:capital-overview',
  billingDenied: 'page:capital-overview',
  couponList: 'page:coupons',
  realName: 'page:real-name',
  cash: 'page:capital-overview',
  frozen: 'page:capital-overview',
  coupons: 'page:coupons',
};

/** An observation of `field` made `ageMs` before NOW. */
export function observed<F extends FieldName>(
  field: F,
  value: FieldValue<F>,
  ageMs = 0,
  source: Source = defaultSources[field],
): Extract<Observation, { field: F }> {
  return { field, value, source, observedAt: NOW - ageMs } as Extract<Observation, { field: F }>;
}

/** The same, found on its page the way `found` says. */
export function observedFound<F extends FieldName>(
  field: F,
  value: FieldValue<F>,
  found: FoundBy,
  ageMs = 0,
): Extract<Observation, { field: F }> {
  return { ...observed(field, value, ageMs), found };
}

/** A usable coupon that applies to the VPN connection anywhere, any time: override what a test is about. */
export function coupon(overrides: Partial<Coupon> = {}): Coupon {
  return { amountFen: 1000, scope: 'VPN', covers: 'vpn', billingTypes: ['consumption'], ...overrides };
}

export function draftWith(overrides: Partial<VpnDraft> = {}): VpnDraft {
  return {
    presentation: 'route',
    region: 'cn-north-1',
    name: 'vpn-office_01',
    description: '',
    borderGateway: { selected: 'bgw-main', options: ['bgw-main'] },
    customerGateway: { selected: 'cgw-office', options: ['cgw-office', 'cgw-backup'] },
    bgpEnabled: true,
    ...overrides,
  };
}

export function ruleInput(
  state: AccountState = {},
  draft: VpnDraft | undefined = undefined,
  settings: Settings = settingsWith(),
  now = NOW,
  purchase?: Purchase,
): RuleInput {
  return purchase ? { state, draft, settings, now, purchase } : { state, draft, settings, now };
}

/** An account that passes every account check with fresh data. */
export function readyState(): AccountState {
  return {
    signedIn: observed('signedIn', true),
    account: observed('account', 'jdc-admin'),
    realName: observed('realName', 'enterprise'),
    cash: observed('cash', 100_000),
    coupons: observed('coupons', 0),
  };
}
