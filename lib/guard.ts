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

// Compared without any whitespace, lowercased: Element UI spaces two-character labels out (`确 定`, `创 建`).
const CONFIRM_LABELS = new Set([
  '确定',
  '立即创建',
  '创建',
  '确认',
  '确认创建',
  '提交',
  'ok',
  'create',
  'confirm',
  'createnow',
  'submit',
]);

const compact = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '').toLowerCase();

function buttonLabel(button: HTMLElement): string {
  if (button.tagName === 'INPUT') return compact((button as HTMLInputElement).value);
  return compact(button.textContent) || compact(button.getAttribute('aria-label'));
}

/**
 * The form's confirm button: a button whose text is one of the console's confirm words (zh/en), whatever
 * the spacing (`确 定`) or the nesting (`<button type="button"><span>确定</span></button>`); never 取消 /
 * Cancel. Else the form's submit button.
 */
export function findConfirmButton(form: Element): HTMLElement | null {
  const buttons = form.querySelectorAll<HTMLElement>(
    'button, [role="button"], input[type="submit"], input[type="button"]',
  );
  for (const button of Array.from(buttons).slice(0, 200)) {
    if (CONFIRM_LABELS.has(buttonLabel(button))) return button;
  }
  return form.querySelector<HTMLElement>('button[type="submit"], input[type="submit"]');
}
