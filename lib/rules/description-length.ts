import type { CheckResult } from '../model/checklist';
import { codePointLength, namedDraftOf, type RuleInput } from './rule';

export const DESCRIPTION_MAX_LENGTH = 256;

/**
 * Description: at most 256 code points. It is optional, so an empty description, one the reader could
 * not find, or no form at all pass: nothing the purchase needs is missing.
 */
export function descriptionLengthRule(input: RuleInput): CheckResult {
  const max = DESCRIPTION_MAX_LENGTH;
  const description = namedDraftOf(input.draft)?.description;
  if (typeof description !== 'string' || description === '') {
    return {
      id: 'description-length',
      status: 'pass',
      required: true,
      message: { key: 'check.description-length.optional' },
      facts: [],
    };
  }
  const length = codePointLength(description);
  return length > max
    ? {
        id: 'description-length',
        status: 'fail',
        required: true,
        message: { key: 'check.description-length.too-long', params: { length, max } },
        facts: [],
      }
    : {
        id: 'description-length',
        status: 'pass',
        required: true,
        message: { key: 'check.description-length.pass', params: { length, max } },
        facts: [],
      };
}
