import type { CheckResult } from '../model/checklist';
import type { AccountState } from '../model/observation';
import { factOf } from './rule';

/**
 * Signed in, but no account name was read: values filed for "this account" could belong to anyone, so the
 * checks that rest on the account (real name, funds) cannot be judged, whatever else the state holds.
 */
export function accountUnidentified(state: AccountState): boolean {
  const account: unknown = state.account?.value;
  return state.signedIn?.value === true && (typeof account !== 'string' || account === '');
}

/** The `unknown` an account-bound check gives while the account is unidentified: how to make it readable. */
export function unidentifiedAccountResult(
  id: 'real-name' | 'funds-threshold' | 'funds-runway',
  state: AccountState,
  required: boolean,
): CheckResult {
  return {
    id,
    status: 'unknown',
    required,
    message: { key: `check.${id}.no-account` },
    facts: state.signedIn ? [factOf(state.signedIn)] : [],
    fix: 'account-info',
  };
}
