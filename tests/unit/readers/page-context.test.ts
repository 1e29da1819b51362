import { afterEach, describe, expect, it } from 'vitest';
import { indexLabels } from '../../../lib/readers/labels';
import { labelsOf } from '../../../lib/readers/page-context';
import { REGION_LABELS, readPageRegion } from '../../../lib/readers/page-region';
import { closeOpenPages, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const URL = 'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1/tunnel/create';
const PAGE = `<main><h2>VPN连接详情</h2><p>边界网关：<span>bgw-1</span></p>
  <form><label for="a">云端公网IP</label><select id="a"><option>1.1.1.1</option></select>
  <span>隧道IP</span><input value="169.254.1.0/30"></form></main>`;

const keys = (entries: readonly { key: string; element: Element }[]) =>
  entries.map((entry) => [entry.key, entry.element.tagName]);

describe('labelsOf: one walk of the labels per read of a page', () => {
  it('gives the readers of one read the same walk of the same part', async () => {
    const page = (await loadHtml(URL, PAGE)).context();
    const form = page.document.querySelector('form') as Element;
    expect(labelsOf(page, form)).toBe(labelsOf(page, form));
  });

  it('takes a part inside a part walked whole from that walk, with the entries its own walk finds', async () => {
    const page = (await loadHtml(URL, PAGE)).context();
    const main = page.document.querySelector('main') as Element;
    const form = page.document.querySelector('form') as Element;
    const whole = labelsOf(page, main);
    const part = labelsOf(page, form);
    expect(whole.whole).toBe(true);
    expect(keys(part.entries)).toEqual(keys(indexLabels(form).entries));
    expect(keys(part.entries)).toEqual([
      ['云端公网ip', 'LABEL'],
      ['隧道ip', 'SPAN'],
    ]);
    expect(part.entries.every((entry) => whole.entries.includes(entry))).toBe(true);
  });

  it('walks a changed page anew on the next read', async () => {
    const loaded = await loadHtml(URL, PAGE);
    const form = loaded.document.querySelector('form') as Element;
    const first = labelsOf(loaded.context(), form);
    (form.querySelector('span') as Element).textContent = '隧道内网IP';
    const next = labelsOf(loaded.context(), form);
    expect(keys(first.entries)).toContainEqual(['隧道ip', 'SPAN']);
    expect(keys(next.entries)).toContainEqual(['隧道内网ip', 'SPAN']);
  });

  it('walks a part itself when the walk around it stopped short of its end', async () => {
    const filler = '<span>x</span>'.repeat(4100);
    const page = (
      await loadHtml(URL, `<main>${filler}<form><span>隧道IP</span><input></form></main>`)
    ).context();
    const main = page.document.querySelector('main') as Element;
    const form = page.document.querySelector('form') as Element;
    expect(labelsOf(page, main).whole).toBe(false);
    expect(keys(labelsOf(page, form).entries)).toEqual([['隧道ip', 'SPAN']]);
  });
});

describe('readPageRegion from the address', () => {
  it.each([
    ['?regionId=cn-east-2', 'cn-east-2'],
    ['?tab=1&regionId=cn%2Dsouth%2D1#x', 'cn-south-1'],
    ['?regionId=%E0%A4%A', undefined],
    ['?regionId=', undefined],
    ['?region=cn-east-2', undefined],
  ])('%s → %s', async (search, region) => {
    const page = (await loadHtml(`${URL}${search}`, '<main><form><input></form></main>')).context();
    const form = page.document.querySelector('form') as Element;
    expect(readPageRegion(form, labelsOf(page, form), page, REGION_LABELS)).toBe(region);
  });
});
