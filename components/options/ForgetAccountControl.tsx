import { useTranslate } from '../i18n';
import { ConfirmedAction } from './ConfirmedAction';

/** "Forget {account}" with an inline confirmation; nothing is deleted until it is confirmed. */
export function ForgetAccountControl(props: { account: string; busy: boolean; onConfirm: () => void }) {
  const t = useTranslate();
  return (
    <div class="forget">
      <ConfirmedAction
        trigger={{ action: 'forget-account', label: t('data.forget.label', { account: props.account }) }}
        question={t('data.forget.question', { account: props.account })}
        confirm={{ action: 'confirm-forget', label: t('data.forget.confirm') }}
        cancel={{ action: 'cancel-forget', label: t('data.forget.cancel') }}
        testId="forget-confirm"
        busy={props.busy}
        onConfirm={props.onConfirm}
      />
    </div>
  );
}
