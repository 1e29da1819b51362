import { useState } from 'preact/hooks';
import { useTranslate } from './i18n';
import './page-report.css';

/** The background's answer to a `page-report` message. */
export type PageReportReply = { text: string; fileName: string } | { error: string };

type Status = { kind: 'copied' } | { kind: 'saved'; fileName: string } | { kind: 'failed'; reason: string };

export interface PageReportControlsProps {
  /** Asks the background for the report of the tab. */
  collect: (includeAccountName: boolean) => Promise<PageReportReply>;
  copy: (text: string) => Promise<void>;
  /** The popup's Download: the options page does it (a file dialog would close a popup in Firefox). */
  openDownload?: (includeAccountName: boolean) => void;
  /** The options page's Download: saves the report as a file. */
  save?: (fileName: string, text: string) => void;
  downloadLabel: string;
  /** The person ticked "include account name" where they came from. */
  initialInclude?: boolean;
  /** There is no tab to report on. */
  disabled?: boolean;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isReport(reply: PageReportReply | undefined): reply is { text: string; fileName: string } {
  return (
    typeof reply === 'object' && reply !== null && typeof (reply as { text?: unknown }).text === 'string'
  );
}

/** "Include account name", "Copy page report" and "Download": the same in the popup and the options page. */
export function PageReportControls(props: PageReportControlsProps) {
  const t = useTranslate();
  const [include, setInclude] = useState(props.initialInclude ?? false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();

  const withReport = async (use: (report: { text: string; fileName: string }) => Promise<Status>) => {
    setBusy(true);
    setStatus(undefined);
    try {
      const reply = await props.collect(include);
      if (!isReport(reply)) {
        const error = (reply as { error?: unknown } | undefined)?.error;
        setStatus({ kind: 'failed', reason: typeof error === 'string' ? error : '—' });
        return;
      }
      setStatus(await use(reply));
    } catch (error) {
      setStatus({ kind: 'failed', reason: reasonOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const copy = () =>
    withReport(async ({ text }) => {
      await props.copy(text);
      return { kind: 'copied' };
    });
  const download = () => {
    if (props.openDownload) {
      props.openDownload(include);
      return;
    }
    void withReport(async ({ text, fileName }) => {
      props.save?.(fileName, text);
      return { kind: 'saved', fileName };
    });
  };

  const statusText =
    status?.kind === 'copied'
      ? t('report.copied')
      : status?.kind === 'saved'
        ? t('options.report.downloaded', { fileName: status.fileName })
        : status?.kind === 'failed'
          ? t('report.failed', { reason: status.reason })
          : '';

  return (
    <div class="report__controls">
      <label class="report__include">
        <input
          type="checkbox"
          name="report.includeName"
          checked={include}
          aria-describedby="report-include-hint"
          onChange={(event) => setInclude(event.currentTarget.checked)}
        />{' '}
        {t('report.includeName')}
      </label>
      <p id="report-include-hint" class="report__hint">
        {t('report.includeName.hint')}
      </p>
      <div class="report__buttons">
        <button
          type="button"
          class="button"
          data-action="copy-report"
          disabled={busy || props.disabled}
          onClick={() => void copy()}
        >
          {t('report.copy')}
        </button>
        <button
          type="button"
          class="button"
          data-action="download-report"
          disabled={busy || props.disabled}
          onClick={download}
        >
          {props.downloadLabel}
        </button>
      </div>
      <p
        class={`report__status${status?.kind === 'failed' ? ' report__status--failed' : ''}`}
        role="status"
        data-testid="report-status"
        data-status={status?.kind}
      >
        {statusText}
      </p>
    </div>
  );
}

export interface PageReportProps {
  collect: PageReportControlsProps['collect'];
  copy: PageReportControlsProps['copy'];
  openDownload: (includeAccountName: boolean) => void;
}

/** The popup's "Page report" section, for the tab the popup speaks for. */
export function PageReport(props: PageReportProps) {
  const t = useTranslate();
  return (
    <section class="report" data-testid="page-report" aria-labelledby="report-title">
      <h2 id="report-title" class="report__title">
        {t('report.section')}
      </h2>
      <p class="report__hint">{t('report.hint')}</p>
      <PageReportControls {...props} downloadLabel={t('report.downloadElsewhere')} />
    </section>
  );
}
