/**
 * Value parsers and page-wide signs the readers share. Bundled into the content script: no zod, and the
 * patterns compare lowercased text rather than carrying the `i` flag.
 */
import { isMoneyPlaceholder, isPlaceholderWord, parseMoneyFen } from '../money';
import { type LabelIndex, type Parsed, UNTRUSTED } from './labels';

/** Money in fen; UNTRUSTED for a placeholder or masked figure (`--`, `¥**.**`), so the lookup stops there. */
export function moneyValue(text: string): Parsed<number> {
  const fen = parseMoneyFen(text);
  if (fen !== undefined) return fen;
  return isMoneyPlaceholder(text) ? UNTRUSTED : undefined;
}

/** A text that stands where a value should be but says nothing: `--`, `-`, `—`, `***`, `N/A`, 暂无. */
export function isPlaceholderText(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t !== '' && isPlaceholderWord(t);
}

// The console's refusal of a page to a sub-user without the right (compared lowercased).
const DENIED_WORDS = [
  '无权限',
  '没有权限',
  '无访问权限',
  '无权访问',
  '暂无权限',
  '权限不足',
  'access denied',
  'permission denied',
  'no permission',
  'not authorized',
  'unauthorized',
  'forbidden',
];
const DENIED_CODE = /^(?:error\s*)?403(?:\s|$|[:：])/;

/** Whether the page says, in a short text of its own, that this account may not see it. */
export function saysAccessDenied(index: LabelIndex): boolean {
  for (const { key } of index.entries) {
    if (DENIED_CODE.test(key) || DENIED_WORDS.some((word) => key.includes(word))) return true;
  }
  return false;
}

const IP_COUNT_WORDS: readonly [RegExp, number][] = [
  [/单|single/, 1],
  [/双|dual/, 2],
  [/四|quad/, 4],
];

/** A customer gateway's number of public IPs: 单IP / 双IP / 四IP, Dual IP, or the number itself (1, 2 or 4). */
export function ipCountOf(text: string): number | undefined {
  const lower = text.toLowerCase();
  const digits = /^(\d{1,2})\b/.exec(lower)?.[1];
  const count = digits ? Number(digits) : IP_COUNT_WORDS.find(([words]) => words.test(lower))?.[1];
  return count === 1 || count === 2 || count === 4 ? count : undefined;
}
