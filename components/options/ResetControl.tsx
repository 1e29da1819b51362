import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslate } from '../i18n';

/** "Reset to defaults" with an inline confirmation; nothing changes until it is confirmed. */
export function ResetControl({ onConfirm, busy }: { onConfirm: () => void; busy: boolean }) {
  const t = useTranslate();
  const [asking, setAsking] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The question takes focus so keyboard users hear it; the safe answer is under the cursor.
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    // Focus goes back where it came from, not to the top of the page.
    resetRef.current?.focus();
  };
  return (
    <div class="reset">
      <button
        type="button"
        class="button"
        data-action="reset"
        ref={resetRef}
        aria-expanded={asking ? 'true' : 'false'}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {t('options.reset')}
      </button>
      {asking && (
        <fieldset
          class="confirm"
          data-testid="reset-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <legend class="confirm__question">{t('options.reset.question')}</legend>
          <button
            type="button"
            class="button button--danger"
            data-action="confirm-reset"
            onClick={() => {
              setAsking(false);
              onConfirm();
            }}
          >
            {t('options.reset.confirm')}
          </button>
          <button type="button" class="button" data-action="cancel-reset" ref={cancelRef} onClick={cancel}>
            {t('options.reset.cancel')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
