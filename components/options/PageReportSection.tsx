import { useEffect, useState } from 'preact/hooks';
import { useTranslate } from '../i18n';
import { PageReportControls, type PageReportReply } from '../PageReport';

/** The section's anchor: `options.html#page-report?tab=<id>` (and `&name=1` when the popup's box was ticked). */
export const PAGE_REPORT_ANCHOR = 'page-report';

/** What the address asks for, when it points at this section. */
export function pageReportRequest(hash: string): { tabId?: number; includeAccountName: boolean } | undefined {
  const prefix = `#${PAGE_REPORT_ANCHOR}`;
  if (!hash.startsWith(prefix)) return undefined;
  const rest = hash.slice(prefix.length);
  if (rest !== '' && !rest.startsWith('?')) return undefined;
  const params = new URLSearchParams(rest.slice(1));
  const tab = params.get('tab');
  return {
    ...(tab !== null && /^\d{1,10}$/.test(tab) ? { tabId: Number(tab) } : {}),
    includeAccountName: params.get('name') === '1',
  };
}

/** A tab a report can be made for, with its title to say which it is. */
export interface ReportTarget {
  tabId: number;
  title?: string;
}

export interface PageReportIo {
  /** The tab the address names, else the last console tab the background knows; undefined when none is open. */
  target: (tabId: number | undefined) => Promise<ReportTarget | undefined>;
  collect: (tabId: number, includeAccountName: boolean) => Promise<PageReportReply>;
  copy: (text: string) => Promise<void>;
}

interface PageReportSectionProps {
  io: PageReportIo;
  save: (fileName: string, text: string) => void;
}

/** The options page's page report: Copy and Download for a console tab, where a file dialog closes nothing. */
export function PageReportSection({ io, save }: PageReportSectionProps) {
  const t = useTranslate();
  const [request] = useState(() => pageReportRequest(location.hash));
  const [target, setTarget] = useState<ReportTarget | undefined | 'loading'>('loading');

  useEffect(() => {
    io.target(request?.tabId).then(setTarget, () => setTarget(undefined));
  }, []);
  // Came from the popup's Download: the section is what the person came for.
  useEffect(() => {
    if (request && target !== 'loading') document.getElementById(PAGE_REPORT_ANCHOR)?.scrollIntoView?.();
  }, [target]);

  const tab = target === 'loading' ? undefined : target;
  return (
    <section
      id={PAGE_REPORT_ANCHOR}
      class="section"
      aria-labelledby="options-report-title"
      data-testid="page-report"
      data-tab={tab?.tabId}
    >
      <h2 id="options-report-title" class="section__title">
        {t('options.section.report')}
      </h2>
      <p class="field__hint">{t('options.report.intro')}</p>
      {target !== 'loading' && (
        <p class="report__tab">
          {tab ? t('options.report.tab', { title: tab.title || `#${tab.tabId}` }) : t('options.report.noTab')}
        </p>
      )}
      <PageReportControls
        collect={(include) => (tab ? io.collect(tab.tabId, include) : Promise.resolve({ error: '—' }))}
        copy={io.copy}
        save={save}
        downloadLabel={t('options.report.download')}
        initialInclude={request?.includeAccountName ?? false}
        disabled={!tab}
      />
    </section>
  );
}
