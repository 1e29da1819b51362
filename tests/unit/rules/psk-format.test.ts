import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PskShape } from '../../../lib/model/draft';
import { pskFormatRule, pskShapeOf } from '../../../lib/rules/psk-format';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(key: string) {
  return pskFormatRule(ruleInput({}, tunnelDraftWith({ psk: pskShapeOf(key) })));
}

describe('pskShapeOf', () => {
  it('keeps the length, the characters that are not allowed and a reserved prefix, never the key', () => {
    expect(pskShapeOf('Secret_key-01')).toEqual({ length: 13, disallowed: 0 });
    expect(pskShapeOf('0xdeadbeef')).toEqual({ length: 10, disallowed: 0, reservedPrefix: '0x' });
    expect(pskShapeOf('0s a+b')).toEqual({ length: 6, disallowed: 2, reservedPrefix: '0s' });
    expect(pskShapeOf('密钥😀')).toEqual({ length: 3, disallowed: 3 });
    expect(pskShapeOf('')).toEqual({ length: 0, disallowed: 0 });
  });
});

describe('pskFormatRule', () => {
  it('passes letters, digits, _ and -, up to 20', () => {
    expect(judge('Abc_DEF-123_456-7890')).toEqual({
      id: 'psk-format',
      status: 'pass',
      required: true,
      message: { key: 'check.psk-format.pass', params: { length: 20, max: 20 } },
      facts: [],
    });
    expect(judge('a').status).toBe('pass');
  });

  it('passes an empty field, which the console fills with a generated key', () => {
    expect(judge('')).toMatchObject({ status: 'pass', message: { key: 'check.psk-format.generated' } });
  });

  it('fails 21 characters, other characters and the 0x / 0s prefixes, never quoting the key', () => {
    expect(judge('a'.repeat(21))).toMatchObject({
      status: 'fail',
      message: { key: 'check.psk-format.too-long', params: { length: 21, max: 20 } },
    });
    expect(judge('pass word!')).toEqual({
      id: 'psk-format',
      status: 'fail',
      required: true,
      message: { key: 'check.psk-format.invalid', params: { count: 2 } },
      facts: [],
    });
    expect(judge('0xabc')).toMatchObject({ status: 'fail', message: { params: { prefix: '0x' } } });
    expect(judge('0s123')).toMatchObject({ status: 'fail', message: { params: { prefix: '0s' } } });
    // Only these two prefixes, as the SDK writes them.
    expect(judge('0abc').status).toBe('pass');
    expect(judge('x0s').status).toBe('pass');
  });

  it('is unknown, and required, when the field or the form was not read', () => {
    const unread = pskFormatRule(ruleInput({}, tunnelDraftWith({ psk: undefined })));
    expect(unread).toMatchObject({
      status: 'unknown',
      required: true,
      message: { key: 'check.psk-format.unknown' },
    });
    const corrupt = pskFormatRule(
      ruleInput({}, tunnelDraftWith({ psk: { length: -1, disallowed: 0 } as PskShape })),
    );
    expect(corrupt.status).toBe('unknown');
    for (const draft of [undefined, draftWith(), gatewayDraftWith()]) {
      expect(pskFormatRule(ruleInput({}, draft))).toMatchObject({
        status: 'unknown',
        required: true,
        message: { key: 'check.psk-format.no-form' },
      });
    }
  });

  it('judges a key exactly as the SDK rule does (property)', () => {
    const sdkRule = /^(?!0x|0s)[A-Za-z0-9_-]{1,20}$/;
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: fc.constantFrom(...'ab09_-0xs !é') }), (key) => {
        const status = judge(key).status;
        expect(status).toBe(key === '' || sdkRule.test(key) ? 'pass' : 'fail');
      }),
    );
  });
});
