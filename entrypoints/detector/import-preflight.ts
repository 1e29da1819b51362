import type { PreflightModule } from '../../lib/content-scripts';
import type { ContentMessage } from '../../lib/messages';

/** The part of the extension API the import uses. */
export interface PreflightRuntime {
  getURL(path: `/${PreflightModule}`): string;
  sendMessage(message: ContentMessage): Promise<unknown>;
}

/**
 * Imports the preflight module. A page where that fails gets no panel and no guard until it is loaded again
 * (a page keeps a module that failed), so the failure goes to the guard log on the options page rather than
 * nowhere.
 */
export async function importPreflight(
  runtime: PreflightRuntime,
  module: PreflightModule,
  load: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
): Promise<void> {
  try {
    await load(runtime.getURL(`/${module}`));
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
