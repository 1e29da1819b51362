/**
 * Taught locators: where a value the readers could not find sits on a page, as the person pointed at it
 * once. A locator is plain data relative to the short visible text the value sits beside (its label),
 * with a short path of tags and positions from there; only a value without any label is placed by a
 * path from a landmark (header, main, body...). Never class names, ids or selectors: those change with
 * every console release, and stored data must never become code.
 *
 * Bundled into the content script: no zod, no framework, no instanceof across realms.
 */
import { collapse, findLabels, indexLabels } from './labels';

/** One step down: the `nth` (0-based) child element with this tag among its same-tag siblings. */
export interface LocatorStep {
  tag: string;
  nth: number;
}

export const LOCATOR_LANDMARKS = ['header', 'nav', 'main', 'aside', 'footer', 'form', 'body'] as const;
export type LocatorLandmark = (typeof LOCATOR_LANDMARKS)[number];

/**
 * Where a taught value is. With a `label`: walk `up` levels from the label's element, then follow
 * `path`; the first step counts only the siblings after the branch that holds the label (all children
 * when `up` is 0), so a field inserted before the label's own does not shift it. `inline`: the value
 * shares the label's text (`可用余额：¥32.50`) and the path is empty. Without a label: `path` from the
 * first `landmark` element it resolves under.
 */
export interface TaughtLocator {
  label?: string;
  up?: number;
  landmark?: LocatorLandmark;
  path: LocatorStep[];
  inline?: true;
}

/** What a stored locator may hold; the matcher refuses anything beyond (lib/model/locator.ts too). */
export const LOCATOR_BOUNDS = { label: 80, up: 6, steps: 12, nth: 200 } as const;
export const LOCATOR_TAG = /^[a-z][a-z0-9-]{0,31}$/;

const SHOW_TEXT = 4;
const FOLLOWING = 4;
// Text that names nothing on the page: actions beside a value, scripts, a select's options.
const IGNORED = 'a, button, script, style, [role="button"], option, textarea';
// A word (two letters) or a figure (¥1, 1.5, 1,000, 3元) between a label and its value is another
// field's label or value; marks, units, dates and counts are not.
const WORD = /\p{L}{2}/u;
const FIGURE = /[¥￥$]\s*\d|\d[.,]\d|\d\s*[元万]/;
const UNITS = /cny|rmb/gi;
// An input (or a label) that holds or names a secret: the picker never reads it.
const SECRET =
  /pass|pwd|secret|token|\botp|one-time|psk|pre-?shared|private|credential|\bcc-|cvc|csc|api.?key|密码|密钥|口令|验证码/i;

function isCount(value: unknown, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
}

/** The locator when `value` is one within the bounds, by hand: storage may hold anything. */
function checked(value: unknown): TaughtLocator | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { label, up = 0, landmark, path, inline } = value as Record<string, unknown>;
  if (!Array.isArray(path) || path.length > LOCATOR_BOUNDS.steps || !isCount(up, LOCATOR_BOUNDS.up)) {
    return undefined;
  }
  for (const step of path as unknown[]) {
    const { tag, nth } = (step ?? {}) as Record<string, unknown>;
    if (typeof tag !== 'string' || !LOCATOR_TAG.test(tag) || !isCount(nth, LOCATOR_BOUNDS.nth)) {
      return undefined;
    }
  }
  if (inline !== undefined && inline !== true) return undefined;
  const shaped =
    label === undefined
      ? LOCATOR_LANDMARKS.includes(landmark as LocatorLandmark) && !up && !inline && path.length > 0
      : typeof label === 'string' &&
        label.length <= LOCATOR_BOUNDS.label &&
        /[\p{L}\p{N}]/u.test(label) &&
        landmark === undefined &&
        (inline ? path.length === 0 && !up : path.length > 0);
  return shaped ? (value as TaughtLocator) : undefined;
}

