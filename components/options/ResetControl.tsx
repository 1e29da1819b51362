import { useTranslate } from '../i18n';
import { ConfirmedAction } from './ConfirmedAction';

/** "Reset to defaults" with an inline confirmation; nothing changes until it is confirmed. */
export function ResetControl({ onConfirm, busy }: { onConfirm: () => void; busy: boolean }) {
  const t = useTranslate();
  return (
    <div class="reset">
      <ConfirmedAction
        trigger={{ action: 'reset', label: t('options.reset') }}
        question={t('options.reset.question')}
        confirm={{ action: 'confirm-reset', label: t('options.reset.confirm') }}
        cancel={{ action: 'cancel-reset', label: t('options.reset.cancel') }}
        testId="reset-confirm"
        busy={busy}
        onConfirm={onConfirm}
      />
    </div>
  );
}
