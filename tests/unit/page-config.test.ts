import { afterEach, describe, expect, it } from 'vitest';
import { isPageConfig, isPageReread, takeHandedPageConfig } from '../../entrypoints/preflight/page-config';
import { HANDED_PAGE_CONFIG } from '../../lib/content-scripts';

const world = globalThis as Record<string, unknown>;

afterEach(() => {
  delete world[HANDED_PAGE_CONFIG];
});

describe('the page config handed over with the injection', () => {
  it('is taken once: a later injection into the same page asks again rather than reuse it', () => {
    world[HANDED_PAGE_CONFIG] = { selectorOverrides: { cash: '#balance' } };
    expect(takeHandedPageConfig()).toEqual({ selectorOverrides: { cash: '#balance' } });
    expect(takeHandedPageConfig()).toBeUndefined();
  });

  it('is not there when the background sent none (the preflight then reads without it, and says so)', () => {
    expect(takeHandedPageConfig()).toBeUndefined();
  });

  it('is refused when it is not a page config', () => {
    for (const bad of [null, 'x', {}, { selectorOverrides: null }, { selectorOverrides: { cash: 5 } }]) {
      world[HANDED_PAGE_CONFIG] = bad;
      expect(takeHandedPageConfig(), JSON.stringify(bad)).toBeUndefined();
      expect(isPageConfig(bad)).toBe(false);
    }
    expect(isPageConfig({ selectorOverrides: {} })).toBe(true);
  });
});

describe('the background’s answer to a read made without the overrides', () => {
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
