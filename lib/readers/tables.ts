/**
 * Console lists as a header row over body rows, whatever draws them: one <table>, a UI library's header
 * table followed by its body table (Element's el-table), or an ARIA grid; with the empty state they show
 * (暂无数据), the pager beside them (共 12 条, page 1 of 2, a next button) and the search above them.
 * Bundled into the page script: no zod.
 */
import { isInDialog, isShown } from '../pages';
import { collapse, isLabelText } from './labels';

const MAX_ROWS = 500;
const MAX_TABLES = 20;
// Compared lowercased.
const EMPTY =
  /^(暂无数据|暂无记录|无数据|没有数据|暂无.{1,8}|no data|no records?|no matching data|no results?|no coupons?|empty)$/;
// A pager's words (lowercased): 共 12 条, Total 12, 12 items, Showing 1-10 of 12; 第 1/2 页, page 1 of 2.
const TOTAL =
  /共\s*(\d[\d,]*)\s*[条项个]|total\s*[:：]?\s*(\d[\d,]*)|(\d[\d,]*)\s*(?:items|records|entries|results|rows)\b|showing\b.*?\bof\s+(\d[\d,]*)/;
const PAGES = /第\s*\d+\s*\/\s*(\d+)\s*页|page\s*\d+\s*(?:of|\/)\s*(\d+)|共\s*(\d+)\s*页/;
const NEXT = /下一页|\bnext\b/;
const SEARCH_TYPES = ['text', 'search', ''];

export interface TableShown {
  headers: string[];
  rows: Element[][];
  /** No rows, and the table says it is empty (not still loading). */
  empty: boolean;
  /** The element its pager follows. */
  element: Element;
}

function cellText(cell: Element): string {
  return collapse(cell.textContent);
}

/** The column headed by one of `labels` (in their order), exact headers before suffixed ones; -1 when none. */
export function columnIndex(headers: readonly string[], labels: readonly string[]): number {
  for (const allowPrefix of [false, true]) {
    for (const label of labels) {
      const found = headers.findIndex((header) => isLabelText(header, label, allowPrefix));
      if (found >= 0) return found;
    }
  }
  return -1;
}

function showsEmpty(area: Element | null | undefined): boolean {
  if (!area) return false;
  if (area.querySelector('[class*="empty-text"], [class*="empty-block"]')) return true;
  return Array.from(area.querySelectorAll('div, p, span, td'))
    .slice(0, 60)
    .some((element) => EMPTY.test(cellText(element).toLowerCase()));
}

function bodyRows(container: Element): Element[][] {
  const rows: Element[][] = [];
  for (const tr of Array.from(container.querySelectorAll('tr')).slice(0, MAX_ROWS)) {
    const cells = Array.from(tr.children).filter((cell) => cell.tagName === 'TD');
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

function shownTable(headers: string[], rows: Element[][], element: Element, areas: (Element | null)[]) {
  const [first] = rows;
  // One cell across the row saying "no data" is the empty state, not a row.
  if (rows.length === 1 && first?.length === 1 && first[0] && EMPTY.test(cellText(first[0]).toLowerCase())) {
    return { headers, rows: [], empty: true, element };
  }
  const empty = rows.length === 0 && areas.some(showsEmpty);
  return { headers, rows, empty, element };
}

/**
 * The first table under `root` whose headers `wanted` accepts, outside dialogs. A hidden tab pane's table
 * counts: its rows are in the page.
 */
export function findTable(root: ParentNode, wanted: (headers: string[]) => boolean): TableShown | undefined {
  const tables = Array.from(root.querySelectorAll('table')).slice(0, MAX_TABLES);
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i];
    if (!table || isInDialog(table)) continue;
    const headers = Array.from(table.querySelectorAll('th')).map(cellText);
    if (!wanted(headers)) continue;
    let rows = bodyRows(table);
    let element: Element = table;
    const areas = [table, table.parentElement, table.parentElement?.parentElement ?? null];
    const next = tables[i + 1];
    // A header table followed by a body table of its own.
    if (rows.length === 0 && next && !next.querySelector('th')) {
      rows = bodyRows(next);
      element = next;
      areas.push(next.parentElement, next.parentElement?.parentElement ?? null);
    }
    return shownTable(headers, rows, element, areas);
  }
  for (const grid of Array.from(root.querySelectorAll('[role="table"], [role="grid"]')).slice(0, 10)) {
    if (isInDialog(grid)) continue;
    const headers = Array.from(grid.querySelectorAll('[role="columnheader"]')).slice(0, 40).map(cellText);
    if (!wanted(headers)) continue;
    const rows: Element[][] = [];
    for (const row of Array.from(grid.querySelectorAll('[role="row"]')).slice(0, MAX_ROWS)) {
      const cells = Array.from(row.querySelectorAll('[role="cell"], [role="gridcell"]'));
      if (cells.length > 0) rows.push(cells);
    }
    return shownTable(headers, rows, grid, [grid, grid.parentElement]);
  }
  return undefined;
}

