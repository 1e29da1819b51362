import { describe, expect, it } from 'vitest';
import { isPageConfig, isPageReread } from '../../entrypoints/preflight/page-config';

describe('a page config from the background', () => {
  it('is selector overrides, each a string', () => {
    expect(isPageConfig({ selectorOverrides: {} })).toBe(true);
    expect(isPageConfig({ selectorOverrides: { cash: '#balance' } })).toBe(true);
    for (const bad of [null, 'x', {}, { selectorOverrides: null }, { selectorOverrides: { cash: 5 } }]) {
      expect(isPageConfig(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('the background’s answer to a read made with other overrides than the settings hold', () => {
  it('asks for a second read only when it carries a page config', () => {
    expect(isPageReread({ reread: { selectorOverrides: { cash: '#balance' } } })).toBe(true);
    for (const other of [
      undefined,
      { ok: true },
      { reread: {} },
      { reread: { selectorOverrides: { cash: 1 } } },
    ]) {
      expect(isPageReread(other), JSON.stringify(other)).toBe(false);
    }
  });
});
