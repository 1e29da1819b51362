import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../../components/i18n';
import { PageReportSection, pageReportRequest } from '../../components/options/PageReportSection';
import { PageReport } from '../../components/PageReport';
import { optionsCatalog } from '../../lib/i18n/options';
import { uiCatalog } from '../../lib/i18n/ui';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

const REPORT = { text: '# report', fileName: 'vpn-preflight-report-coupons-20261127-0800.md' };

describe('the popup’s page report', () => {
  it('copies the report without the account name unless the box is ticked, and says so', async () => {
    const collect = vi.fn().mockResolvedValue(REPORT);
    const copy = vi.fn().mockResolvedValue(undefined);
    const openDownload = vi.fn();
    const view = render(<PageReport collect={collect} copy={copy} openDownload={openDownload} />);
    const section = view.container.querySelector('[data-testid="page-report"]') as HTMLElement;
    const box = section.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.checked).toBe(false);

    fireEvent.click(section.querySelector('[data-action="copy-report"]') as Element);
    await waitFor(() => expect(view.getByRole('status').textContent).toBe('Copied'));
    expect(collect).toHaveBeenLastCalledWith(false);
    expect(copy).toHaveBeenCalledWith('# report');

    fireEvent.click(box);
    fireEvent.click(section.querySelector('[data-action="download-report"]') as Element);
    // The popup downloads nothing itself: the options page does, with the box as ticked here.
    expect(openDownload).toHaveBeenCalledWith(true);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('says why there is no report', async () => {
    const view = render(
      <LanguageContext.Provider value="zh-CN">
        <PageReport
          collect={async () => ({ error: '没有可生成报告的标签页' })}
          copy={vi.fn()}
          openDownload={vi.fn()}
        />
      </LanguageContext.Provider>,
    );
    fireEvent.click(view.container.querySelector('[data-action="copy-report"]') as Element);
    await waitFor(() =>
      expect(view.getByRole('status').textContent).toBe('无法生成报告：没有可生成报告的标签页'),
    );
  });
});

describe('the options page’s page report', () => {
  it('reads the tab and the ticked box from the address', () => {
    expect(pageReportRequest('#page-report?tab=12&name=1')).toEqual({ tabId: 12, includeAccountName: true });
    expect(pageReportRequest('#page-report')).toEqual({ includeAccountName: false });
    expect(pageReportRequest('#page-report?tab=x')).toEqual({ includeAccountName: false });
    expect(pageReportRequest('#page-reports')).toBeUndefined();
    expect(pageReportRequest('#accounts')).toBeUndefined();
  });

  it('downloads the report for the tab the popup named, under its file name', async () => {
    history.replaceState(null, '', '/options.html#page-report?tab=7');
    const target = vi.fn(async (tabId: number | undefined) => ({ tabId: tabId ?? 0, title: 'Coupons' }));
    const collect = vi.fn().mockResolvedValue(REPORT);
    const save = vi.fn();
    const view = render(<PageReportSection io={{ target, collect, copy: vi.fn() }} save={save} />);
    await waitFor(() => expect(view.container.textContent).toContain('For the tab: Coupons'));
    expect(target).toHaveBeenCalledWith(7);
    fireEvent.click(view.container.querySelector('[data-action="download-report"]') as Element);
    await waitFor(() => expect(save).toHaveBeenCalledWith(REPORT.fileName, REPORT.text));
    expect(collect).toHaveBeenCalledWith(7, false);
    expect(view.getByRole('status').textContent).toBe(`Saved as ${REPORT.fileName}`);
  });

  it('offers nothing to copy when no console tab is open', async () => {
    const view = render(
      <PageReportSection
        io={{ target: async () => undefined, collect: vi.fn(), copy: vi.fn() }}
        save={vi.fn()}
      />,
    );
    await waitFor(() => expect(view.container.textContent).toContain('No JD Cloud console tab is open'));
    expect(view.container.querySelector('[data-action="copy-report"]')?.hasAttribute('disabled')).toBe(true);
  });
});

describe('the page report’s words', () => {
  it('are there in both languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const catalog of [uiCatalog, optionsCatalog] as Record<'en' | 'zh-CN', Record<string, string>>[]) {
      const keys = Object.keys(catalog.en).filter((key) => /^(report\.|options\.report\.)/.test(key));
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const zh = catalog['zh-CN'][key];
        expect(zh, key).toBeDefined();
        expect(placeholders(zh ?? ''), key).toEqual(placeholders(catalog.en[key] ?? ''));
        expect(/\p{Script=Han}/u.test(zh ?? ''), key).toBe(true);
      }
    }
  });
});
