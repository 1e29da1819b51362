import { useEffect, useRef } from 'preact/hooks';
import type { Message } from '../../lib/model/checklist';
import { useTranslate } from '../i18n';
import { fieldId } from './FormField';

export const SETTINGS_FILE_NAME = 'jdcloud-vpn-preflight-settings.json';

/** Saves text as a file through a temporary download link. */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface SettingsTransferProps {
  onExport: () => void;
  onImportFile: (file: File) => void;
  /** Why the last import was refused, exactly as the import check said it. */
  importError: string | undefined;
  busy: boolean;
  /** A valid file that would weaken the protection: what it changes, until the person applies or cancels. */
  pendingChanges?: readonly Message[];
  onApplyImport?: () => void;
  onCancelImport?: () => void;
}

/** The list of what an import would weaken, and the choice to apply it or not. */
function ImportConfirm(props: {
  changes: readonly Message[];
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const t = useTranslate();
  const title = useRef<HTMLParagraphElement>(null);
  // The question appears after a file dialog: focus goes to it so a screen reader reads it first.
  useEffect(() => title.current?.focus(), []);
  return (
    <section
      class="notice notice--warn confirm"
      aria-labelledby="import-confirm-title"
      data-testid="import-confirm"
    >
      <p id="import-confirm-title" class="notice__title" tabIndex={-1} ref={title}>
        {t('import.confirm.title')}
      </p>
      <p>{t('import.confirm.intro')}</p>
      <ul data-testid="import-changes">
        {props.changes.map((change, index) => (
          <li key={`${change.key}-${index}`}>{t(change.key, change.params)}</li>
        ))}
      </ul>
      <p>{t('import.confirm.question')}</p>
      <div class="options__buttons">
        <button
          type="button"
          class="button button--danger"
          data-action="import-apply"
          disabled={props.busy}
          onClick={props.onApply}
        >
          {t('import.confirm.apply')}
        </button>
        <button type="button" class="button" data-action="import-cancel" onClick={props.onCancel}>
          {t('import.confirm.cancel')}
        </button>
      </div>
    </section>
  );
}

/** Export of the saved settings and import from a file. */
export function SettingsTransfer({
  onExport,
  onImportFile,
  importError,
  busy,
  pendingChanges,
  onApplyImport = () => undefined,
  onCancelImport = () => undefined,
}: SettingsTransferProps) {
  const t = useTranslate();
  const inputId = fieldId('import');
  const errorId = `${inputId}-error`;
  return (
    <section class="section" aria-labelledby="options-transfer-title">
      <h2 id="options-transfer-title" class="section__title">
        {t('options.section.transfer')}
      </h2>
      <div class="field">
        <button
          type="button"
          class="button"
          data-action="export"
          aria-describedby="options-export-hint"
          onClick={onExport}
        >
          {t('options.export')}
        </button>
        <p id="options-export-hint" class="field__hint">
          {t('options.export.hint')}
        </p>
      </div>
      <div class="field">
        <label for={inputId} class="field__label">
          {t('options.import.label')}
        </label>
        <input
          id={inputId}
          type="file"
          name="import"
          accept="application/json,.json"
          data-testid="import-file"
          disabled={busy}
          aria-describedby={importError ? `${inputId}-hint ${errorId}` : `${inputId}-hint`}
          aria-invalid={importError ? 'true' : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again, after fixing it, is a change again.
            input.value = '';
            if (file) onImportFile(file);
          }}
        />
        <p id={`${inputId}-hint`} class="field__hint">
          {t('options.import.hint')}
        </p>
        {pendingChanges && pendingChanges.length > 0 && (
          <ImportConfirm
            changes={pendingChanges}
            busy={busy}
            onApply={onApplyImport}
            onCancel={onCancelImport}
          />
        )}
        {importError !== undefined && (
          <div id={errorId} class="notice notice--error" role="alert" data-testid="import-error">
            <p class="notice__title">{t('options.import.failed')}</p>
            <p class="notice__detail">{importError}</p>
          </div>
        )}
      </div>
    </section>
  );
}
