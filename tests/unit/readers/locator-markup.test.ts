import { afterEach, describe, expect, it } from 'vitest';
import { readAccountInfo } from '../../../lib/readers/account-info';
import { collapse } from '../../../lib/readers/labels';
import { createLocator, findByLocator } from '../../../lib/readers/locator';
import { closeOpenPages, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const URL = 'https://uc.jdcloud.com/cost/capital/capital-overview';
const load = async (html: string) => (await loadHtml(URL, html)).document;
const stored = (locator: unknown) => JSON.parse(JSON.stringify(locator)) as unknown;
const text = (element: Element | undefined) => (element ? collapse(element.textContent) : undefined);

async function teach(html: string) {
  const document = await load(html);
  const locator = createLocator(document.querySelector('[data-want]') as Element);
  return locator;
}

/** What a locator finds on `html`; undefined when none was made (refusing to teach never reads a neighbour). */
async function foundOn(locator: unknown, html: string) {
  return locator ? text(findByLocator(stored(locator), await load(html))) : undefined;
}

/** A figure: what a neighbour's amount would show. */
const FIGURE = /\d/;

type Field = [label: string, value: string | undefined, want?: boolean];
const FIELDS = (cash: string | undefined): Field[] => [
  ['账户总金额', '¥1,032.50'],
  ['可用金额', cash, true],
  ['冻结金额', '¥1,000.00'],
];
const mark = (want?: boolean) => (want ? ' data-want' : '');

describe('an Ant Design descriptions table, bordered (th/td pairs in one row)', () => {
  const page = (fields: Field[]) =>
    `<main><div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-view"><table><tbody><tr class="ant-descriptions-row">${fields
      .map(
        ([label, value, want]) =>
          `<th class="ant-descriptions-item-label">${label}</th><td class="ant-descriptions-item-content"${mark(want)}>${value ?? ''}</td>`,
      )
      .join('')}</tr></tbody></table></div></div></main>`;
  it('finds the value again, reordered, and not a neighbour once it is empty', async () => {
    const locator = await teach(page(FIELDS('¥32.50')));
    expect(locator).toBeDefined();
    expect(text(findByLocator(stored(locator), await load(page(FIELDS('¥7.00')))))).toBe('¥7.00');
    expect(text(findByLocator(stored(locator), await load(page(FIELDS('¥7.00').reverse()))))).toBe('¥7.00');
    const gone = await load(page(FIELDS(undefined)));
    expect(text(findByLocator(stored(locator), gone)) ?? '').not.toMatch(/\d/);
  });
});

describe('an Ant Design descriptions table, vertical (a label row over a value row)', () => {
  const page = (fields: Field[]) =>
    `<main><div class="ant-descriptions"><table><tbody><tr class="ant-descriptions-row">${fields
      .map(([label]) => `<th class="ant-descriptions-item-label">${label}</th>`)
      .join('')}</tr><tr class="ant-descriptions-row">${fields
      .map(([, value, want]) => `<td class="ant-descriptions-item-content"${mark(want)}>${value ?? ''}</td>`)
      .join('')}</tr></tbody></table></div></main>`;
  // Was: a path from <main> past the labels (td 1 of row 2), which read 账户总金额's figure once a column was
  // inserted before. Now no locator is made: the labels before the value do not lead to it alone.
  it('never hands over a neighbour after a column is inserted before it', async () => {
    const locator = await teach(page(FIELDS('¥32.50')));
    const inserted: Field[] = [['可开票金额', '¥22.50'], ...FIELDS('¥7.00')];
    expect([undefined, '¥7.00']).toContain(await foundOn(locator, page(inserted)));
  });
  it('never hands over a neighbour after the columns are reordered', async () => {
    const locator = await teach(page(FIELDS('¥32.50')));
    expect([undefined, '¥7.00']).toContain(await foundOn(locator, page(FIELDS('¥7.00').reverse())));
  });
});

describe('Ant Design descriptions, unbordered (label and content spans in one item)', () => {
  const page = (fields: Field[]) =>
    `<main><div class="ant-descriptions"><table><tbody><tr>${fields
      .map(
        ([label, value, want]) =>
          `<td class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${label}</span><span class="ant-descriptions-item-content">${value === undefined ? '' : `<span${mark(want)}>${value}</span>`}</span></div></td>`,
      )
      .join('')}</tr></tbody></table></div></main>`;
  it('finds it again and never a neighbour', async () => {
    const locator = await teach(page(FIELDS('¥32.50')));
    expect(locator).toBeDefined();
    expect(text(findByLocator(stored(locator), await load(page(FIELDS('¥7.00').reverse()))))).toBe('¥7.00');
    // The empty content span may come back: it reads as no value, never as a neighbour's figure.
    expect(text(findByLocator(stored(locator), await load(page(FIELDS(undefined))))) ?? '').not.toMatch(
      FIGURE,
    );
  });
});

describe('a card grid where two cards share the label 余额', () => {
  const card = (title: string | undefined, value: string | undefined, want = false) =>
    `<div class="card">${title ? `<div class="card-hd">${title}</div>` : ''}<div class="card-bd"><p class="lbl">余额</p><p class="num">${
      value === undefined ? '' : `<span${mark(want)}>${value}</span>`
    }</p></div></div>`;
  const page = (cards: string[]) => `<main><div class="grid">${cards.join('')}</div></main>`;

  // Was: the second card's value placed by a path from <main>, which read the first card's once the cards
  // swapped; and the first card's 余额 locator read the second card's figure once its own was gone. Now a label
  // that leads to a value from another occurrence too makes no locator, nor does a path past labels.
  it('with titles: the second card taught never reads the first card’s value, in either order', async () => {
    const locator = await teach(page([card('现金账户', '¥32.50'), card('信用账户', '¥500.00', true)]));
    const swapped = page([card('信用账户', '¥9.00'), card('现金账户', '¥1.00')]);
    expect([undefined, '¥9.00']).toContain(await foundOn(locator, swapped));
  });

  it('with titles: when the taught card’s value is gone, not the other card’s', async () => {
    const locator = await teach(page([card('现金账户', '¥32.50'), card('信用账户', '¥500.00', true)]));
    expect(
      await foundOn(locator, page([card('现金账户', '¥1.00'), card('信用账户', undefined)])),
    ).toBeUndefined();
  });

  it('with titles: the first card taught, the second card’s value never stands in', async () => {
    const locator = await teach(page([card('现金账户', '¥32.50', true), card('信用账户', '¥500.00')]));
    expect(
      await foundOn(locator, page([card('现金账户', undefined), card('信用账户', '¥9.00')])),
    ).toBeUndefined();
  });

  it('without titles: the second card’s value never comes back as the first card’s', async () => {
    const locator = await teach(page([card(undefined, '¥32.50'), card(undefined, '¥500.00', true)]));
    expect([undefined, '¥9.00']).toContain(
      await foundOn(locator, page([card(undefined, '¥1.00'), card(undefined, '¥9.00')])),
    );
  });

  it('a label that occurs once still teaches (a help text elsewhere repeating it leads to no value)', async () => {
    const html = `<aside><p>余额</p><p>指账户中可用的金额</p></aside><main>${card('现金账户', '¥32.50', true)}</main>`;
    const locator = await teach(html);
    expect(locator?.label).toBe('余额');
    expect(await foundOn(locator, html.replace('¥32.50', '¥7.00'))).toBe('¥7.00');
  });
});

describe('a virtualised list that recycles its rows', () => {
  // Rows are absolutely positioned; the DOM order is the recycle order, not the visual order.
  const row = (label: string, value: string | undefined, want = false, y = 0) =>
    `<div class="row" style="transform:translateY(${y}px)"><div class="cell">${label}</div><div class="cell">${
      value === undefined ? '' : `<span${mark(want)}>${value}</span>`
    }</div></div>`;
  const page = (rows: string[]) =>
    `<main><div class="holder"><div class="inner">${rows.join('')}</div></div></main>`;

  it('finds the value in whichever recycled row holds its label; none when its row scrolled away', async () => {
    const locator = await teach(
      page([
        row('账户总金额', '¥1,032.50'),
        row('可用金额', '¥32.50', true, 40),
        row('冻结金额', '¥1,000.00', false, 80),
      ]),
    );
    expect(locator).toBeDefined();
    const recycled = await load(
      page([
        row('冻结金额', '¥1,000.00', false, 80),
        row('账户总金额', '¥1,032.50'),
        row('可用金额', '¥7.00', false, 40),
      ]),
    );
    expect(text(findByLocator(stored(locator), recycled))).toBe('¥7.00');
    const scrolled = await load(
      page([row('冻结金额', '¥1,000.00', false, 80), row('余额提醒阈值', '200.00', false, 120)]),
    );
    expect(text(findByLocator(stored(locator), scrolled))).toBeUndefined();
  });
});

describe('a label with a tooltip icon and its colon in a separate span', () => {
  const field = (label: string, value: string | undefined, want = false) =>
    `<div class="item"><span class="label"><span>${label}</span><i class="anticon"><svg><path d=""></path></svg></i><span class="colon">：</span></span><span class="value">${
      value === undefined ? '' : `<span${mark(want)}>${value}</span>`
    }</span></div>`;
  const page = (fields: Field[]) =>
    `<main><div class="list">${fields.map(([l, v, w]) => field(l, v, w)).join('')}</div></main>`;

  it('takes the words as the label and finds the value again', async () => {
    const locator = await teach(page(FIELDS('¥32.50')));
    expect(locator?.label).toBe('可用金额');
    expect(text(findByLocator(stored(locator), await load(page(FIELDS('¥7.00').reverse()))))).toBe('¥7.00');
    expect(text(findByLocator(stored(locator), await load(page(FIELDS(undefined))))) ?? '').not.toMatch(
      FIGURE,
    );
  });

  it('flat: label, icon, colon and value as siblings; the neighbour never stands in', async () => {
    const flat = (fields: Field[]) =>
      `<main><div class="row">${fields
        .map(
          ([label, value, want]) =>
            `<span>${label}</span><i class="icon"></i><span>:</span>${value === undefined ? '' : `<span${mark(want)}>${value}</span>`}`,
        )
        .join('')}</div></main>`;
    const locator = await teach(flat(FIELDS('¥32.50')));
    expect(locator).toBeDefined();
    expect(text(findByLocator(stored(locator), await load(flat(FIELDS('¥7.00')))))).toBe('¥7.00');
    // The next label comes back (冻结金额): no figure, so no cash; for a name it is worse (below).
    expect(text(findByLocator(stored(locator), await load(flat(FIELDS(undefined))))) ?? '').not.toMatch(
      FIGURE,
    );
  });
});

describe('a value behind a skeleton loader that fills in later', () => {
  const skeleton =
    '<div class="ant-skeleton ant-skeleton-active"><div class="ant-skeleton-content"><h3 class="ant-skeleton-title"></h3></div></div>';
  const flat = (fields: Field[], loading: boolean) =>
    `<main><div class="row">${fields
      .map(
        ([label, value, want]) =>
          `<span>${label}</span>${loading && want ? skeleton : `<span${mark(want)}>${value}</span>`}`,
      )
      .join('')}</div></main>`;
  const cols = (fields: Field[], loading: boolean) =>
    `<main><div class="el-row">${fields
      .map(
        ([label, value, want]) =>
          `<div class="el-col"><span class="lbl">${label}</span>${loading && want ? skeleton : `<span class="val"${mark(want)}>${value}</span>`}</div>`,
      )
      .join('')}</div></main>`;
  for (const [name, layout] of [
    ['one flat row', flat],
    ['one column per field', cols],
  ] as const) {
    it(`${name}: nothing while loading (never 冻结金额), the value once filled in`, async () => {
      const locator = await teach(layout(FIELDS('¥32.50'), false));
      expect(locator).toBeDefined();
      const loading = await load(layout(FIELDS('¥32.50'), true));
      expect(text(findByLocator(stored(locator), loading)) ?? '').not.toMatch(/\d/);
      expect(text(findByLocator(stored(locator), await load(layout(FIELDS('¥7.00'), false))))).toBe('¥7.00');
    });
  }
});

describe('冻结金额 beside 可用金额', () => {
  it('an inline pair "可用金额：¥32.50 冻结金额：¥1,000.00" in one text: the inline locator reads only its own', async () => {
    const html = (cash: string) =>
      `<main><p data-want>可用金额：${cash}</p><p>冻结金额：¥1,000.00</p></main>`;
    const locator = await teach(html('¥32.50'));
    expect(locator).toEqual({ label: '可用金额', path: [], inline: true });
  });

  // A row of labels over a row of values: the label nearest before the value is the row's last (冻结金额), and
  // a value not rendered shifts the others under the labels. No place is kept there (the picker says so).
  it('labels in one row over their figures in the next: no place kept, so never the neighbour’s figure', async () => {
    const html = (a: string | undefined) =>
      `<main><div class="stat"><div class="t"><span>可用金额</span><span>冻结金额</span></div><div class="v">${a === undefined ? '' : `<b data-want>${a}</b>`}<b>¥1,000.00</b></div></div></main>`;
    const locator = await teach(html('¥32.50'));
    expect(locator).toBeUndefined();
    expect(await foundOn(locator, html(undefined))).toBeUndefined();
  });
});

describe('a taught account name whose value is not rendered', () => {
  // The locator tells a neighbour's label by the figure after it; a name is no figure, so where the name is
  // not rendered it finds the next label. The reader reads a taught place as a labelled value: the page's
  // other labels are never a value.
  it('never reads the next field’s label as the name', async () => {
    const page = (name: string | undefined) =>
      `<main><div class="info"><span class="l">账号名</span>${name ? `<span class="v" data-want>${name}</span>` : ''}<span class="l">用户PIN</span><span class="v">jd_8a7b</span></div></main>`;
    const locator = await teach(page('jcloudiaas5'));
    expect(locator).toEqual({ label: '账号名', up: 1, path: [{ tag: 'span', nth: 0 }] });
    const read = async (html: string) => {
      const document = await load(html);
      const findTaught = (field: string) =>
        field === 'account' ? findByLocator(stored(locator), document) : undefined;
      return readAccountInfo({ document, overrides: {}, findTaught }).find((r) => r.field === 'account');
    };
    expect(await read(page('jcloudiaas5'))).toEqual({
      field: 'account',
      value: 'jcloudiaas5',
      found: 'taught',
    });
    expect(await read(page(undefined))).toBeUndefined();
  });
});
