import type { Coupon, CouponBillingType, CouponCover, Reading } from '../model/observation';
import { parseMoneyFen } from '../money';
import { collapse, indexLabels, parseElementValue } from './labels';
import { mainContent, overrideElement, type PageContext } from './page-context';
import { parseRegion } from './region';
import { columnIndex, findTable, type TableShown } from './tables';
import { isPlaceholderText, saysAccessDenied } from './values';

// What is left on a coupon first; the face value only where no balance column exists.
const BALANCE_COLUMN = [
  '余额',
  '可用余额',
  '剩余金额',
  '剩余面额',
  'Balance',
  'Available Balance',
  'Remaining',
];
const FACE_VALUE_COLUMN = ['面额', '面值', '金额', 'Face Value', 'Amount', 'Denomination', 'Value'];
const STATUS_COLUMN = ['状态', '使用状态', 'Status'];
const SCOPE_COLUMN = [
  '适用产品',
  '适用范围',
  '使用范围',
  '适用服务',
  '产品范围',
  'Applicable Products',
  'Applicable Product',
  'Applicable Scope',
  'Scope',
  'Products',
];
const BILLING_COLUMN = [
  '计费类型',
  '适用计费类型',
  '付费类型',
  '计费方式',
  'Billing Type',
  'Billing Types',
  'Billing Method',
];
const VALIDITY_COLUMN = [
  '有效日期',
  '有效期',
  '有效期至',
  '到期时间',
  '过期时间',
  'Validity',
  'Validity Period',
  'Valid Until',
  'Valid Period',
  'Expiry',
  'Expires',
  'Expiration',
];
const REGION_COLUMN = [
  '地域',
  '适用地域',
  '区域',
  'Region',
  'Regions',
  'Applicable Region',
  'Applicable Regions',
];

// Texts compared lowercased; "不可用" and "unavailable" are checked before "可用" and "available".
const NOT_USABLE =
  /已使用|已用完|已过期|过期|冻结|作废|不可用|不可使用|失效|无效|已停用|停用|禁用|未启用|未生效|未激活|\bused\b|expired|frozen|invalid|inactive|unavailable|disabled|void|not (?:yet )?(?:active|enabled|usable|valid)/;
const USABLE = /未使用|启用|可用|可使用|正常|有效|unused|available|enabled|active|valid|usable/;
const UNUSED_TAB = /^(未使用|可使用|可用|unused|available|usable)/;
const SPENT_TAB = /^(已使用|已过期|已失效|已作废|used|expired|invalid)/;
const TAB_WORDS =
  /^(未使用|可使用|可用|已使用|已过期|已失效|已作废|全部|unused|available|usable|used|expired|invalid|all)/;
const MAX_COUPONS = 200;
const MAX_SCOPE = 64;

function cellText(cell: Element): string {
  return collapse(cell.textContent);
}

function hasAmountColumn(headers: readonly string[]): boolean {
  return columnIndex(headers, BALANCE_COLUMN) >= 0 || columnIndex(headers, FACE_VALUE_COLUMN) >= 0;
}

/** The selected tab's wording: aria-selected, else a tab-like element marked active (is-active / active). */
function activeTab(root: Element): string | undefined {
  const tab = root.querySelector('[role="tab"][aria-selected="true"]');
  if (tab) return cellText(tab).toLowerCase();
  for (const element of Array.from(root.querySelectorAll('.is-active, .active')).slice(0, 30)) {
    const text = cellText(element).toLowerCase();
    if (text.length <= 24 && TAB_WORDS.test(text)) return text;
  }
  return undefined;
}

// Compared lowercased. Exclusions first: "除VPN外全部产品" names VPN and all products, and covers neither.
const EXCLUDES =
  /除|非|以外|之外|不适用|不含|不包含|不包括|不支持|不可用于|不能用于|except|excluding|exclude|not applicable|not for|not valid for|non-?vpn|\bbut\b|\bwithout\b/;
const NAMES_VPN = /vpn/;
const ALL_PRODUCTS =
  /^(全部产品|所有产品|全部云产品|所有云产品|全产品|全部|通用|通用券|不限|all products|all services|all|any product|general|universal)$/;
// Product lines that are not VPN, by the words the console uses for them.
const OTHER_PRODUCTS =
  /云主机|虚拟机|云硬盘|对象存储|云数据库|数据库|负载均衡|cdn|容器|弹性公网ip|云缓存|redis|mysql|mongodb|短信|域名|云解析|ssl证书|文件存储|消息队列|云搜索|云监控|virtual machine|\bvms?\b|cloud disk|object storage|\boss\b|\brds\b|database|load balanc|container|kubernetes|elastic ip|\beip\b|domain|\bsms\b/;
const ALL_REGIONS =
  /^(全部地域|所有地域|全地域|全部区域|所有区域|全部|不限|通用|all regions?|any region|all)$/;
