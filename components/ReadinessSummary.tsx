import { fixLinkUrl } from '../lib/fix-links';
import { formatAge } from '../lib/i18n';
import { panelCatalog } from '../lib/i18n/panel';
import type { Summary } from '../lib/messages';
import { Checklist } from './Checklist';
import { LanguageContext, useTranslate } from './i18n';
import { ReadinessBanner } from './ReadinessBanner';

/** The pages whose values go stale; a visit refreshes them. */
const REFRESH_PAGES = ['capital-overview', 'coupons', 'real-name'] as const;

function SummaryBody({ summary }: { summary: Summary }) {
  const t = useTranslate();
  const { view } = summary;
  return (
    <>
      <h1 class="summary__title">{t('app.name')}</h1>
      {summary.lastKnown && <p class="summary__note">{t('popup.lastKnown')}</p>}
      {view.account && <p class="summary__account">{view.account}</p>}
      <ReadinessBanner view={view} />
      <Checklist checks={view.checks} texts={panelCatalog[view.language]} />
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
export function ReadinessSummary({ summary }: { summary: Summary }) {
  return (
    <LanguageContext.Provider value={summary.view.language}>
      <section
        class="summary"
        data-testid="readiness-summary"
        data-readiness={summary.view.readiness}
        lang={summary.view.language}
      >
        <SummaryBody summary={summary} />
      </section>
    </LanguageContext.Provider>
  );
}
