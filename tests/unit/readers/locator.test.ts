import fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type TaughtLocator as ModelLocator, taughtLocatorSchema } from '../../../lib/model/locator';
import { CASH_LABELS } from '../../../lib/readers/capital-overview';
import {
  collapse,
  findLabels,
  indexLabels,
  parseElementValue,
  valueCandidates,
} from '../../../lib/readers/labels';
import { createLocator, findByLocator, type TaughtLocator } from '../../../lib/readers/locator';
import { moneyValue } from '../../../lib/readers/values';
import { MOCK_URLS, type MockLanguage, type MockSkin } from '../../fixtures/console/render';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const URL = 'https://uc.jdcloud.com/cost/capital/capital-overview';

/** How a re-render differs from the page the locator was taught on. */
interface Variant {
  /** Every class name on the page carries this hash. */
  hash: string;
  extra: boolean;
  wrap: boolean;
  reorder: boolean;
  value: string;
}

const TAUGHT: Variant = { hash: 'a81f', extra: false, wrap: false, reorder: false, value: '¥32.50' };
const RERENDERS: [string, Partial<Variant>][] = [
  ['the same page', {}],
  ['every class name changed', { hash: 'z07q' }],
  ['an extra field inserted before', { extra: true }],
  ['an extra wrapper around the value', { wrap: true }],
  ['the fields and sections reordered', { reorder: true }],
  ['the value changed', { value: '¥1,000.00' }],
  ['all of these at once', { hash: 'k3x9', extra: true, wrap: true, reorder: true, value: '¥1,000.00' }],
];

/**
 * One way a console may lay out labelled figures. `field` marks the value element with data-want (which
 * no locator reads); `value` undefined draws the label without its value.
 */
interface Layout {
  field(label: string, value: string | undefined, v: Variant, want?: boolean): string;
  group(fields: string, v: Variant): string;
}

const wrapped = (v: Variant, want: boolean, html: string) =>
  want && v.wrap ? `<div class="wrap-${v.hash}">${html}</div>` : html;
const mark = (want: boolean) => (want ? ' data-want' : '');

const LAYOUTS: Record<string, Layout> = {
  'an Element-UI description list (el-col with label and value spans)': {
    field: (label, value, v, want = false) =>
      `<div class="el-col-8-${v.hash} col-${v.hash}"><span class="label-${v.hash}">${label}<i class="el-icon-question-${v.hash}"></i></span>${
        value === undefined
          ? ''
          : wrapped(v, want, `<span class="value-${v.hash}"${mark(want)}>${value}</span>`)
      }</div>`,
    group: (fields, v) => `<div class="el-row-${v.hash}">${fields}</div>`,
  },
  'one flat row of label and value spans': {
    field: (label, value, v, want = false) =>
      `<span class="l-${v.hash}">${label}</span>${
        value === undefined ? '' : wrapped(v, want, `<span class="v-${v.hash}"${mark(want)}>${value}</span>`)
      }`,
    group: (fields, v) => `<div class="flat-${v.hash}">${fields}</div>`,
  },
  'a table with a <th> per row': {
    field: (label, value, v, want = false) =>
      `<tr class="row-${v.hash}"><th class="th-${v.hash}">${label}</th>${
        value === undefined ? '' : `<td>${wrapped(v, want, `<span${mark(want)}>${value}</span>`)}</td>`
      }</tr>`,
    group: (fields, v) => `<table class="table-${v.hash}"><tbody>${fields}</tbody></table>`,
  },
  'a dl with "label：" dt and the value as dd text': {
    field: (label, value, v, want = false) =>
      `<dt class="dt-${v.hash}">${label}：</dt>${
        value === undefined
          ? ''
          : want && v.wrap
            ? `<dd><div class="wrap-${v.hash}"${mark(want)}>${value}</div></dd>`
            : `<dd class="dd-${v.hash}"${mark(want)}>${value}</dd>`
      }`,
    group: (fields, v) => `<dl class="dl-${v.hash}">${fields}</dl>`,
  },
  'inline "label：value" spans': {
    field: (label, value, v, want = false) =>
      wrapped(v, want, `<span class="item-${v.hash}"${mark(want)}>${label}：${value ?? ''}</span>`),
    group: (fields, v) => `<div class="bar-${v.hash}">${fields}</div>`,
  },
  'cards whose figure sits under a heading': {
    field: (label, value, v, want = false) =>
      `<div class="card-${v.hash}"><div class="hd-${v.hash}"><h3>${label}</h3><i class="tip-${v.hash}"></i></div><div class="bd-${v.hash}">${
        value === undefined
          ? ''
          : wrapped(v, want, `<strong class="num-${v.hash}"${mark(want)}>${value}</strong>`)
      }<span class="unit-${v.hash}">元</span></div></div>`,
    group: (fields, v) => `<div class="cards-${v.hash}">${fields}</div>`,
  },
};

