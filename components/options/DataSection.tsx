import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClearDataReply } from '../../lib/messages';
import { useTranslate } from '../i18n';
import { fieldId } from './FormField';

/** What "clear all data" keeps: the person's settings and the OpenAPI secret are choices, not reads. */
export interface ClearDataChoice {
  keepSettings: boolean;
  keepSecret: boolean;
}

interface DataSectionProps {
  /** Asks the background to clear (`clear-data`); resolves to its reply. */
  clear: (choice: ClearDataChoice) => Promise<ClearDataReply>;
  /** After a clear: the page shows what is stored now. */
  onCleared: (reply: Extract<ClearDataReply, { ok: true }>, choice: ClearDataChoice) => void;
}

type Outcome = { kind: 'done'; settingsReset: boolean } | { kind: 'failed'; reason: string };

/** The options page's "Your data": clear everything the extension has read, after a confirmation. */
export function DataSection(props: DataSectionProps) {
  const t = useTranslate();
  const [asking, setAsking] = useState(false);
  const [choice, setChoice] = useState<ClearDataChoice>({ keepSettings: true, keepSecret: true });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const cancel = () => {
    setAsking(false);
    openRef.current?.focus();
  };

  async function confirm() {
    setBusy(true);
    setOutcome(undefined);
    const chosen = choice;
    try {
      const reply = await props.clear(chosen);
      if (!('ok' in reply)) throw new Error(reply.error);
      setAsking(false);
      setOutcome({ kind: 'done', settingsReset: !chosen.keepSettings });
      props.onCleared(reply, chosen);
    } catch (error) {
      setOutcome({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  const ids = { keepSettings: fieldId('clear.keepSettings'), keepSecret: fieldId('clear.keepSecret') };

  return (
    <section class="section data" aria-labelledby="data-title" data-testid="data-section">
      <h2 id="data-title" class="section__title">
        {t('data.title')}
      </h2>
      <p class="field__hint">{t('data.intro')}</p>
      <button
        type="button"
        class="button button--danger"
        data-action="clear-data"
        ref={openRef}
        aria-expanded={asking ? 'true' : 'false'}
        disabled={busy}
        onClick={() => {
          setOutcome(undefined);
          setAsking(true);
        }}
      >
        {t('data.clear')}
      </button>
      {asking && (
        <fieldset
          class="confirm"
          data-testid="clear-data-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <legend class="confirm__question">{t('data.clear.question')}</legend>
          <div class="choice">
            <input
              id={ids.keepSettings}
              type="checkbox"
              name="clear.keepSettings"
              checked={choice.keepSettings}
              onChange={(event) => setChoice({ ...choice, keepSettings: event.currentTarget.checked })}
            />
            <label for={ids.keepSettings} class="choice__label">
              {t('data.clear.keepSettings')}
            </label>
          </div>
          <div class="choice">
            <input
              id={ids.keepSecret}
              type="checkbox"
              name="clear.keepSecret"
              checked={choice.keepSecret}
              onChange={(event) => setChoice({ ...choice, keepSecret: event.currentTarget.checked })}
            />
            <label for={ids.keepSecret} class="choice__label">
              {t('data.clear.keepSecret')}
            </label>
          </div>
          <button
            type="button"
            class="button button--danger"
            data-action="confirm-clear-data"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {t('data.clear.confirm')}
          </button>
          <button
            type="button"
            class="button"
            data-action="cancel-clear-data"
            ref={cancelRef}
            onClick={cancel}
          >
            {t('data.clear.cancel')}
          </button>
        </fieldset>
      )}
      <p
        role="status"
        class={`options__status${outcome?.kind === 'failed' ? ' options__status--failed' : ''}`}
        data-testid="data-status"
        data-status={outcome?.kind}
      >
        {outcome === undefined
          ? ''
          : outcome.kind === 'failed'
            ? t('data.failed', { reason: outcome.reason })
            : t(outcome.settingsReset ? 'data.clear.doneSettings' : 'data.clear.done')}
      </p>
    </section>
  );
}
