import type { Reading } from '../model/observation';
import type { PageContext } from './page-context';

/**
 * The login page (login.jdcloud.com, passport.jd.com): a password field on it means the session is
 * gone. Without one (a redirect in progress, an error page) nothing is claimed.
 */
export function readLoginPage(page: PageContext): Reading[] {
  const password = page.document.querySelector('input[type="password"]');
  return password ? [{ field: 'signedIn', value: false, found: 'inference' }] : [];
}