/** The `nth` element with the step's tag from `first` on through its next siblings. */
function nthFrom(first: Element | null, { tag, nth }: LocatorStep): Element | undefined {
  let count = 0;
  for (let sibling = first; sibling; sibling = sibling.nextElementSibling) {
    if (sibling.localName === tag && count++ === nth) return sibling;
  }
  return undefined;
}

/** The step that reaches `element` counting its same-tag siblings from `first` on. */
function stepFrom(first: Element | null, element: Element): LocatorStep {
  let nth = 0;
  for (let sibling = first; sibling && sibling !== element; sibling = sibling.nextElementSibling) {
    if (sibling.localName === element.localName) nth++;
  }
  return { tag: element.localName, nth };
}

/** The ancestor `up` levels above `label` and the child of it that holds the label (none when `up` is 0). */
function scopeOf(label: Element, up: number): [Element | null, Element | null] {
  let branch: Element | null = null;
  let scope: Element | null = label;
  for (let level = 0; level < up && scope; level++) [branch, scope] = [scope, scope.parentElement];
  return [scope, branch];
}

/** Whether a text under `parent` says nothing about fields: in a script, an option, or an action not around `within`. */
function ignored(parent: Element | null, within: Element): boolean {
  const action = parent?.closest(IGNORED);
  return !parent || (!!action && !action.contains(within));
}

/** Hands the texts after `node` in document order to `judge` until it gives a verdict (false if none). */
function judgeTextsAfter(node: Node, judge: (text: Node) => boolean | undefined): boolean {
  const doc = node.ownerDocument as Document;
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  walker.currentNode = node;
  for (let text = walker.nextNode(), seen = 0; text && seen < 100; text = walker.nextNode(), seen++) {
    const verdict = judge(text);
    if (verdict !== undefined) return verdict;
  }
  return false;
}

/** Whether `element` shows words and the next text is a figure: it is that figure's label, not a value. */
function labelsFigure(element: Element): boolean {
  const text = collapse(element.textContent);
  return (
    WORD.test(text) &&
    !FIGURE.test(text) &&
    judgeTextsAfter(element, (node) => {
      const next = element.contains(node) ? '' : collapse(node.nodeValue);
      return next ? FIGURE.test(next) && !WORD.test(next.replace(UNITS, '')) : undefined;
    })
  );
}

/**
 * Whether `value` comes after `label` with no other field's words or figures between them (marks, units
 * and actions aside) and is no other field's label: a path that now lands past a missing value never
 * hands over a neighbour's.
 */
function clearBetween(label: Element, value: Element): boolean {
  let between = '';
  return (
    !!(label.compareDocumentPosition(value) & FOLLOWING) &&
    judgeTextsAfter(label, (node) => {
      if (value.contains(node) || value.compareDocumentPosition(node) & FOLLOWING)
        return !labelsFigure(value);
      const parent = node.parentElement;
      if (parent === label || ignored(parent, label)) return undefined;
      between += ` ${node.nodeValue}`;
      return WORD.test(between.replace(UNITS, '')) || FIGURE.test(between) ? false : undefined;
    })
  );
}

/** The element at the end of the exact path from one occurrence of the label. */
function followedPath(label: Element, { up = 0, path }: TaughtLocator): Element | undefined {
  const [scope, branch] = scopeOf(label, up);
  let node: Element | undefined = scope ?? undefined;
  path.forEach((step, i) => {
    node = node && nthFrom(i === 0 && branch ? branch.nextElementSibling : node.firstElementChild, step);
  });
  return node;
}

/**
 * After a re-render the exact path may miss by a wrapper or a sibling: the first element after the label
 * (within the same ancestor) with the taught tag at about the taught depth. Only the first: any later one
 * has at least this one's text between it and the label.
 */
