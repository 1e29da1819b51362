import type { ComponentChildren } from 'preact';
import type { Message } from '../../lib/model/checklist';
import { useTranslate } from '../i18n';

/**
 * An element id for a form path. Region codes come from storage and may hold any character, so every
 * character outside [A-Za-z0-9-] is escaped (the escape's own `_` included) to keep ids unique and
 * free of spaces, which would break aria-describedby's list of ids.
 */
export function fieldId(name: string): string {
  return `opt-${name.replace(/[^A-Za-z0-9-]/g, (char) => `_${char.codePointAt(0)?.toString(16) ?? ''}_`)}`;
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The message under a field; its id is what the input's aria-describedby points at. */
export function FieldError({ name, error }: { name: string; error: Message | undefined }) {
  const t = useTranslate();
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} class="field__error" data-error-for={name}>
      {t(error.key, error.params)}
    </p>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  error: Message | undefined;
  onValue: (value: string) => void;
  hint?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  /** Enter in this field does this instead of submitting the form. */
  onEnter?: () => void;
  /** Table cells: the label is read by screen readers but not shown (the column header says it). */
  labelHidden?: boolean;
  class?: string;
  children?: ComponentChildren;
}

/** A labelled text input with its hint and its own error in place. */
export function TextField(props: TextFieldProps) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div class={`field ${props.class ?? ''}`.trim()}>
      <label for={id} class={props.labelHidden ? 'visually-hidden' : 'field__label'}>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type="text"
        class="field__input"
        inputMode={props.inputMode ?? 'text'}
        autocomplete="off"
        spellcheck={false}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(hintId, props.error && `${id}-error`)}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (props.onEnter && event.key === 'Enter') {
            event.preventDefault();
            props.onEnter();
          }
        }}
      />
      {props.hint && (
        <p id={hintId} class="field__hint">
          {props.hint}
        </p>
      )}
      <FieldError name={props.name} error={props.error} />
      {props.children}
    </div>
  );
}
