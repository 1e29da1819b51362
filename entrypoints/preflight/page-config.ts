import { HANDED_PAGE_CONFIG } from '../../lib/content-scripts';
import type { PageConfig, PageReread } from '../../lib/messages';

export function isPageConfig(value: unknown): value is PageConfig {
  const overrides = (value as PageConfig | undefined)?.selectorOverrides;
  return (
    typeof overrides === 'object' &&
    overrides !== null &&
    Object.values(overrides).every((selector) => typeof selector === 'string')
  );
}

/** The background's answer to a read made without the overrides, where there are some. */
export function isPageReread(value: unknown): value is PageReread {
  return isPageConfig((value as PageReread | undefined)?.reread);
}

/** The config the background left for this injection (lib/content-scripts.ts), taken once. */
export function takeHandedPageConfig(): PageConfig | undefined {
  const world = globalThis as Record<string, unknown>;
  const handed = world[HANDED_PAGE_CONFIG];
  delete world[HANDED_PAGE_CONFIG];
  return isPageConfig(handed) ? handed : undefined;
}
