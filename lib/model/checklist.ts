import type { FieldName, FoundBy, Source } from './observation';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown';
export type Readiness = 'ready' | 'warning' | 'blocked' | 'unknown';

/** Every check of every form; lib/evaluate.ts says which form runs which, in what order. */
export const CHECK_IDS = [
  'signed-in',
  'real-name',
  'funds-threshold',
  'funds-runway',
  'border-gateway',
  'customer-gateway',
  'connection-quota',
  'name-format',
  'description-length',
  'tunnel-quota',
  'tunnel-inside-cidr',
  'psk-format',
  'ike-ipsec',
  'cgw-quota',
  'asn-range',
  'customer-ips',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A value a check used, so the UI can say "cash ¥32.50 (capital overview, 3 min ago)". */
export interface CheckFact {
  field: FieldName;
  source: Source;
  observedAt: number;
  /** How a page value was found (beside its label, a taught place, an override, an inference). */
  found?: FoundBy;
}

/** Where a person fixes the problem; the UI turns the kind into a localized label. */
export type FixLink =
  | 'recharge'
  | 'capital-overview'
  | 'coupons'
  | 'real-name'
  | 'login'
  | 'border-gateways'
  | 'customer-gateways'
  | 'vpn-billing-docs'
  | 'vpn-restrictions-docs'
  /** The VPN connection list, where the count per border gateway is read. */
  | 'vpn-connections'
  /** A ticket (工单) to raise a quota JD raises on request. */
  | 'quota-ticket'
  /** 账户管理 → 基本资料, where the console shows the account name. */
  | 'account-info'
  /** The extension's options page (the OpenAPI key); a relative path the UI resolves. */
  | 'options'
  /** The options page's answers on which coupon product lines cover VPN; a relative path the UI resolves. */
  | 'coupon-product-lines';

/**
 * A localized message, kept structured so lib/ stays language-free.
 * `key` names an entry of the i18n catalog; params are numbers (fen, days, counts) or plain text.
 */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** A required check that fails blocks; optional ones can only warn. */
  required: boolean;
  message: Message;
  facts: CheckFact[];
  fix?: FixLink;
}

export interface Checklist {
  readiness: Readiness;
  checks: CheckResult[];
  evaluatedAt: number;
}
