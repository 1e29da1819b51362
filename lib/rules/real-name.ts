import type { CheckResult, CheckStatus, FixLink } from '../model/checklist';
import type { RealNameStatus } from '../model/observation';
import { accountUnidentified, unidentifiedAccountResult } from './account-bound';
import { factOf, type RuleInput, withStaleness } from './rule';

const outcomes: Record<RealNameStatus, { status: CheckStatus; fix?: FixLink }> = {
  personal: { status: 'pass' },
  enterprise: { status: 'pass' },
  both: { status: 'pass' },
  // Under review may clear within a working day; it does not block yet, but it is not ready either.
  pending: { status: 'warn', fix: 'real-name' },
  none: { status: 'fail', fix: 'real-name' },
  rejected: { status: 'fail', fix: 'real-name' },
};

/** Real-name status of the account; unknown while a signed-in account has no name read. */
export function realNameRule({ state, settings, now }: RuleInput): CheckResult {
  if (accountUnidentified(state)) return unidentifiedAccountResult('real-name', state, true);
  const observation = state.realName;
  const value: unknown = observation?.value;
  const outcome =
    typeof value === 'string' && Object.hasOwn(outcomes, value)
      ? outcomes[value as RealNameStatus]
      : undefined;
  if (!observation || !outcome) {
    return {
      id: 'real-name',
      status: 'unknown',
      required: true,
      message: { key: 'check.real-name.unknown' },
      facts: [],
      fix: 'real-name',
    };
  }
  const result: CheckResult = {
    id: 'real-name',
    status: outcome.status,
    required: true,
    message: { key: `check.real-name.${observation.value}` },
    facts: [factOf(observation)],
    ...(outcome.fix ? { fix: outcome.fix } : {}),
  };
  return withStaleness(result, [observation], settings, now);
}
