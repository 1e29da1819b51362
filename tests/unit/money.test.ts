import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, isMoneyPlaceholder, parseMoneyFen } from '@/lib/money';

describe('parseMoneyFen', () => {
  it.each([
    ['¥1,234.56', 123456],
    ['￥1,234.56', 123456],
    ['1,234.56 元', 123456],
    ['1,234.56元', 123456],
    ['CNY 50.00', 5000],
    ['CNY50', 5000],
    ['cny 50', 5000],
    ['RMB 50', 5000],
    ['50.00 CNY', 5000],
    ['¥50元', 5000],
    ['-¥3.20', -320],
    ['¥-3.20', -320],
    ['- ¥ 3.20', -320],
    ['+¥3.20', 320],
    ['−¥3.20', -320],
    ['1.2万', 1_200_000],
    ['1.2万元', 1_200_000],
    ['¥1.2 万', 1_200_000],
    ['3万', 3_000_000],
    ['1.2345万', 1_234_500],
    ['0.000001万', 1],
    ['1.2萬', 1_200_000],
    ['１２３．４５', 12345],
    ['￥１，２３４．５６', 123456],
    ['－￥３．２０', -320],
    ['ＣＮＹ ５０', 5000],
    ['\u00a0¥\u00a01,234.56\u00a0', 123456],
    ['\u3000¥1,234.56\u3000元\u3000', 123456],
    ['\t¥ 12.5\n', 1250],
    ['¥\u200b12.50', 1250],
    ['¥0.00', 0],
    ['-¥0.00', 0],
    ['0', 0],
    ['¥12', 1200],
    ['¥12.5', 1250],
    ['1234567.89', 123456789],
    ['1,234,567.89', 123456789],
    ['¥90,071,992,547,409.91', Number.MAX_SAFE_INTEGER],
  ])('%j is %d fen', (text, fen) => {
    expect(parseMoneyFen(text)).toBe(fen);
  });

  it('gives a real 0 for zero, never -0', () => {
    expect(Object.is(parseMoneyFen('-¥0.00'), 0)).toBe(true);
    expect(Object.is(parseMoneyFen('¥-0'), 0)).toBe(true);
  });

  describe('more than two decimals: exact to the fen or absent, never rounded', () => {
    it.each([
      ['¥1.230', 123],
      ['¥1.2300', 123],
      ['¥49.990', 4999],
      ['1.234567万', 1_234_567],
      ['1.23456700万', 1_234_567],
    ])('%j is exact: %d fen', (text, fen) => {
      expect(parseMoneyFen(text)).toBe(fen);
    });

    it.each(['¥1.235', '¥49.995', '¥0.001', '1.2345678万', '0.0000001万', '¥1,234.567'])(
      '%j would need rounding: absent',
      (text) => {
        expect(parseMoneyFen(text)).toBeUndefined();
      },
    );
  });

  it.each([
    null,
    undefined,
    '',
    '   ',
    '\u00a0',
    '--',
    '-',
    '—',
    '–',
    '¥--',
    'N/A',
    'n/a',
    '***',
    '¥***',
    '¥',
    '元',
    '万',
    '1,2,3',
    '12,34',
    '1,234,56',
    '0,123',
    ',123',
    '1.2.3',
    '.5',
    '5.',
    '1 234.56',
    '--5',
    '-¥-3.20',
    '+-5',
    '¥1.2万万',
    '1.2亿',
    '50元/月',
    '余额 ¥50.00',
    'Available Balance: ¥50.00',
    '¥50.00 (frozen)',
    'USD 50',
    '$50',
    '¥5e3',
    'Infinity',
    'NaN',
    '0x10',
    '¥90,071,992,547,409.92',
    '9'.repeat(40),
    `¥${'1'.repeat(300)}`,
  ])('%j is absent', (text) => {
    expect(parseMoneyFen(text)).toBeUndefined();
  });

  const digitChars = [...'0123456789０１２３４５６７８９'];
  const moneyishChars = [...'¥￥元万萬,.，．-－−+ CNYRMBcnyrmb*—/', '\u00a0', '\u3000', '\u200b'];

  it('never throws and gives undefined or a safe integer, for any string', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...moneyishChars, ...digitChars), maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (input) => {
        const fen = parseMoneyFen(input);
        return fen === undefined || Number.isSafeInteger(fen);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives undefined for any string without a digit', () => {
    const noDigit = (input: string) => !digitChars.some((digit) => input.includes(digit));
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }).filter(noDigit),
      fc.string({ unit: fc.constantFrom(...moneyishChars), maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (input) => parseMoneyFen(input) === undefined),
      { numRuns: 2000 },
    );
  });

  it('reads yuan and cents written plainly', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000_000 }), fc.nat({ max: 99 }), (yuan, cents) => {
        const text = `${yuan}.${String(cents).padStart(2, '0')}`;
        return (
          parseMoneyFen(text) === yuan * 100 + cents && parseMoneyFen(`${text}元`) === yuan * 100 + cents
        );
      }),
    );
  });
});

describe('formatFen', () => {
  it.each([
    [123456, '¥1,234.56'],
    [-320, '-¥3.20'],
    [0, '¥0.00'],
    [-0, '¥0.00'],
    [5, '¥0.05'],
    [50, '¥0.50'],
    [5000, '¥50.00'],
    [100_000, '¥1,000.00'],
    [123_456_789, '¥1,234,567.89'],
    [Number.MAX_SAFE_INTEGER, '¥90,071,992,547,409.91'],
    [-Number.MAX_SAFE_INTEGER, '-¥90,071,992,547,409.91'],
  ])('%d fen is %s', (fen, text) => {
    expect(formatFen(fen, 'zh-CN')).toBe(text);
    expect(formatFen(fen, 'en')).toBe(text);
  });

  it('rounds a fractional fen half away from zero, for display only', () => {
    expect(formatFen(12.5, 'en')).toBe('¥0.13');
    expect(formatFen(-12.5, 'en')).toBe('-¥0.13');
    expect(formatFen(-0.4, 'en')).toBe('¥0.00');
  });

  it('prints a dash, which parses back as absent, for values that are not amounts', () => {
    for (const fen of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 60]) {
      expect(formatFen(fen, 'zh-CN')).toBe('—');
      expect(parseMoneyFen(formatFen(fen, 'zh-CN'))).toBeUndefined();
    }
  });

  it('round-trips through parseMoneyFen for every safe integer fen', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1_000_000, max: 1_000_000 })),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        (fen, language) => parseMoneyFen(formatFen(fen, language)) === fen,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isMoneyPlaceholder', () => {
  it.each([
    '--',
    '-',
    '—',
    '***',
    '¥--.--',
    '¥**.**',
    '￥**.**',
    '1**.00',
    '**.50',
    '¥ NaN',
    'NaN',
    'N/A',
    '¥',
    '元',
    '-- 元',
    '暂无',
    '？',
  ])('calls %j a placeholder', (text) => {
    expect(parseMoneyFen(text)).toBeUndefined();
    expect(isMoneyPlaceholder(text)).toBe(true);
  });

  it.each(['', '   ', '2026-09-20', '充值', 'abc', '可用余额', '1-2 个工作日', 'x'.repeat(40)])(
    'does not call %j a placeholder',
    (text) => {
      expect(isMoneyPlaceholder(text)).toBe(false);
    },
  );
});
