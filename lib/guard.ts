import type { Readiness } from './model/checklist';
import type { Settings } from './model/settings';

export type GuardDecision = 'allow' | 'ask' | 'block';

/**
 * Decides synchronously, from the checklist the page already holds, what a submit of the VPN form does.
 * No verdict yet means nothing is known: ask rather than let an unknown pass silently.
 */
export function decideGuard(readiness: Readiness | undefined, mode: Settings['guardMode']): GuardDecision {
  if (mode === 'off') return 'allow';
  switch (readiness) {
    case 'ready':
      return 'allow';
    case 'blocked':
      return mode === 'block' ? 'block' : 'ask';
    default:
      return 'ask';
  }
}

const CONFIRM_LABELS = [
  '确定',
  '立即创建',
  '创建',
  '确认',
  'ok',
  'create',
  'confirm',
  'create now',
  'submit',
];

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The form's confirm button: a button whose text is one of the console's confirm words (zh/en). */
export function findConfirmButton(form: Element): HTMLElement | null {
  const buttons = form.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]');
  for (const button of buttons) {
    const label = normalize(button instanceof HTMLInputElement ? button.value : button.textContent);
    if (CONFIRM_LABELS.includes(label)) return button;
  }
  return form.querySelector<HTMLElement>('button[type="submit"], input[type="submit"]');
}
