import type { RealNameStatus } from '../model/observation';
import type { TaughtField } from '../model/settings';
import { accountValue } from './account-info';
import { type Parse, parseElementValue, UNTRUSTED } from './labels';
import { holdsSecret } from './locator';
import { parseRealNameStatus } from './real-name';
import { moneyValue } from './values';

/** A field's value as a pick reads it: fen, a real-name status, an account name. */
export type TaughtValue = number | RealNameStatus | string;

const PARSERS: Record<TaughtField, Parse<TaughtValue>> = {
  cash: moneyValue,
  realName: parseRealNameStatus,
  account: accountValue,
};

/**
 * Inputs whose value the picker never reads, nor points at, and a report never copies: the same test as
 * createLocator's (a narrower one here let the preview and the report show a `psk` or `预共享密钥` field).
 */
export const isSecretInput = holdsSecret;

/**
 * What a pick of `element` reads for the field, the way the readers would read it there: the value, or
 * `untrusted` for a placeholder or a masked figure, or undefined when it is not such a value at all.
 */
export function readPick(field: TaughtField, element: Element): TaughtValue | 'untrusted' | undefined {
  if (isSecretInput(element)) return undefined;
  const value = parseElementValue(element, PARSERS[field]);
  return value === UNTRUSTED ? 'untrusted' : value;
}
