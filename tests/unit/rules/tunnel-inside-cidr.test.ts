import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TunnelDraft } from '../../../lib/model/draft';
import { cidrOf, formatIpv4 } from '../../../lib/rules/ipv4';
import { INSIDE_CIDR_BLOCKS, tunnelInsideCidrRule } from '../../../lib/rules/tunnel-inside-cidr';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(overrides: Partial<TunnelDraft>) {
  return tunnelInsideCidrRule(ruleInput({}, tunnelDraftWith(overrides)));
}

const allowed = INSIDE_CIDR_BLOCKS.map(cidrOf);

/** The first address of a /30 block somewhere inside one of the allowed ranges. */
const allowedSlash30 = fc
  .constantFrom(...allowed)
  .chain(({ first, last }) =>
    fc.integer({ min: 0, max: (last - first + 1) / 4 - 1 }).map((i) => first + 4 * i),
  );

const inAllowed = (address: number) => allowed.some(({ first, last }) => address >= first && address <= last);

describe('tunnelInsideCidrRule', () => {
  it('passes a /30 in the allowed ranges that overlaps none of the connection’s tunnels', () => {
    expect(judge({ insideCidr: '169.254.1.0/30' })).toEqual({
      id: 'tunnel-inside-cidr',
      status: 'pass',
      required: true,
      message: {
        key: 'check.tunnel-inside-cidr.pass-connection',
        params: { cidr: '169.254.1.0/30', count: 1 },
      },
      facts: [],
    });
  });

  it('says the border gateway was compared when its other tunnels are known', () => {
    const result = judge({
      insideCidr: '10.0.0.4/30',
      borderGatewayTunnelCidrs: ['10.0.0.0/30', '192.168.0.0/30'],
    });
    expect(result).toMatchObject({
      status: 'pass',
      message: { key: 'check.tunnel-inside-cidr.pass', params: { cidr: '10.0.0.4/30', count: 3 } },
    });
  });

  it('passes an empty field: the SDK makes it optional', () => {
    expect(judge({ insideCidr: '  ' })).toMatchObject({
      status: 'pass',
      message: { key: 'check.tunnel-inside-cidr.empty' },
    });
  });

  it('fails text that is no CIDR, another prefix, and a block outside the ranges', () => {
    expect(judge({ insideCidr: '169.254.1.0' })).toMatchObject({
      status: 'fail',
      message: { key: 'check.tunnel-inside-cidr.invalid', params: { cidr: '169.254.1.0' } },
    });
    expect(judge({ insideCidr: '169.254.1.0/29' })).toMatchObject({
      status: 'fail',
      message: { key: 'check.tunnel-inside-cidr.prefix', params: { prefix: 29, required: 30 } },
    });
    expect(judge({ insideCidr: '169.254.16.0/30' })).toMatchObject({
      status: 'fail',
      message: {
        key: 'check.tunnel-inside-cidr.outside',
        params: { blocks: '169.254.0.0/20, 10.0.0.0/8, 192.168.0.0/16, 172.16.0.0/12' },
      },
    });
    expect(judge({ insideCidr: '172.32.0.0/30' }).status).toBe('fail');
  });

  it('fails an overlap with the connection’s tunnels or others on the border gateway', () => {
    expect(judge({ insideCidr: '169.254.0.0/30' })).toEqual({
      id: 'tunnel-inside-cidr',
      status: 'fail',
      required: true,
      message: {
        key: 'check.tunnel-inside-cidr.overlap',
        params: { cidr: '169.254.0.0/30', other: '169.254.0.0/30' },
      },
      facts: [],
    });
    expect(judge({ insideCidr: '10.1.0.0/30', borderGatewayTunnelCidrs: ['10.1.0.0/24'] })).toMatchObject({
      status: 'fail',
      message: { params: { other: '10.1.0.0/24' } },
    });
  });

  it('warns on host bits, naming the block’s start', () => {
    expect(judge({ insideCidr: '169.254.1.2/30' })).toMatchObject({
      status: 'warn',
      required: true,
      message: { key: 'check.tunnel-inside-cidr.not-network', params: { network: '169.254.1.0/30' } },
    });
    // Its block still counts for overlaps.
    expect(judge({ insideCidr: '169.254.0.3/30' }).status).toBe('fail');
  });

  it('warns when some tunnels’ inside CIDRs could not be read; an empty cell is a tunnel without one', () => {
    const existingTunnels = [{ insideCidr: '169.254.0.0/30' }, {}, { insideCidr: 'n/a' }, { insideCidr: '' }];
    expect(judge({ existingTunnels })).toMatchObject({
      status: 'warn',
      message: { key: 'check.tunnel-inside-cidr.unread', params: { count: 1, unread: 2 } },
    });
    expect(judge({ existingTunnels: [{ insideCidr: '' }] }).status).toBe('pass');
  });

  it('is unknown, and required, without the connection’s tunnel list, the field or the form', () => {
    expect(judge({ existingTunnels: undefined })).toMatchObject({
      status: 'unknown',
      required: true,
      message: { key: 'check.tunnel-inside-cidr.unknown-tunnels' },
    });
    expect(judge({ insideCidr: undefined })).toMatchObject({ status: 'unknown', required: true });
    for (const draft of [undefined, draftWith(), gatewayDraftWith()]) {
      expect(tunnelInsideCidrRule(ruleInput({}, draft))).toMatchObject({
        status: 'unknown',
        required: true,
        message: { key: 'check.tunnel-inside-cidr.no-form' },
      });
    }
  });

  it('cuts long page text short in its messages', () => {
    const cidr = judge({ insideCidr: 'x'.repeat(200) }).message.params?.cidr;
    expect(String(cidr)).toHaveLength(65);
  });

  describe('properties', () => {
    it('passes any /30 block in the allowed ranges when no tunnel is there', () => {
      fc.assert(
        fc.property(allowedSlash30, (first) => {
          const result = judge({ insideCidr: `${formatIpv4(first)}/30`, existingTunnels: [] });
          expect(result.status).toBe('pass');
        }),
      );
    });

    it('fails any other prefix length', () => {
      fc.assert(
        fc.property(
          allowedSlash30,
          fc.integer({ min: 0, max: 32 }).filter((prefix) => prefix !== 30),
          (first, prefix) => {
            const result = judge({ insideCidr: `${formatIpv4(first)}/${prefix}`, existingTunnels: [] });
            expect(result).toMatchObject({
              status: 'fail',
              message: { key: 'check.tunnel-inside-cidr.prefix' },
            });
          },
        ),
      );
    });

    it('fails any /30 outside the allowed ranges', () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 0, max: 2 ** 30 - 1 })
            .map((i) => i * 4)
            .filter((first) => !inAllowed(first)),
          (first) => {
            const result = judge({ insideCidr: `${formatIpv4(first)}/30`, existingTunnels: [] });
            expect(result).toMatchObject({
              status: 'fail',
              message: { key: 'check.tunnel-inside-cidr.outside' },
            });
          },
        ),
      );
    });

    it('fails a /30 that overlaps a tunnel’s block, of any size, and passes one that does not', () => {
      fc.assert(
        // Another tunnel near this one, so overlaps are common; its CIDR may have host bits set.
        fc.property(
          allowedSlash30,
          fc.integer({ min: -300, max: 300 }),
          fc.integer({ min: 24, max: 32 }),
          (mine, delta, prefix) => {
            const theirs = Math.min(Math.max(mine + delta, 0), 2 ** 32 - 1);
            const other = `${formatIpv4(theirs)}/${prefix}`;
            const result = judge({
              insideCidr: `${formatIpv4(mine)}/30`,
              existingTunnels: [{ insideCidr: other }],
            });
            const size = 2 ** (32 - prefix);
            const otherFirst = theirs - (theirs % size);
            const overlapping = mine <= otherFirst + size - 1 && otherFirst <= mine + 3;
            expect(result.status).toBe(overlapping ? 'fail' : 'pass');
            if (overlapping) expect(result.message.key).toBe('check.tunnel-inside-cidr.overlap');
          },
        ),
      );
    });
  });
});
