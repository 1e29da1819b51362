import type { GatewaySelect, VpnDraft } from '../model/draft';
import { findVpnConnectionForm, isInDialog } from '../pages';
import {
  chosenOption,
  findLabelledControl,
  indexLabels,
  type LabelIndex,
  readLabelledValue,
  valueText,
} from './labels';
import { mainContent, type PageContext } from './page-context';

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
const PLACEHOLDER_START = /^(请选择|选择|please select|select |choose )/i;
const PLACEHOLDER_WHOLE =
  /^(暂无数据|无数据|没有数据|暂无|无|加载中\.*|no data|no options|none|loading\.*|--|—|-)$/i;

const REGION_WORDS: readonly [readonly string[], string][] = [
  [['北京', 'beijing'], 'cn-north-1'],
  [['宿迁', 'suqian'], 'cn-east-1'],
  [['上海', 'shanghai'], 'cn-east-2'],
  [['广州', 'guangzhou'], 'cn-south-1'],
];

/** A region code from `cn-north-1` or a display name such as 华北-北京 / North China-Beijing. */
export function parseRegion(text: string): string | undefined {
  if (text.length > 64) return undefined;
  // Lowercased here rather than matched with the `i` flag: a case-blind character class is costly to
  // compile, and every fresh page compiles it again.
  const lower = text.toLowerCase();
  const code = /(?:^|[^a-z0-9-])(cn-[a-z]+-\d{1,2})(?![a-z0-9-])/.exec(lower);
  if (code?.[1]) return code[1];
  for (const [words, region] of REGION_WORDS) if (words.some((word) => lower.includes(word))) return region;
  return undefined;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_OPTION_TEXT);
}

function isPlaceholder(text: string): boolean {
  return !text || PLACEHOLDER_START.test(text) || PLACEHOLDER_WHOLE.test(text);
}

function readNativeSelect(select: HTMLSelectElement): GatewaySelect {
  const options: string[] = [];
  const all = Array.from(select.options).slice(0, MAX_OPTIONS);
  const real = (option: HTMLOptionElement) =>
    !isPlaceholder(clean(option.text)) && !(option.value === '' && option.disabled);
  for (const option of all) if (real(option)) options.push(clean(option.text));
  const chosen = chosenOption(select);
  return chosen && real(chosen) ? { selected: clean(chosen.text), options } : { options };
}

function listboxOf(combobox: Element): Element | null {
  const doc = combobox.ownerDocument;
  for (const attribute of ['aria-controls', 'aria-owns']) {
    const id = combobox.getAttribute(attribute)?.split(/\s+/)[0];
    const listbox = id ? doc.getElementById(id) : null;
    if (listbox) return listbox;
  }
  return (
    combobox.querySelector('[role="listbox"]') ??
    combobox.parentElement?.querySelector('[role="listbox"]') ??
    null
  );
}

function readCombobox(combobox: Element): GatewaySelect | undefined {
  const listbox = listboxOf(combobox);
  const optionElements = listbox
    ? Array.from(listbox.querySelectorAll('[role="option"]')).slice(0, MAX_OPTIONS)
    : [];
  const options = optionElements
    .map((option) => clean(option.textContent))
    .filter((text) => !isPlaceholder(text));
  const marked = optionElements.find((option) => option.getAttribute('aria-selected') === 'true');
  const shown = clean(marked ? marked.textContent : valueText(combobox));
  const selected = isPlaceholder(shown) ? undefined : shown;
  // Options rendered only while the menu is open: the chosen one is all that is known to exist.
  if (!listbox) return selected ? { selected, options: [selected] } : undefined;
  if (selected && !options.includes(selected)) options.push(selected);
  return selected ? { selected, options } : { options };
}

function readGateway(control: Element | undefined): GatewaySelect | undefined {
  if (!control) return undefined;
  if (control.tagName === 'SELECT') return readNativeSelect(control as HTMLSelectElement);
  if (control.getAttribute('role') === 'combobox') return readCombobox(control);
  return undefined;
}

function readTextControl(control: Element | undefined): string | undefined {
  if (!control || (control.tagName !== 'INPUT' && control.tagName !== 'TEXTAREA')) return undefined;
  const value = (control as HTMLInputElement).value;
  return typeof value === 'string' ? value : undefined;
}

function readSwitch(control: Element | undefined): boolean | undefined {
  if (!control) return undefined;
  if (control.tagName === 'INPUT') {
    const input = control as HTMLInputElement;
    return input.type === 'checkbox' ? input.checked : undefined;
  }
  const checked = control.getAttribute('aria-checked');
  return checked === 'true' ? true : checked === 'false' ? false : undefined;
}

function readRegion(form: Element, index: LabelIndex, document: Document): string | undefined {
  const inForm = readLabelledValue(index, form, REGION_LABELS, FORM_VOCABULARY, parseRegion);
  if (inForm) return inForm;
  // A dialog often leaves the region to the list page's region selector.
  const page = mainContent(document);
  if (!page || page === form) return undefined;
  return readLabelledValue(indexLabels(page), page, REGION_LABELS, FORM_VOCABULARY, parseRegion);
}

/**
 * The VPN connection create form as filled so far, or undefined when no such form is shown.
 * Each field the form does not show readably is absent.
 */
/** `root` is the form when the caller has already found it (the content script has, each scan). */
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
    const borderGateway = readGateway(control(BORDER_GATEWAY_LABELS));
    if (borderGateway) draft.borderGateway = borderGateway;
    const customerGateway = readGateway(control(CUSTOMER_GATEWAY_LABELS));
    if (customerGateway) draft.customerGateway = customerGateway;
    const bgpEnabled = readSwitch(control(BGP_LABELS));
    if (bgpEnabled !== undefined) draft.bgpEnabled = bgpEnabled;
    return draft;
  } catch {
    return undefined;
  }
}
