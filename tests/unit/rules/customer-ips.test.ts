import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerIpsRule } from '../../../lib/rules/customer-ips';
import { cidrOf, formatIpv4, NOT_PUBLIC_BLOCKS, notPublicBlockOf } from '../../../lib/rules/ipv4';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(ipCount: number | undefined, customerIps: string[] | undefined) {
  return customerIpsRule(ruleInput({}, gatewayDraftWith({ ipCount, customerIps })));
}

const publicAddress = fc
  .integer({ min: 0, max: 2 ** 32 - 1 })
  .filter((address) => notPublicBlockOf(address) === undefined)
  .map(formatIpv4);

const notPublicAddress = fc
  .constantFrom(...NOT_PUBLIC_BLOCKS.map(cidrOf))
  .chain(({ first, last }) => fc.integer({ min: first, max: last }))
  .map(formatIpv4);

describe('customerIpsRule', () => {
  it('passes as many distinct public addresses as chosen', () => {
    expect(judge(2, ['1.2.3.4', '116.196.1.10'])).toEqual({
      id: 'customer-ips',
      status: 'pass',
      required: true,
      message: { key: 'check.customer-ips.pass', params: { count: 2 } },
      facts: [],
    });
    expect(judge(1, [' 8.8.8.8 ']).status).toBe('pass');
    expect(judge(4, ['1.1.1.1', '1.1.1.2', '1.1.1.3', '1.1.1.4']).status).toBe('pass');
  });

  it('fails a count other than 1, 2 or 4, and more addresses than chosen', () => {
    expect(judge(3, ['1.1.1.1', '1.1.1.2', '1.1.1.3'])).toMatchObject({
      status: 'fail',
      message: { key: 'check.customer-ips.count', params: { count: 3 } },
    });
    expect(judge(1, ['1.1.1.1', '1.1.1.2'])).toMatchObject({
      status: 'fail',
      message: { key: 'check.customer-ips.too-many', params: { given: 2, count: 1 } },
    });
  });

  it('warns while inputs are empty', () => {
    expect(judge(4, ['1.1.1.1', '', '  ', '1.1.1.2'])).toEqual({
      id: 'customer-ips',
      status: 'warn',
      required: true,
      message: { key: 'check.customer-ips.missing', params: { given: 2, count: 4 } },
      facts: [],
    });
  });

  it('fails text that is no address, a private or reserved one, and one given twice', () => {
    expect(judge(2, ['1.1.1.1', '1.1.1.256'])).toMatchObject({
      status: 'fail',
      message: { key: 'check.customer-ips.invalid', params: { ip: '1.1.1.256' } },
    });
    expect(judge(2, ['1.1.1.1', '192.168.1.1'])).toMatchObject({
      status: 'fail',
      message: {
        key: 'check.customer-ips.not-public',
        params: { ip: '192.168.1.1', block: '192.168.0.0/16' },
      },
    });
    expect(judge(2, ['1.1.1.1', ' 1.1.1.1'])).toMatchObject({
      status: 'fail',
      message: { key: 'check.customer-ips.duplicate', params: { ip: '1.1.1.1' } },
    });
  });

  it('is unknown, and required, when the count, the addresses or the form were not read', () => {
    expect(judge(undefined, ['1.1.1.1'])).toMatchObject({ status: 'unknown', required: true });
    expect(judge(2, undefined)).toMatchObject({
      status: 'unknown',
      message: { key: 'check.customer-ips.unknown' },
    });
    for (const draft of [undefined, draftWith(), tunnelDraftWith()]) {
      expect(customerIpsRule(ruleInput({}, draft))).toMatchObject({
        status: 'unknown',
        message: { key: 'check.customer-ips.no-form' },
      });
    }
  });

  describe('properties', () => {
    it('passes generated distinct public addresses', () => {
      fc.assert(
        fc.property(
          fc
            .constantFrom(1, 2, 4)
            .chain((n) => fc.uniqueArray(publicAddress, { minLength: n, maxLength: n })),
          (ips) => {
            expect(judge(ips.length, ips).status).toBe('pass');
          },
        ),
      );
    });

    it('fails any private or reserved address among public ones', () => {
      fc.assert(
        fc.property(publicAddress, notPublicAddress, fc.boolean(), (good, bad, first) => {
          const result = judge(2, first ? [bad, good] : [good, bad]);
          expect(result).toMatchObject({
            status: 'fail',
            message: { key: 'check.customer-ips.not-public', params: { ip: bad } },
          });
        }),
      );
    });

    it('fails an address given twice', () => {
      fc.assert(
        fc.property(publicAddress, publicAddress, (a, b) => {
          expect(judge(4, [a, b, a, b]).status).toBe('fail');
          expect(judge(2, [a, a]).message.key).toBe('check.customer-ips.duplicate');
        }),
      );
    });
  });
});
