import { fixLinkUrl } from '../lib/fix-links';
import { formatAge } from '../lib/i18n';
import { panelCatalog } from '../lib/i18n/panel';
import type { Summary } from '../lib/messages';
import { TAUGHT_FIELDS, type TaughtField } from '../lib/taught-locators';
import { Checklist } from './Checklist';
import { LanguageContext, useTranslate } from './i18n';
import { ReadinessBanner } from './ReadinessBanner';

/** The pages whose values go stale; a visit refreshes them. */
const REFRESH_PAGES = ['capital-overview', 'coupons', 'real-name'] as const;

interface SummaryProps {
  summary: Summary;
  /** Point at a field's value on the page: a row's button, or "a value is wrong". */
  onTeach?: (field: TaughtField) => void;
}

function SummaryBody({ summary, onTeach }: SummaryProps) {
  const t = useTranslate();
  const { view } = summary;
  return (
    <>
      <h1 class="summary__title">{t('app.name')}</h1>
      {summary.lastKnown && <p class="summary__note">{t('popup.lastKnown')}</p>}
      {view.account && <p class="summary__account">{view.account}</p>}
      <ReadinessBanner view={view} />
      <Checklist
        checks={view.checks}
        texts={panelCatalog[view.language]}
        onTeach={(field) => onTeach?.(field as TaughtField)}
      />
      {onTeach && !summary.lastKnown && (
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
          ? t('popup.noData')
          : t('popup.newest', {
              age: formatAge(view.language, Math.max(0, view.now - summary.newestObservationAt)),
            })}
      </p>
      <nav class="summary__refresh">
        {t('popup.refreshPages')}{' '}
        {REFRESH_PAGES.map((page) => (
          <a
            key={page}
            class="link"
            href={fixLinkUrl(page, view.language)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t(`page.${page}`)}
          </a>
        ))}
      </nav>
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
