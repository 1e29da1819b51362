/**
 * Finds values on a console page by their visible zh/en labels rather than by class names, which
 * change with every console redesign. One text walk per root builds a LabelIndex; each lookup then
 * tries the labels in the caller's order (exact before prefix) and, per label element, the layouts
 * UI libraries use: inline "label：value", a label wrapping its control, dt/dd, label + sibling,
 * table row header, aria-labelledby, and `for`. Table columns (header row over body rows) are
 * read by the coupons reader itself.
 *
 * Bundled into the content script: no zod, no framework, no instanceof across realms.
 */

// Bounds the DOM work per index: a console page section has a few hundred text nodes.
const MAX_TEXT_NODES = 4000;
// A label (or "label: value") is short; longer text is prose.
const MAX_LABEL_TEXT = 80;
// A value candidate with more text than this is a section, not a value: no parse looks at it.
export const MAX_VALUE_TEXT = 120;
const SHOW_TEXT = 4;
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'TEXTAREA']);
const ACTIONS = 'a, button, script, style, [role="button"]';
const CONTROLS =
  'input:not([type="hidden"]), textarea, select, [role="combobox"], [role="switch"], [role="checkbox"], [role="radiogroup"]';

interface LabelEntry {
  element: Element;
  /** Whitespace-collapsed text without a leading required-star, case kept. */
  display: string;
  /** `display` lowercased and without a trailing colon: what labels are compared with. */
  key: string;
}

export interface LabelIndex {
  readonly entries: readonly LabelEntry[];
  /** Every text node under the root was looked at (none was left past MAX_TEXT_NODES). */
  readonly whole?: boolean;
}

export interface LabelHit {
  element: Element;
  /** The rest of the same text node after "label：", as in `可用余额：¥32.50`. */
  inline?: string;
}

export type ValueCandidate = Element | string;

/**
 * What a parse returns for a value that is there but cannot be trusted (`--`, `***`, `¥--.--`, a masked
 * figure): the lookup stops at it rather than trying the next candidate or the next label, so a placeholder
 * under "可用金额" never lets a neighbouring figure stand in for it.
 */
export const UNTRUSTED: unique symbol = Symbol('untrusted');
export type Parsed<T> = T | undefined | typeof UNTRUSTED;
export type Parse<T> = (text: string) => Parsed<T>;

// White space that collapsing changes: a run of it, or any that is not a plain space.
const SPACE_TO_COLLAPSE = /\s\s|[^\S ]/;

