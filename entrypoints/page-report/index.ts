import { onDemandGlobal, PAGE_REPORT_MODULE } from '../../lib/content-scripts';
import { collectPageReportPart } from '../../lib/readers/page-report';
import type { PageReportModule } from '../preflight/on-demand';

/**
 * The page report's collector, imported by the preflight only when the background asks for a report
 * (entrypoints/preflight/on-demand.ts): no page load pays for this code. It carries its own copy of the
 * readers, the one it listens to.
 */
const pageReportModule: PageReportModule = {
  collect: (page, pageKind) => collectPageReportPart(page, pageKind, location),
};

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, PageReportModule>)[onDemandGlobal(PAGE_REPORT_MODULE)] =
    pageReportModule;
});