function nearby(label: Element, { up = 0, path }: TaughtLocator): Element | undefined {
  const [scope, branch] = scopeOf(label, up);
  const last = path[path.length - 1];
  const found = scope && last ? scope.getElementsByTagName(last.tag) : [];
  for (let i = 0; i < found.length && i < 300; i++) {
    const element = found[i] as Element;
    if (branch && (branch.contains(element) || !(branch.compareDocumentPosition(element) & FOLLOWING))) {
      continue;
    }
    let depth = 0;
    for (let node: Element | null = element; node && node !== scope; node = node.parentElement) depth++;
    if (depth >= path.length - 1 && depth <= path.length + 2) return element;
  }
  return undefined;
}

/**
 * The element a taught locator points at on `document`, or undefined when it no longer matches (or is
 * not a locator: whatever storage holds, this never throws). Label first: the first occurrence of the
 * label whose path resolves, then the first whose value sits nearby (see `nearby`); the label's own
 * element only for an `inline` locator. Without a label, the path from the landmark.
 */
export function findByLocator(locator: unknown, document: Document): Element | undefined {
  try {
    const taught = checked(locator);
    if (!taught) return undefined;
    if (taught.label === undefined) {
      const landmarks = document.getElementsByTagName(taught.landmark as string);
      for (let i = 0; i < landmarks.length && i < 10; i++) {
        let node: Element | undefined = landmarks[i];
        for (const step of taught.path) node = node && nthFrom(node.firstElementChild, step);
        if (node) return node;
      }
      return undefined;
    }
    const hits = findLabels(indexLabels(document.body ?? document.documentElement), [taught.label]).filter(
      (hit) => !hit.inline === !taught.inline,
    );
    if (taught.inline) return hits[0]?.element;
    for (const { element } of hits) {
      const value = followedPath(element, taught);
      if (value && clearBetween(element, value)) return value;
    }
    for (const { element } of hits) {
      const value = nearby(element, taught);
      if (value && clearBetween(element, value)) return value;
    }
  } catch {
    // A DOM this code does not expect is the same as no match.
  }
  return undefined;
}

/** A text as a label: short words without digits (dates and counts change), trailing marks dropped. */
function labelWords(raw: string | null): string | undefined {
  const text = collapse(raw)
    .replace(/^[*＊]\s*/, '')
    .replace(/[^\p{L}\p{N})）\]】]+$/u, '');
  return text.length <= LOCATOR_BOUNDS.label && !/\d/.test(text) && /\p{L}/u.test(text) ? text : undefined;
}

/** Label texts before `target` in document order within a few ancestor levels, the closest first. */
function* labelsBefore(target: Element): Generator<[Element, string]> {
  const doc = target.ownerDocument;
  let seen = 0;
  for (let inner: Element | null = target, level = 0; inner && level < LOCATOR_BOUNDS.up; level++) {
    for (let sibling = inner.previousSibling; sibling; sibling = sibling.previousSibling) {
      const texts: Node[] = [];
      const walker = doc.createTreeWalker(sibling, SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === 3) texts.push(node);
      }
      for (const node of texts.reverse()) {
        if (++seen > 300) return;
        const text = !ignored(node.parentElement, target) && labelWords(node.nodeValue);
        if (text) yield [node.parentElement as Element, text];
      }
    }
    inner = inner.parentElement;
    if (inner?.localName === 'body') return;
  }
}

function fromLabel(label: Element, text: string, target: Element): TaughtLocator | undefined {
  let [scope, branch]: [Element | null, Element | null] = [label, null];
  let up = 0;
  for (; scope && !scope.contains(target); up++) [scope, branch] = [scope.parentElement, scope];
  if (!scope || scope === target || up > LOCATOR_BOUNDS.up) return undefined;
  const path: LocatorStep[] = [];
  let node = target;
  for (
    let parent = node.parentElement;
    parent && parent !== scope;
    node = parent, parent = node.parentElement
  ) {
    path.unshift(stepFrom(parent.firstElementChild, node));
  }
  // The first step counts from the label's branch on: a field inserted before it does not shift it.
  path.unshift(stepFrom(branch ? branch.nextElementSibling : scope.firstElementChild, node));
  return up ? { label: text, up, path } : { label: text, path };
}

