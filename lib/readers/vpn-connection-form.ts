import type { GatewaySelect, VpnDraft } from '../model/draft';
import { findVpnConnectionForm, isInDialog, isShown } from '../pages';
import {
  chosenOption,
  collapse,
  findLabelledControl,
  indexLabels,
  type LabelIndex,
  readLabelledValue,
  valueText,
} from './labels';
import { mainContent, type PageContext } from './page-context';
import { parseRegion } from './region';

const REGION_LABELS = ['地域', '所属地域', '区域', 'Region'];
const NAME_LABELS = ['名称', 'VPN连接名称', '连接名称', 'Name', 'VPN Connection Name', 'Connection Name'];
const DESCRIPTION_LABELS = ['描述', '备注', 'Description'];
const BORDER_GATEWAY_LABELS = ['边界网关', 'Border Gateway'];
const CUSTOMER_GATEWAY_LABELS = ['客户网关', 'Customer Gateway'];
const BGP_LABELS = ['启用BGP', 'Enable BGP', 'BGP'];
const FORM_VOCABULARY = [
  ...REGION_LABELS,
  ...NAME_LABELS,
  ...DESCRIPTION_LABELS,
  ...BORDER_GATEWAY_LABELS,
  ...CUSTOMER_GATEWAY_LABELS,
  ...BGP_LABELS,
];

const MAX_OPTIONS = 500;
const MAX_OPTION_TEXT = 256;
// Compared with lowercased text.
const PLACEHOLDER_START = /^(请选择|选择|please select|select |choose )/;
const PLACEHOLDER_WHOLE = /^(--|—|-|无|none)$/;
/** A list's own word for having nothing: then the gateways are known to be zero. */
const EMPTY_STATE =
  /^(暂无数据|无数据|没有数据|暂无|暂无可用.*|无匹配数据|无匹配结果|无可用.*|加载失败.*|no data|no matching data|no options|no results?|no available.*|failed to load.*)$/;
/** A list still loading: nothing is known yet. */
const LOADING = /^(加载中|正在加载|loading)/;
const DROPDOWN = '[role="listbox"], [class*="dropdown"], [class*="popper"], [class*="popover"]';
const SELECT_CONTROLS = 'input:not([type="hidden"]), select, textarea, [role="combobox"]';
// Classes UI libraries put on a select while its menu is open.
const OPEN_CLASSES = ['is-focus', 'is-focused', 'is-open', 'is-opened', 'open'];

function clean(text: string | null | undefined): string {
  return collapse(text).slice(0, MAX_OPTION_TEXT);
}

function isPlaceholder(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    !text ||
    PLACEHOLDER_START.test(lower) ||
    PLACEHOLDER_WHOLE.test(lower) ||
    EMPTY_STATE.test(lower) ||
    LOADING.test(lower)
  );
}

/** What a rendered list of options says: its options, that it is empty, or nothing yet (loading, blank). */
type ListState = { options: string[] } | 'empty' | 'unknown';

function listState(texts: readonly string[], emptyShown: boolean): ListState {
  const options = texts.filter((text) => !isPlaceholder(text));
  if (options.length > 0) return { options };
  if (texts.some((text) => LOADING.test(text.toLowerCase()))) return 'unknown';
  return emptyShown || texts.some((text) => EMPTY_STATE.test(text.toLowerCase())) ? 'empty' : 'unknown';
}

function readNativeSelect(select: HTMLSelectElement): GatewaySelect | undefined {
  const all = Array.from(select.options).slice(0, MAX_OPTIONS);
  // An option without a value (`value=""`) is a prompt or an empty state, never a gateway.
  const real = (option: HTMLOptionElement) => option.value !== '' && !isPlaceholder(clean(option.text));
  const chosen = chosenOption(select);
  const selected = chosen && real(chosen) ? clean(chosen.text) : undefined;
  const options = all.filter(real).map((option) => clean(option.text));
  if (options.length > 0) return selected ? { selected, options } : { options };
  // No option at all has not rendered yet; prompts and empty states alone say there is none.
  if (all.length === 0 || all.some((option) => LOADING.test(clean(option.text).toLowerCase()))) {
    return undefined;
  }
  return { options: [] };
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
    if (EMPTY_STATE.test(text)) emptyShown = true;
    else if (LOADING.test(text)) texts.push(text);
  }
  return { texts, emptyShown };
}

/**
 * A custom select: an ARIA combobox, or a UI library's wrapper around a read-only <input> that shows the
 * choice (Element UI's el-select). A chosen value proves one gateway at least; a rendered list is
 * counted; an empty state is zero; a list that cannot be seen or tied to this select is unknown.
 */