type Cash = 'shown' | 'label gone' | 'value gone';

/** A capital page in `layout`: three figures (可用金额 between its neighbours) and an alert section. */
function capitalPage(layout: Layout, v: Variant, cash: Cash = 'shown'): string {
  const fields: [string, string | undefined, boolean?][] = [
    ['账户总金额', '¥1,032.50'],
    ['可用金额', cash === 'value gone' ? undefined : v.value, true],
    ['冻结金额', '¥1,000.00'],
  ];
  if (cash === 'label gone') fields.splice(1, 1);
  if (v.reorder) fields.reverse();
  if (v.extra) fields.unshift(['可开票金额', '¥22.50']);
  const figures = layout.group(
    fields.map(([label, value, want]) => layout.field(label, value, v, want)).join(''),
    v,
  );
  const capital = `<section class="capital-${v.hash}"><h2>资金账户</h2>${figures}</section>`;
  const alert = `<section class="alert-${v.hash}"><h2>余额提醒</h2>${layout.group(layout.field('余额提醒阈值', '200.00', v), v)}</section>`;
  return `<div class="layout-${v.hash}"><aside><p>帮助</p></aside><main>${v.reorder ? alert + capital : capital + alert}</main></div>`;
}

async function load(html: string) {
  return (await loadHtml(URL, html)).document;
}

/** What storage gives back: JSON, not the object createLocator made. */
const stored = (locator: unknown) => JSON.parse(JSON.stringify(locator)) as unknown;

async function teach(html: string): Promise<TaughtLocator> {
  const document = await load(html);
  const locator = createLocator(document.querySelector('[data-want]') as Element);
  expect(locator).toBeDefined();
  return locator as TaughtLocator;
}

const LANDMARK_PAGE = `<header><div><span>◆</span></div><div><span data-want>jcloudiaas5</span><i></i></div></header><main><p>概览</p></main>`;

for (const [name, layout] of Object.entries(LAYOUTS)) {
  describe(`taught on ${name}`, () => {
    for (const [change, variant] of RERENDERS) {
      it(`still finds the value after a re-render with ${change}`, async () => {
        const locator = await teach(capitalPage(layout, TAUGHT));
        const document = await load(capitalPage(layout, { ...TAUGHT, ...variant }));
        const want = document.querySelector('[data-want]') as Element;
        const found = findByLocator(stored(locator), document);
        expect(found && (found === want || found.contains(want))).toBe(true);
        expect(collapse(found?.textContent)).toBe(collapse(want.textContent));
      });
    }

    it('finds nothing once the label is gone, though its neighbours are still there', async () => {
      const locator = await teach(capitalPage(layout, TAUGHT));
      for (const variant of [TAUGHT, { ...TAUGHT, hash: 'b2', extra: true, wrap: true, reorder: true }]) {
        const document = await load(capitalPage(layout, variant, 'label gone'));
        expect(findByLocator(stored(locator), document)).toBeUndefined();
      }
    });

    it('finds nothing when the value itself is gone, neither a neighbouring figure nor its label', async () => {
      const locator = await teach(capitalPage(layout, TAUGHT));
      for (const variant of [TAUGHT, { ...TAUGHT, extra: true }, { ...TAUGHT, reorder: true }]) {
        const document = await load(capitalPage(layout, variant, 'value gone'));
        expect(findByLocator(stored(locator), document)).toBeUndefined();
      }
    });
  });
}

