import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collapse,
  findLabelledControl,
  findLabels,
  indexLabels,
  normalizeLabel,
  readLabelledValue,
  traceReads,
  UNTRUSTED,
  valueText,
} from '../../../lib/readers/labels';
import { moneyValue } from '../../../lib/readers/values';
import { closeOpenPages, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const URL = 'https://uc.jdcloud.com/test';
const text = (t: string) => (t ? t : undefined);

async function valueFor(html: string, labels: string[], vocabulary: string[] = labels) {
  const page = await loadHtml(URL, `<main>${html}</main>`);
  const root = page.document.querySelector('main') as Element;
  return readLabelledValue(indexLabels(root), root, labels, vocabulary, text);
}

describe('normalizeLabel', () => {
  it.each([
    ['可用余额：', '可用余额'],
    ['  Available   Balance : ', 'available balance'],
    ['* 名称', '名称'],
    ['＊边界网关:', '边界网关'],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeLabel(raw)).toBe(normalized);
  });

  it('collapses white space and drops a star and a colon exactly as one replace each would', () => {
    const reference = (raw: string) =>
      raw
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^[*＊]\s*/, '')
        .replace(/\s*[:：]$/, '')
        .toLowerCase();
    const pieces = [' ', '  ', '\t', '\n', '\u00a0', '\u3000', '*', '＊', ':', '：', 'a', 'B', '名', '称'];
    const raw = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(raw, (text) => {
        expect(collapse(text)).toBe(text.replace(/\s+/g, ' ').trim());
        expect(normalizeLabel(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readLabelledValue fallbacks', () => {
  it.each([
    ['dt/dd', '<dl><dt>账号名</dt><dd>pin_a</dd></dl>', 'pin_a'],
    ['dt/dd with an icon in the dt', '<dl><dt>账号名<i>?</i></dt><dd>pin_b</dd></dl>', 'pin_b'],
    ['label + sibling', '<div><span>账号名：</span><span>pin_c</span></div>', 'pin_c'],
    ['wrapper + sibling', '<div><div><span>账号名</span><i>?</i></div><div>pin_d</div></div>', 'pin_d'],
    [
      'a mark with white space around it',
      '<div><span>账号名</span><span>\n  ?\n</span><span>pin_m</span></div>',
      'pin_m',
    ],
    ['table row header', '<table><tr><th><div>账号名</div></th><td>pin_e</td></tr></table>', 'pin_e'],
    ['aria-labelledby', '<span id="x">账号名</span><div><em aria-labelledby="x">pin_f</em></div>', 'pin_f'],
    ['label for', '<label for="i">账号名</label><p>…</p><p><input id="i" value="pin_g"></p>', 'pin_g'],
    ['inline with a full-width colon', '<p>账号名：pin_h</p>', 'pin_h'],
    ['inline with an ASCII colon', '<p>账号名: pin_i</p>', 'pin_i'],
    ['a prefix label with a unit', '<dl><dt>账号名（登录用）</dt><dd>pin_j</dd></dl>', 'pin_j'],
    ['an English label, case-insensitive', '<dl><dt>USERNAME</dt><dd>pin_k</dd></dl>', 'pin_k'],
  ])('%s', async (_layout, html, value) => {
    expect(await valueFor(html, ['账号名', 'Username'])).toBe(value);
  });

  it.each([
    ['a question mark', '？', 'pin_m'],
    ['a bar', '|', 'pin_m'],
    ['a one-letter value', 'A', 'A'],
    ['a full-width digit', '５', '５'],
    ['a one-character Chinese value', '是', '是'],
  ])(
    'passes over a one-character mark beside the label, not a one-character value: %s',
    async (_what, mark, value) => {
      const html = `<div><span>账号名</span><span>${mark}</span><span>pin_m</span></div>`;
      expect(await valueFor(html, ['账号名'])).toBe(value);
    },
  );

  it('skips action links next to the label', async () => {
    expect(
      await valueFor('<div><span>账号名</span><a href="#">修改</a><span>pin_l</span></div>', ['账号名']),
    ).toBe('pin_l');
  });

  it('tries labels in the caller order, exact before prefix', async () => {
    const html = '<dl><dt>账户余额</dt><dd>total</dd><dt>可用余额</dt><dd>available</dd></dl>';
    expect(await valueFor(html, ['可用余额', '账户余额'])).toBe('available');
    const prefixed = '<dl><dt>可用余额（含赠送）</dt><dd>prefixed</dd><dt>可用余额</dt><dd>exact</dd></dl>';
    expect(await valueFor(prefixed, ['可用余额'])).toBe('exact');
  });

  it('does not take a longer word that merely starts with the label', async () => {
    expect(await valueFor('<dl><dt>Namespace</dt><dd>ns</dd></dl>', ['Name'])).toBeUndefined();
    expect(
      await valueFor('<dl><dt>可用余额不足时将停止服务</dt><dd>x</dd></dl>', ['可用余额']),
    ).toBeUndefined();
  });

  it('takes a label followed by marks (可用金额 ⓘ) but never a longer label (可用余额预警, Account Balance Alert)', async () => {
    expect(await valueFor('<dl><dt>可用金额 ⓘ</dt><dd>a</dd></dl>', ['可用金额'])).toBe('a');
    expect(await valueFor('<dl><dt>可用余额预警</dt><dd>on</dd></dl>', ['可用余额'])).toBeUndefined();
    expect(
      await valueFor('<dl><dt>Account Balance Alert</dt><dd>on</dd></dl>', ['Account Balance']),
    ).toBeUndefined();
    expect(await valueFor('<dl><dt>PIN (客户识别码)</dt><dd>jd_1</dd></dl>', ['PIN'])).toBe('jd_1');
  });

  it('reads a value inside the label element after its text', async () => {
    expect(await valueFor('<div>账户余额：<span>¥0.00</span><button>充值</button></div>', ['账户余额'])).toBe(
      '¥0.00',
    );
  });

  it('stops at an untrusted value rather than trying the next candidate or label', async () => {
    const page = await loadHtml(
      URL,
      '<main><dl><dt>可用金额</dt><dd>--</dd><dd>¥5.00</dd><dt>可用余额</dt><dd>¥9.00</dd></dl></main>',
    );
    const root = page.document.querySelector('main') as Element;
    const vocabulary = ['可用金额', '可用余额'];
    expect(moneyValue('--')).toBe(UNTRUSTED);
    expect(readLabelledValue(indexLabels(root), root, vocabulary, vocabulary, moneyValue)).toBeUndefined();
    expect(readLabelledValue(indexLabels(root), root, ['可用余额'], vocabulary, moneyValue)).toBe(900);
  });

  it('never borrows a neighbouring field holding another label', async () => {
    const html =
      '<div class="row"><div><span>账号名</span></div><div><span>账号ID</span><span>123</span></div></div>';
    expect(await valueFor(html, ['账号名'], ['账号名', '账号ID'])).toBeUndefined();
  });

  it('ignores text in scripts, styles and templates', async () => {
    const html = '<script>var a="账号名"</script><template><dl><dt>账号名</dt><dd>t</dd></dl></template>';
    expect(await valueFor(html, ['账号名'])).toBeUndefined();
  });

  it('finds nothing in an empty or missing root', () => {
    expect(indexLabels(null).entries).toEqual([]);
    expect(findLabels(indexLabels(undefined), ['账号名'])).toEqual([]);
  });
});

describe('valueText of a group of choices', () => {
  it.each([
    [
      'Element radio buttons',
      '<div role="radiogroup"><label role="radio" aria-checked="false"><input type="radio" value="cn-north-1"><span>华北-北京</span></label><label role="radio" aria-checked="true" class="is-active"><input type="radio" value="cn-south-1"><span>华南-广州</span></label></div>',
      '华南-广州',
    ],
    [
      'native radios',
      '<div><label><input type="radio" value="a"> A</label><label><input type="radio" value="b" checked> B</label></div>',
      'B',
    ],
    [
      'pressed buttons',
      '<div><button aria-pressed="false">x</button><button aria-pressed="true">y</button></div>',
      'y',
    ],
    ['no choice made', '<div><label><input type="radio" value="a"> A</label></div>', ''],
  ])('%s', async (_what, html, text) => {
    const page = await loadHtml(URL, `<main>${html}</main>`);
    expect(valueText(page.document.querySelector('main > *') as Element)).toBe(text);
  });
});

describe('findLabelledControl', () => {
  it('finds the control through for, aria-labelledby, wrapping label and sibling container', async () => {
    const page = await loadHtml(
      URL,
      `<main><form>
        <label for="a">名称</label><input id="a" name="n1">
        <span id="d">描述</span><div><textarea aria-labelledby="d" name="n2"></textarea></div>
        <label>启用BGP <input type="checkbox" name="n3"></label>
        <div><span>边界网关</span></div><div><select name="n4"></select></div>
      </form></main>`,
    );
    const root = page.document.querySelector('form') as Element;
    const index = indexLabels(root);
    const vocab = ['名称', '描述', '启用BGP', '边界网关'];
    const nameOf = (labels: string[]) =>
      findLabelledControl(index, root, labels, vocab)?.getAttribute('name');
    expect(nameOf(['名称'])).toBe('n1');
    expect(nameOf(['描述'])).toBe('n2');
    expect(nameOf(['启用BGP'])).toBe('n3');
    expect(nameOf(['边界网关'])).toBe('n4');
    expect(nameOf(['客户网关'])).toBeUndefined();
  });
});

describe('traceReads', () => {
  it('tells its listener each candidate a lookup tries and what the parse made of it, until cleared', async () => {
    const page = await loadHtml(
      URL,
      '<main><div><span>可用余额</span><span>充值</span><span>--</span></div><div><span>冻结金额</span><span>¥1.00</span></div></main>',
    );
    const root = page.document.querySelector('main') as Element;
    const index = indexLabels(root);
    const seen: [string, string, unknown][] = [];
    traceReads((label, candidate, outcome) =>
      seen.push([
        label.textContent ?? '',
        typeof candidate === 'string' ? candidate : valueText(candidate),
        outcome,
      ]),
    );
    try {
      expect(
        readLabelledValue(index, root, ['可用余额'], ['可用余额', '冻结金额'], moneyValue),
      ).toBeUndefined();
      expect(readLabelledValue(index, root, ['冻结金额'], ['可用余额', '冻结金额'], moneyValue)).toBe(100);
    } finally {
      traceReads(undefined);
    }
    expect(seen).toEqual([
      ['可用余额', '充值', undefined],
      ['可用余额', '--', UNTRUSTED],
      ['冻结金额', '¥1.00', 100],
    ]);
    readLabelledValue(index, root, ['冻结金额'], ['可用余额', '冻结金额'], moneyValue);
    expect(seen).toHaveLength(3);
  });
});
