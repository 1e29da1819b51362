import { useEffect, useRef } from 'preact/hooks';
import type { PanelView } from '../lib/messages';
import { CheckRow } from './CheckRow';
import { LanguageContext, useTranslate } from './i18n';

interface GuardDialogProps {
  view: PanelView | undefined;
  /** In block mode with a failing check there is no way through. */
  blocked: boolean;
  language: PanelView['language'];
  onProceed: () => void;
  onCancel: () => void;
}

function GuardContent({ view, blocked, onProceed, onCancel }: Omit<GuardDialogProps, 'language'>) {
  const t = useTranslate();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const problems = view?.checklist.checks.filter((check) => check.status !== 'pass') ?? [];
  const hasFailure = problems.some((check) => check.status === 'fail');
  return (
    <div
      class="guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="preflight-guard-title"
      data-testid="preflight-guard"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="preflight-guard-title" class="guard__title">
        {t(blocked ? 'guard.blockedTitle' : 'guard.title')}
      </h2>
      <p>{t(hasFailure ? 'guard.intro' : 'guard.unknownIntro')}</p>
      <ul class="checklist">
        {problems.map((check) => (
          <CheckRow key={check.id} check={check} now={view?.now ?? Date.now()} />
        ))}
      </ul>
      {blocked && <p class="guard__note">{t('guard.blockedNote')}</p>}
      <div class="guard__actions">
        <button
          type="button"
          ref={cancelRef}
          class="button button--primary"
          data-action="cancel"
          onClick={onCancel}
        >
          {t('guard.cancel')}
        </button>
        {!blocked && (
          <button type="button" class="button" data-action="proceed" onClick={onProceed}>
            {t('guard.proceed')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Asks before an unready VPN form is submitted. */
export function GuardDialog(props: GuardDialogProps) {
  return (
    <LanguageContext.Provider value={props.language}>
      <div class="guard-backdrop">
        <GuardContent {...props} />
      </div>
    </LanguageContext.Provider>
  );
}
