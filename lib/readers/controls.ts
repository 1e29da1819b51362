/**
 * What a form's controls show, whatever widget draws them: a native <select>, an ARIA combobox, a UI
 * library's select (a read-only <input> showing the choice, its option list inside the field or appended
 * to <body> while open), a switch, a group of radios. Shared by the form readers; bundled into the page
 * script: no zod.
 */
import type { GatewaySelect } from '../model/draft';
import { isShown } from '../pages';
import { chosenOption, collapse, valueText } from './labels';

const MAX_OPTIONS = 500;
const MAX_OPTION_TEXT = 256;
// Word lists rather than patterns, compared with lowercased text: a page's first read compiles no pattern for them.
/** What a select shows in place of a choice: a text that starts so (请选择, Please select…). */
const PROMPTS = ['请选择', '选择', 'please select', 'select ', 'choose '];
/** A dash or "none" in place of a resource. */
const PLACEHOLDERS = new Set(['--', '—', '-', '无', 'none']);
/** A list's own word for having nothing, as the whole text or its start: then the options are known to be none. */
const EMPTY_STATES = new Set([
  '暂无数据',
  '无数据',
  '没有数据',
  '暂无',
  '无匹配数据',
  '无匹配结果',
  'no data',
  'no matching data',
  'no options',
  'no result',
  'no results',
]);
const EMPTY_STATE_STARTS = ['暂无可用', '无可用', '加载失败', 'no available', 'failed to load'];
/** A list still loading: nothing is known yet. */
const LOADING_STARTS = ['加载中', '正在加载', 'loading'];
export const DROPDOWN = '[role="listbox"], [class*="dropdown"], [class*="popper"], [class*="popover"]';
const SELECT_CONTROLS = 'input:not([type="hidden"]), select, textarea, [role="combobox"]';
// Classes UI libraries put on a select while its menu is open.
const OPEN_CLASSES = ['is-focus', 'is-focused', 'is-open', 'is-opened', 'open'];

function clean(text: string | null | undefined): string {
  return collapse(text).slice(0, MAX_OPTION_TEXT);
}

const startsWithAny = (lower: string, words: readonly string[]) =>
  words.some((word) => lower.startsWith(word));
const isEmptyState = (lower: string) => EMPTY_STATES.has(lower) || startsWithAny(lower, EMPTY_STATE_STARTS);
const isLoading = (lower: string) => startsWithAny(lower, LOADING_STARTS);

/** A prompt such as 请选择 / Please select, or the empty state a list shows: no choice. */
export function isPrompt(text: string): boolean {
  const lower = text.toLowerCase();
  return !text || startsWithAny(lower, PROMPTS) || isEmptyState(lower) || isLoading(lower);
}

/** Not an option a person can choose as a resource: a prompt, a dash, 无 / none, an empty or loading list. */
function isPlaceholder(text: string): boolean {
  return isPrompt(text) || PLACEHOLDERS.has(text.toLowerCase());
}

/** What a rendered list of options says: its options, that it is empty, or nothing yet (loading, blank). */
type ListState = { options: string[] } | 'empty' | 'unknown';

function listState(texts: readonly string[], emptyShown: boolean): ListState {
  const options = texts.filter((text) => !isPlaceholder(text));
  if (options.length > 0) return { options };
  if (texts.some((text) => isLoading(text.toLowerCase()))) return 'unknown';
  return emptyShown || texts.some((text) => isEmptyState(text.toLowerCase())) ? 'empty' : 'unknown';
}

/**
 * What a select shows: the chosen option's label (absent when nothing is chosen), and its options when the
 * list is in the page (`[]` for an empty state; absent while it is not rendered or still loading).
 */
export interface SelectShown {
  selected?: string;
  listed?: string[];
}

function readNativeSelect(select: HTMLSelectElement): SelectShown {
  const all = Array.from(select.options).slice(0, MAX_OPTIONS);
  // An option without a value (`value=""`) is a prompt or an empty state, never a resource.
  const real = (option: HTMLOptionElement) => option.value !== '' && !isPlaceholder(clean(option.text));
  const chosen = chosenOption(select);
  const selected = chosen && real(chosen) ? clean(chosen.text) : undefined;
  const options = all.filter(real).map((option) => clean(option.text));
  if (options.length > 0) return selected ? { selected, listed: options } : { listed: options };
  // No option at all has not rendered yet; prompts and empty states alone say there is none.
  if (all.length === 0 || all.some((option) => isLoading(clean(option.text).toLowerCase()))) return {};
  return { listed: [] };
}