const LIST_SEPARATORS = /[、,，;；/|]+|\s+\/\s+/;

/** Whether a coupon's scope covers VPN, as far as its words tell. */
export function parseCouponScope(scope: string): CouponCover {
  const t = scope.toLowerCase();
  if (EXCLUDES.test(t)) return 'none';
  if (NAMES_VPN.test(t)) return 'vpn';
  const parts = t
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.some((part) => ALL_PRODUCTS.test(part))) return 'all';
  if (parts.length > 0 && parts.every((part) => OTHER_PRODUCTS.test(part))) return 'none';
  return 'unmapped';
}

const BILLING_WORDS: readonly [RegExp, readonly CouponBillingType[]][] = [
  [/包年包月|包月|包年|预付费|monthly|yearly|annual|subscription|prepaid/, ['monthly']],
  [/按配置|配置|configuration/, ['configuration']],
  [/按用量|按使用量|按量|用量|consumption|usage/, ['consumption']],
  [/后付费|按需|pay[ -]?as[ -]?you[ -]?go|postpaid|pay[ -]per[ -]use/, ['configuration', 'consumption']],
  [
    /^(全部|全部计费类型|所有|所有计费类型|不限|通用|all|all billing types|any)$/,
    ['configuration', 'consumption', 'monthly'],
  ],
];

// A part that negates a billing type ("不支持按用量") names none the coupon covers.
const NEGATED_PART = /不|非|除|except|excluding|\bnot\b|\bno\b/;

/** The billing types of one cell part (按配置, 按用量, 包年包月, or something else it names). */
function billingTypesOf(part: string): readonly CouponBillingType[] {
  if (NEGATED_PART.test(part)) return ['other'];
  for (const [pattern, types] of BILLING_WORDS) if (pattern.test(part)) return types;
  return ['other'];
}

/** The separate texts of a cell: one per line (`<div>按配置</div><div>按用量</div>`) and per separator. */
function cellParts(cell: Element): string[] {
  const parts: string[] = [];
  const walker = cell.ownerDocument.createTreeWalker(cell, 4);
  for (let node = walker.nextNode(), seen = 0; node && seen < 20; node = walker.nextNode(), seen++) {
    for (const part of (node.nodeValue ?? '').split(LIST_SEPARATORS)) {
      const text = collapse(part);
      if (text && !isPlaceholderText(text)) parts.push(text);
    }
  }
  return parts;
}

/** The billing types a cell lists; undefined when it lists none readably. */
export function parseCouponBilling(cell: Element): CouponBillingType[] | undefined {
  const types = new Set<CouponBillingType>();
  for (const part of cellParts(cell)) for (const type of billingTypesOf(part.toLowerCase())) types.add(type);
  return types.size > 0 ? Array.from(types).slice(0, 8) : undefined;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const DATE_TIME =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:[\sT]*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/g;

/**
 * A coupon's validity in epoch ms, read as China time (UTC+8): `2026-09-20 00:00:00至2026-12-31 23:59:59`,
 * `2026-09-20 ~ 2026-12-31`, `2026-12-31（2026-09-20 起）`, or one date, which is the end. A date without a time
 * ends at the end of that day.
 */
export function parseCouponValidity(text: string): { validFrom?: number; validUntil?: number } {
  const instants: { ms: number; dateOnly: boolean }[] = [];
  for (const match of text.matchAll(DATE_TIME)) {
    const [, y, mo, d, h, mi, s] = match;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = h === undefined ? 0 : Number(h);
    const minute = mi === undefined ? 0 : Number(mi);
    const second = s === undefined ? 0 : Number(s);
    const utc = Date.UTC(year, month - 1, day, hour, minute, second);
    const check = new Date(utc);
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      continue;
    }
    if (hour > 23 || minute > 59 || second > 59) continue;
    instants.push({ ms: utc - CHINA_OFFSET_MS, dateOnly: h === undefined });
    if (instants.length === 2) break;
  }
  // A validity starts before it ends, whichever order the page writes them in ("2026-12-31, 2026-09-20 起").
  instants.sort((a, b) => a.ms - b.ms);
  const end = instants[instants.length - 1];
  if (!end || end.ms < 0) return {};
  const validUntil = end.dateOnly ? end.ms + DAY_MS - 1 : end.ms;
  const start = instants.length === 2 ? instants[0] : undefined;
  return start && start.ms >= 0 && start.ms <= validUntil
    ? { validFrom: start.ms, validUntil }
    : { validUntil };
}

function rowUsable(status: string | undefined, onUnusedTab: boolean): boolean {
  const text = status?.toLowerCase() ?? '';
  if (NOT_USABLE.test(text)) return false;
  if (onUnusedTab) return true;
  return USABLE.test(text);
}

