import type { PanelTexts } from '../../lib/i18n/panel';
import type { PanelView } from '../../lib/messages';
import { checklistElement } from './checklist';
import { h, listening } from './element';

export interface GuardDialogOptions {
  /** In block mode with a failing check there is no way through. */
  blocked: boolean;
  onProceed: () => void;
  onCancel: () => void;
}

/**
 * Asks before an unready VPN form is submitted; Escape cancels. `view` is absent when no verdict has arrived
 * yet: the dialog then says nothing could be confirmed. Its host moves focus to "Fix first" when it opens.
 */
export function guardDialogElement(
  view: PanelView | undefined,
  texts: PanelTexts,
  { blocked, onProceed, onCancel }: GuardDialogOptions,
): HTMLDivElement {
  const problems = view?.checks.filter((check) => check.status !== 'pass') ?? [];
  const hasFailure = problems.some((check) => check.status === 'fail');
  const dialog = h(
    'div',
    {
      class: 'guard',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'preflight-guard-title',
      'data-testid': 'preflight-guard',
      lang: view?.language,
    },
    h(
      'h2',
      { id: 'preflight-guard-title', class: 'guard__title' },
      texts[blocked ? 'guard.blockedTitle' : 'guard.title'],
    ),
    h('p', {}, texts[hasFailure ? 'guard.intro' : 'guard.unknownIntro']),
    checklistElement(problems, texts),
    blocked && h('p', { class: 'guard__note' }, texts['guard.blockedNote']),
    h(
      'div',
      { class: 'guard__actions' },
      listening(
        h(
          'button',
          { type: 'button', class: 'button button--primary', 'data-action': 'cancel' },
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
  listening(dialog, 'keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    // Ours alone: the console's own dialog must not close on it and lose what was filled in.
    event.stopPropagation();
    onCancel();
  });
  return h('div', { class: 'guard-backdrop' }, dialog);
}
