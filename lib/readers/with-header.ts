import type { Reading } from '../model/observation';
import { readConsoleHeader } from './console-header';
import type { PageContext, PageReader } from './page-context';

/** A reader that never throws: a page this code does not expect gives no readings. */
export function safely(reader: PageReader): PageReader {
  return (page) => {
    try {
      return reader(page);
    } catch {
      return [];
    }
  };
}

/**
 * The page's own readings, then the console header's for fields the page did not give, except `left` (the
 * capital page decides about the cash itself: a placeholder there means unknown, not the top bar's 账户余额).
 */
export function withHeader(reader: PageReader, left: readonly Reading['field'][] = []): PageReader {
  return safely((page: PageContext) => {
    const readings: Reading[] = reader(page);
    const fields = new Set([...left, ...readings.map((reading) => reading.field)]);
    for (const reading of readConsoleHeader(page)) {
      if (!fields.has(reading.field)) readings.push(reading);
    }
    return readings;
  });
}

export const headerOnly = safely(readConsoleHeader);
