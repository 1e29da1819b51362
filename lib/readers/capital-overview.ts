import type { Reading } from '../model/observation';
import { parseMoneyFen } from '../money';
import { indexLabels } from './labels';
import { mainContent, type PageContext, readOverriddenOrLabelled } from './page-context';

// Available cash first: "账户余额" may include frozen funds, so it is the last resort.
const CASH_LABELS = [
  '可用余额',
  '现金余额',
  'Available Balance',
  'Cash Balance',
  '账户余额',
  'Account Balance',
];
const FROZEN_LABELS = ['冻结金额', 'Frozen Amount'];
// Labels of neighbouring figures on the page, so a missing value never borrows its neighbour's.
const CAPITAL_VOCABULARY = [
  ...CASH_LABELS,
  ...FROZEN_LABELS,
  '账户总额',
  '总余额',
  'Total Balance',
  '代金券',
  'Coupon',
  '可用额度',
  'Available Credit',
  '欠费金额',
  'Overdue Amount',
];

/**
 * The billing centre's capital overview (uc.jdcloud.com/cost/capital/capital-overview): available
 * cash and frozen funds. Its coupon figure is deliberately not read: it totals every unused coupon,
 * including ones that do not apply to VPN.
 */
export function readCapitalOverview(page: PageContext): Reading[] {
  const root = mainContent(page.document);
  if (!root) return [];
  const index = indexLabels(root);
  const read = (field: 'cash' | 'frozen', labels: readonly string[]) =>
    readOverriddenOrLabelled(page, field, index, root, labels, CAPITAL_VOCABULARY, parseMoneyFen);
  const readings: Reading[] = [];
  const cash = read('cash', CASH_LABELS);
  if (cash !== undefined) readings.push({ field: 'cash', value: cash, found: 'label' });
  const frozen = read('frozen', FROZEN_LABELS);
  if (frozen !== undefined && frozen >= 0) readings.push({ field: 'frozen', value: frozen, found: 'label' });
  return readings;
}
