import type { FormDraft } from '../model/draft';
import type { FoundBy, Reading } from '../model/observation';
import type { PageKind } from '../model/page-kind';
import type { PageResources } from '../model/resource-lists';
import type { SelectorOverrideField, Settings, TaughtField } from '../model/settings';
import {
  indexLabels,
  type LabelIndex,
  type Parse,
  parseCandidate,
  parseElementValue,
  readLabelledValue,
  UNTRUSTED,
} from './labels';

/**
 * What every reader gets: the page's DOM, the person's selector overrides, and, where they pointed at a value
 * on this page kind (or in the top bar), how to find that place (the locator code loads only then).
 */
export interface PageContext {
  document: Document;
  overrides: Settings['selectorOverrides'];
  findTaught?: (field: TaughtField) => Element | undefined;
}

/** Turns one page into readings; never throws, and leaves out what it cannot read. */
export type PageReader = (page: PageContext) => Reading[];

/** What a list or detail page shows of the account's resources (the quota checks count them). */
export type ResourceReader = (page: PageContext) => PageResources | undefined;

/** A page kind's form: where it is on the page, and what it says as filled so far. */
export interface FormReader {
  find(document: Document): Element | null;
  /** Never throws; a field the form does not show readably is absent. */
  read(page: PageContext, root: Element): FormDraft;
  /**
   * Fields a custom select shows only while it is open (Element UI lists its options under <body> then):
   * what one showed holds while the same form stays open.
   */
  sticky?: readonly string[];
}

/** What reads a family's page kinds beyond their header: the lists they show, and their forms. */
export interface PageKindReaders {
  resources?: Partial<Record<PageKind, ResourceReader>>;
  forms?: Partial<Record<PageKind, FormReader>>;
}

/**
 * The element a selector override points at: `undefined` when there is no override for the field
 * or it matches nothing (the reader then falls back to labels), the element otherwise.
 */
export function overrideElement(page: PageContext, field: SelectorOverrideField): Element | undefined {
  const selector = page.overrides?.[field];
  if (!selector) return undefined;
  try {
    return page.document.querySelector(selector) ?? undefined;
  } catch {
    // An invalid selector from settings is the same as no match.
    return undefined;
  }
}

/** The element the person taught for the field, when it is on this page. */
export function taughtElement(page: PageContext, field: SelectorOverrideField): Element | undefined {
  return page.findTaught?.(field as TaughtField);
}

/** A value and how it was found. */
export interface Found<T> {
  value: T;
  found: FoundBy;
}

/**
 * One field's value and how it was found: the element the person taught (`taught`), else the one their
 * override points at (`override`), else the value beside one of `labels` under `root` (`label`). A taught
 * or overridden element, when it matches, is the answer even if it does not parse; a value `parse` calls
 * UNTRUSTED is no value.
 */
export function readOverriddenOrLabelled<T>(
  page: PageContext,
  field: SelectorOverrideField,
  index: LabelIndex,
  root: ParentNode,
  labels: readonly string[],
  vocabulary: readonly string[],
  parse: Parse<T>,
): Found<T> | undefined {
  const taught = taughtElement(page, field);
  const pointed = taught ?? overrideElement(page, field);
  if (pointed) {
    // A taught place is a guess about a page that may have changed since: read as a labelled value is.
    const value = taught ? parseCandidate(taught, vocabulary, parse) : parseElementValue(pointed, parse);
    if (value === undefined || value === UNTRUSTED) return undefined;
    return { value, found: taught ? 'taught' : 'override' };
  }
  const value = readLabelledValue(index, root, labels, vocabulary, parse);
  return value === undefined ? undefined : { value, found: 'label' };
}

/** The page's main content, where labels are looked up; the whole body when there is no <main>. */
export function mainContent(document: Document): Element | null {
  return document.querySelector('main, [role="main"]') ?? document.body;
}

const walkedLabels = new WeakMap<PageContext, Map<Element, LabelIndex>>();

/**
 * The labels under `root` for this read of the page: a scan's readers (a form's, the page around it, the
 * region's) share one walk of each part, and a part inside one already walked whole is taken from that walk.
 * A PageContext lives for one scan, so a changed page is walked anew.
 */
export function labelsOf(page: PageContext, root: Element): LabelIndex {
  let walked = walkedLabels.get(page);
  if (!walked) {
    walked = new Map();
    walkedLabels.set(page, walked);
  }
  let index = walked.get(root);
  if (index) return index;
  for (const [outer, labels] of walked) {
    if (labels.whole && outer.contains(root)) {
      index = { entries: labels.entries.filter((entry) => root.contains(entry.element)), whole: true };
      break;
    }
  }
  index ??= indexLabels(root);
  walked.set(root, index);
  return index;
}
