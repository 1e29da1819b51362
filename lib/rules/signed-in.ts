import type { CheckResult } from '../model/checklist';
import { factOf, type RuleInput, withStaleness } from './rule';

export function signedInRule({ state, settings, now }: RuleInput): CheckResult {
  const observation = state.signedIn;
  if (!observation || typeof observation.value !== 'boolean') {
    return {
      id: 'signed-in',
      status: 'unknown',
      required: true,
      message: { key: 'check.signed-in.unknown' },
      facts: [],
      fix: 'login',
    };
  }
  const result: CheckResult = observation.value
    ? {
        id: 'signed-in',
        status: 'pass',
        required: true,
        message: { key: 'check.signed-in.pass' },
        facts: [factOf(observation)],
      }
    : {
        id: 'signed-in',
        status: 'fail',
        required: true,
        message: { key: 'check.signed-in.fail' },
        facts: [factOf(observation)],
        fix: 'login',
      };
  return withStaleness(result, [observation], settings, now);
}