/** Text with its runs of white space made one space, and none at either end. */
export function collapse(text: string | null | undefined): string {
  // Most texts of a page have nothing to collapse inside: checked before a copy is made.
  const trimmed = (text ?? '').trim();
  return SPACE_TO_COLLAPSE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** A text as a label shows it: collapsed, without a leading required-star. */
function displayOf(text: string | null | undefined): string {
  const collapsed = collapse(text);
  const first = collapsed.charAt(0);
  return first === '*' || first === '＊' ? collapsed.replace(/^[*＊]\s*/, '') : collapsed;
}

/** A label's shown text (displayOf) as labels are compared. */
function keyOf(display: string): string {
  const last = display.charAt(display.length - 1);
  return (last === ':' || last === '：' ? display.replace(/\s*[:：]$/, '') : display).toLowerCase();
}

/** Lowercased, whitespace-collapsed, without a leading `*` and a trailing `:`/`：`. */
export function normalizeLabel(text: string): string {
  return keyOf(displayOf(text));
}

// The callers' label lists are constants, looked up again and again: normalized once each.
const normalizedLists = new WeakMap<readonly string[], readonly string[]>();

/** `labels` normalized (empty ones left out), once per list. */
function normalizedList(labels: readonly string[]): readonly string[] {
  let keys = normalizedLists.get(labels);
  if (!keys) {
    keys = labels.map(normalizeLabel).filter(Boolean);
    normalizedLists.set(labels, keys);
  }
  return keys;
}

function documentOf(root: ParentNode): Document | null {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

/** One walk over the text nodes under `root`, keeping the short ones as label candidates. */
export function indexLabels(root: ParentNode | null | undefined): LabelIndex {
  const entries: LabelEntry[] = [];
  const doc = root ? documentOf(root) : null;
  if (!root || !doc) return { entries };
  const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
  let seen = 0;
  let node = walker.nextNode();
  for (; node && seen < MAX_TEXT_NODES; node = walker.nextNode()) {
    seen++;
    const parent = node.parentElement;
    const data = node.nodeValue;
    if (!parent || !data || SKIPPED_PARENTS.has(parent.tagName)) continue;
    const display = displayOf(data);
    if (!display || display.length > MAX_LABEL_TEXT) continue;
    entries.push({ element: parent, display, key: keyOf(display) });
  }
  return { entries, whole: !node };
}

const WORD_END = /[a-z0-9]$/;
const WORD_START = /^[a-z0-9]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

type LabelMatch = 'exact' | 'prefix' | { inline: string } | undefined;

/** How a text relates to one normalized label: exact, a short prefix ("余额（元）"), or inline "label: value". */
function matchText(display: string, key: string, label: string): LabelMatch {
  if (key === label) return 'exact';
  if (!label || !key.startsWith(label)) return undefined;
  const inline = /^\s*[:：]\s*(.+)$/.exec(display.slice(label.length));
  if (inline?.[1]) return { inline: inline[1] };
  const rest = key.slice(label.length);
  if (WORD_END.test(label) && WORD_START.test(rest)) return undefined;
  // A unit or note in brackets ("余额（元）", "PIN (客户识别码)"), or marks without words ("可用金额 ⓘ");
  // never more words ("可用余额预警", "Account Balance Alert"): that is another label.
  if (/^\s*[(（[【]/.test(rest)) return rest.length <= 16 ? 'prefix' : undefined;
  if (rest.length <= 4 && !LETTER_OR_DIGIT.test(rest)) return 'prefix';
  return undefined;
}

/** Whether `text` is `label` itself or the label with a short suffix, as a table header may show it. */
export function isLabelText(text: string, label: string, allowPrefix = true): boolean {
  const display = displayOf(text);
  const match = matchText(display, normalizeLabel(display), normalizeLabel(label));
  return match === 'exact' || (allowPrefix && match === 'prefix');
}

/** Items grouped by the first character of their key: a label can only match a text that starts as it does. */
function byFirstCharacter<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = key(item).charAt(0);
    const group = groups.get(first);
    if (group) group.push(item);
    else groups.set(first, [item]);
  }
  return groups;
}

// A form's lookups try dozens of labels against the same index: its entries by first character, built once.
const entriesByFirstCharacter = new WeakMap<LabelIndex, Map<string, LabelEntry[]>>();

/** The entries whose key could match `label` (the same first character), in document order. */
function entriesFor(index: LabelIndex, label: string): readonly LabelEntry[] {
  let byFirst = entriesByFirstCharacter.get(index);
  if (!byFirst) {
    byFirst = byFirstCharacter(index.entries, (entry) => entry.key);
    entriesByFirstCharacter.set(index, byFirst);
  }
  return byFirst.get(label.charAt(0)) ?? [];
}

/** Label elements for `labels` in priority order: each label's exact and inline matches, then its prefix matches. */
export function findLabels(index: LabelIndex, labels: readonly string[]): LabelHit[] {
  const hits: LabelHit[] = [];
  const seen = new Set<Element>();
  for (const label of normalizedList(labels)) {
    const prefixed: Element[] = [];
    for (const { element, display, key } of entriesFor(index, label)) {
      // Every match starts with the label: the rest of the test only for those.
      if (!key.startsWith(label)) continue;
      const match = matchText(display, key, label);
      if (match === 'prefix') prefixed.push(element);
      else if (typeof match === 'object') hits.push({ element, inline: match.inline });
      else if (match === 'exact' && !seen.has(element)) {
        seen.add(element);
        hits.push({ element });
      }
    }
    for (const element of prefixed) {
      if (seen.has(element)) continue;
      seen.add(element);
      hits.push({ element });
    }
  }
  return hits;
}

function closestWithin(element: Element, tags: readonly string[], depth: number): Element | null {
  let current: Element | null = element;
  for (let level = 0; current && level <= depth; level++, current = current.parentElement) {
    if (tags.includes(current.tagName)) return current;
  }
  return null;
}

function isAction(element: Element): boolean {
  return element.matches(ACTIONS);
}

function elementsLabelledBy(element: Element, root: ParentNode): Element[] {
  const ids: string[] = [];
  for (let current: Element | null = element, level = 0; current && level < 3; level++) {
    if (current.id) ids.push(current.id);
    current = current.parentElement;
  }
  if (ids.length === 0) return [];
  const found: Element[] = [];
  for (const candidate of Array.from(root.querySelectorAll('[aria-labelledby]')).slice(0, 300)) {
    const tokens = (candidate.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    if (ids.some((id) => tokens.includes(id))) found.push(candidate);
  }
  return found;
}

/** A one-character mark beside a label ("?", "*", "|", an icon): decoration, not a value. */
function isDecoration(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag !== 'i' && tag !== 'svg' && element.getAttribute('aria-hidden') !== 'true') {
    // One character, however much white space around it: trimmed, not collapsed (a neighbour's long text is
    // not run through a replace).
    const text = (element.textContent ?? '').trim();
    if (text.length !== 1 || LETTER_OR_DIGIT.test(text)) return false;
  }
  // The costlier look into the element only for a mark's shape: a mark holds no control.
  return !element.matches(CONTROLS) && !element.querySelector(CONTROLS);
}

/**
 * Where the value for one label element may be, most specific layout first, produced lazily
 * because the later layouts cost more DOM work. A sibling that holds another label of
 * `vocabulary` is a neighbouring field: neither it nor what follows it is looked at.
 */
export function* valueCandidates(
  hit: LabelHit,
  root: ParentNode,
  vocabulary: readonly string[],
): Generator<ValueCandidate> {
  const label = hit.element;
  if (hit.inline) yield hit.inline;
  // <label>text <input></label>
  const labelElement = closestWithin(label, ['LABEL'], 2);
  const wrapped = labelElement?.querySelector(CONTROLS);
  if (wrapped) yield wrapped;
  // dt/dd
  const dt = closestWithin(label, ['DT'], 2);
  const dd = dt?.nextElementSibling;
  if (dd?.tagName === 'DD') yield dd;
  // the label's text followed by the value inside the same element: <div>账户余额：<span>¥0.00</span></div>
  for (let child = label.firstElementChild, taken = 0; child && taken < 2; child = child.nextElementSibling) {
    if (isAction(child) || isDecoration(child)) continue;
    yield child;
    taken++;
  }
  // label + sibling, then the label's wrapper + sibling (label and value in separate header/body blocks)
  const bases = [label, label.parentElement].filter((el): el is Element => !!el && el !== root);
  for (const base of bases) {
    if (base.tagName === 'BODY' || base.tagName === 'MAIN' || base.tagName === 'FORM') break;
    let sibling = base.nextElementSibling;
    for (let taken = 0; sibling && taken < 2; sibling = sibling.nextElementSibling) {
      if (isAction(sibling) || isDecoration(sibling)) continue;
      if (holdsOtherLabel(sibling, vocabulary)) break;
      yield sibling;
      taken++;
    }
  }
  // table row header: <tr><th>label</th><td>value</td></tr>
  const th = closestWithin(label, ['TH'], 3);
  const cell = th?.nextElementSibling;
  if (cell?.tagName === 'TD') yield cell;
  // aria-labelledby
  yield* elementsLabelledBy(label, root);
  // <label for>
  const forId = labelElement?.getAttribute('for');
  const target = forId ? documentOf(root)?.getElementById(forId) : null;
  if (target) yield target;
}

function isControl(element: Element): boolean {
  return element.matches(CONTROLS);
}

// A reader passes the same vocabulary to every lookup: grouped once, not once per candidate.
const vocabularyByFirstCharacter = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * Whether a candidate element holds a label of the page's vocabulary (as a text of its own, not as
 * a substring of a value): then it is a neighbouring field, not this value.
 */
function holdsOtherLabel(element: Element, vocabulary: readonly string[]): boolean {
  if (isControl(element)) return false;
  let byFirst = vocabularyByFirstCharacter.get(vocabulary);
  if (!byFirst) {
    byFirst = byFirstCharacter(normalizedList(vocabulary), (label) => label);
    vocabularyByFirstCharacter.set(vocabulary, byFirst);
  }
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 60; node = walker.nextNode()) {
    seen++;
    const display = displayOf(node.nodeValue);
    if (!display || display.length > MAX_LABEL_TEXT) continue;
    const key = keyOf(display);
    for (const label of byFirst.get(key.charAt(0)) ?? []) {
      if (key.startsWith(label) && matchText(display, key, label) !== undefined) return true;
    }
  }
  return false;
}

