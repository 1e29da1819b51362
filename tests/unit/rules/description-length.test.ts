import { describe, expect, it } from 'vitest';
import { descriptionLengthRule } from '../../../lib/rules/description-length';
import { draftWith, gatewayDraftWith, ruleInput } from './rule-input';

function judge(description: string | undefined) {
  return descriptionLengthRule(ruleInput({}, draftWith({ description })));
}

describe('descriptionLengthRule', () => {
  it('passes 256 characters and fails 257', () => {
    expect(judge('说'.repeat(256))).toEqual({
      id: 'description-length',
      status: 'pass',
      required: true,
      message: { key: 'check.description-length.pass', params: { length: 256, max: 256 } },
      facts: [],
    });
    expect(judge('说'.repeat(257))).toEqual({
      id: 'description-length',
      status: 'fail',
      required: true,
      message: { key: 'check.description-length.too-long', params: { length: 257, max: 256 } },
      facts: [],
    });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(judge('😀'.repeat(256))).toMatchObject({ status: 'pass', message: { params: { length: 256 } } });
  });

  it('judges the customer gateway’s description by the same limit', () => {
    const judgeGateway = (description: string) =>
      descriptionLengthRule(ruleInput({}, gatewayDraftWith({ description })));
    expect(judgeGateway('说'.repeat(256)).status).toBe('pass');
    expect(judgeGateway('说'.repeat(257)).status).toBe('fail');
  });

  it('allows any text, spaces and punctuation included', () => {
    expect(judge('Office link, Beijing → Shanghai (backup).').status).toBe('pass');
  });

  it('passes an empty or unread description, or no form: the field is optional', () => {
    for (const result of [judge(''), judge(undefined), descriptionLengthRule(ruleInput({}, undefined))]) {
      expect(result).toEqual({
        id: 'description-length',
        status: 'pass',
        required: true,
        message: { key: 'check.description-length.optional' },
        facts: [],
      });
    }
  });
});
