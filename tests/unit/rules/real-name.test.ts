import { describe, expect, it } from 'vitest';
import type { AccountState, RealNameStatus } from '../../../lib/model/observation';
import { realNameRule } from '../../../lib/rules/real-name';
import { HOUR, NOW, observed, ruleInput } from './rule-input';

const expected: Record<RealNameStatus, { status: string; fix: string | undefined }> = {
  personal: { status: 'pass', fix: undefined },
  enterprise: { status: 'pass', fix: undefined },
  both: { status: 'pass', fix: undefined },
  pending: { status: 'warn', fix: 'real-name' },
  none: { status: 'fail', fix: 'real-name' },
  rejected: { status: 'fail', fix: 'real-name' },
};

describe('realNameRule', () => {
  for (const [value, { status, fix }] of Object.entries(expected) as [
    RealNameStatus,
    (typeof expected)[RealNameStatus],
  ][]) {
    it(`${value} → ${status}`, () => {
      const result = realNameRule(ruleInput({ realName: observed('realName', value, HOUR) }));
      expect(result.id).toBe('real-name');
      expect(result.required).toBe(true);
      expect(result.status).toBe(status);
      expect(result.fix).toBe(fix);
      expect(result.message).toEqual({ key: `check.real-name.${value}` });
      expect(result.facts).toEqual([{ field: 'realName', source: 'page:real-name', observedAt: NOW - HOUR }]);
    });
  }

  it('is unknown and points at the real-name page when never observed', () => {
    expect(realNameRule(ruleInput({}))).toEqual({
      id: 'real-name',
      status: 'unknown',
      required: true,
      message: { key: 'check.real-name.unknown' },
      facts: [],
      fix: 'real-name',
    });
  });

  it('is unknown for a status it does not know, including prototype names', () => {
    for (const value of ['verified', 'constructor', 3, null]) {
      const state = { realName: { ...observed('realName', 'personal'), value } } as unknown as AccountState;
      expect(realNameRule(ruleInput(state)).status).toBe('unknown');
    }
  });

  it('a stale verification warns just past the limit and passes just before it', () => {
    const fresh = realNameRule(ruleInput({ realName: observed('realName', 'personal', 24 * HOUR - 1) }));
    const stale = realNameRule(ruleInput({ realName: observed('realName', 'personal', 24 * HOUR + 1) }));
    expect(fresh.status).toBe('pass');
    expect(stale).toMatchObject({
      status: 'warn',
      message: { key: 'check.real-name.personal.stale', params: { ageHours: 24 } },
      fix: 'real-name',
    });
  });

  it('a stale rejection warns instead of blocking', () => {
    const result = realNameRule(ruleInput({ realName: observed('realName', 'rejected', 72 * HOUR) }));
    expect(result).toMatchObject({ status: 'warn', message: { key: 'check.real-name.rejected.stale' } });
  });

  it('is unknown with the 基本资料 fix when signed in but no account name was read, whatever it holds', () => {
    for (const account of [undefined, { ...observed('account', 'x'), value: '' }]) {
      const state = {
        signedIn: observed('signedIn', true),
        realName: observed('realName', 'enterprise'),
        ...(account ? { account } : {}),
      } as AccountState;
      expect(realNameRule(ruleInput(state))).toEqual({
        id: 'real-name',
        status: 'unknown',
        required: true,
        message: { key: 'check.real-name.no-account' },
        facts: [{ field: 'signedIn', source: 'page:other-console', observedAt: NOW }],
        fix: 'account-info',
      });
    }
  });

  it('judges the status once the account is known, and when not (or not yet) signed in', () => {
    const realName = observed('realName', 'enterprise');
    for (const state of [
      { signedIn: observed('signedIn', true), account: observed('account', 'jdc-admin'), realName },
      { signedIn: observed('signedIn', false), realName },
      { realName },
    ]) {
      expect(realNameRule(ruleInput(state)).status).toBe('pass');
    }
  });
});