/** Text nodes under `element` that are not inside links, buttons or scripts. */
function ownTextNodes(element: Element, limit = 40): string[] {
  const doc = element.ownerDocument;
  const out: string[] = [];
  const walker = doc.createTreeWalker(element, SHOW_TEXT);
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) {
    const parent = node.parentElement;
    const action = parent?.closest(ACTIONS);
    if (!parent || SKIPPED_PARENTS.has(parent.tagName) || (action && element.contains(action))) continue;
    const text = collapse(node.nodeValue ?? '');
    if (text) out.push(text);
  }
  return out;
}

/** The option a <select> shows; some DOMs report no selectedIndex for a parsed `selected` attribute. */
export function chosenOption(select: HTMLSelectElement): HTMLOptionElement | undefined {
  const byIndex = select.options[select.selectedIndex];
  if (byIndex) return byIndex;
  return Array.from(select.options).find((option) => option.selected || option.hasAttribute('selected'));
}

const CHOICES = 'input[type="radio"], [role="radio"], [aria-pressed]';
const CHOSEN =
  '[role="radio"][aria-checked="true"], input[type="radio"]:checked, [aria-pressed="true"], .is-active, .is-checked';

/** The chosen entry of a group of choices: its label's text (or a radio's value), '' when none is chosen. */
function chosenInGroup(group: Element): string {
  const chosen = group.querySelector(CHOSEN);
  if (!chosen) return '';
  const labelled = chosen.tagName === 'INPUT' ? (chosen.closest('label') ?? chosen) : chosen;
  const text = collapse(labelled.textContent ?? '');
  return text || (chosen.tagName === 'INPUT' ? collapse((chosen as HTMLInputElement).value ?? '') : '');
}

