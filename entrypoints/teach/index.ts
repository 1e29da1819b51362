import { openPicker, type PickPreview } from '../../components/in-page/picker';
import { showTeachChip } from '../../components/in-page/teach-chip';
import { onDemandGlobal, TEACH_MODULE } from '../../lib/content-scripts';
import { fieldName, statusName, teachText } from '../../lib/i18n/teach';
import type { RealNameStatus } from '../../lib/model/observation';
import type { TaughtField } from '../../lib/model/settings';
import { formatFen } from '../../lib/money';
import { findConsoleHeader } from '../../lib/readers/console-header';
import { collapse } from '../../lib/readers/labels';
import { createLocator, findByLocator } from '../../lib/readers/locator';
import { readPick, type TaughtValue } from '../../lib/readers/taught-value';
import { isPageConfig, taughtForPage, teachScope } from '../../lib/taught-locators';
import type { TeachHost, TeachModule } from '../preflight/on-demand';

/**
 * The teach chip, the picker and the taught places' finder, imported by the preflight only when a read page
 * misses a value, the person asks to point at one, or a place was taught for the page
 * (entrypoints/preflight/on-demand.ts): no other page load pays for this code.
 */

function valueWords(field: TaughtField, value: TaughtValue, host: TeachHost): string {
  if (field === 'cash' && typeof value === 'number') return formatFen(value, host.language);
  if (field === 'realName') return statusName(host.language, value as RealNameStatus);
  return String(value);
}

// Bounds the walk for keyboard candidates: a console page has a few thousand text nodes.
const MAX_CANDIDATE_TEXTS = 4000;

/** The elements whose own text reads as the field's value, in document order: where arrow keys and Tab go. */
function candidates(field: TaughtField): Element[] {
  const found: Element[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  let count = 0;
  for (let node = walker.nextNode(); node && count < MAX_CANDIDATE_TEXTS; node = walker.nextNode()) {
    count++;
    const parent = node.parentElement;
    if (!parent || seen.has(parent) || !collapse(node.nodeValue)) continue;
    seen.add(parent);
    if (parent.closest('jdc-preflight-panel, jdc-preflight-teach, jdc-preflight-picker, script, style'))
      continue;
    const rect = parent.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const value = readPick(field, parent);
    if (value !== undefined && value !== 'untrusted') found.push(parent);
  }
  return found;
}

let closeChip: (() => void) | undefined;
let closePicker: (() => void) | undefined;

function pick(field: TaughtField, host: TeachHost) {
  const { language } = host;
  const name = fieldName(language, field);
  const preview = (element: Element): PickPreview => {
    const value = readPick(field, element);
    if (value === 'untrusted') return { ok: false, text: teachText(language, 'picker.placeholder') };
    if (value === undefined)
      return { ok: false, text: teachText(language, 'picker.notValue', { field: name }) };
    return { ok: true, text: valueWords(field, value, host) };
  };
  closePicker?.();
  closePicker = openPicker({
    texts: {
      hint: teachText(language, 'picker.hint', { field: name }),
      confirmPrompt: (value) => teachText(language, 'picker.confirmPrompt', { field: name, value }),
      confirm: teachText(language, 'picker.confirm'),
      cancel: teachText(language, 'picker.cancel'),
    },
    candidates: () => candidates(field),
    preview,
    onConfirm: async (element) => {
      const fail = (reason: string) => teachText(language, 'picker.failed', { reason });
      const inTopBar = findConsoleHeader(document)?.contains(element) ?? false;
      const scope = teachScope(field, host.pageKind(), inTopBar);
      // createLocator refuses a secret field, or a place that could read a neighbour.
      const locator = createLocator(element);
      const value = readPick(field, element);
      if (!scope || !locator || value === undefined || value === 'untrusted') return fail(name);
      const answer = await host.send({
        type: 'teach',
        entry: { scope, field, locator, sample: valueWords(field, value, host).slice(0, 120) },
      });
      if (!isPageConfig(answer)) {
        const error = (answer as { error?: unknown } | undefined)?.error;
        return fail(typeof error === 'string' ? error : '—');
      }
      closeChip?.();
      host.taught(answer);
      return undefined;
    },
    onClose: () => {
      closePicker = undefined;
    },
  });
}

const teachModule: TeachModule = {
  offer(fields, host) {
    closeChip?.();
    closeChip = showTeachChip({
      lines: fields.map((field) => ({
        field,
        text: teachText(host.language, 'chip.missed', { field: fieldName(host.language, field) }),
      })),
      teachLabel: teachText(host.language, 'chip.teach'),
      dismissLabel: teachText(host.language, 'chip.dismiss'),
      onTeach: (field) => pick(field as TaughtField, host),
    });
  },
  pick,
  finder(taught, pageKind) {
    const places = taughtForPage(taught, pageKind);
    if (Object.keys(places).length === 0) return undefined;
    return (field) => (places[field] ? findByLocator(places[field], document) : undefined);
  },
  close() {
    closeChip?.();
    closeChip = undefined;
    closePicker?.();
  },
};

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, TeachModule>)[onDemandGlobal(TEACH_MODULE)] = teachModule;
});
