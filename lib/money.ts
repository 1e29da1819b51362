/**
 * Money as integer fen (1 CNY = 100 fen). Bundled into the content script: keep it small, no zod.
 *
 * Parsing is exact or nothing: a value that does not land on a whole fen (`¥1.235`, `1.2345678万`)
 * is absent rather than rounded, because rounding up at the threshold could turn "not enough" into
 * "ready". Zeros past the fen are not precision and are accepted (`¥1.230` is 123 fen).
 */

// A money value is short; longer text is a container the reader failed to narrow down.
const MAX_TEXT_LENGTH = 256;

// sign, currency, sign, number, 万, 元/currency; at most one space between tokens, none inside the number.
const MONEY_PATTERN =
  /^([+-]?) ?(?:(?:¥|CNY|RMB) ?)?([+-]?) ?([1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(\d+))? ?([万萬]?) ?(?:元|CNY|RMB)?$/i;

/** Full-width ASCII (digits, comma, period, minus, letters) to ASCII; all whitespace runs to one space. */
function normalizeMoneyText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (char === '\uffe5') out += '¥';
    else if (char === '\u2212') out += '-';
    else out += char;
  }
  // \s covers NBSP and the ideographic space; zero-width characters come from copy-paste and rich text.
  return out
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parses `¥1,234.56`, `￥1,234.56`, `1,234.56 元`, `CNY 50.00`, `RMB 50`, `-¥3.20`, `¥-3.20`, `1.2万`,
 * `1.2万元` and their full-width forms into integer fen. Anything else, including placeholders
 * (`--`, `—`, `N/A`, `***`), labels around the value, and amounts beyond the safe integer range,
 * is `undefined`. Never throws.
 */
export function parseMoneyFen(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return undefined;
  const match = MONEY_PATTERN.exec(normalizeMoneyText(text));
  if (!match) return undefined;
  const [, outerSign = '', innerSign = '', whole = '', fraction = '', wan = ''] = match;
  if (outerSign && innerSign) return undefined;
  // 1 CNY = 100 fen, 1万 CNY = 1,000,000 fen: the decimals that still name whole fen.
  const scale = wan ? 6 : 2;
  if (/[1-9]/.test(fraction.slice(scale))) return undefined;
  const fen = Number(whole.replaceAll(',', '') + fraction.slice(0, scale).padEnd(scale, '0'));
  if (!Number.isSafeInteger(fen)) return undefined;
  // No -0: it would print as "-¥0.00".
  return (outerSign || innerSign) === '-' && fen !== 0 ? -fen : fen;
}

// What is left of a money text once currency marks and spaces are gone, when it is a placeholder or masked.
const PLACEHOLDER_WORDS = new Set([
  'n/a',
  'na',
  'nan',
  'null',
  'undefined',
  'none',
  '暂无',
  '无',
  '未知',
  '未设置',
]);
const PLACEHOLDER_MARKS = /^[-—–_.,·…*＊?？/\\|]+$/;

/** A lowercased text that stands where a value should be and says nothing: `--`, `***`, `n/a`, 暂无. */
export function isPlaceholderWord(text: string): boolean {
  return PLACEHOLDER_WORDS.has(text) || PLACEHOLDER_MARKS.test(text);
}
const MASKED_DIGITS = /^[+-]?[\d.,]*[*?？][\d.,*?？]*$/;

/**
 * Whether a text that is not money (parseMoneyFen gives `undefined`) stands where money should be but
 * hides it: `--`, `—`, `***`, `¥--.--`, `¥**.**`, `1**.00`, `¥ NaN`, `N/A`, a currency mark alone.
 * Blank text is not a placeholder (it is nothing at all), nor is a word or a sentence.
 */
export function isMoneyPlaceholder(text: string | null | undefined): boolean {
  if (typeof text !== 'string' || text.length > 32) return false;
  const normalized = normalizeMoneyText(text).toLowerCase();
  if (!normalized) return false;
  const rest = normalized.replace(/¥|cny|rmb|元/g, '').replace(/\s+/g, '');
  if (!rest) return true;
  return isPlaceholderWord(rest) || MASKED_DIGITS.test(rest);
}

function groupThousands(digits: string): string {
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped ? `${group},${grouped}` : group;
  }
  return grouped;
}

/**
 * `¥1,234.56`, negative `-¥3.20`. Both languages write yuan this way in the console, so the language
 * changes nothing today; it stays in the signature so callers need not change if that ever differs.
 * A value that is not a finite safe amount prints as `—` (which parses back as absent).
 */
export function formatFen(fen: number, _language: 'zh-CN' | 'en'): string {
  // Display only: a fractional fen is rounded half away from zero.
  const magnitude = Math.round(Math.abs(fen));
  if (!Number.isSafeInteger(magnitude)) return '—';
  const digits = String(magnitude).padStart(3, '0');
  const sign = fen < 0 && magnitude !== 0 ? '-' : '';
  return `${sign}¥${groupThousands(digits.slice(0, -2))}.${digits.slice(-2)}`;
}
