import { PREFLIGHT_MODULE } from '../../lib/content-scripts';
import type { ContentMessage } from '../../lib/messages';

/** The part of the extension API the loader uses. */
export interface LoaderRuntime {
  getURL(path: `/${typeof PREFLIGHT_MODULE}`): string;
  sendMessage(message: ContentMessage): Promise<unknown>;
}

/**
 * Imports the preflight module. A page where that fails gets no panel and no guard, so the failure goes to
 * the guard log on the options page rather than nowhere.
 */
export function importPreflight(
  runtime: LoaderRuntime,
  load: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
): Promise<void> {
  return load(runtime.getURL(`/${PREFLIGHT_MODULE}`)).then(
    () => undefined,
    (error: unknown) =>
      runtime
        .sendMessage({
          type: 'guard-error',
          message: `The preflight did not load: ${String(error)}`.slice(0, 2000),
        })
        .then(
          () => undefined,
          () => undefined,
        ),
  );
}
