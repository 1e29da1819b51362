import { describe, expect, it } from 'vitest';
import type { ListCount } from '../../../lib/model/draft';
import { cgwQuotaRule } from '../../../lib/rules/cgw-quota';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(existingGateways: ListCount | undefined) {
  return cgwQuotaRule(ruleInput({}, gatewayDraftWith({ existingGateways })));
}

describe('cgwQuotaRule', () => {
  it('passes while the region has fewer than 10 customer gateways', () => {
    expect(judge({ count: 9, complete: true })).toEqual({
      id: 'cgw-quota',
      status: 'pass',
      required: true,
      message: { key: 'check.cgw-quota.pass', params: { count: 9, limit: 10 } },
      facts: [],
    });
  });

  it('warns at 10 with how to ask by ticket, from a complete or a partial list', () => {
    expect(judge({ count: 10, complete: true })).toEqual({
      id: 'cgw-quota',
      status: 'warn',
      required: true,
      message: { key: 'check.cgw-quota.over', params: { count: 10, limit: 10 } },
      facts: [],
      fix: 'quota-ticket',
    });
    expect(judge({ count: 12, complete: false })).toMatchObject({
      status: 'warn',
      message: { key: 'check.cgw-quota.over-partial', params: { count: 12 } },
    });
  });

  it('is unknown, not required, from a partial list under the quota, or without a count', () => {
    expect(judge({ count: 3, complete: false })).toEqual({
      id: 'cgw-quota',
      status: 'unknown',
      required: false,
      message: { key: 'check.cgw-quota.partial', params: { count: 3, limit: 10 } },
      facts: [],
      fix: 'customer-gateways',
    });
    for (const count of [undefined, { count: -1, complete: true }, { count: 2.5, complete: true }]) {
      expect(judge(count as ListCount | undefined)).toMatchObject({
        status: 'unknown',
        required: false,
        message: { key: 'check.cgw-quota.unknown' },
      });
    }
    expect(judge({ count: 3 } as ListCount).message.key).toBe('check.cgw-quota.unknown');
  });

  it('is unknown, not required, without a customer gateway form', () => {
    for (const draft of [undefined, draftWith(), tunnelDraftWith()]) {
      expect(cgwQuotaRule(ruleInput({}, draft))).toMatchObject({
        status: 'unknown',
        required: false,
        message: { key: 'check.cgw-quota.no-form' },
      });
    }
  });
});
