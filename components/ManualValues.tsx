import { useContext, useState } from 'preact/hooks';
import { formatAge } from '../lib/i18n';
import type { ManualField, ManualValuesInUse } from '../lib/messages';
import type { Message } from '../lib/model/checklist';
import { parseMoneyFen } from '../lib/money';
import { LanguageContext, useTranslate } from './i18n';

export interface ManualAmount {
  field: ManualField;
  fen: number;
}

type Parsed = { ok: true; fen?: number } | { ok: false; error: Message };

/**
 * CNY as typed (`50`, `12.50`, `¥1,234.56`) to fen; blank means "not entering this one". Cash may be
 * negative (an account in arrears); coupons may not. Anything the money parser refuses is refused here.
 */
export function parseManualAmount(field: ManualField, text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true };
  const fen = parseMoneyFen(trimmed);
  if (fen === undefined) return { ok: false, error: { key: 'manual.error.number' } };
  if (field === 'coupons' && fen < 0) return { ok: false, error: { key: 'manual.error.negative' } };
  return { ok: true, fen };
}

export interface ManualValuesProps {
  /** Values in use that came from this form, with when they were entered. */
  inUse?: ManualValuesInUse;
  now: number;
  onSave: (amounts: ManualAmount[]) => Promise<void>;
}

const FIELDS: readonly ManualField[] = ['coupons', 'cash'];

/** The popup's form for what no page or API reports: coupons that apply to VPN, and cash when reading fails. */
export function ManualValues({ inUse = {}, now, onSave }: ManualValuesProps) {
  const t = useTranslate();
  const language = useContext(LanguageContext);
  const [texts, setTexts] = useState<Record<ManualField, string>>({ coupons: '', cash: '' });
  const [errors, setErrors] = useState<Partial<Record<ManualField, Message>>>({});
  const [formError, setFormError] = useState<Message | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const found: Partial<Record<ManualField, Message>> = {};
    const amounts: ManualAmount[] = [];
    for (const field of FIELDS) {
      const parsed = parseManualAmount(field, texts[field]);
      if (!parsed.ok) found[field] = parsed.error;
      else if (parsed.fen !== undefined) amounts.push({ field, fen: parsed.fen });
    }
    setErrors(found);
    const invalid = Object.keys(found).length > 0;
    setFormError(!invalid && amounts.length === 0 ? { key: 'manual.error.empty' } : undefined);
    if (invalid || amounts.length === 0) return;
    setBusy(true);
    try {
      await onSave(amounts);
      setTexts({ coupons: '', cash: '' });
      setSaved(true);
    } catch (error) {
      setFormError({
        key: 'openapi.failed',
        params: { reason: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="manual" data-testid="manual-values" noValidate onSubmit={submit}>
      <h2 class="manual__title">{t('manual.title')}</h2>
      <p class="manual__hint">{t('manual.hint')}</p>
      {FIELDS.map((field) => {
        const name = `manual.${field}`;
        const id = `manual-${field}`;
        const error = errors[field];
        const current = inUse[field];
        return (
          <div key={field} class="manual__field">
            <label for={id}>{t(`manual.${field}.label`)}</label>
            <input
              id={id}
              name={name}
              type="text"
              inputMode="decimal"
              autocomplete="off"
              value={texts[field]}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-error` : current ? `${id}-in-use` : undefined}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setTexts((previous) => ({ ...previous, [field]: value }));
              }}
            />
            {current && (
              <p id={`${id}-in-use`} class="manual__in-use" data-in-use={field}>
                {t('manual.inUse', {
                  valueFen: current.fen,
                  age: formatAge(language, Math.max(0, now - current.observedAt)),
                })}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} class="manual__error" data-error-for={name} role="alert">
                {t(error.key, error.params)}
              </p>
            )}
          </div>
        );
      })}
      {formError && (
        <p class="manual__error" role="alert">
          {t(formError.key, formError.params)}
        </p>
      )}
      <button type="submit" class="button" data-action="manual-save" disabled={busy}>
        {t('manual.save')}
      </button>
      {saved && (
        <p class="manual__saved" role="status">
          {t('manual.saved')}
        </p>
      )}
    </form>
  );
}
