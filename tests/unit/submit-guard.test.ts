import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreflightLifetime } from '../../entrypoints/preflight/lifetime';
import type { GuardPrompt } from '../../entrypoints/preflight/panel-host';
import { armSubmitGuard } from '../../entrypoints/preflight/submit-guard';
import type { PanelView } from '../../lib/messages';

/** Just enough of the preflight's lifetime: listeners registered through it, removed after each test. */
function fakeContext() {
  const removers: (() => void)[] = [];
  const ctx = {
    addEventListener: (
      target: EventTarget,
      type: string,
      handler: EventListener,
      options?: AddEventListenerOptions,
    ) => {
      target.addEventListener(type, handler, options);
      removers.push(() => target.removeEventListener(type, handler, options));
    },
  } as unknown as PreflightLifetime;
  const dispose = () => {
    for (const remove of removers) remove();
  };
  return { ctx, dispose };
}

const view = (readiness: PanelView['readiness'], guardMode: PanelView['guardMode'] = 'warn') =>
  ({ readiness, guardMode }) as PanelView;

describe('armSubmitGuard', () => {
  let form: HTMLFormElement;
  let input: HTMLInputElement;
  let button: HTMLButtonElement;
  let consoleSubmits: number;
  let prompts: GuardPrompt[];
  let errors: unknown[];
  let dispose: () => void;
  let held: PanelView | undefined;
  let promptImpl: (prompt: GuardPrompt | undefined) => void;
  /** What the form's session says of the held verdict: undefined while it is the form's as it is now. */
  let pendingFresh: Promise<PanelView | undefined> | undefined;

  beforeEach(() => {
    document.body.innerHTML = '';
    form = document.createElement('form');
    input = document.createElement('input');
    button = document.createElement('button');
    button.type = 'button';
    button.textContent = '确定';
    form.append(input, button);
    document.body.append(form);
    consoleSubmits = 0;
    // The console's own handler, registered on the button itself (after our capture listener on window).
    button.addEventListener('click', () => consoleSubmits++);
    prompts = [];
    errors = [];
    held = view('blocked');
    pendingFresh = undefined;
    promptImpl = (prompt) => {
      if (prompt) prompts.push(prompt);
    };
    const fake = fakeContext();
    dispose = fake.dispose;
    armSubmitGuard(fake.ctx, {
      form: () => form,
      view: () => held,
      whenFresh: () => pendingFresh,
      prompt: (prompt) => promptImpl(prompt),
      onOverride: vi.fn(),
      onError: (error) => errors.push(error),
    });
  });

  afterEach(() => dispose());

  describe('after a change the held verdict does not know of', () => {
    it('never lets an old "ready" through: it holds the submit for the fresh verdict, then lets it go once', async () => {
      held = view('ready');
      let settle: (fresh: PanelView | undefined) => void = () => undefined;
      pendingFresh = new Promise((resolve) => {
        settle = resolve;
      });
      button.click();
      expect(consoleSubmits).toBe(0);
      button.click();
      settle(view('ready'));
      await pendingFresh;
      await Promise.resolve();
      expect(consoleSubmits).toBe(1);
      expect(prompts).toHaveLength(0);
    });

    it('asks when the fresh verdict is not ready, or did not come back in time, saying only what it knows', async () => {
      held = view('ready');
      for (const fresh of [view('blocked'), undefined]) {
        prompts = [];
        pendingFresh = Promise.resolve(fresh);
        button.click();
        await pendingFresh;
        await Promise.resolve();
        expect(consoleSubmits).toBe(0);
        expect(prompts).toHaveLength(1);
        // The old "ready" is never the dialog's: the fresh verdict's certainty, or none.
        expect(prompts[0]?.readiness).toBe(fresh?.readiness);
        prompts[0]?.onCancel();
      }
    });
  });

  it('stops the confirm click and asks; "proceed" replays it exactly once', () => {
    button.click();
    expect(consoleSubmits).toBe(0);
    expect(prompts).toHaveLength(1);
    // The dialog says what the verdict says, and focus goes back to the button afterwards.
    expect(prompts[0]).toMatchObject({ readiness: 'blocked', blocked: false, invoker: button });
    prompts[0]?.onProceed();
    expect(consoleSubmits).toBe(1);
  });

  it('swallows further clicks while the question is open', () => {
    button.click();
    button.click();
    expect(prompts).toHaveLength(1);
    expect(consoleSubmits).toBe(0);
    prompts[0]?.onCancel();
    button.click();
    expect(prompts).toHaveLength(2);
  });

  it('lets a ready form and off mode through untouched', () => {
    held = view('ready');
    button.click();
    held = view('blocked', 'off');
    button.click();
    expect(consoleSubmits).toBe(2);
    expect(prompts).toHaveLength(0);
  });

  it('guards Enter in a field but not the Enter that confirms an input method candidate', () => {
    const composing = new KeyboardEvent('keydown', {
      key: 'Enter',
      isComposing: true,
      bubbles: true,
      cancelable: true,
    });
    input.dispatchEvent(composing);
    expect(composing.defaultPrevented).toBe(false);
    expect(prompts).toHaveLength(0);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.invoker).toBe(input);
  });

  it('ignores clicks elsewhere on the page', () => {
    const other = document.createElement('button');
    other.textContent = '确定';
    document.body.append(other);
    other.click();
    expect(prompts).toHaveLength(0);
  });

  it('fails open: when the guard itself throws, the console’s submit still happens and the error is reported', () => {
    promptImpl = () => {
      throw new Error('render failed');
    };
    button.click();
    expect(consoleSubmits).toBe(1);
    expect(errors).toHaveLength(1);
  });
});
