import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import { nameHider } from '../../lib/page-report';
import { collectPageReportPart } from '../../lib/readers/page-report';
import { closeOpenPages, loadHtml } from './support/load-fixture';

const ACCOUNT_URL = 'https://uc.jdcloud.com/account/basic-info';
const NAME = 'jcloudiaas5';
const BAR = `<header><a>控制台</a><a>费用</a><a>工单</a><span aria-haspopup="true">${NAME} ▾</span></header>`;
const extensionPage = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
} as Browser.runtime.MessageSender;

async function reportOf(html: string): Promise<string> {
  const page = await loadHtml(ACCOUNT_URL, html);
  const part = JSON.parse(JSON.stringify(collectPageReportPart(page.context(), 'account-info', page.url)));
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(part as never);
  const tab = await fakeBrowser.tabs.create({ url: ACCOUNT_URL });
  const reply = (await handleMessage(
    { type: 'page-report', tabId: tab.id as number, includeAccountName: false },
    extensionPage,
  )) as { text: string };
  return reply.text;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1',
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeOpenPages();
});

describe('a page report without the account name', () => {
  it('leaves no part of a known name where a candidate text is cut at 80 characters', async () => {
    // The name is read from the top bar; beside 实名认证 the page shows it at the end of a long line.
    const filler = '您好，欢迎使用京东云控制台。'.padEnd(73, '。');
    const html = `<html><body>${BAR}<main><dl><dt>实名认证</dt><dd>${filler} ${NAME}</dd></dl></main></body></html>`;
    const text = await reportOf(html);
    expect(text).toContain('…'); // the candidate was cut
    expect(text).not.toMatch(/jclo/i);
  });

  // A name the readers cannot parse is known to no one, so nothing hashes it: the candidates of an account
  // or pin label are left out whole, by their length.
  it('leaves no account name beside 账号名 that the readers could not take as one', async () => {
    // A name with a space is no name to parseAccountPin: no reading, nothing to hash it with.
    const html = `<html><body><main><dl><dt>账号名</dt><dd>ops alice</dd><dt>用户Pin</dt><dd>--</dd></dl></main></body></html>`;
    const text = await reportOf(html);
    expect(text).not.toContain('ops alice');
  });
});

describe('nameHider', () => {
  const hide = nameHider([{ name: 'JCloudIaaS5', token: 'account:0123456789ab' }]);
  it('hides a name in any case, and its first letters where a text was cut just after them', () => {
    expect(hide('hello jcloudiaas5 and JCLOUDIAAS5')).toBe(
      'hello account:0123456789ab and account:0123456789ab',
    );
    expect(hide('welcome back, jCloudIa…')).toBe('welcome back, account:0123456789ab…');
    expect(hide('x jcl…')).toBe('x account:0123456789ab…');
  });
  it('leaves a text that was not cut, or cut after too few of the letters to tell, as it is', () => {
    expect(hide('welcome back, jCloudIa')).toBe('welcome back, jCloudIa');
    expect(hide('余额 jc…')).toBe('余额 jc…');
    expect(hide('¥1,000.00…')).toBe('¥1,000.00…');
  });
});
