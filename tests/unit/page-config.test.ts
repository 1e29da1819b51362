import { describe, expect, it } from 'vitest';
import { isPageReread } from '../../entrypoints/preflight/page-config';
import { isPageConfig } from '../../lib/taught-locators';

const config = (extra: object = {}) => ({ selectorOverrides: {}, taught: [], key: '', ...extra });

describe('a page config from the background', () => {
  it('is selector overrides, each a string, taught locators and the key to read with', () => {
    expect(isPageConfig(config())).toBe(true);
    expect(isPageConfig(config({ selectorOverrides: { cash: '#balance' }, key: 'k1' }))).toBe(true);
    for (const bad of [
      null,
      'x',
      {},
      { selectorOverrides: {} },
      config({ selectorOverrides: null }),
      config({ selectorOverrides: { cash: 5 } }),
      config({ taught: {} }),
      config({ taught: [null] }),
      config({ taught: ['console/account'] }),
      config({ taught: [{ scope: 'console' }] }),
      config({ key: 3 }),
    ]) {
      expect(isPageConfig(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('the background’s answer to a read made with another config than the settings’', () => {
  it('asks for a second read only when it carries a page config', () => {
    expect(isPageReread({ reread: config({ selectorOverrides: { cash: '#balance' }, key: 'k' }) })).toBe(
      true,
    );
    for (const other of [
      undefined,
      { ok: true },
      { reread: {} },
      { reread: config({ selectorOverrides: { cash: 1 } }) },
    ]) {
      expect(isPageReread(other), JSON.stringify(other)).toBe(false);
    }
  });
});
