import type { PanelTexts } from '../../lib/i18n/panel';
import type { RenderedCheck } from '../../lib/messages';
import { h } from './element';

const STATUS_ICONS = { pass: '✓', warn: '!', fail: '✕', unknown: '?' } as const;

/** One check: status, plain-words reason with its numbers, where the numbers came from, the fix, and teaching. */
function checkRow(check: RenderedCheck, statusLabel: string): HTMLLIElement {
  return h(
    'li',
    { class: `check check--${check.status}`, 'data-check': check.id, 'data-status': check.status },
    h('span', { class: 'check__icon', role: 'img', 'aria-label': statusLabel }, STATUS_ICONS[check.status]),
    h(
      'div',
      { class: 'check__body' },
      h('div', { class: 'check__title' }, check.title),
      h('div', { class: 'check__reason' }, check.reason),
      check.facts.length > 0 &&
        h(
          'div',
          { class: 'check__facts' },
          check.facts.map((fact) => h('span', { class: 'check__fact' }, fact)),
        ),
      check.fix &&
        h(
          'a',
          { class: 'check__fix', href: check.fix.url, target: '_blank', rel: 'noopener noreferrer' },
          check.fix.label,
        ),
      check.teach &&
        h(
          'button',
          { class: 'button', type: 'button', 'data-action': 'teach', 'data-field': check.teach.field },
          check.teach.label,
        ),
    ),
  );
}

/**
 * The field of a row's "point at it" that a person pressed, from a click under the checklist; undefined for
 * any other click, and for one the page made (only a person's gesture starts the picker).
 */
export function teachFieldClicked(event: Event): string | undefined {
  const button = (event.target as Element | null)?.closest?.('[data-action="teach"]');
  return button && event.isTrusted ? (button.getAttribute('data-field') ?? undefined) : undefined;
}

/** The checklist rows of the panel, the guard dialog and the popup: one markup, one set of test hooks. */
export function checklistElement(checks: readonly RenderedCheck[], texts: PanelTexts): HTMLUListElement {
  return h(
    'ul',
    { class: 'checklist' },
    checks.map((check) => checkRow(check, texts[`status.${check.status}`])),
  );
}