/** The value an element shows: a control's value or chosen option, else its text without actions. */
export function valueText(element: Element): string {
  const tag = element.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA') return collapse((element as HTMLInputElement).value ?? '');
  if (tag === 'SELECT') {
    const option = chosenOption(element as HTMLSelectElement);
    return option ? collapse(option.text) : '';
  }
  // A group of choices (radio buttons, segmented buttons) shows the chosen one, or nothing.
  if (element.querySelector(CHOICES)) return chosenInGroup(element);
  // A wrapper around one control shows that control's value, not its options' text.
  const control = element.querySelector('select, textarea, input:not([type="hidden"])');
  if (control) return valueText(control);
  return ownTextNodes(element).join(' ');
}

/** What a lookup did with one candidate of one label: the page report's record of what was considered. */
export type ReadTrace = (label: Element, candidate: ValueCandidate, outcome: Parsed<unknown>) => void;
let trace: ReadTrace | undefined;

/** Sets (or, with undefined, clears) the one listener to every candidate readLabelledValue tries. */
export function traceReads(listener: ReadTrace | undefined): void {
  trace = listener;
}

/**
 * Reads the first candidate `parse` accepts. Each element is tried as a whole, then text node by
 * text node (a value followed by a hint, "¥1,300.00（可用+冻结）"). A candidate `parse` calls UNTRUSTED
 * ends the lookup with nothing.
 */
