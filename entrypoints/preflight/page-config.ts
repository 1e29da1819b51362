import type { PageReread } from '../../lib/messages';
import { isPageConfig } from '../../lib/taught-locators';

/** The background's answer to a read made with another config than the settings'. */
export function isPageReread(value: unknown): value is PageReread {
  return isPageConfig((value as PageReread | undefined)?.reread);
}
