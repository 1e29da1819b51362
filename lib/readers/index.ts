import type { Reading } from '../model/observation';
import type { PageKind } from '../model/page-kind';
import { readAccountInfo } from './account-info';
import { readCapitalOverview } from './capital-overview';
import { readConsoleHeader } from './console-header';
import { readCoupons } from './coupons';
import { readLoginPage } from './login';
import type { PageContext, PageReader } from './page-context';
import { readRealName } from './real-name';

export { readAccountInfo } from './account-info';
export { readCapitalOverview } from './capital-overview';
export { readConsoleHeader } from './console-header';
export { readCoupons } from './coupons';
export { readLoginPage } from './login';
export type { Found, PageContext, PageReader } from './page-context';
export { readRealName } from './real-name';
export { parseRegion } from './region';
export { readVpnConnectionForm } from './vpn-connection-form';

/** A reader that never throws: a page this code does not expect gives no readings. */
function safely(reader: PageReader): PageReader {
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
function withHeader(reader: PageReader, left: readonly Reading['field'][] = []): PageReader {
  return safely((page: PageContext) => {
    const readings: Reading[] = reader(page);
    const fields = new Set([...left, ...readings.map((reading) => reading.field)]);
    for (const reading of readConsoleHeader(page)) {
      if (!fields.has(reading.field)) readings.push(reading);
    }
    return readings;
  });
}

const headerOnly = safely(readConsoleHeader);

/**
 * The reader for each page kind. Every signed-in console page carries the header (signed in, account),
 * but it is read only on the pages that matter for a VPN: on every other console page the extension should
 * cost next to nothing (npm run bench). The VPN form's draft comes from readVpnConnectionForm.
 */
export const readersByPage: Partial<Record<PageKind, PageReader>> = {
  'capital-overview': withHeader(readCapitalOverview, ['accountBalance']),
  coupons: withHeader(readCoupons),
  'real-name': withHeader(readRealName),
  'account-info': withHeader(readAccountInfo),
  login: safely(readLoginPage),
  'vpn-connection-form': headerOnly,
  'vpn-connection-list': headerOnly,
  'vpn-tunnel-form': headerOnly,
  'customer-gateway-form': headerOnly,
};
