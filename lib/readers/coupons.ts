import type { Reading } from '../model/observation';
import { parseMoneyFen } from '../money';
import { isLabelText, parseElementValue } from './labels';
import { mainContent, overrideElement, type PageContext } from './page-context';

// What is left on a coupon first; the face value only where no balance column exists.
const AMOUNT_COLUMNS = [
  ['余额', '可用余额', '剩余金额', 'Balance', 'Available Balance', 'Remaining'],
  ['面额', '金额', '面值', 'Face Value', 'Amount', 'Denomination'],
];
const STATUS_COLUMN = ['状态', 'Status'];
const SCOPE_COLUMN = [
  '适用产品',
  '适用范围',
  '使用范围',
  '适用服务',
  'Applicable Products',
  'Applicable Scope',
  'Scope',
];
const BILLING_COLUMN = [
  '计费类型',
  '适用计费类型',
  '付费类型',
  '计费方式',
  'Billing Type',
  'Billing Method',
  'Billing Types',
];

const EMPTY = /^(暂无数据|暂无代金券|无数据|没有数据|no data|no coupons?|empty)$/i;
const UNUSED = /^(未使用|可使用|可用|unused|available|usable)(?![a-z])/i;
const UNUSED_TAB = /^(未使用|可使用|可用|全部|unused|available|usable|all)(?![a-z])/i;
const COVERS_VPN =
  /vpn|全部产品|所有产品|全部云产品|全产品|通用|all products|all services|any product|general/i;
const PAY_AS_YOU_GO =
  /按配置|按用量|按量|后付费|全部计费|pay[ -]?as[ -]?you[ -]?go|pay by (configuration|consumption|usage)|postpaid|all billing/i;
const MAX_ROWS = 500;

interface CouponTable {
  headers: string[];
  rows: Element[][];
  /** The table area shows the UI library's "no data" state. */
  empty: boolean;
}

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The column headed by one of `labels` (in their order), exact headers before suffixed ones. */
function columnIndex(headers: readonly string[], labels: readonly string[]): number {
  for (const allowPrefix of [false, true]) {
    for (const label of labels) {
      const found = headers.findIndex((header) => isLabelText(header, label, allowPrefix));
      if (found >= 0) return found;
    }
  }
  return -1;
}

/**
 * The coupon table under `root`: a plain <table>, or a UI library's pair of tables (one holding the
 * header row, the next the body rows).
 */
function findCouponTable(root: Element): CouponTable | undefined {
  const tables = Array.from(root.querySelectorAll('table')).slice(0, 20);
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i];
    if (!table) continue;
    const headerCells = Array.from(table.querySelectorAll('th'));
    const headers = headerCells.map(cellText);
    if (AMOUNT_COLUMNS.every((labels) => columnIndex(headers, labels) < 0)) continue;
    let bodyRows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.querySelector('td'));
    let area: Element = table;
    const next = tables[i + 1];
    if (bodyRows.length === 0 && next && !next.querySelector('th')) {
      bodyRows = Array.from(next.querySelectorAll('tr')).filter((tr) => tr.querySelector('td'));
      area = next.parentElement ?? next;
    }
    const rows: Element[][] = [];
    let empty = false;
    for (const tr of bodyRows.slice(0, MAX_ROWS)) {
      const cells = Array.from(tr.children).filter((cell) => cell.tagName === 'TD');
      if (cells.length === 1 && EMPTY.test(cellText(cells[0] as Element))) empty = true;
      else rows.push(cells);
    }
    if (rows.length === 0 && !empty) {
      empty = Array.from(area.querySelectorAll('div, p, span, td'))
        .slice(0, 50)
        .some((el) => EMPTY.test(cellText(el)));
    }
    return { headers, rows, empty };
  }
  return undefined;
}

/** The selected tab's wording decides what the rows are when the table has no status column. */
function activeTab(root: Element): string | undefined {
  const tab = root.querySelector('[role="tab"][aria-selected="true"]');
  return tab ? cellText(tab) : undefined;
}

/**
 * The coupons page: the total left on unused coupons that cover VPN (or every product) and
 * pay-as-you-go billing. A coupon whose status, scope or billing type cannot be read is not
 * counted. No readable row gives no reading; an explicitly empty list gives 0.
 */
export function readCoupons(page: PageContext): Reading[] {
  const override = overrideElement(page, 'coupons');
  if (override) {
    const fen = parseElementValue(override, parseMoneyFen);
    return fen !== undefined && fen >= 0 ? [{ field: 'coupons', value: fen, found: 'override' }] : [];
  }
  const root = mainContent(page.document);
  if (!root) return [];
  const tab = activeTab(root);
  if (tab !== undefined && !UNUSED_TAB.test(tab)) return [];
  const table = findCouponTable(root);
  if (!table) return [];
  if (table.rows.length === 0) return table.empty ? [{ field: 'coupons', value: 0, found: 'label' }] : [];

  const amountColumn =
    AMOUNT_COLUMNS.map((labels) => columnIndex(table.headers, labels)).find((i) => i >= 0) ?? -1;
  const statusColumn = columnIndex(table.headers, STATUS_COLUMN);
  const scopeColumn = columnIndex(table.headers, SCOPE_COLUMN);
  const billingColumn = columnIndex(table.headers, BILLING_COLUMN);
  const rowsAreUnused = statusColumn < 0 && tab !== undefined && UNUSED.test(tab);
  // Neither a status column nor an "unused" tab: which rows are unused is unknown.
  if (statusColumn < 0 && !rowsAreUnused) return [];

  let readable = 0;
  let total = 0;
  for (const cells of table.rows) {
    const text = (column: number) => (column >= 0 && cells[column] ? cellText(cells[column]) : undefined);
    const fen = parseMoneyFen(text(amountColumn));
    if (fen === undefined || fen < 0) continue;
    readable++;
    const status = text(statusColumn);
    const unused = status !== undefined ? UNUSED.test(status) : rowsAreUnused;
    const scope = text(scopeColumn);
    const billing = text(billingColumn);
    if (unused && scope && COVERS_VPN.test(scope) && billing && PAY_AS_YOU_GO.test(billing)) total += fen;
  }
  if (readable === 0 || !Number.isSafeInteger(total)) return [];
  return [{ field: 'coupons', value: total, found: 'label' }];
}
