/**
 * The first mock console's pages stay byte for byte as they were, whatever pages and scenario fields came
 * later: readers, e2e runs and the bench were tuned against them.
 */
import { describe, expect, it } from 'vitest';
import stored from '../fixtures/console/first-pages.json';
import { FIRST_PAGES, FIRST_SCENARIOS, PAGE_SETTINGS, pageHash } from './support/first-pages';

const hashes = stored as Record<string, Record<string, string>>;

describe('the first mock console pages', () => {
  it('covers every first scenario in every skin, language and create mode', () => {
    expect(Object.keys(hashes)).toEqual([...FIRST_SCENARIOS]);
    for (const scenario of FIRST_SCENARIOS) {
      expect(Object.keys(hashes[scenario] ?? {})).toEqual(PAGE_SETTINGS.map(([key]) => key));
    }
  });

  for (const scenario of FIRST_SCENARIOS) {
    it(`${scenario}: every page is byte for byte as before`, () => {
      const changed: string[] = [];
      for (const [key, setting] of PAGE_SETTINGS) {
        const before = (hashes[scenario]?.[key] ?? '').split(' ');
        FIRST_PAGES.forEach((url, i) => {
          if (pageHash(scenario, setting, url) !== before[i]) changed.push(`${key} ${url}`);
        });
      }
      expect(changed).toEqual([]);
    });
  }
});
