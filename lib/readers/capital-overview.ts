import type { Reading } from '../model/observation';
import { parseMoneyFen } from '../money';
import { findLabels, indexLabels, type LabelIndex, readLabelledValue } from './labels';
import {
  mainContent,
  overrideElement,
  type PageContext,
  readOverriddenOrLabelled,
  taughtElement,
} from './page-context';
import { moneyValue, saysAccessDenied } from './values';

/** The available amount: the cash that counts. */
export const CASH_LABELS = [
  '可用金额',
  '可用余额',
  '现金余额',
  'Available Amount',
  'Available Balance',
  'Cash Balance',
];
/** A weaker figure (it may include frozen funds): read only where the page shows no available amount. */
export const ACCOUNT_BALANCE_LABELS = ['账户余额', 'Account Balance'];
const FROZEN_LABELS = ['冻结金额', 'Frozen Amount'];
const ARREARS_LABELS = ['欠费金额', '已欠费', 'Arrears', 'Overdue Amount', 'Amount Overdue'];
// Labels of neighbouring figures on the page, so a missing value never borrows its neighbour's. None of
// them is ever read: the total includes frozen funds, the threshold is the person's alert setting.
const CAPITAL_VOCABULARY = [
  ...CASH_LABELS,
  ...ACCOUNT_BALANCE_LABELS,
  ...FROZEN_LABELS,
  ...ARREARS_LABELS,
  '账户总金额',
  '账户总额',
  '总金额',
  '总余额',
  'Total Amount',
  'Total Balance',
  '可开票金额',
  'Invoiceable',
  'Invoiceable Amount',
  '余额提醒阈值',
  '提醒阈值',
  'Alert Threshold',
  '可用余额预警',
  'Balance Alert',
  '代金券',
  '可用代金券',
  'Coupon',
  'Coupons',
  '可用额度',
  '信用额度',
  'Available Credit',
  'Credit Limit',
];

// "已欠费 ¥12.00", "您已欠费12.00元": a debt stated in one text (compared lowercased). The amount must look
// like money (a currency mark, 元 or decimals): "欠费 24 小时后停服" states a rule, not a debt.
const ARREARS_SENTENCE =
  /(?:已欠费|欠费金额|arrears)[^\d¥￥-]{0,8}(-?[¥￥]\s*[\d,]+(?:\.\d+)?|-?[\d,]+\.\d+\s*元?|-?[\d,]+\s*元)/;

/** A debt the page states in a sentence of its own rather than beside a label. */
function arrearsInText(index: LabelIndex): number | undefined {
  for (const { key } of index.entries) {
    const match = ARREARS_SENTENCE.exec(key);
    const fen = match?.[1] ? parseMoneyFen(match[1].replace(/\s+/g, '')) : undefined;
    if (fen !== undefined) return Math.abs(fen);
  }
  return undefined;
}

/**
 * The billing centre's capital overview (uc.jdcloud.com/cost/capital/capital-overview, also on
 * billing-console.jdcloud.com): the available amount as `cash` (a negative one stays negative), 账户余额
 * as the weaker `accountBalance` only where the page has no available-amount label at all (a placeholder
 * there means no cash, and no stand-in either), frozen funds, a stated debt as `arrears`, and whether the
 * page refused this account (`billingDenied`). Its coupon figure is deliberately not read: it totals every
 * unused coupon, including ones that do not apply to VPN.
 */
export function readCapitalOverview(page: PageContext): Reading[] {
  const root = mainContent(page.document);
  if (!root) return [];
  const index = indexLabels(root);
  const readings: Reading[] = [];
  const cash = readOverriddenOrLabelled(
    page,
    'cash',
    index,
    root,
    CASH_LABELS,
    CAPITAL_VOCABULARY,
    moneyValue,
  );
  if (cash) readings.push({ field: 'cash', ...cash });
  const cashShown =
    cash !== undefined ||
    !!(taughtElement(page, 'cash') ?? overrideElement(page, 'cash')) ||
    findLabels(index, CASH_LABELS).length > 0;
  if (!cashShown) {
    const balance = readLabelledValue(index, root, ACCOUNT_BALANCE_LABELS, CAPITAL_VOCABULARY, moneyValue);
    if (balance !== undefined) readings.push({ field: 'accountBalance', value: balance, found: 'label' });
  }
  const frozen = readOverriddenOrLabelled(
    page,
    'frozen',
    index,
    root,
    FROZEN_LABELS,
    CAPITAL_VOCABULARY,
    moneyValue,
  );
  if (frozen && frozen.value >= 0) readings.push({ field: 'frozen', ...frozen });
  const arrears =
    readLabelledValue(index, root, ARREARS_LABELS, CAPITAL_VOCABULARY, moneyValue) ?? arrearsInText(index);
  if (arrears !== undefined) readings.push({ field: 'arrears', value: Math.abs(arrears), found: 'label' });
  if (cash) readings.push({ field: 'billingDenied', value: false, found: 'inference' });
  else if (readings.length === 0 && saysAccessDenied(index)) {
    readings.push({ field: 'billingDenied', value: true, found: 'inference' });
  }
  return readings;
}
