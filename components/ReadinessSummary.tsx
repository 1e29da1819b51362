import { formatAge } from '../lib/i18n';
import { panelCatalog } from '../lib/i18n/panel';
import type { RenderedCheck, Summary } from '../lib/messages';
import { TAUGHT_FIELDS, type TaughtField } from '../lib/taught-locators';
import { Checklist } from './Checklist';
import { LanguageContext, useTranslate } from './i18n';
import { ReadinessBanner } from './ReadinessBanner';

/** The pages that refresh the stale values the checks rest on, each once (a stale check's fix is its page). */
function refreshLinks(checks: readonly RenderedCheck[]): { label: string; url: string }[] {
  const links = new Map<string, string>();
  for (const check of checks) if (check.stale && check.fix) links.set(check.fix.url, check.fix.label);
  return [...links].map(([url, label]) => ({ url, label }));
}

interface SummaryProps {
  summary: Summary;
  /** Point at a field's value on the page: a row's button, or "a value is wrong". */
  onTeach?: (field: TaughtField) => void;
}

function SummaryBody({ summary, onTeach }: SummaryProps) {
  const t = useTranslate();
  const { view } = summary;
  // Nothing read yet: no "last-known account", no value to call wrong and no newest data, only how to begin.
  const known = summary.newestObservationAt !== undefined;
  const refresh = refreshLinks(view.checks);
  return (
    <>
      <h1 class="summary__title">{t('app.name')}</h1>
      {summary.lastKnown && known && <p class="summary__note">{t('popup.lastKnown')}</p>}
      {view.account && <p class="summary__account">{view.account}</p>}
      <ReadinessBanner view={view} />
      <Checklist
        checks={view.checks}
        texts={panelCatalog[view.language]}
        onTeach={(field) => onTeach?.(field as TaughtField)}
      />
      {onTeach && !summary.lastKnown && known && (
        <details class="summary__wrong">
          <summary>{t('popup.wrongValue')}</summary>
          <p class="summary__note">{t('popup.wrongValueHint')}</p>
          <div class="summary__teach">
            {TAUGHT_FIELDS.map((field) => (
              <button
                key={field}
                type="button"
                class="button"
                data-action="teach"
                data-field={field}
                onClick={(event) => {
                  if (event.isTrusted) onTeach(field);
                }}
              >
                {t(`popup.teach.${field}`)}
              </button>
            ))}
          </div>
        </details>
      )}
      <p class="summary__newest">
        {summary.newestObservationAt === undefined
          ? t(summary.lastKnown ? 'popup.noData' : 'popup.noDataHere')
          : t('popup.newest', {
              age: formatAge(view.language, Math.max(0, view.now - summary.newestObservationAt)),
            })}
      </p>
      {refresh.length > 0 && (
        <nav class="summary__refresh" data-testid="refresh-stale">
          {t('popup.refreshPages')}{' '}
          {refresh.map(({ url, label }) => (
            <a key={url} class="link" href={url} target="_blank" rel="noopener noreferrer">
              {label}
            </a>
          ))}
        </nav>
      )}
    </>
  );
}

/** The toolbar popup's readiness summary for the active tab or the last-known account. */
export function ReadinessSummary({ summary, onTeach }: SummaryProps) {
  return (
    <LanguageContext.Provider value={summary.view.language}>
      <section
        class="summary"
        data-testid="readiness-summary"
        data-readiness={summary.view.readiness}
        lang={summary.view.language}
      >
        <SummaryBody summary={summary} onTeach={onTeach} />
      </section>
    </LanguageContext.Provider>
  );
}