// A name followed by its id in brackets, or after a slash: `bj-to-idc（vpnc-1a2b）`, `bgw-prod / bgw-1a2b`.
const NAME_AND_ID = /^(.+?)\s*(?:[（(]\s*([^()（）]+?)\s*[)）]|\s\/\s*(\S+))$/;

/** A resource as one text names it: `name（id）`, `name / id`, or a name alone. */
export function nameAndId(text: string): { name: string; id?: string } {
  const match = NAME_AND_ID.exec(text);
  const id = match?.[2] ?? match?.[3];
  return match?.[1] && id ? { name: match[1], id } : { name: text };
}

/** The separate texts of a cell (a name over its id), outside buttons' own words. */
export function cellPieces(cell: Element, limit = 4): string[] {
  const pieces: string[] = [];
  const walker = cell.ownerDocument.createTreeWalker(cell, 4);
  for (let node = walker.nextNode(); node && pieces.length < limit; node = walker.nextNode()) {
    if (node.parentElement?.closest('button, [role="button"]')) continue;
    const text = collapse(node.nodeValue);
    if (text) pieces.push(text);
  }
  return pieces;
}

/** The number `pattern` finds in one of the texts, each text node apart (`Total 2`, then a page `1`). */
function numberIn(pattern: RegExp, texts: readonly string[]): number | undefined {
  for (const text of texts) {
    const digits = pattern.exec(text)?.slice(1).find(Boolean);
    if (digits) return Number(digits.replace(/,/g, ''));
  }
  return undefined;
}

function isNext(control: Element): boolean {
  const words = ['aria-label', 'title', 'rel', 'class'].map((name) => control.getAttribute(name));
  return NEXT.test(`${cellText(control)} ${words.join(' ')}`.toLowerCase());
}

/** Whether a pager shows more than one page: a total above the rows, a page count, page numbers, a live "next". */
function pagerSaysMore(pager: Element, rows: number): boolean | undefined {
  if ((pager.textContent ?? '').length > 400) return undefined;
  const texts = cellPieces(pager, 30).map((text) => text.toLowerCase());
  const total = numberIn(TOTAL, texts);
  const pages = numberIn(PAGES, texts) ?? 0;
  const controls = Array.from(pager.querySelectorAll('a, button, li, [role="button"]')).slice(0, 40);
  const numbers = new Set(controls.map(cellText).filter((text) => /^\d+$/.test(text))).size;
  const next = controls.find(isNext);
  if (total === undefined && !pages && !next && numbers < 2) return undefined;
  const nextLive = !!next && !next.matches('[disabled], [aria-disabled="true"], .disabled, .is-disabled');
  return (total ?? 0) > rows || pages > 1 || numbers > 1 || nextLive;
}

/** Whether the pager beside the table (after it, a few levels up) says there are rows on other pages. */
export function hasMorePages(table: TableShown): boolean {
  let element: Element | null = table.element;
  for (let level = 0; element && level < 4; level++, element = element.parentElement) {
    let sibling = element.nextElementSibling;
    for (let taken = 0; sibling && taken < 3; taken++, sibling = sibling.nextElementSibling) {
      const more = pagerSaysMore(sibling, table.rows.length);
      if (more !== undefined) return more;
    }
  }
  return false;
}

/** Whether a list on this page is narrowed by a search: an editable text box outside dialogs holds text. */
export function isSearched(root: ParentNode): boolean {
  for (const input of Array.from(root.querySelectorAll('input')).slice(0, 60)) {
    const box = input as HTMLInputElement;
    const type = (box.getAttribute('type') ?? '').toLowerCase();
    if (!SEARCH_TYPES.includes(type) || box.readOnly || box.disabled) continue;
    if (!box.value.trim() || isInDialog(box) || !isShown(box)) continue;
    return true;
  }
  return false;
}
