/** IPv4 addresses and CIDR blocks for the tunnel and customer gateway checks, as 32-bit unsigned numbers. */

export interface AddressRange {
  /** First and last address, inclusive. */
  first: number;
  last: number;
}

export interface Cidr {
  /** The address as written (its host bits may be set). */
  address: number;
  prefix: number;
  /** The block the prefix makes of it. */
  range: AddressRange;
}

/** 0–255 without leading zeros: "010" could be read as octal, so it is not an address. */
const OCTET = /^(?:0|[1-9]\d{0,2})$/;

/** A dotted quad such as `203.0.113.7`; anything else (spaces, leading zeros, a fifth part) is not one. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let address = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    address = address * 256 + octet;
  }
  return address;
}

export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

export function blockOf(address: number, prefix: number): AddressRange {
  const size = 2 ** (32 - prefix);
  const first = address - (address % size);
  return { first, last: first + size - 1 };
}

/** `a.b.c.d/n` with n from 0 to 32; surrounding spaces are allowed, none inside. */
export function parseCidr(text: string): Cidr | undefined {
  const match = /^([^/\s]+)\/(0|[1-9]\d?)$/.exec(text.trim());
  if (!match) return undefined;
  const address = parseIpv4(match[1] ?? '');
  const prefix = Number(match[2]);
  if (address === undefined || prefix > 32) return undefined;
  return { address, prefix, range: blockOf(address, prefix) };
}

export function cidrOf(text: string): AddressRange {
  const cidr = parseCidr(text);
  if (!cidr) throw new Error(`not a CIDR: ${text}`);
  return cidr.range;
}

export function contains(outer: AddressRange, inner: AddressRange): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

export function overlaps(a: AddressRange, b: AddressRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * Blocks that are not public, routable unicast addresses: the IANA IPv4 Special-Purpose Address Registry
 * (RFC 6890 and its updates) where not globally reachable, plus multicast (RFC 5771) and the reserved
 * 240.0.0.0/4 with the limited broadcast address (RFC 1112, RFC 919).
 */
export const NOT_PUBLIC_BLOCKS: readonly string[] = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
];

const notPublicRanges = NOT_PUBLIC_BLOCKS.map((block) => ({ block, range: cidrOf(block) }));

/** The non-public block an address falls in, as written in NOT_PUBLIC_BLOCKS; undefined for a public one. */
export function notPublicBlockOf(address: number): string | undefined {
  return notPublicRanges.find(({ range }) => address >= range.first && address <= range.last)?.block;
}
