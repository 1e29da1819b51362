import type { CheckResult } from '../model/checklist';
import { codePointLength, namedDraftOf, type RuleInput } from './rule';

export const NAME_MAX_LENGTH = 32;

const allowedCharacter = /^[\p{Script=Han}A-Za-z0-9_-]$/u;

/** Shows whitespace that would otherwise be invisible in the message. */
function visible(character: string): string {
  return /^\s$/u.test(character) ? '␣' : character;
}

/**
 * Name of a connection or a customer gateway: 1–32 code points of Chinese characters, ASCII letters,
 * digits, `_`, `-` (the SDK's VpnConnectionSpec and CustomerGatewaySpec rule). An empty name warns rather than fails: the person has simply not typed it
 * yet, and the console itself refuses an empty name. A field the reader could not find is unknown.
 */
export function nameFormatRule(input: RuleInput): CheckResult {
  const max = NAME_MAX_LENGTH;
  const draft = namedDraftOf(input.draft);
  if (!draft) {
    return {
      id: 'name-format',
      status: 'unknown',
      required: true,
      message: { key: 'check.name-format.no-form' },
      facts: [],
    };
  }
  const name = draft.name;
  if (typeof name !== 'string') {
    return {
      id: 'name-format',
      status: 'unknown',
      required: true,
      message: { key: 'check.name-format.unknown' },
      facts: [],
    };
  }
  if (name === '') {
    return {
      id: 'name-format',
      status: 'warn',
      required: true,
      message: { key: 'check.name-format.empty', params: { max } },
      facts: [],
    };
  }
  const characters = [...name];
  // A few distinct offenders are enough to act on; the name itself can be long.
  const invalid = [...new Set(characters.filter((character) => !allowedCharacter.test(character)))].slice(
    0,
    8,
  );
  if (invalid.length > 0) {
    return {
      id: 'name-format',
      status: 'fail',
      required: true,
      message: { key: 'check.name-format.invalid', params: { chars: invalid.map(visible).join(' ') } },
      facts: [],
    };
  }
  const length = codePointLength(name);
  if (length > max) {
    return {
      id: 'name-format',
      status: 'fail',
      required: true,
      message: { key: 'check.name-format.too-long', params: { length, max } },
      facts: [],
    };
  }
  return {
    id: 'name-format',
    status: 'pass',
    required: true,
    message: { key: 'check.name-format.pass', params: { length, max } },
    facts: [],
  };
}
