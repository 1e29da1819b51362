import type { Reading } from '../model/observation';
import { parseMoneyFen } from '../money';
import { ACCOUNT_LABELS, ACCOUNT_NEIGHBOURS, parseAccountPin, readAccountName } from './account-info';
import { ACCOUNT_BALANCE_LABELS } from './capital-overview';
import { collapse, indexLabels, readLabelledValue } from './labels';
import type { Found, PageContext } from './page-context';
import { REAL_NAME_LABELS } from './real-name';
import { moneyValue } from './values';

const SHOW_TEXT = 4;
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'TEXTAREA']);

// Compared with barKey(text): lowercased, without a caret or a count after it.
const SIGN_OUT = new Set([
  '退出登录',
  '退出',
  '注销',
  '安全退出',
  'sign out',
  'log out',
  'logout',
  'sign off',
]);
const SIGN_IN = new Set(['登录', '立即登录', '请登录', 'sign in', 'log in', 'login']);
/** The console bar's own menu words (概览, 产品 ▾, 消息 3, 帮助中心, 费用 ▾, 工单 ▾, 备案 …) in zh and en. */
const BAR_WORDS = new Set([
  '控制台',
  '概览',
  '总览',
  '产品',
  '产品与服务',
  '消息',
  '站内信',
  '帮助中心',
  '帮助',
  '费用',
  '费用中心',
  '工单',
  '备案',
  '文档',
  'console',
  'overview',
  'products',
  'messages',
  'notifications',
  'help',
  'help center',
  'billing',
  'costs',
  'fees',
  'tickets',
  'icp',
  'icp filing',
  'docs',
  'documentation',
]);
/** Texts of the bar that are never the account's name. */
const NOT_A_NAME = new Set([
  ...BAR_WORDS,
  ...SIGN_OUT,
  ...SIGN_IN,
  '注册',
  '免费注册',
  'sign up',
  'register',
  'english',
  '中文',
  '简体中文',
  '繁體中文',
  'en',
  'zh',
  'cn',
  '中/en',
  'en/中',
  '京东云',
  '京东智联云',
  'jdcloud',
  '搜索',
  'search',
  '更多',
  'more',
  '支持',
  'support',
  '账户管理',
  '账户安全',
  '安全设置',
  'access key管理',
  '切换为子账号',
  '充值',
  '账户余额',
  'account balance',
  'recharge',
  '菜单',
  'menu',
]);
const CARETS = /[\s▾▼⌄∨﹀⏷]+$/;
const COUNT_AFTER = /\s*[(（[]?\d{1,3}\+?[)）\]]?$/;
const COUNT = /^\d{1,4}\+?$/;
const HEADER_VOCABULARY = [
  ...ACCOUNT_LABELS,
  ...ACCOUNT_NEIGHBOURS,
  ...REAL_NAME_LABELS,
  ...ACCOUNT_BALANCE_LABELS,
];

const LANDMARKS = 'header, [role="banner"]';
// A <header> inside these is a card's or a dialog's, not the console's.
const INSIDE_CONTENT = 'main, [role="main"], [role="dialog"], dialog, article';
// An element holding these is the page, not its bar.
const PAGE_CONTENT = 'main, [role="main"], table, form, h1, h2';
// Where the bar's texts are not shown: a closed menu, a tooltip.
const HIDDEN_OR_MENU =
  '[hidden], [aria-hidden="true"], [role="menu"], [role="listbox"], [role="tooltip"], [style*="display: none"], [style*="display:none"]';
const CARET_ICONS =
  '[class*="caret"], [class*="arrow-down"], [class*="arrow_down"], [class*="chevron-down"], [class*="icon-down"], [class*="triangle"]';
const MAX_BAR_SEARCH_NODES = 600;
// The bar's words sit close together; a word this many texts further is in another part of the page.
const MAX_WORD_GAP = 60;
const MAX_BAR_TEXTS = 400;

