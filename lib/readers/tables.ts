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
  /^(暂无数据|暂无记录|无数据|没有数据|暂无.{1,8}|no data|no records?|no matching data|no results?|empty)$/;
const TOTAL = [
  /共\s*(\d[\d,]*)\s*(?:条|项|个)/,
  /total\s*[:：]?\s*(\d[\d,]*)/,
  /(\d[\d,]*)\s*(?:items|records|entries|results|rows)\b/,
  /showing\b.*?\bof\s+(\d[\d,]*)/,
];
const PAGES = [/第\s*\d+\s*\/\s*(\d+)\s*页/, /page\s*\d+\s*(?:of|\/)\s*(\d+)/, /共\s*(\d+)\s*页/];
const NEXT = /^(下一页|后一页|next|next page|›|»|>)$/;
const NEXT_HINT = /下一页|next/;
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

/** The separate texts of a cell (a name over its id), outside links' and buttons' own words. */
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

function number(text: string | undefined): number | undefined {
  const value = text ? Number(text.replace(/,/g, '')) : Number.NaN;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The first number a pattern finds in one of the texts (each text node apart: `Total 2` then a page `1`). */
function firstMatch(patterns: readonly RegExp[], texts: readonly string[]): number | undefined {
  for (const pattern of patterns) {
    for (const text of texts) {
      const found = number(pattern.exec(text)?.[1]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function isDisabled(element: Element): boolean {
  return (
    element.hasAttribute('disabled') ||
    element.getAttribute('aria-disabled') === 'true' ||
    /(^|\s)(is-)?disabled(\s|$)/.test(element.className)
  );
}

function isNextControl(element: Element): boolean {
  const words = `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`;
  return (
    NEXT.test(cellText(element).toLowerCase()) ||
    NEXT_HINT.test(words.toLowerCase()) ||
    element.getAttribute('rel') === 'next' ||
    /(^|[\s_-])next($|[\s_-])/.test(element.className)
  );
}

/** Whether a pager shows more than one page: a total above the rows, a page count, page numbers, a live "next". */
function pagerSaysMore(pager: Element, rows: number): boolean | undefined {
  if ((pager.textContent ?? '').length > 400) return undefined;
  const texts = cellPieces(pager, 30).map((text) => text.toLowerCase());
  const total = firstMatch(TOTAL, texts);
  const pages = firstMatch(PAGES, texts);
  const controls = Array.from(pager.querySelectorAll('a, button, li, [role="button"]')).slice(0, 40);
  const numbers = new Set(controls.map(cellText).filter((t) => /^\d+$/.test(t)));
  const next = controls.find(isNextControl);
  if (total === undefined && pages === undefined && !next && numbers.size < 2) return undefined;
  return (
    (total !== undefined && total > rows) ||
    (pages !== undefined && pages > 1) ||
    numbers.size > 1 ||
    (!!next && !isDisabled(next))
  );
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
