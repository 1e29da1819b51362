import type { PanelTexts } from '../lib/i18n/panel';
import type { PanelView } from '../lib/messages';
import { Checklist } from './Checklist';

interface GuardDialogProps {
  /** Absent when no verdict has arrived yet: the dialog then says nothing could be confirmed. */
  view: PanelView | undefined;
  texts: PanelTexts;
  /** In block mode with a failing check there is no way through. */
  blocked: boolean;
  onProceed: () => void;
  onCancel: () => void;
}

// One function for the dialog's life: a new one each render would move focus back on every update.
const focusOnMount = (element: HTMLButtonElement | null) => element?.focus();

/** Asks before an unready VPN form is submitted. Focus starts on "Fix first"; Escape cancels. */
export function GuardDialog({ view, texts, blocked, onProceed, onCancel }: GuardDialogProps) {
  const problems = view?.checks.filter((check) => check.status !== 'pass') ?? [];
  const hasFailure = problems.some((check) => check.status === 'fail');
  return (
    <div class="guard-backdrop">
      <div
        class="guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="preflight-guard-title"
        data-testid="preflight-guard"
        lang={view?.language}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      >
        <h2 id="preflight-guard-title" class="guard__title">
          {texts[blocked ? 'guard.blockedTitle' : 'guard.title']}
        </h2>
        <p>{texts[hasFailure ? 'guard.intro' : 'guard.unknownIntro']}</p>
        <Checklist checks={problems} texts={texts} />
        {blocked && <p class="guard__note">{texts['guard.blockedNote']}</p>}
        <div class="guard__actions">
          <button
            type="button"
            ref={focusOnMount}
            class="button button--primary"
            data-action="cancel"
            onClick={onCancel}
          >
            {texts['guard.cancel']}
          </button>
          {!blocked && (
            <button type="button" class="button" data-action="proceed" onClick={onProceed}>
              {texts['guard.proceed']}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