/** The part of the form that holds only this control (and its own dropdown), a few levels up. */
function fieldOf(control: Element, form: Element): Element {
  let field = control;
  for (let level = 0; level < 4; level++) {
    const parent = field.parentElement;
    if (!parent || parent === form || !form.contains(parent)) break;
    if (parent.querySelectorAll(SELECT_CONTROLS).length > 1) break;
    field = parent;
  }
  return field;
}

function isOpen(control: Element, field: Element): boolean {
  if (control.ownerDocument.activeElement === control) return true;
  for (let current: Element | null = control, level = 0; current && level < 4; level++) {
    const element: Element = current;
    if (element.getAttribute('aria-expanded') === 'true') return true;
    if (OPEN_CLASSES.some((name) => element.classList.contains(name))) return true;
    if (element === field) break;
    current = element.parentElement;
  }
  return false;
}

/**
 * A dropdown the UI library appended to <body>: it belongs to this select only while this select is open
 * (focus, aria-expanded, an open class) and it is the one dropdown shown; otherwise it is not counted.
 */
function bodyDropdown(control: Element, field: Element, form: Element): Element | undefined {
  const body = control.ownerDocument.body;
  if (!body || !isOpen(control, field)) return undefined;
  const shown: Element[] = [];
  for (const child of Array.from(body.children).slice(-30)) {
    if (child.contains(form)) continue;
    const dropdown = child.matches(DROPDOWN) ? child : child.querySelector(DROPDOWN);
    if (dropdown && isShown(dropdown)) shown.push(dropdown);
  }
  return shown.length === 1 ? shown[0] : undefined;
}

/** The list of options of a custom select: linked by id, inside its field, or open at the end of <body>. */
function listOf(control: Element, form: Element): Element | undefined {
  const doc = control.ownerDocument;
  for (const attribute of ['aria-controls', 'aria-owns']) {
    const id = control.getAttribute(attribute)?.split(/\s+/)[0];
    const list = id ? doc.getElementById(id) : null;
    if (list) return list;
  }
  const field = fieldOf(control, form);
  const inField =
    control.querySelector('[role="listbox"]') ??
    field.querySelector(DROPDOWN) ??
    (field !== control ? field.querySelector('ul') : null);
  return inField ?? bodyDropdown(control, field, form);
}

function optionElements(list: Element): Element[] {
  for (const selector of ['[role="option"]', 'li[class*="item"]', 'li']) {
    const found = Array.from(list.querySelectorAll(selector)).slice(0, MAX_OPTIONS);
    if (found.length > 0) return found;
  }
  return [];
}

/** The option texts, and whether the list shows an empty state besides them (Element's el-select-dropdown__empty). */
function listTexts(list: Element, options: readonly Element[]): { texts: string[]; emptyShown: boolean } {
  const texts = options.map((option) => clean(option.textContent));
  let emptyShown = false;
  for (const element of Array.from(list.querySelectorAll('[class*="empty"], p, li, div')).slice(0, 20)) {
    if (options.includes(element)) continue;
    const text = clean(element.textContent).toLowerCase();
    if (isEmptyState(text)) emptyShown = true;
    else if (isLoading(text)) texts.push(text);
  }
  return { texts, emptyShown };
}

/** The text a custom select shows: its input's value, its option marked selected, or its own text. */
function customShown(control: Element, options: readonly Element[]): string {
  if (control.tagName === 'INPUT') return clean((control as HTMLInputElement).value);
  const marked = options.find((option) => option.getAttribute('aria-selected') === 'true');
  return clean(marked ? marked.textContent : valueText(control));
}

/**
 * The text a select-like control shows as chosen, '' for a prompt (请选择) or an empty list. Unlike a
 * resource select, a dash-free word such as 无 / none is a choice here (no PFS).
 */
