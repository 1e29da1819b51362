import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface ActionButton {
  /** The button's `data-action`. */
  action: string;
  label: string;
}

interface ConfirmedActionProps {
  trigger: ActionButton & { danger?: boolean };
  question: string;
  confirm: ActionButton;
  cancel: ActionButton;
  /** The question's `data-testid`. */
  testId: string;
  busy: boolean;
  onOpen?: () => void;
  /** Runs the action; the question closes unless it resolves to false (a failure the page shows). */
  onConfirm: () => unknown;
  /** Choices asked with the question. */
  children?: ComponentChildren;
}

/**
 * A button whose action waits for an inline confirmation: nothing happens until it is confirmed. The question
 * takes focus on its safe answer, Escape cancels, and focus goes back to the button it came from.
 */
export function ConfirmedAction(props: ConfirmedActionProps) {
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    triggerRef.current?.focus();
  };
  const confirm = async () => {
    if ((await props.onConfirm()) !== false) setAsking(false);
  };
  return (
    <>
      <button
        type="button"
        class={props.trigger.danger ? 'button button--danger' : 'button'}
        data-action={props.trigger.action}
        ref={triggerRef}
        aria-expanded={asking ? 'true' : 'false'}
        disabled={props.busy}
        onClick={() => {
          props.onOpen?.();
          setAsking(true);
        }}
      >
        {props.trigger.label}
      </button>
      {asking && (
        <fieldset
          class="confirm"
          data-testid={props.testId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <legend class="confirm__question">{props.question}</legend>
          {props.children}
          <button
            type="button"
            class="button button--danger"
            data-action={props.confirm.action}
            disabled={props.busy}
            onClick={() => void confirm()}
          >
            {props.confirm.label}
          </button>
          <button
            type="button"
            class="button"
            data-action={props.cancel.action}
            ref={cancelRef}
            onClick={cancel}
          >
            {props.cancel.label}
          </button>
        </fieldset>
      )}
    </>
  );
}
