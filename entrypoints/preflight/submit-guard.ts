import { decideGuard, findConfirmButton } from '../../lib/guard';
import type { PanelView } from '../../lib/messages';
import type { Readiness } from '../../lib/model/checklist';
import type { PreflightLifetime } from './lifetime';
import type { GuardPrompt } from './panel-host';

interface SubmitGuardOptions {
  /** The VPN form root (route page or dialog) the guard watches. */
  form: () => Element | null;
  view: () => PanelView | undefined;
  /**
   * Undefined when the held verdict is for the form as it is now; else the verdict for the form as it is, once
   * it is back (or undefined if it is not back in time): the guard never lets an old "ready" through.
   */
  whenFresh?: () => Promise<PanelView | undefined> | undefined;
  prompt: (prompt: GuardPrompt | undefined) => void;
  onOverride: (view: PanelView | undefined) => void;
  onError: (error: unknown) => void;
}

/**
 * Capture-phase guard on the form's confirm button and on Enter. The decision is synchronous, from the
 * verdict already held; "Proceed anyway" replays the original action once. If the guard itself throws,
 * the console's own submit goes through (fail open) and the error is reported.
 */
export function armSubmitGuard(ctx: PreflightLifetime, options: SubmitGuardOptions) {
  let replaying = false;
  let pending = false;

  const replayOnce = (replay: () => void) => {
    replaying = true;
    try {
      replay();
    } finally {
      replaying = false;
    }
  };

  /**
   * Asks the person (or, in block mode on a failure, tells them), for a submit already held back: `readiness`
   * is the verdict decided on, `invoker` the control that submitted (focus goes back to it).
   */
  const ask = (
    readiness: Readiness | undefined,
    blocked: boolean,
    invoker: HTMLElement,
    replay: () => void,
  ) => {
    const close = () => {
      pending = false;
      options.prompt(undefined);
    };
    options.prompt({
      readiness,
      blocked,
      invoker,
      onCancel: close,
      onProceed: () => {
        close();
        options.onOverride(options.view());
        replayOnce(replay);
      },
    });
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench')
      performance.measure('preflight:guard-dialog', 'preflight:guard-event');
  };

  /** Fail open: the console's own submit must not be lost to our bug. */
  const failOpen = (error: unknown, held: boolean, replay: () => void) => {
    pending = false;
    options.onError(error);
    if (!held) return;
    try {
      options.prompt(undefined);
    } catch {
      // The dialog could not even be taken down; the submit matters more.
    }
    replayOnce(replay);
  };

  const intercept = (event: Event, invoker: HTMLElement, replay: () => void) => {
    if (replaying) return;
    let stopped = false;
    try {
      if (pending) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      const waiting = options.whenFresh?.();
      if (waiting) {
        // The form changed since its verdict (a key just before Enter): hold the submit for the fresh one.
        event.preventDefault();
        event.stopImmediatePropagation();
        if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench')
          performance.measure('preflight:guard-decision', 'preflight:guard-event');
        stopped = true;
        pending = true;
        const mode = options.view()?.guardMode ?? 'warn';
        void waiting.then(
          (fresh) => {
            try {
              const decision = decideGuard(fresh?.readiness, fresh?.guardMode ?? mode);
              if (decision === 'allow') {
                pending = false;
                replayOnce(replay);
              } else ask(fresh?.readiness, decision === 'block', invoker, replay);
            } catch (error) {
              failOpen(error, true, replay);
            }
          },
          (error: unknown) => failOpen(error, true, replay),
        );
        return;
      }
      const view = options.view();
      const decision = decideGuard(view?.readiness, view?.guardMode ?? 'warn');
      // Bench only: from our listener's start to the decision, then to the dialog shown.
      if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench')
        performance.measure('preflight:guard-decision', 'preflight:guard-event');
      if (decision === 'allow') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      stopped = true;
      pending = true;
      ask(view?.readiness, decision === 'block', invoker, replay);
    } catch (error) {
      failOpen(error, stopped, replay);
    }
  };

  const onClick = (event: MouseEvent) => {
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench') performance.mark('preflight:guard-event');
    const form = options.form();
    const target = event.target;
    if (!form || !(target instanceof Element)) return;
    const button = findConfirmButton(form);
    if (!button?.contains(target)) return;
    intercept(event, button, () => button.click());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // An Enter that confirms a Chinese input method's candidate is not a submit.
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench') performance.mark('preflight:guard-event');
    const form = options.form();
    const target = event.target;
    if (!form || !(target instanceof HTMLInputElement) || !form.contains(target)) return;
    intercept(event, target, () => {
      const owner = target.form;
      const button = findConfirmButton(form);
      if (owner)
        owner.requestSubmit(
          button instanceof HTMLButtonElement && button.form === owner ? button : undefined,
        );
      else button?.click();
    });
  };

  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
}