describe('createLocator', () => {
  it.each([
    [
      'an Element-UI description list (el-col with label and value spans)',
      { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0 }] },
    ],
    ['one flat row of label and value spans', { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0 }] }],
    [
      'a table with a <th> per row',
      {
        label: '可用金额',
        up: 1,
        path: [
          { tag: 'td', nth: 0 },
          { tag: 'span', nth: 0 },
        ],
      },
    ],
    [
      'a dl with "label：" dt and the value as dd text',
      { label: '可用金额', up: 1, path: [{ tag: 'dd', nth: 0 }] },
    ],
    ['inline "label：value" spans', { label: '可用金额', path: [], inline: true }],
    [
      'cards whose figure sits under a heading',
      {
        label: '可用金额',
        up: 2,
        path: [
          { tag: 'div', nth: 0 },
          { tag: 'strong', nth: 0 },
        ],
      },
    ],
  ])('on %s: relative to the label, counted from the label on', async (name, expected) => {
    expect(await teach(capitalPage(LAYOUTS[name] as Layout, TAUGHT))).toEqual(expected);
  });

  it('places a value without any label from its landmark', async () => {
    const locator = await teach(LANDMARK_PAGE);
    expect(locator).toEqual({
      landmark: 'header',
      path: [
        { tag: 'div', nth: 1 },
        { tag: 'span', nth: 0 },
      ],
    });
    const renamed = await load(
      `<header class="x"><div class="y"><span>◆</span></div><div class="z"><span>other_pin</span><i></i></div></header><main></main>`,
    );
    expect(findByLocator(stored(locator), renamed)?.textContent).toBe('other_pin');
  });

  it('teaches the account name in a top bar beside its menu words, links and buttons aside', async () => {
    const bar = (hash: string, name: string, extra = '') =>
      `<div class="top-${hash}"><div class="left-${hash}"><a href="#">京东云</a><a href="#">概览</a></div><div class="right-${hash}">${extra}<a href="#">帮助中心</a><div class="drop-${hash}">工单<i></i></div><a href="#">备案</a><div class="user-${hash}"><span data-want>${name}</span><i></i></div></div></div><main><p>内容</p></main>`;
    const locator = await teach(bar('a1', 'jcloudiaas5'));
    expect(locator).toEqual({
      label: '工单',
      up: 1,
      path: [
        { tag: 'div', nth: 0 },
        { tag: 'span', nth: 0 },
      ],
    });
    const document = await load(bar('b2', 'someone_else', '<a href="#">消息<sup>3</sup></a>'));
    expect(findByLocator(stored(locator), document)?.textContent).toBe('someone_else');
  });

  it('takes a label that occurs twice from the occurrence whose path leads to the value', async () => {
    const html = `<aside><p>可用金额</p><p>指可以用于消费的金额</p></aside><main><div><span>可用金额</span><span data-want>¥32.50</span></div></main>`;
    const locator = await teach(html);
    const document = await load(html.replace('¥32.50', '¥7.00'));
    expect(findByLocator(stored(locator), document)?.textContent).toBe('¥7.00');
  });

  it('matches the label whatever marks the page puts around it', async () => {
    const locator = await teach(
      `<main><div><span>可用金额 ⓘ</span><span data-want>¥32.50</span></div></main>`,
    );
    expect(locator.label).toBe('可用金额');
    for (const label of ['可用金额：', '* 可用金额', '可用金额 ⓘ', '可用金额']) {
      const document = await load(`<main><div><span>${label}</span><span>¥1.00</span></div></main>`);
      expect(findByLocator(stored(locator), document)?.textContent).toBe('¥1.00');
    }
  });

  it('never takes a date or a count as the label', async () => {
    const locator = await teach(
      `<main><section><h3>可用金额</h3><p>2024-05-01 12:00</p><div><b data-want>¥32.50</b></div></section></main>`,
    );
    expect(locator.label).toBe('可用金额');
  });

  it.each([
    ['a password input', '<label>登录密码 <input type="password" data-want value="x"></label>'],
    [
      'an input named for a secret key',
      '<div><span>Secret</span><input name="secretKey" data-want value="x"></div>',
    ],
    ['a one-time code input', '<div><span>验证</span><input autocomplete="one-time-code" data-want></div>'],
    ['a pre-shared key input', '<div><span>预共享</span><input id="psk" type="text" data-want></div>'],
    ['a wrapper around a password input', '<div data-want><span>账号</span><input type="password"></div>'],
    ['a text whose label names a secret', '<dl><dt>Access Key密钥</dt><dd data-want>AbCdEf123</dd></dl>'],
    ['an inline text that names a secret', '<p data-want>密码：hunter2</p>'],
  ])('refuses %s', async (_name, html) => {
    const document = await load(`<main>${html}</main>`);
    expect(createLocator(document.querySelector('[data-want]') as Element)).toBeUndefined();
  });

  it('refuses an element no longer in the page', async () => {
    const document = await load('<main><div><span>可用金额</span><span>¥1.00</span></div></main>');
    expect(createLocator(document.createElement('span'))).toBeUndefined();
  });
});

