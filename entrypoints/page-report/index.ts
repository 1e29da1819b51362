import { PAGE_REPORT_GLOBAL } from '../../lib/content-scripts';
import type { PageReportModule } from '../preflight/on-demand';

/** TEMP: the page report's collector (next commit). */
const pageReportModule: PageReportModule = {
  collect: (_page, pageKind) => ({ pageKind }),
};

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, PageReportModule>)[PAGE_REPORT_GLOBAL] = pageReportModule;
});
