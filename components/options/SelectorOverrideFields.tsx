import { SELECTOR_OVERRIDE_FIELDS, type SelectorOverrideField } from '../../lib/model/settings';
import type { FormErrors, SettingsDraft } from '../../lib/settings-form';
import { useTranslate } from '../i18n';
import { TextField } from './FormField';

interface SelectorOverrideFieldsProps {
  draft: SettingsDraft;
  errors: FormErrors;
  onSelector: (field: SelectorOverrideField, value: string) => void;
}

/**
 * One CSS selector per field a reader can be pointed at; blank means "find it by its label". The advanced view
 * of the places the person pointed at (TaughtLocators): closed unless one is set.
 */
export function SelectorOverrideFields({ draft, errors, onSelector }: SelectorOverrideFieldsProps) {
  const t = useTranslate();
  return (
    <details
      class="section section--advanced"
      open={SELECTOR_OVERRIDE_FIELDS.some((f) => draft.selectorOverrides[f])}
    >
      <summary>{t('options.selectors.advanced')}</summary>
      <fieldset class="section">
        <legend>{t('options.section.selectors')}</legend>
        <p class="field__hint">{t('options.selectors.hint')}</p>
        {SELECTOR_OVERRIDE_FIELDS.map((field) => {
          const name = `selectorOverrides.${field}`;
          return (
            <TextField
              key={field}
              name={name}
              label={t(`options.selectors.${field}`)}
              class="field--code"
              value={draft.selectorOverrides[field]}
              error={errors[name]}
              onValue={(value) => onSelector(field, value)}
            />
          );
        })}
      </fieldset>
    </details>
  );
}
