import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslate } from '../i18n';

/** "Forget {account}" with an inline confirmation; nothing is deleted until it is confirmed. */
export function ForgetAccountControl(props: { account: string; busy: boolean; onConfirm: () => void }) {
  const t = useTranslate();
  const [asking, setAsking] = useState(false);
  const forgetRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  // The question takes focus so keyboard users hear it; the safe answer is under the cursor.
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);
  const keep = () => {
    setAsking(false);
    forgetRef.current?.focus();
  };
  return (
    <div class="forget">
      <button
        type="button"
        class="button"
        data-action="forget-account"
        ref={forgetRef}
        aria-expanded={asking ? 'true' : 'false'}
        disabled={props.busy}
        onClick={() => setAsking(true)}
      >
        {t('data.forget.label', { account: props.account })}
      </button>
      {asking && (
        <fieldset
          class="confirm"
          data-testid="forget-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') keep();
          }}
        >
          <legend class="confirm__question">{t('data.forget.question', { account: props.account })}</legend>
          <button
            type="button"
            class="button button--danger"
            data-action="confirm-forget"
            onClick={() => {
              setAsking(false);
              props.onConfirm();
            }}
          >
            {t('data.forget.confirm')}
          </button>
          <button type="button" class="button" data-action="cancel-forget" ref={keepRef} onClick={keep}>
            {t('data.forget.cancel')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
