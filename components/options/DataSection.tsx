import { useState } from 'preact/hooks';
import type { ClearDataReply } from '../../lib/messages';
import { useTranslate } from '../i18n';
import { ConfirmedAction } from './ConfirmedAction';
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
  const [choice, setChoice] = useState<ClearDataChoice>({ keepSettings: true, keepSecret: true });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  /** Clears; false keeps the question open beside the failure it shows. */
  async function clear(): Promise<boolean> {
    setBusy(true);
    setOutcome(undefined);
    const chosen = choice;
    try {
      const reply = await props.clear(chosen);
      if (!('ok' in reply)) throw new Error(reply.error);
      setOutcome({ kind: 'done', settingsReset: !chosen.keepSettings });
      props.onCleared(reply, chosen);
      return true;
    } catch (error) {
      setOutcome({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
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
      <ConfirmedAction
        trigger={{ action: 'clear-data', label: t('data.clear'), danger: true }}
        question={t('data.clear.question')}
        confirm={{ action: 'confirm-clear-data', label: t('data.clear.confirm') }}
        cancel={{ action: 'cancel-clear-data', label: t('data.clear.cancel') }}
        testId="clear-data-confirm"
        busy={busy}
        onOpen={() => setOutcome(undefined)}
        onConfirm={clear}
      >
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
      </ConfirmedAction>
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