function fromLandmark(target: Element): TaughtLocator | undefined {
  const path: LocatorStep[] = [];
  for (let node = target, parent = node.parentElement; parent; node = parent, parent = parent.parentElement) {
    path.unshift(stepFrom(parent.firstElementChild, node));
    const landmark = parent.localName as LocatorLandmark;
    if (LOCATOR_LANDMARKS.includes(landmark)) return { landmark, path };
  }
  return undefined;
}

/**
 * Whether `target` is, is inside, or holds an input or textarea whose attributes name a secret (password,
 * pre-shared key, one-time code, card data...): the picker never reads it, a report never copies it.
 */
export function holdsSecret(target: Element): boolean {
  const controls = [
    target.closest('input, textarea'),
    ...Array.from(target.querySelectorAll('input, textarea')),
  ];
  return controls.some(
    (control) =>
      !!control &&
      SECRET.test(
        ['type', 'name', 'id', 'autocomplete', 'placeholder', 'aria-label']
          .map((name) => control.getAttribute(name) ?? '')
          .join(' '),
      ),
  );
}

/**
 * Whether a label-relative locator finds a value from another occurrence of its label too: then it does not
 * say which of them was meant, and where the taught one is missing it would read that other one (two cards
 * that both say 余额).
 */
function ambiguous(locator: TaughtLocator, target: Element): boolean {
  if (locator.label === undefined || locator.inline) return false;
  const document = target.ownerDocument;
  const hits = findLabels(indexLabels(document.body ?? document.documentElement), [locator.label]);
  return hits.some(({ element }) => {
    const other = followedPath(element, locator) ?? nearby(element, locator);
    return !!other && !other.contains(target) && !target.contains(other) && clearBetween(element, other);
  });
}

/**
 * Whether `label` is one of a row of labels over a row of values (a header row, a stat strip): the label
 * nearest before the value is then the row's last, not the value's own, and where a value is not rendered the
 * rest shift under the labels. No place can be kept relative to such a label.
 */
function inLabelRow(label: Element, target: Element): boolean {
  const row = label.parentElement;
  if (!row || row.contains(target)) return false;
  const cells = Array.from(row.children);
  return cells.length > 1 && cells.every((cell) => labelWords(cell.textContent) !== undefined);
}

/**
 * A locator for the element the person picked (the innermost element under the pointer is best), or
 * undefined: for a secret input, a value whose label names a secret, or when no locator within the bounds
 * finds this very element again, and only it, on this page. The label is the value's own "label：value" text,
 * else the closest short text before it; only a value with neither is placed from its nearest landmark (a
 * path from a landmark past labels would read whatever field moves into its place).
 */
export function createLocator(target: Element): TaughtLocator | undefined {
  try {
    if (!target.isConnected || holdsSecret(target)) return undefined;
    const matches = (locator?: TaughtLocator) =>
      locator && findByLocator(locator, target.ownerDocument) === target && !ambiguous(locator, target)
        ? locator
        : undefined;
    const own = Array.from(target.childNodes).find((node) => node.nodeType === 3 && collapse(node.nodeValue));
    const inline = labelWords(/^(.+?)\s*[:：]\s*\S/.exec(collapse(own?.nodeValue))?.[1] ?? '');
    if (inline) {
      if (SECRET.test(inline)) return undefined;
      const found = matches({ label: inline, path: [], inline: true });
      if (found) return found;
    }
    let labelled = !!inline;
    for (const [label, text] of labelsBefore(target)) {
      if (SECRET.test(text)) return undefined;
      labelled = true;
      if (inLabelRow(label, target)) continue;
      const found = matches(fromLabel(label, text, target));
      if (found) return found;
    }
    return labelled ? undefined : matches(fromLandmark(target));
  } catch {
    return undefined;
  }
}
