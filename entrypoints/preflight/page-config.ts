import type { PageConfig, PageReread } from '../../lib/messages';

export function isPageConfig(value: unknown): value is PageConfig {
  const overrides = (value as PageConfig | undefined)?.selectorOverrides;
  return (
    typeof overrides === 'object' &&
    overrides !== null &&
    Object.values(overrides).every((selector) => typeof selector === 'string')
  );
}

/** The background's answer to a read made with other overrides than the settings hold. */
export function isPageReread(value: unknown): value is PageReread {
  return isPageConfig((value as PageReread | undefined)?.reread);
}
