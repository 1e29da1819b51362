import { describe, expect, it } from 'vitest';
import type { FormDraft } from '../../../lib/model/draft';
import { customerGatewayRule } from '../../../lib/rules/customer-gateway';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(draft: FormDraft | undefined) {
  return customerGatewayRule(ruleInput({}, draft));
}

describe('customerGatewayRule', () => {
  it('passes with the number of gateways the form offers', () => {
    expect(judge(draftWith({ customerGateway: { options: ['cgw-office'] } }))).toEqual({
      id: 'customer-gateway',
      status: 'pass',
      required: true,
      message: { key: 'check.customer-gateway.pass', params: { count: 1 } },
      facts: [],
    });
  });

  it('fails with a link to the customer gateway list when the select is empty', () => {
    expect(judge(draftWith({ customerGateway: { options: [] } }))).toEqual({
      id: 'customer-gateway',
      status: 'fail',
      required: true,
      message: { key: 'check.customer-gateway.fail' },
      facts: [],
      fix: 'customer-gateways',
    });
  });

  it('is unknown when the select was not read or there is no form', () => {
    expect(judge(draftWith({ customerGateway: undefined })).message.key).toBe(
      'check.customer-gateway.unknown',
    );
    expect(judge(undefined)).toMatchObject({
      status: 'unknown',
      message: { key: 'check.customer-gateway.no-form' },
    });
  });

  it('looks only at the customer gateway select', () => {
    const draft = draftWith({
      borderGateway: { options: [] },
      customerGateway: { options: ['cgw-a', 'cgw-b', 'cgw-c'] },
    });
    expect(judge(draft)).toMatchObject({ status: 'pass', message: { params: { count: 3 } } });
  });

  it('is unknown on the other forms, which have no gateway select', () => {
    for (const draft of [tunnelDraftWith(), gatewayDraftWith()]) {
      expect(judge(draft).message.key).toBe('check.customer-gateway.no-form');
    }
  });
});
