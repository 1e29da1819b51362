import type { OnDemandModule, PreflightModule } from '../../lib/content-scripts';
import type { ContentMessage } from '../../lib/messages';

/** The part of the extension API the import uses. */
export interface PreflightRuntime {
  getURL(path: `/${PreflightModule | OnDemandModule}`): string;
  sendMessage(message: ContentMessage): Promise<unknown>;
}

/** Starts the import of readers the preflight imports too: any failure is the preflight's to meet and report. */
function fetchBeside(
  runtime: PreflightRuntime,
  module: OnDemandModule,
  load: (url: string) => Promise<unknown>,
) {
  try {
    load(runtime.getURL(`/${module}`)).catch(() => undefined);
  } catch {
    // Not this import's to report: the preflight's own import of the same module meets the same failure.
  }
}

/**
 * Imports the preflight module, and beside it the `readers` the page's address says it needs. A page where the
 * preflight fails to load gets no panel and no guard until it is loaded again (a page keeps a module that failed),
 * so the failure goes to the guard log on the options page rather than nowhere. The readers' failure is the
 * preflight's to report: it imports the same module, and meets the same failure.
 */
export async function importPreflight(
  runtime: PreflightRuntime,
  module: PreflightModule,
  load: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
  readers?: OnDemandModule,
): Promise<void> {
  try {
    const preflight = load(runtime.getURL(`/${module}`));
    if (readers) fetchBeside(runtime, readers, load);
    await preflight;
  } catch (error) {
    try {
      await runtime.sendMessage({
        type: 'guard-error',
        message: `The preflight did not load: ${String(error)}`.slice(0, 2000),
      });
    } catch {
      // The extension is gone from under the page: there is no log to write to.
    }
  }
}