describe('findByLocator on malformed data', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a string', '可用金额'],
    ['a number', 42],
    ['an array', [{ tag: 'span', nth: 0 }]],
    ['no path', { label: '可用金额' }],
    ['a path that is a string', { label: '可用金额', path: 'span' }],
    ['a null step', { label: '可用金额', up: 1, path: [null] }],
    ['a negative nth', { label: '可用金额', up: 1, path: [{ tag: 'span', nth: -1 }] }],
    ['a fractional nth', { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0.5 }] }],
    ['a huge nth', { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 1e300 }] }],
    ['nth as a string', { label: '可用金额', up: 1, path: [{ tag: 'span', nth: '0' }] }],
    ['a huge up', { label: '可用金额', up: 1e9, path: [{ tag: 'span', nth: 0 }] }],
    ['up of 7', { label: '可用金额', up: 7, path: [{ tag: 'span', nth: 0 }] }],
    ['1000 steps', { label: '可用金额', up: 1, path: Array(1000).fill({ tag: 'span', nth: 0 }) }],
    ['a tag with an attribute in it', { label: '可用金额', up: 1, path: [{ tag: 'img onerror', nth: 0 }] }],
    ['a selector as tag', { label: '可用金额', up: 1, path: [{ tag: 'span.value', nth: 0 }] }],
    ['a 10k-character label', { label: '可'.repeat(10_000), up: 1, path: [{ tag: 'span', nth: 0 }] }],
    ['a label of marks only', { label: '*：', up: 1, path: [{ tag: 'span', nth: 0 }] }],
    ['a label that is not a string', { label: ['可用金额'], up: 1, path: [{ tag: 'span', nth: 0 }] }],
    ['neither label nor landmark', { path: [{ tag: 'span', nth: 0 }] }],
    ['an unknown landmark', { landmark: 'script', path: [{ tag: 'span', nth: 0 }] }],
    ['an empty path', { label: '可用金额', up: 1, path: [] }],
    ['an inline locator with a path', { label: '可用金额', inline: true, path: [{ tag: 'span', nth: 0 }] }],
    ['inline not true', { label: '可用金额', inline: 'yes', path: [] }],
  ];
  const page =
    '<main><div><span>可用金额</span><span>¥32.50</span></div><div><span>可用金额：¥1.00</span></div></main>';

  it.each(cases)('gives undefined for %s without throwing', async (_name, locator) => {
    const document = await load(page);
    expect(findByLocator(locator, document)).toBeUndefined();
  });

  it('gives undefined for an object whose reading throws', async () => {
    const document = await load(page);
    const hostile = Object.defineProperty({}, 'path', {
      get() {
        throw new Error('no');
      },
    });
    expect(findByLocator(hostile, document)).toBeUndefined();
  });

  it('reads a well-formed locator on the same page', async () => {
    const document = await load(page);
    const locator = { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0 }] };
    expect(findByLocator(locator, document)?.textContent).toBe('¥32.50');
    expect(findByLocator({ label: '可用金额', path: [], inline: true }, document)?.textContent).toBe(
      '可用金额：¥1.00',
    );
  });

  it('never throws for any JSON at all', async () => {
    const document = await load(page);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        findByLocator(value, document);
      }),
      { numRuns: 200 },
    );
  });
});

const SKINS: MockSkin[] = ['classic', 'console-2019'];
const LANGS: MockLanguage[] = ['zh', 'en'];

describe('taught on the mock console capital page', () => {
  for (const skin of SKINS) {
    for (const lang of LANGS) {
      it(`${skin} (${lang}): taught on one account, finds the cash on another`, async () => {
        const taughtOn = await loadConsolePage(MOCK_URLS.capitalOverview, { scenario: 'ready', lang, skin });
        const locator = createLocator(cashElement(taughtOn.document));
        expect(locator?.label).toBeDefined();
        const other = await loadConsolePage(MOCK_URLS.capitalOverview, {
          scenario: 'low-balance',
          lang,
          skin,
        });
        const found = findByLocator(stored(locator), other.document);
        expect(found).toBe(cashElement(other.document));
      });
    }
  }
});