function readCustomSelect(control: Element, form: Element): GatewaySelect | undefined {
  const list = listOf(control, form);
  const elements = list ? optionElements(list) : [];
  const marked = elements.find((option) => option.getAttribute('aria-selected') === 'true');
  const shown =
    control.tagName === 'INPUT'
      ? clean((control as HTMLInputElement).value)
      : clean(marked ? marked.textContent : valueText(control));
  const selected = isPlaceholder(shown) ? undefined : shown;
  let state: ListState = 'unknown';
  if (list) {
    const { texts, emptyShown } = listTexts(list, elements);
    state = listState(texts, emptyShown);
  }
  if (typeof state === 'object') {
    if (selected && !state.options.includes(selected)) state.options.push(selected);
    return selected ? { selected, options: state.options } : state;
  }
  // Options rendered only while the menu is open: the chosen one is all that is known to exist.
  if (selected) return { selected, options: [selected] };
  return state === 'empty' ? { options: [] } : undefined;
}

function readGateway(control: Element | undefined, form: Element): GatewaySelect | undefined {
  if (!control) return undefined;
  if (control.tagName === 'SELECT') return readNativeSelect(control as HTMLSelectElement);
  if (control.getAttribute('role') === 'combobox') return readCustomSelect(control, form);
  if (control.tagName === 'INPUT') {
    const type = (control as HTMLInputElement).type;
    if (type === 'checkbox' || type === 'radio') return undefined;
    return readCustomSelect(control, form);
  }
  return undefined;
}

function readTextControl(control: Element | undefined): string | undefined {
  if (!control || (control.tagName !== 'INPUT' && control.tagName !== 'TEXTAREA')) return undefined;
  const value = (control as HTMLInputElement).value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * On or off: a checkbox, an ARIA switch (aria-checked), or a UI library's switch that marks "on" with an
 * `is-checked` class (Element UI's el-switch, whose own checkbox is hidden and may not carry the state).
 */
function readSwitch(control: Element | undefined): boolean | undefined {
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

// Marks of the chosen entry in a group of buttons or tabs (segmented region buttons, a region bar).
const CHOSEN_MARKS =
  '[aria-pressed="true"], [aria-checked="true"], [aria-selected="true"], [aria-current="true"], [aria-current="page"], .is-active, .active, .selected';

/**
 * The region a page shows as the chosen one of a group of regions without a label (the list page's
 * region bar 华北-北京 | 华南-广州 | …): a marked entry that names a region, beside another that does.
 */
function chosenRegion(root: Element): string | undefined {
  for (const chosen of Array.from(root.querySelectorAll(CHOSEN_MARKS)).slice(0, 60)) {
    const text = (chosen.textContent ?? '').trim();
    // A chosen option of a gateway's dropdown is no region bar.
    if (text.length > 40 || chosen.closest(DROPDOWN)) continue;
    const region = parseRegion(text);
    if (!region) continue;
    const siblings = Array.from(chosen.parentElement?.children ?? []).slice(0, 12);
    if (siblings.some((sibling) => sibling !== chosen && parseRegion((sibling.textContent ?? '').trim()))) {
      return region;
    }
  }
  return undefined;
}

function readRegion(form: Element, index: LabelIndex, document: Document): string | undefined {
  const inForm = readLabelledValue(index, form, REGION_LABELS, FORM_VOCABULARY, parseRegion);
  if (inForm) return inForm;
  // A dialog often leaves the region to the list page's region selector.
  const page = mainContent(document);
  if (!page) return undefined;
  if (page !== form) {
    const labelled = readLabelledValue(indexLabels(page), page, REGION_LABELS, FORM_VOCABULARY, parseRegion);
    if (labelled) return labelled;
  }
  return chosenRegion(form) ?? (page !== form ? chosenRegion(page) : undefined);
}

/**
 * The VPN connection create form as filled so far, or undefined when no such form is shown.
 * Each field the form does not show readably is absent. `root` is the form when the caller has already
 * found it (the content script has, each scan).
 */
export function readVpnConnectionForm(page: PageContext, root?: Element): VpnDraft | undefined {
  try {
    const form = root ?? findVpnConnectionForm(page.document);
    if (!form) return undefined;
    const index = indexLabels(form);
    const control = (labels: readonly string[]) => findLabelledControl(index, form, labels, FORM_VOCABULARY);
    const draft: VpnDraft = { presentation: isInDialog(form) ? 'dialog' : 'route' };
    const region = readRegion(form, index, page.document);
    if (region) draft.region = region;
    const name = readTextControl(control(NAME_LABELS));
    if (name !== undefined) draft.name = name.slice(0, 1024);
    const description = readTextControl(control(DESCRIPTION_LABELS));
    if (description !== undefined) draft.description = description.slice(0, 4096);
    const borderGateway = readGateway(control(BORDER_GATEWAY_LABELS), form);
    if (borderGateway) draft.borderGateway = borderGateway;
    const customerGateway = readGateway(control(CUSTOMER_GATEWAY_LABELS), form);
    if (customerGateway) draft.customerGateway = customerGateway;
    const bgpEnabled = readSwitch(control(BGP_LABELS));
    if (bgpEnabled !== undefined) draft.bgpEnabled = bgpEnabled;
    return draft;
  } catch {
    return undefined;
  }
}
