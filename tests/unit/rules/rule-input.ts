import type { CustomerGatewayDraft, FormDraft, TunnelDraft, VpnDraft } from '../../../lib/model/draft';
import type {
  AccountState,
  Coupon,
  FieldName,
  FieldValue,
  FoundBy,
  Observation,
  Source,
} from '../../../lib/model/observation';
import type { ResourceLists } from '../../../lib/model/resource-lists';
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

/** An add-tunnel form filled with valid values, on a connection that has one tunnel. */
export function tunnelDraftWith(overrides: Partial<TunnelDraft> = {}): TunnelDraft {
  return {
    form: 'tunnel',
    presentation: 'dialog',
    region: 'cn-north-1',
    connectionId: 'vpnc-office',
    connectionName: 'office',
    borderGateway: 'bgw-main',
    cloudIp: '116.196.1.10',
    customerIp: '1.2.3.4',
    customerGatewayIpCount: 2,
    insideCidr: '169.254.1.0/30',
    psk: { length: 12, disallowed: 0 },
    ikeVersion: 'v2',
    ikeKeyExchange: 'ecp256',
    ikeCipher: 'aes128',
    ikeAuth: 'sha256',
    ikeDpdSec: '10',
    ikeSaLifeSec: '14400',
    ipsecCipher: 'aes128',
    ipsecAuth: 'sha256',
    ipsecKeyExchange: 'null',
    ipsecSaLifeSec: '3600',
    existingTunnels: [{ cloudIp: '116.196.1.10', customerIp: '1.2.3.5', insideCidr: '169.254.0.0/30' }],
    ...overrides,
  };
}

/** A customer gateway form filled with valid values, over a list of 3 gateways. */
export function gatewayDraftWith(overrides: Partial<CustomerGatewayDraft> = {}): CustomerGatewayDraft {
  return {
    form: 'customer-gateway',
    presentation: 'dialog',
    region: 'cn-north-1',
    name: 'cgw-office',
    description: '',
    ipCount: 2,
    customerIps: ['1.2.3.4', '1.2.3.5'],
    bgpAsn: '65001',
    existingGateways: { count: 3, complete: true },
    ...overrides,
  };
}

/** The VPN connection list of cn-north-1, read at NOW: 3 connections on bgw-main, all shown. */
export function listsWith(
  counts: Record<string, number> = { 'bgw-main': 3 },
  overrides: Partial<NonNullable<ResourceLists['connectionsByBorderGateway']>> = {},
  region = 'cn-north-1',
): ResourceLists {
  return { region, connectionsByBorderGateway: { counts, complete: true, observedAt: NOW, ...overrides } };
}

export function ruleInput(
  state: AccountState = {},
  draft: FormDraft | undefined = undefined,
  settings: Settings = settingsWith(),
  now = NOW,
  purchase?: Purchase,
  lists?: ResourceLists,
): RuleInput {
  const input: RuleInput = purchase
    ? { state, draft, settings, now, purchase }
    : { state, draft, settings, now };
  return lists ? { ...input, lists } : input;
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
