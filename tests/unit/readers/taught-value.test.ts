import { afterEach, describe, expect, it } from 'vitest';
import { collectPageReportPart } from '../../../lib/readers/page-report';
import { readPick } from '../../../lib/readers/taught-value';
import { closeOpenPages, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const CAPITAL = 'https://uc.jdcloud.com/cost/capital/capital-overview';

describe('a secret field createLocator refuses', () => {
  for (const input of [
    '<input type="text" id="psk" value="Sup3rSecretPSK">',
    '<input type="text" aria-label="预共享密钥" value="Sup3rSecretPSK">',
    '<input type="text" name="accessKeySecret" value="Sup3rSecretPSK">',
    '<input type="text" autocomplete="cc-number" value="Sup3rSecretPSK">',
  ]) {
    it(`is never read by the picker's preview or keyboard candidates: ${input}`, async () => {
      const page = await loadHtml(CAPITAL, `<main><div>${input}</div></main>`);
      const input$ = page.document.querySelector('input') as Element;
      expect(readPick('account', input$)).toBeUndefined();
      expect(readPick('account', input$.parentElement as Element)).toBeUndefined();
    });
  }

  it('is masked in a page report beside a label the readers look up', async () => {
    const page = await loadHtml(
      'https://uc.jdcloud.com/account/basic-info',
      '<main><label>用户Pin <input type="text" id="psk" aria-label="预共享密钥" value="Sup3rSecretPSK"></label></main>',
    );
    const part = collectPageReportPart(page.context(), 'account-info', page.url);
    // (The pin reader itself takes the field's value: that is the readers', not the report's, to refuse.)
    expect(JSON.stringify(part.considered)).not.toContain('Sup3rSecretPSK');
    expect(JSON.stringify(part.considered)).toContain('••••');
  });
});
