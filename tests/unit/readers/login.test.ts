import { afterEach, describe, expect, it } from 'vitest';
import { readLoginPage } from '../../../lib/readers/login';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const LANGS: MockLanguage[] = ['zh', 'en'];

describe('readLoginPage', () => {
  for (const lang of LANGS) {
    it(`signed-out (${lang}): a console page ends on the login form, which says signed out`, async () => {
      const page = await loadConsolePage(MOCK_URLS.capitalOverview, { scenario: 'signed-out', lang });
      expect(page.redirects).toEqual([MOCK_URLS.capitalOverview]);
      expect(page.url.hostname).toBe('login.jdcloud.com');
      expect(page.url.searchParams.get('returnUrl')).toBe(MOCK_URLS.capitalOverview);
      expect(readLoginPage(page.context())).toEqual([
        { field: 'signedIn', value: false, found: 'inference' },
      ]);
    });
  }

  it('claims nothing on a login-host page without a password field', async () => {
    const page = await loadHtml('https://login.jdcloud.com/', '<main><p>正在跳转…</p></main>');
    expect(readLoginPage(page.context())).toEqual([]);
  });
});
