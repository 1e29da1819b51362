import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import type { PageReportPart } from '../../lib/model/page-report';
import { collectPageReportPart } from '../../lib/readers/page-report';
import { closeOpenPages, loadHtml } from './support/load-fixture';

const ACCOUNT_URL = 'https://uc.jdcloud.com/account/basic-info';
const NAME = 'ops-alice';
const PIN = 'ops_alice_pin';

/** An account page with prose and a filled input no reader looks at. */
const ACCOUNT_PAGE = `<!doctype html><html><head><title>基本资料</title></head><body>
<header><a>控制台</a><a>费用</a><a>工单</a><span aria-haspopup="true">${NAME} ▾</span></header>
<main>
  <dl>
    <dt>账号名</dt><dd>${NAME} <span class="tag">主账号</span></dd>
    <dt>用户Pin</dt><dd>${PIN}</dd>
    <dt>实名认证</dt><dd>已认证（个人）</dd>
  </dl>
  <p>账号 ${NAME} 的资料仅您本人可见，请勿泄露验证码。</p>
  <form><label>留言 <input name="message" value="a note typed into the page"></label></form>
</main></body></html>`;

const extensionPage = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
} as Browser.runtime.MessageSender;

type Reply = { text: string; fileName: string } | { error: string };

async function accountPart(): Promise<PageReportPart> {
  const page = await loadHtml(ACCOUNT_URL, ACCOUNT_PAGE);
  // Through JSON, as a message carries it.
  return JSON.parse(JSON.stringify(collectPageReportPart(page.context(), 'account-info', page.url)));
}

async function reportFor(tabId: number, includeAccountName = false): Promise<Reply> {
  return (await handleMessage({ type: 'page-report', tabId, includeAccountName }, extensionPage)) as Reply;
}

function textOf(reply: Reply): string {
  if ('error' in reply) throw new Error(`no report: ${reply.error}`);
  return reply.text;
}

/** The JSON block at the end of a report. */
function dataOf(text: string): Record<string, unknown> {
  const json = /```json\n([\s\S]*)\n```\n$/.exec(text)?.[1];
  if (!json) throw new Error('no JSON block');
  return JSON.parse(json) as Record<string, unknown>;
}

/** What the tab's preflight answers the background's collect-report. */
function pageAnswers(answer: unknown) {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer as never);
}

let tabId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'VPN Preflight',
    version: '9.8.7',
  });
  const tab = await fakeBrowser.tabs.create({ url: ACCOUNT_URL });
  tabId = tab.id as number;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeOpenPages();
});

describe('the page report the background assembles', () => {
  it('hides the account name and pin under a hash, the same in every report of this install', async () => {
    const part = await accountPart();
    pageAnswers(part);

    const first = textOf(await reportFor(tabId));
    const second = textOf(await reportFor(tabId));
    const token = /account:[0-9a-f]{12}/.exec(first)?.[0];
    expect(token).toBeDefined();
    expect(second).toContain(token);
    for (const text of [first, second]) {
      expect(text.toLowerCase()).not.toContain(NAME);
      expect(text.toLowerCase()).not.toContain(PIN);
    }
    // Beside an identity label the whole candidate is left out, by its length: a name the readers could not
    // parse would otherwise stay.
    expect(first).toMatch(/‹\d+ chars›/);
    const { reportSalt } = await fakeBrowser.storage.local.get('reportSalt');
    expect(reportSalt).toMatch(/^[0-9a-f]{64}$/);
    expect(first).not.toContain(reportSalt as string);
    expect(dataOf(first)).toMatchObject({ accountNames: 'hashed', extension: '9.8.7' });
  });

  it('includes the name only when the person asks', async () => {
    pageAnswers(await accountPart());
    const text = textOf(await reportFor(tabId, true));
    expect(text).toContain(NAME);
    expect(text).toContain(PIN);
    expect(text).not.toMatch(/account:[0-9a-f]{12}/);
    expect(dataOf(text)).toMatchObject({ accountNames: 'included' });
  });

  it('holds a new install to a new salt: the same name gets another hash', async () => {
    pageAnswers(await accountPart());
    const before = /account:[0-9a-f]{12}/.exec(textOf(await reportFor(tabId)))?.[0];
    await fakeBrowser.storage.local.remove('reportSalt');
    const after = /account:[0-9a-f]{12}/.exec(textOf(await reportFor(tabId)))?.[0];
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('says what the page is and how each value was found, with the checklist, version and browser', async () => {
    pageAnswers(await accountPart());
    const reply = await reportFor(tabId);
    const text = textOf(reply);
    expect('fileName' in reply && reply.fileName).toMatch(
      /^vpn-preflight-report-account-info-\d{8}-\d{4}\.md$/,
    );
    const data = dataOf(text);
    expect(data).toMatchObject({
      page: { kind: 'account-info', kindFrom: 'address', address: 'uc.jdcloud.com/account/basic-info' },
      browser: navigator.userAgent,
      verdict: { readiness: expect.any(String), lastKnown: false },
    });
    expect(data.readings).toContainEqual({ field: 'realName', value: 'personal', found: 'label' });
    expect((data.verdict as { checks: { id: string }[] }).checks.map((check) => check.id)).toContain(
      'signed-in',
    );
    expect(text).toContain('`用户Pin`');
    expect(text).toMatch(/`已认证（个人）`: (taken|采用)/);
  });

  it('carries no page text the readers did not consider', async () => {
    pageAnswers(await accountPart());
    for (const include of [false, true]) {
      const text = textOf(await reportFor(tabId, include));
      expect(text).not.toContain('请勿泄露验证码');
      expect(text).not.toContain('a note typed into the page');
      expect(text).not.toContain('基本资料');
    }
  });

  it('refuses a part that is not one: too long a text, or more than a report holds', async () => {
    const part = await accountPart();
    const invalid: unknown[] = [
      { ...part, considered: [{ label: 'x'.repeat(500), candidates: [] }] },
      { ...part, pageText: 'the whole page' },
      { ...part, readings: [{ field: 'cash', value: 'lots', found: 'label' }] },
      'not a part',
    ];
    for (const answer of invalid) {
      pageAnswers(answer);
      const reply = await reportFor(tabId);
      expect(reply).toEqual({ error: expect.any(String) });
    }
  });

  it('says the extension had no work on a page whose tab did not answer, with the kind from its address', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const other = await fakeBrowser.tabs.create({ url: 'https://vm-console.jdcloud.com/instances?q=secret' });
    const text = textOf(await reportFor(other.id as number));
    expect(dataOf(text)).toMatchObject({
      page: { kind: 'other-console', answered: false, address: 'vm-console.jdcloud.com/instances' },
      readings: [],
      considered: [],
    });
    expect(text).not.toContain('secret');
  });

  it('answers with an error when there is no such tab', async () => {
    expect(await reportFor(4242)).toEqual({ error: expect.any(String) });
  });
});