/** The scope as the page writes it; lines of their own (one product per line) joined with 、. */
function scopeText(cell: Element): string {
  const lines: string[] = [];
  const walker = cell.ownerDocument.createTreeWalker(cell, 4);
  for (let node = walker.nextNode(), seen = 0; node && seen < 20; node = walker.nextNode(), seen++) {
    const text = collapse(node.nodeValue);
    if (text && !isPlaceholderText(text)) lines.push(text);
  }
  return lines.join('、').slice(0, MAX_SCOPE);
}

/**
 * The usable coupons of a coupon grid; undefined when one of them cannot be read (its amount is a
 * placeholder): a list missing a coupon would be a wrong list, not a shorter one.
 */
function readRows(grid: TableShown, onUnusedTab: boolean): Coupon[] | undefined {
  const column = (labels: readonly string[]) => columnIndex(grid.headers, labels);
  const balance = column(BALANCE_COLUMN);
  const amountColumn = balance >= 0 ? balance : column(FACE_VALUE_COLUMN);
  const statusColumn = column(STATUS_COLUMN);
  const scopeColumn = column(SCOPE_COLUMN);
  const billingColumn = column(BILLING_COLUMN);
  const validityColumn = column(VALIDITY_COLUMN);
  const regionColumn = column(REGION_COLUMN);
  const coupons: Coupon[] = [];
  for (const cells of grid.rows) {
    const cell = (index: number) => (index >= 0 ? cells[index] : undefined);
    const statusCell = cell(statusColumn);
    if (!rowUsable(statusCell ? cellText(statusCell) : undefined, onUnusedTab)) continue;
    const amountCell = cell(amountColumn);
    const amount = amountCell ? parseElementValue(amountCell, parseMoneyFen) : undefined;
    if (typeof amount !== 'number' || amount < 0) return undefined;
    const scopeCell = cell(scopeColumn);
    const scope = scopeCell ? scopeText(scopeCell) : '';
    // A coupon whose scope the page does not show cannot be said to cover anything: it is left out.
    if (!scope) continue;
    const coupon: Coupon = { amountFen: amount, scope, covers: parseCouponScope(scope) };
    const billingCell = cell(billingColumn);
    const billingTypes = billingCell ? parseCouponBilling(billingCell) : undefined;
    if (billingTypes) coupon.billingTypes = billingTypes;
    const regionCell = cell(regionColumn);
    const regionText = regionCell ? cellText(regionCell) : '';
    // Every region is no limit; a region the reader cannot name ("除华北-北京外") is kept as written, so it
    // matches no form's region.
    const limited =
      regionText && !isPlaceholderText(regionText) && !ALL_REGIONS.test(regionText.toLowerCase());
    const region = limited ? (parseRegion(regionText) ?? regionText) : '';
    if (region) coupon.region = region.slice(0, 64);
    const validityCell = cell(validityColumn);
    if (validityCell) Object.assign(coupon, parseCouponValidity(cellText(validityCell)));
    coupons.push(coupon);
    if (coupons.length === MAX_COUPONS) break;
  }
  return coupons;
}

/**
 * The coupons page (代金券管理): the usable coupons it lists, as `couponList` (amount left, scope and what it
 * covers, billing types, region, validity), so each form counts those that apply to its own billing type.
 * Rows on the unused tab are usable unless their status says otherwise; elsewhere the status column
 * decides; a used or expired tab gives nothing. An explicitly empty table gives `[]`. Only the rows shown
 * are read: a paginated list gives its visible page. A selector override for `coupons` gives the one
 * amount it points at instead. A page that refuses this account says `billingDenied`.
 */
export function readCoupons(page: PageContext): Reading[] {
  const override = overrideElement(page, 'coupons');
  if (override) {
    const fen = parseElementValue(override, parseMoneyFen);
    return typeof fen === 'number' && fen >= 0 ? [{ field: 'coupons', value: fen, found: 'override' }] : [];
  }
  const root = mainContent(page.document);
  if (!root) return [];
  const tab = activeTab(root);
  const onUnusedTab = tab !== undefined && UNUSED_TAB.test(tab);
  if (tab !== undefined && SPENT_TAB.test(tab)) return [];
  // The coupon table: the one with an amount column (a dialog's table, such as a coupon picker, is not it).
  const grid = findTable(root, hasAmountColumn);
  if (!grid) {
    return saysAccessDenied(indexLabels(root))
      ? [{ field: 'billingDenied', value: true, found: 'inference' }]
      : [];
  }
  if (grid.rows.length === 0) return grid.empty ? [{ field: 'couponList', value: [], found: 'label' }] : [];
  // Neither a status column nor the unused tab: which rows can be spent is unknown.
  if (!onUnusedTab && columnIndex(grid.headers, STATUS_COLUMN) < 0) return [];
  const coupons = readRows(grid, onUnusedTab);
  return coupons ? [{ field: 'couponList', value: coupons, found: 'label' }] : [];
}
