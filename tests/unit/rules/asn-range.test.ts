import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asnRangeRule } from '../../../lib/rules/asn-range';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(bgpAsn: string | undefined) {
  return asnRangeRule(ruleInput({}, gatewayDraftWith({ bgpAsn })));
}

describe('asnRangeRule', () => {
  it('passes 65001 and 65499, fails 65000 and 65500', () => {
    expect(judge('65001')).toEqual({
      id: 'asn-range',
      status: 'pass',
      required: true,
      message: { key: 'check.asn-range.pass', params: { asn: '65001', min: 65001, max: 65499 } },
      facts: [],
    });
    expect(judge(' 65499 ').status).toBe('pass');
    expect(judge('65000')).toEqual({
      id: 'asn-range',
      status: 'fail',
      required: true,
      message: { key: 'check.asn-range.out-of-range', params: { asn: '65000', min: 65001, max: 65499 } },
      facts: [],
    });
    expect(judge('65500').status).toBe('fail');
  });

  it('fails text that is not a whole number, and shows a long number cut short', () => {
    for (const text of ['6500a', '65001.0', '-65001', 'AS65001']) {
      expect(judge(text)).toMatchObject({ status: 'fail', message: { key: 'check.asn-range.invalid' } });
    }
    expect(judge('1'.repeat(40))).toMatchObject({
      status: 'fail',
      message: { key: 'check.asn-range.out-of-range', params: { asn: `${'1'.repeat(10)}…` } },
    });
  });

  it('warns on an empty field: not typed yet', () => {
    expect(judge('')).toMatchObject({
      status: 'warn',
      required: true,
      message: { key: 'check.asn-range.empty' },
    });
  });

  it('is unknown, and required, when the field or the form was not read', () => {
    expect(judge(undefined)).toMatchObject({
      status: 'unknown',
      required: true,
      message: { key: 'check.asn-range.unknown' },
    });
    for (const draft of [undefined, draftWith(), tunnelDraftWith()]) {
      expect(asnRangeRule(ruleInput({}, draft))).toMatchObject({
        status: 'unknown',
        message: { key: 'check.asn-range.no-form' },
      });
    }
  });

  it('passes exactly the numbers from 65001 to 65499 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_294_967_295 }), (asn) => {
        expect(judge(String(asn)).status).toBe(asn >= 65001 && asn <= 65499 ? 'pass' : 'fail');
      }),
    );
  });
});
