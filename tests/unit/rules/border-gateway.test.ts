import { describe, expect, it } from 'vitest';
import type { FormDraft } from '../../../lib/model/draft';
import { borderGatewayRule } from '../../../lib/rules/border-gateway';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(draft: FormDraft | undefined) {
  return borderGatewayRule(ruleInput({}, draft));
}

describe('borderGatewayRule', () => {
  it('passes with the number of gateways the form offers', () => {
    expect(judge(draftWith({ borderGateway: { options: ['bgw-a', 'bgw-b'] } }))).toEqual({
      id: 'border-gateway',
      status: 'pass',
      required: true,
      message: { key: 'check.border-gateway.pass', params: { count: 2 } },
      facts: [],
    });
  });

  it('fails with a link to the border gateway list when the select is empty', () => {
    expect(judge(draftWith({ borderGateway: { options: [] } }))).toEqual({
      id: 'border-gateway',
      status: 'fail',
      required: true,
      message: { key: 'check.border-gateway.fail' },
      facts: [],
      fix: 'border-gateways',
    });
  });

  it('counts a chosen gateway when the option list is not rendered', () => {
    expect(judge(draftWith({ borderGateway: { selected: 'bgw-a', options: [] } }))).toMatchObject({
      status: 'pass',
      message: { params: { count: 1 } },
    });
    expect(judge(draftWith({ borderGateway: { selected: '  ', options: [] } })).status).toBe('fail');
  });

  it('is unknown when the select was not read', () => {
    const result = judge(draftWith({ borderGateway: undefined }));
    expect(result).toMatchObject({ status: 'unknown', message: { key: 'check.border-gateway.unknown' } });
  });

  it('is unknown without a form', () => {
    expect(judge(undefined)).toMatchObject({
      status: 'unknown',
      message: { key: 'check.border-gateway.no-form' },
    });
  });

  it('looks only at the border gateway select', () => {
    const draft = draftWith({ borderGateway: { options: [] }, customerGateway: { options: ['cgw-a'] } });
    expect(judge(draft).status).toBe('fail');
  });

  it('is unknown on the other forms, which have no gateway select', () => {
    for (const draft of [tunnelDraftWith(), gatewayDraftWith()]) {
      expect(judge(draft).message.key).toBe('check.border-gateway.no-form');
    }
  });
});