export function readLabelledValue<T>(
  index: LabelIndex,
  root: ParentNode,
  labels: readonly string[],
  vocabulary: readonly string[],
  parse: Parse<T>,
): T | undefined {
  for (const hit of findLabels(index, labels)) {
    for (const candidate of valueCandidates(hit, root, vocabulary)) {
      const value = parseCandidate(candidate, vocabulary, parse);
      trace?.(hit.element, candidate, value);
      if (value === UNTRUSTED) return undefined;
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/**
 * Parses a candidate as a labelled value: not when it holds another label of `vocabulary` (a neighbouring
 * field), nor a section's worth of text. A taught place is read this way too: where its value is not rendered,
 * the next field's label may stand in its place.
 */
export function parseCandidate<T>(
  candidate: ValueCandidate,
  vocabulary: readonly string[],
  parse: Parse<T>,
): Parsed<T> {
  if (typeof candidate === 'string') return parse(collapse(candidate));
  if (holdsOtherLabel(candidate, vocabulary)) return undefined;
  if (!isControl(candidate)) {
    // A value never holds a heading or a page's worth of text: this is a neighbouring section.
    if ((candidate.textContent ?? '').length > MAX_VALUE_TEXT * 4) return undefined;
    if (candidate.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')) return undefined;
  }
  return parseElementValue(candidate, parse);
}

/**
 * Parses what an element shows: its whole value text, else (for a non-control) each of its text
 * pieces in turn, so "¥1,300.00（可用+冻结）" still gives the amount. Long text is not a value.
 * UNTRUSTED when the value (or a piece of it) is there but cannot be trusted.
 */
export function parseElementValue<T>(element: Element, parse: Parse<T>): Parsed<T> {
  const whole = valueText(element);
  if (whole.length > MAX_VALUE_TEXT) return undefined;
  const value = parse(whole);
  if (value !== undefined || isControl(element)) return value;
  // A value with a hint or unit beside it has a few pieces; more is a block of fields.
  const pieces = ownTextNodes(element, 5);
  if (pieces.length < 2 || pieces.length > 4) return undefined;
  for (const piece of pieces) {
    const parsed = parse(piece);
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

/**
 * Every control in the place a label names, in page order: the inputs of a field that has several (公网IP
 * with one input per address). Empty when the label names no control.
 */
export function findLabelledControls(
  index: LabelIndex,
  root: ParentNode,
  labels: readonly string[],
  vocabulary: readonly string[],
): Element[] {
  for (const hit of findLabels(index, labels)) {
    for (const candidate of valueCandidates(hit, root, vocabulary)) {
      if (typeof candidate === 'string') continue;
      if (isControl(candidate)) return [candidate];
      if (holdsOtherLabel(candidate, vocabulary)) continue;
      const inside = Array.from(candidate.querySelectorAll(CONTROLS)).slice(0, 32);
      if (inside.length > 0) return inside;
    }
  }
  return [];
}

/** The form control (input, select, combobox, switch...) a label names, or undefined. */
export function findLabelledControl(
  index: LabelIndex,
  root: ParentNode,
  labels: readonly string[],
  vocabulary: readonly string[],
): Element | undefined {
  for (const hit of findLabels(index, labels)) {
    for (const candidate of valueCandidates(hit, root, vocabulary)) {
      if (typeof candidate === 'string') continue;
      if (isControl(candidate)) return candidate;
      // Without a control it is passed over either way: the costlier label check only where one is.
      const inside = candidate.querySelector(CONTROLS);
      if (inside && !holdsOtherLabel(candidate, vocabulary)) return inside;
    }
  }
  return undefined;
}