export function shownChoice(control: Element, form: Element): string {
  let text = '';
  if (control.tagName === 'SELECT') text = clean(chosenOption(control as HTMLSelectElement)?.text);
  else {
    const list = control.tagName === 'INPUT' ? undefined : listOf(control, form);
    text = customShown(control, list ? optionElements(list) : []);
  }
  return isPrompt(text) ? '' : text;
}

/**
 * A custom select: an ARIA combobox, or a UI library's wrapper around a read-only <input> that shows the
 * choice (Element UI's el-select). A rendered list is read; an empty state is no options; a list that
 * cannot be seen or tied to this select is not listed.
 */
function readCustomSelect(control: Element, form: Element): SelectShown {
  const list = listOf(control, form);
  const elements = list ? optionElements(list) : [];
  const shown = customShown(control, elements);
  const selected = isPlaceholder(shown) ? undefined : shown;
  let state: ListState = 'unknown';
  if (list) {
    const { texts, emptyShown } = listTexts(list, elements);
    state = listState(texts, emptyShown);
  }
  const listed = typeof state === 'object' ? state.options : state === 'empty' ? [] : undefined;
  return { ...(selected ? { selected } : {}), ...(listed ? { listed } : {}) };
}

export function isSelectLike(control: Element): boolean {
  if (control.tagName === 'SELECT' || control.getAttribute('role') === 'combobox') return true;
  if (control.tagName !== 'INPUT') return false;
  const type = (control as HTMLInputElement).type;
  return type !== 'checkbox' && type !== 'radio';
}

/** What a select-like control shows; undefined for a control that is no select (a checkbox, a radio). */
export function readSelect(control: Element | undefined, form: Element): SelectShown | undefined {
  if (!control || !isSelectLike(control)) return undefined;
  if (control.tagName === 'SELECT') return readNativeSelect(control as HTMLSelectElement);
  return readCustomSelect(control, form);
}

/**
 * A resource select as the checks need it: the chosen option with the options known to exist. A chosen
 * value proves one option at least; an empty state is zero; a list not rendered and nothing chosen is unknown.
 */
export function readGatewaySelect(control: Element | undefined, form: Element): GatewaySelect | undefined {
  const shown = readSelect(control, form);
  if (!shown) return undefined;
  const { selected, listed } = shown;
  if (listed) {
    if (selected && !listed.includes(selected)) listed.push(selected);
    return selected ? { selected, options: listed } : { options: listed };
  }
  // Options rendered only while the menu is open: the chosen one is all that is known to exist.
  return selected ? { selected, options: [selected] } : undefined;
}

/**
 * On or off: a checkbox, an ARIA switch (aria-checked), or a UI library's switch that marks "on" with an
 * `is-checked` class (Element UI's el-switch, whose own checkbox is hidden and may not carry the state).
 */
export function readSwitch(control: Element | undefined): boolean | undefined {
  if (!control) return undefined;
  const toggle = control.closest('[role="switch"], [role="checkbox"]') ?? control;
  const checked = toggle.getAttribute('aria-checked');
  if (checked === 'true' || checked === 'false') return checked === 'true';
  if (toggle.classList.contains('is-checked')) return true;
  if (toggle.getAttribute('role') === 'switch') return false;
  if (control.tagName === 'INPUT') {
    const input = control as HTMLInputElement;
    if (input.type !== 'checkbox') return undefined;
    const wrapper = input.parentElement;
    return (
      input.checked ||
      !!wrapper?.classList.contains('is-checked') ||
      !!wrapper?.parentElement?.classList.contains('is-checked')
    );
  }
  return undefined;
}

/** What a text input or textarea holds, as typed (undefined for any other control). */
export function readTextControl(control: Element | undefined): string | undefined {
  if (!control || (control.tagName !== 'INPUT' && control.tagName !== 'TEXTAREA')) return undefined;
  const value = (control as HTMLInputElement).value;
  return typeof value === 'string' ? value : undefined;
}

/** Shown, up to the form: a field the form hides (the IKEv1 mode under IKEv2, an unused address) is not asked. */
export function shownWithin(element: Element, form: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  const view = element.ownerDocument.defaultView;
  for (let current: Element | null = element; current && current !== form; current = current.parentElement) {
    const style = view?.getComputedStyle(current);
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
  }
  return true;
}
