import { useContext } from 'preact/hooks';
import type { Language } from '../../lib/i18n';
import type { LogEntry } from '../../platform/storage';
import { LanguageContext, useTranslate } from '../i18n';

/** Storage can hold anything an older version or a corrupt profile left there: show only real entries. */
function isLogEntry(value: unknown): value is LogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { at, account, kind, detail } = value as Record<string, unknown>;
  return (
    typeof at === 'number' &&
    Number.isFinite(new Date(at).getTime()) &&
    (kind === 'override' || kind === 'guard-error') &&
    typeof detail === 'string' &&
    (account === undefined || typeof account === 'string')
  );
}

/** Valid entries, newest first. */
export function guardLogEntries(raw: readonly unknown[]): LogEntry[] {
  return raw.filter(isLogEntry).sort((a, b) => b.at - a.at);
}

function formatTime(language: Language, at: number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(at));
}

interface GuardLogProps {
  entries: readonly unknown[];
  onClear: () => void;
  clearError: string | undefined;
}

/** Every guard override and guard error recorded on this computer. */
export function GuardLog({ entries, onClear, clearError }: GuardLogProps) {
  const t = useTranslate();
  const language = useContext(LanguageContext);
  const rows = guardLogEntries(entries);
  return (
    <section class="section" aria-labelledby="options-log-title" data-testid="guard-log">
      <h2 id="options-log-title" class="section__title">
        {t('options.section.log')}
      </h2>
      <p class="field__hint">{t('options.log.intro')}</p>
      {rows.length === 0 ? (
        <p class="log__empty">{t('options.log.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="log">
            <thead>
              <tr>
                <th scope="col">{t('options.log.time')}</th>
                <th scope="col">{t('options.log.account')}</th>
                <th scope="col">{t('options.log.kind')}</th>
                <th scope="col">{t('options.log.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry, index) => (
                <tr key={`${entry.at}-${index}`} data-kind={entry.kind}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{formatTime(language, entry.at)}</time>
                  </td>
                  <td>{entry.account ?? t('options.log.noAccount')}</td>
                  <td>{t(`options.log.kind.${entry.kind}`)}</td>
                  <td class="log__detail">{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        class="button"
        data-action="clear-log"
        disabled={entries.length === 0}
        onClick={onClear}
      >
        {t('options.log.clear')}
      </button>
      {clearError !== undefined && (
        <p class="field__error" role="alert">
          {t('options.log.clearFailed', { reason: clearError })}
        </p>
      )}
    </section>
  );
}
