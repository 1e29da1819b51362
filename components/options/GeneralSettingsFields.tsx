import type { FormErrors, SettingsDraft } from '../../lib/settings-form';
import { useTranslate } from '../i18n';
import { describedBy, FieldError, fieldId, TextField } from './FormField';

export type ScalarField = Exclude<keyof SettingsDraft, 'prices' | 'selectorOverrides'>;

interface GeneralSettingsFieldsProps {
  draft: SettingsDraft;
  errors: FormErrors;
  onField: (field: ScalarField, value: string) => void;
}

const LANGUAGES = ['auto', 'zh-CN', 'en'] as const;
const GUARD_MODES = ['warn', 'block', 'off'] as const;

function LanguageField({ draft, errors, onField }: GeneralSettingsFieldsProps) {
  const t = useTranslate();
  const id = fieldId('language');
  return (
    <div class="field">
      <label for={id} class="field__label">
        {t('options.language.label')}
      </label>
      <select
        id={id}
        name="language"
        class="field__input"
        value={draft.language}
        aria-invalid={errors.language ? 'true' : undefined}
        aria-describedby={describedBy(errors.language && `${id}-error`)}
        onChange={(event) => onField('language', event.currentTarget.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`options.language.${language}`)}
          </option>
        ))}
      </select>
      <FieldError name="language" error={errors.language} />
    </div>
  );
}

function GuardModeField({ draft, errors, onField }: GeneralSettingsFieldsProps) {
  const t = useTranslate();
  const errorId = errors.guardMode ? `${fieldId('guardMode')}-error` : undefined;
  return (
    <fieldset class="choices" aria-describedby={errorId}>
      <legend>{t('options.guard.legend')}</legend>
      {GUARD_MODES.map((mode) => {
        const id = fieldId(`guardMode-${mode}`);
        return (
          <div key={mode} class="choice">
            <input
              id={id}
              type="radio"
              name="guardMode"
              value={mode}
              checked={draft.guardMode === mode}
              aria-describedby={`${id}-hint`}
              onChange={() => onField('guardMode', mode)}
            />
            <label for={id} class="choice__label">
              {t(`options.guard.${mode}`)}
            </label>
            <p id={`${id}-hint`} class="field__hint choice__hint">
              {t(`options.guard.${mode}.hint`)}
            </p>
          </div>
        );
      })}
      <FieldError name="guardMode" error={errors.guardMode} />
    </fieldset>
  );
}

/** Language, freshness, funds and estimate inputs, and the guard mode. */
export function GeneralSettingsFields(props: GeneralSettingsFieldsProps) {
  const t = useTranslate();
  const { draft, errors, onField } = props;
  return (
    <>
      <fieldset class="section">
        <legend>{t('options.section.general')}</legend>
        <LanguageField {...props} />
        <TextField
          name="staleAfterHours"
          label={t('options.stale.label')}
          hint={t('options.stale.hint')}
          inputMode="decimal"
          value={draft.staleAfterHours}
          error={errors.staleAfterHours}
          onValue={(value) => onField('staleAfterHours', value)}
        />
        <TextField
          name="retentionDays"
          label={t('options.retention.label')}
          hint={t('options.retention.hint')}
          inputMode="numeric"
          value={draft.retentionDays}
          error={errors.retentionDays}
          onValue={(value) => onField('retentionDays', value)}
        />
      </fieldset>
      <fieldset class="section">
        <legend>{t('options.section.funds')}</legend>
        <TextField
          name="thresholdCny"
          label={t('options.threshold.label')}
          hint={t('options.threshold.hint')}
          inputMode="decimal"
          value={draft.thresholdCny}
          error={errors.thresholdCny}
          onValue={(value) => onField('thresholdCny', value)}
        />
        <TextField
          name="runwayWarnDays"
          label={t('options.runway.label')}
          hint={t('options.runway.hint')}
          inputMode="numeric"
          value={draft.runwayWarnDays}
          error={errors.runwayWarnDays}
          onValue={(value) => onField('runwayWarnDays', value)}
        />
        <TextField
          name="plannedTunnels"
          label={t('options.tunnels.label')}
          hint={t('options.tunnels.hint')}
          inputMode="numeric"
          value={draft.plannedTunnels}
          error={errors.plannedTunnels}
          onValue={(value) => onField('plannedTunnels', value)}
        />
        <TextField
          name="expectedOutboundGbPerDay"
          label={t('options.outbound.label')}
          inputMode="decimal"
          value={draft.expectedOutboundGbPerDay}
          error={errors.expectedOutboundGbPerDay}
          onValue={(value) => onField('expectedOutboundGbPerDay', value)}
        />
      </fieldset>
      <fieldset class="section">
        <legend>{t('options.section.guard')}</legend>
        <GuardModeField {...props} />
      </fieldset>
    </>
  );
}