/** The innermost element showing the cash, found the way the reader finds it (a person points at that one). */
function cashElement(document: Document): Element {
  const root = document.querySelector('main') ?? document.body;
  const cash = (element: Element) => parseElementValue(element, moneyValue);
  for (const hit of findLabels(indexLabels(root), CASH_LABELS)) {
    for (const candidate of valueCandidates(hit, root, CASH_LABELS)) {
      if (typeof candidate === 'string' || typeof cash(candidate) !== 'number') continue;
      let element = candidate;
      for (let inner = innerWith(element, cash(element)); inner; inner = innerWith(inner, cash(inner))) {
        element = inner;
      }
      return element;
    }
  }
  throw new Error('no cash on the page');

  function innerWith(element: Element, fen: unknown): Element | undefined {
    return Array.from(element.children).find((child) => cash(child) === fen);
  }
}

describe('taughtLocatorSchema', () => {
  it('accepts what createLocator makes', async () => {
    const pages = [LANDMARK_PAGE, ...Object.values(LAYOUTS).map((layout) => capitalPage(layout, TAUGHT))];
    for (const page of pages) {
      expect(taughtLocatorSchema.safeParse(stored(await teach(page))).success).toBe(true);
    }
  });

  it('refuses whatever the matcher refuses: what the schema lets through is all the matcher ever matches', async () => {
    const document = await load('<main><div><span>可用金额</span><span>¥32.50</span></div></main>');
    const step = fc.record({
      tag: fc.constantFrom('span', 'span', 'div', 'img onerror', 'Span', 'x'.repeat(40)),
      nth: fc.oneof(fc.constant(0), fc.integer({ min: -2, max: 202 })),
    });
    // Each run changes one key of a locator that matches this page, or none.
    const base = { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0 }] };
    const changes = fc.oneof(
      fc.constant({}),
      fc.record({
        label: fc.oneof(
          fc.constantFrom('可用金额：', '*：', '', '可'.repeat(81)),
          fc.string({ maxLength: 90 }),
        ),
      }),
      fc.record({ up: fc.integer({ min: -1, max: 7 }) }),
      fc.record({ landmark: fc.constantFrom(undefined, 'main', 'script') }),
      fc.record({ path: fc.oneof(fc.array(step, { maxLength: 2 }), fc.array(step, { maxLength: 14 })) }),
      fc.record({ inline: fc.constantFrom(undefined, true, false) }),
    );
    let matched = 0;
    fc.assert(
      fc.property(changes, (change) => {
        const value = { ...base, ...change };
        if (!findByLocator(value, document)) return;
        matched++;
        expect(taughtLocatorSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(matched).toBeGreaterThan(0);
  });

  it.each<[string, unknown]>([
    ['an unknown key', { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0 }], selector: '.cash' }],
    [
      'an unknown key in a step',
      { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 0, className: 'x' }] },
    ],
    ['nth over 200', { label: '可用金额', up: 1, path: [{ tag: 'span', nth: 201 }] }],
    ['up over 6', { label: '可用金额', up: 7, path: [{ tag: 'span', nth: 0 }] }],
    ['13 steps', { label: '可用金额', path: Array(13).fill({ tag: 'span', nth: 0 }) }],
    ['a label over 80 characters', { label: '可'.repeat(81), up: 1, path: [{ tag: 'span', nth: 0 }] }],
    ['a tag that is not a tag', { label: '可用金额', up: 1, path: [{ tag: 'img onerror', nth: 0 }] }],
    ['a label and a landmark', { label: '可用金额', landmark: 'main', path: [{ tag: 'span', nth: 0 }] }],
    ['an inline locator with a path', { label: '可用金额', inline: true, path: [{ tag: 'span', nth: 0 }] }],
    ['a landmark without a path', { landmark: 'main', path: [] }],
  ])('refuses %s', (_name, value) => {
    expect(taughtLocatorSchema.safeParse(value).success).toBe(false);
  });

  it('describes the same data as the content script interface', () => {
    expectTypeOf<ModelLocator>().toEqualTypeOf<TaughtLocator>();
  });
});
