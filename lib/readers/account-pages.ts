import type { PageKind } from '../model/page-kind';
import { readAccountInfo } from './account-info';
import { readCapitalOverview } from './capital-overview';
import { readCoupons } from './coupons';
import { readLoginPage } from './login';
import type { PageReader } from './page-context';
import { readRealName } from './real-name';
import { safely, withHeader } from './with-header';

/**
 * The readers of the account pages (billing, real-name, account information, login): the account
 * preflight's, which loads on those hosts only.
 */
export const ACCOUNT_PAGE_READERS: Partial<Record<PageKind, PageReader>> = {
  'capital-overview': withHeader(readCapitalOverview, ['accountBalance']),
  coupons: withHeader(readCoupons),
  'real-name': withHeader(readRealName),
  'account-info': withHeader(readAccountInfo),
  login: safely(readLoginPage),
};
