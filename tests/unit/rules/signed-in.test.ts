import { describe, expect, it } from 'vitest';
import type { AccountState } from '../../../lib/model/observation';
import { signedInRule } from '../../../lib/rules/signed-in';
import { HOUR, NOW, observed, ruleInput, settingsWith } from './rule-input';

describe('signedInRule', () => {
  it('passes when the console shows a session, with the observation as its fact', () => {
    const result = signedInRule(ruleInput({ signedIn: observed('signedIn', true, 5 * 60_000) }));
    expect(result).toEqual({
      id: 'signed-in',
      status: 'pass',
      required: true,
      message: { key: 'check.signed-in.pass' },
      facts: [{ field: 'signedIn', source: 'page:other-console', observedAt: NOW - 5 * 60_000 }],
    });
  });

  it('fails with a sign-in link when signed out', () => {
    const result = signedInRule(ruleInput({ signedIn: observed('signedIn', false) }));
    expect(result.status).toBe('fail');
    expect(result.fix).toBe('login');
    expect(result.message.key).toBe('check.signed-in.fail');
  });

  it('is unknown when never observed, never a pass', () => {
    const result = signedInRule(ruleInput({}));
    expect(result).toMatchObject({
      status: 'unknown',
      message: { key: 'check.signed-in.unknown' },
      facts: [],
    });
  });

  it('is unknown when the stored value is not a boolean', () => {
    const state = { signedIn: { ...observed('signedIn', true), value: 'yes' } } as unknown as AccountState;
    expect(signedInRule(ruleInput(state)).status).toBe('unknown');
  });

  it('stays a pass just inside the staleness limit and warns just past it', () => {
    const settings = settingsWith({ staleAfterHours: 24 });
    const atLimit = signedInRule(
      ruleInput({ signedIn: observed('signedIn', true, 24 * HOUR) }, undefined, settings),
    );
    const pastLimit = signedInRule(
      ruleInput({ signedIn: observed('signedIn', true, 24 * HOUR + 1) }, undefined, settings),
    );
    expect(atLimit.status).toBe('pass');
    expect(pastLimit).toMatchObject({
      status: 'warn',
      message: { key: 'check.signed-in.pass.stale', params: { ageHours: 24 } },
      fix: 'login',
    });
  });

  it('turns a stale "signed out" into a warning to re-check, not a block', () => {
    const result = signedInRule(ruleInput({ signedIn: observed('signedIn', false, 30 * HOUR) }));
    expect(result).toMatchObject({
      status: 'warn',
      message: { key: 'check.signed-in.fail.stale', params: { ageHours: 30 } },
    });
  });

  it('never takes an observation stamped in the future as fresh; a few seconds of skew are fine', () => {
    const ahead = signedInRule(ruleInput({ signedIn: observed('signedIn', true, -HOUR) }));
    expect(ahead.status).toBe('warn');
    const skewed = signedInRule(ruleInput({ signedIn: observed('signedIn', true, -5_000) }));
    expect(skewed.status).toBe('pass');
  });
});