/** A bar text as compared with the word lists: lowercased, without a caret and a count after it. */
function barKey(text: string | null | undefined): string {
  return collapse(text).toLowerCase().replace(CARETS, '').replace(COUNT_AFTER, '');
}

function isPageContent(element: Element): boolean {
  return (
    element.tagName === 'BODY' ||
    element.tagName === 'HTML' ||
    element.matches(PAGE_CONTENT) ||
    element.querySelector(PAGE_CONTENT) !== null
  );
}

/** The first <header> or role=banner that is not part of the page's content. */
function landmarkBar(document: Document): Element | null {
  for (const element of Array.from(document.querySelectorAll(LANDMARKS)).slice(0, 5)) {
    if (!element.parentElement?.closest(INSIDE_CONTENT)) return element;
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let current: Element | null = a, level = 0; current && level < 40; level++) {
    if (current.contains(b)) return current;
    current = current.parentElement;
  }
  return null;
}

/**
 * The console bar without a landmark: the first element near the top of the body that holds at least
 * three of the bar's menu words close together, and no page content (headings, tables, forms).
 */
export function findMenuWordBar(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  const walker = document.createTreeWalker(body, SHOW_TEXT);
  let bar: Element | null = null;
  let words = new Set<string>();
  let lastHit = 0;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_BAR_SEARCH_NODES; node = walker.nextNode()) {
    seen++;
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName)) continue;
    const key = barKey(node.nodeValue);
    if (!BAR_WORDS.has(key)) continue;
    const gap = seen - lastHit;
    lastHit = seen;
    if (bar?.contains(parent)) {
      words.add(key);
      continue;
    }
    const common: Element | null = bar && gap <= MAX_WORD_GAP ? commonAncestor(bar, parent) : null;
    if (bar && common && !isPageContent(common)) {
      bar = common;
      words.add(key);
      continue;
    }
    if (words.size >= 3) break;
    // Too far from the words so far: start again here.
    bar = parent;
    words = new Set([key]);
  }
  return bar && words.size >= 3 ? bar : null;
}

/** The texts of `root` a person sees, in order: not those of a closed menu or a hidden part. */
function shownTexts(root: Element, limit = MAX_BAR_TEXTS): { text: string; element: Element }[] {
  const out: { text: string; element: Element }[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < limit; node = walker.nextNode()) {
    seen++;
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName)) continue;
    const hidden = parent.closest(HIDDEN_OR_MENU);
    if (hidden && root.contains(hidden) && hidden !== root) continue;
    const text = collapse(node.nodeValue);
    if (text) out.push({ text, element: parent });
  }
  return out;
}

/** A bar text as an account name: not a menu word, a count, money, a language switch or a sentence. */
function nameOf(text: string): string | undefined {
  const raw = collapse(text).replace(CARETS, '');
  if (!raw || raw.length > 64 || COUNT.test(raw)) return undefined;
  if (NOT_A_NAME.has(barKey(raw)) || NOT_A_NAME.has(raw.toLowerCase())) return undefined;
  if (/[¥￥:：/\\]/.test(raw) || parseMoneyFen(raw) !== undefined) return undefined;
  return parseAccountPin(raw);
}

function shownName(element: Element | null): string | undefined {
  if (!element) return undefined;
  const texts = shownTexts(element, 20);
  return texts.length === 1 && texts[0] ? nameOf(texts[0].text) : undefined;
}

/** The name just before a caret icon: the text or element beside it, blank text skipped. */
function nameBefore(icon: Element): string | undefined {
  let before = icon.previousSibling;
  // Blank text and Vue's <!----> placeholders sit between elements.
  while (before && (before.nodeType === 8 || (before.nodeType === 3 && !collapse(before.nodeValue)))) {
    before = before.previousSibling;
  }
  if (!before) return undefined;
  if (before.nodeType === 3) return nameOf(before.nodeValue ?? '');
  return before.nodeType === 1 ? shownName(before as Element) : undefined;
}

