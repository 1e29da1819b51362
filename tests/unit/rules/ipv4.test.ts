import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockOf,
  cidrOf,
  contains,
  formatIpv4,
  NOT_PUBLIC_BLOCKS,
  notPublicBlockOf,
  overlaps,
  parseCidr,
  parseIpv4,
} from '../../../lib/rules/ipv4';

const address = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('parseIpv4', () => {
  it('reads dotted quads', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(parseIpv4('192.168.1.2')).toBe(((192 * 256 + 168) * 256 + 1) * 256 + 2);
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      '1.2.3',
      '1.2.3.4.5',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3.-4',
      ' 1.2.3.4',
      '1.2.3.4 ',
      '1..3.4',
      '1.2.3.a',
      '１.2.3.4',
      '0x1.2.3.4',
    ]) {
      expect({ text, address: parseIpv4(text) }).toEqual({ text, address: undefined });
    }
  });

  it('reads back what formatIpv4 writes (property)', () => {
    fc.assert(
      fc.property(address, (n) => {
        expect(parseIpv4(formatIpv4(n))).toBe(n);
      }),
    );
  });
});

describe('parseCidr', () => {
  it('reads the address, the prefix and the block', () => {
    expect(parseCidr(' 169.254.1.1/30 ')).toEqual({
      address: parseIpv4('169.254.1.1'),
      prefix: 30,
      range: { first: parseIpv4('169.254.1.0'), last: parseIpv4('169.254.1.3') },
    });
    expect(parseCidr('0.0.0.0/0')?.range).toEqual({ first: 0, last: 2 ** 32 - 1 });
    expect(parseCidr('1.2.3.4/32')?.range).toEqual({
      first: parseIpv4('1.2.3.4'),
      last: parseIpv4('1.2.3.4'),
    });
  });

  it('refuses a missing, out-of-range or padded prefix, and a bad address', () => {
    for (const text of [
      '1.2.3.4',
      '1.2.3.4/',
      '1.2.3.4/33',
      '1.2.3.4/030',
      '1.2.3.4 /30',
      '1.2.3/30',
      '1.2.3.4/30/1',
    ]) {
      expect({ text, cidr: parseCidr(text) }).toEqual({ text, cidr: undefined });
    }
  });

  it('makes a block that holds the address and is aligned to its size (property)', () => {
    fc.assert(
      fc.property(address, fc.integer({ min: 0, max: 32 }), (n, prefix) => {
        const { first, last } = blockOf(n, prefix);
        expect(first).toBeLessThanOrEqual(n);
        expect(last).toBeGreaterThanOrEqual(n);
        expect(last - first + 1).toBe(2 ** (32 - prefix));
        expect(first % 2 ** (32 - prefix)).toBe(0);
      }),
    );
  });
});

describe('contains and overlaps', () => {
  it('compares blocks', () => {
    expect(contains(cidrOf('10.0.0.0/8'), cidrOf('10.255.255.252/30'))).toBe(true);
    expect(contains(cidrOf('169.254.0.0/20'), cidrOf('169.254.16.0/30'))).toBe(false);
    expect(overlaps(cidrOf('169.254.0.0/30'), cidrOf('169.254.0.0/29'))).toBe(true);
    expect(overlaps(cidrOf('169.254.0.0/30'), cidrOf('169.254.0.4/30'))).toBe(false);
  });

  it('two aligned /30 blocks overlap exactly when they are the same block (property)', () => {
    fc.assert(
      fc.property(address, address, (a, b) => {
        expect(overlaps(blockOf(a, 30), blockOf(b, 30))).toBe(blockOf(a, 30).first === blockOf(b, 30).first);
      }),
    );
  });
});

describe('notPublicBlockOf', () => {
  it('names the block of private, shared, loopback, link-local, documentation, multicast and reserved addresses', () => {
    const cases: [string, string][] = [
      ['0.1.2.3', '0.0.0.0/8'],
      ['10.20.30.40', '10.0.0.0/8'],
      ['100.64.0.1', '100.64.0.0/10'],
      ['127.0.0.1', '127.0.0.0/8'],
      ['169.254.1.1', '169.254.0.0/16'],
      ['172.31.255.255', '172.16.0.0/12'],
      ['192.0.0.8', '192.0.0.0/24'],
      ['192.0.2.1', '192.0.2.0/24'],
      ['192.88.99.1', '192.88.99.0/24'],
      ['192.168.0.1', '192.168.0.0/16'],
      ['198.19.0.1', '198.18.0.0/15'],
      ['198.51.100.7', '198.51.100.0/24'],
      ['203.0.113.7', '203.0.113.0/24'],
      ['224.0.0.1', '224.0.0.0/4'],
      ['255.255.255.255', '240.0.0.0/4'],
    ];
    for (const [ip, block] of cases)
      expect({ ip, block: notPublicBlockOf(parseIpv4(ip) ?? -1) }).toEqual({ ip, block });
    expect(new Set(cases.map(([, block]) => block))).toEqual(new Set(NOT_PUBLIC_BLOCKS));
  });

  it('leaves public addresses alone, including the neighbours of the blocks', () => {
    for (const ip of [
      '1.1.1.1',
      '9.255.255.255',
      '11.0.0.0',
      '100.63.255.255',
      '100.128.0.0',
      '172.15.255.255',
      '172.32.0.0',
      '192.167.255.255',
      '192.169.0.0',
      '198.17.255.255',
      '198.20.0.0',
      '223.255.255.255',
      '116.196.1.10',
    ]) {
      expect({ ip, block: notPublicBlockOf(parseIpv4(ip) ?? -1) }).toEqual({ ip, block: undefined });
    }
  });
});
