import type { PanelTexts } from '../../lib/i18n/panel';
import type { PanelView } from '../../lib/messages';
import type { Readiness } from '../../lib/model/checklist';
import { checklistElement } from './checklist';
import { h, listening } from './element';

export interface GuardDialogOptions {
  /**
   * The verdict the guard decided on: for the form as it is now, so undefined when there is none (no verdict
   * yet, or the form changed and the new one did not come in time). The title and intro say as much as it does.
   */
  readiness: Readiness | undefined;
  /** In block mode with a failing check there is no way through. */
  blocked: boolean;
  onProceed: () => void;
  onCancel: () => void;
}

/** Only these three reach the guard; anything else it cannot vouch for. */
function certainty(readiness: Readiness | undefined): 'blocked' | 'warning' | 'unknown' {
  return readiness === 'blocked' || readiness === 'warning' ? readiness : 'unknown';
}

/** The dialog's controls in tab order: Tab from the last goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(dialog: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key !== 'Tab') return;
  const controls = Array.from(dialog.querySelectorAll<HTMLElement>('a[href], button'));
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  const [first, last] = [controls[0], controls.at(-1)];
  const wrapTo = event.shiftKey
    ? active === first || active === dialog
      ? last
      : null
    : active === last
      ? first
      : null;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/**
 * Asks before an unready VPN form is submitted: a native `<dialog>` its host opens with showModal(), so the
 * page behind is inert while it is open. `view` is absent when no verdict has arrived yet: the dialog then
 * says nothing could be confirmed. "Back to the form" has focus first. Escape is its host's to handle
 * (it must not reach the console wherever focus is); a cancel the browser raises itself counts as Escape.
 */
export function guardDialogElement(
  view: PanelView | undefined,
  texts: PanelTexts,
  { readiness, blocked, onProceed, onCancel }: GuardDialogOptions,
): HTMLDialogElement {
  const problems = view?.checks.filter((check) => check.status !== 'pass') ?? [];
  const level = certainty(readiness);
  const dialog = h(
    'dialog',
    {
      class: 'guard',
      role: 'alertdialog',
      'aria-labelledby': 'preflight-guard-title',
      'aria-describedby': 'preflight-guard-intro',
      'data-testid': 'preflight-guard',
      'data-certainty': level,
      lang: view?.language,
    },
    h('h2', { id: 'preflight-guard-title', class: 'guard__title' }, texts[`guard.title.${level}`]),
    h('p', { id: 'preflight-guard-intro' }, texts[`guard.intro.${level}`]),
    checklistElement(problems, texts),
    blocked && h('p', { class: 'guard__note' }, texts['guard.blockedNote']),
    h(
      'div',
      { class: 'guard__actions' },
      listening(
        h(
          'button',
          { type: 'button', class: 'button button--primary', 'data-action': 'cancel', autofocus: true },
          texts['guard.cancel'],
        ),
        'click',
        onCancel,
      ),
      !blocked &&
        listening(
          h('button', { type: 'button', class: 'button', 'data-action': 'proceed' }, texts['guard.proceed']),
          'click',
          onProceed,
        ),
    ),
  );
  listening(dialog, 'keydown', (event) => keepTabInside(dialog, event as KeyboardEvent));
  listening(dialog, 'cancel', (event) => {
    // The host takes the dialog down itself, so the submit it holds is answered.
    event.preventDefault();
    onCancel();
  });
  return dialog;
}