/**
 * The account name as the bar shows it without a label: the text of the control that opens the user menu
 * at the bar's end (aria-haspopup, a caret ▾ or a caret icon), else the last short text after the bar's
 * menu words (only in a bar that has them).
 */
function userMenuName(bar: Element): string | undefined {
  const popups = Array.from(bar.querySelectorAll('[aria-haspopup]'))
    .filter((element) => element.getAttribute('aria-haspopup') !== 'false')
    .slice(-12);
  for (let i = popups.length - 1; i >= 0; i--) {
    const name = shownName(popups[i] ?? null);
    if (name) return name;
  }
  const texts = shownTexts(bar);
  for (let i = texts.length - 1; i >= 0; i--) {
    const entry = texts[i];
    if (entry && CARETS.test(entry.text) && /[▾▼⌄∨﹀⏷]/.test(entry.text)) {
      const name = nameOf(entry.text);
      if (name) return name;
    }
  }
  const icons = Array.from(bar.querySelectorAll(CARET_ICONS)).slice(-12);
  for (let i = icons.length - 1; i >= 0; i--) {
    const icon = icons[i];
    if (!icon || icon.closest(HIDDEN_OR_MENU)) continue;
    const name = nameBefore(icon) ?? shownName(icon.parentElement);
    if (name) return name;
  }
  let lastWord = -1;
  texts.forEach((entry, i) => {
    if (BAR_WORDS.has(barKey(entry.text))) lastWord = i;
  });
  if (lastWord < 0) return undefined;
  // Only one text that can be a name may follow: with two ("alice", "国际站"), which is the name is a guess.
  const names = texts.slice(lastWord + 1).flatMap((entry) => nameOf(entry.text) ?? []);
  return names.length === 1 ? names[0] : undefined;
}

function controlKeys(bar: Element): string[] {
  return Array.from(bar.querySelectorAll('a, button, [role="menuitem"], [role="button"]'))
    .slice(0, 80)
    .map((element) => barKey(element.textContent));
}

/** What one bar says: signed out (only a sign-in control), or the account and signed in. */
function readBar(page: PageContext, bar: Element): Reading[] {
  const keys = controlKeys(bar);
  const canSignOut = keys.some((key) => SIGN_OUT.has(key));
  const canSignIn = keys.some((key) => SIGN_IN.has(key));
  if (canSignIn && !canSignOut) return [{ field: 'signedIn', value: false, found: 'inference' }];
  const index = indexLabels(bar);
  let account: Found<string> | undefined = readAccountName(page, index, bar, HEADER_VOCABULARY);
  if (!account) {
    const name = userMenuName(bar);
    if (name) account = { value: name, found: 'inference' };
  }
  const readings: Reading[] = [];
  if (canSignOut || account) readings.push({ field: 'signedIn', value: true, found: 'inference' });
  if (account) readings.push({ field: 'account', ...account });
  // The user menu, when it is in the page, shows 账户余额 (a weaker figure than the available amount).
  const balance = readLabelledValue(index, bar, ACCOUNT_BALANCE_LABELS, HEADER_VOCABULARY, moneyValue);
  if (balance !== undefined && readings.length > 0) {
    readings.push({ field: 'accountBalance', value: balance, found: 'label' });
  }
  return readings;
}

/** The console's top bar: a <header> / role=banner outside the content, else the element of its menu words. */
export function findConsoleHeader(document: Document): Element | null {
  return landmarkBar(document) ?? findMenuWordBar(document);
}

/**
 * The bar every signed-in console page carries. Signed in: the bar shows the account (its labelled menu,
 * or the name beside the user menu's caret), or offers to sign out; a sign-out control is never required,
 * since the real bar's menu is only in the page once hovered. Signed out: it offers only to sign in.
 */
export function readConsoleHeader(page: PageContext): Reading[] {
  const landmark = landmarkBar(page.document);
  const readings = landmark ? readBar(page, landmark) : [];
  if (readings.length > 0) return readings;
  const bar = findMenuWordBar(page.document);
  return bar && bar !== landmark ? readBar(page, bar) : readings;
}
