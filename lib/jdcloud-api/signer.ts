/**
 * JD Cloud OpenAPI request signing, JDCLOUD2-HMAC-SHA256 (docs/jdcloud.md §4.5).
 * WebCrypto only, so the same code runs in an MV3 service worker, in Firefox and under Node.
 */

export const SIGNING_ALGORITHM = 'JDCLOUD2-HMAC-SHA256';
const KEY_PREFIX = 'JDCLOUD2';
const SCOPE_TERMINATOR = 'jdcloud2_request';

export interface SignableRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface JdCloudCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Sent and signed as `x-jdcloud-security-token` (MFA-protected APIs). */
  sessionToken?: string;
}

export interface SigningOptions {
  regionId: string;
  service: string;
  date: Date;
  nonce: string;
}

// Never signed: the SDKs leave these out, and the browser may rewrite the user agent.
const UNSIGNED_HEADERS = new Set(['authorization', 'user-agent']);

const encoder = new TextEncoder();

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

async function hmacSha256(key: Uint8Array, data: string): Promise<Uint8Array<ArrayBuffer>> {
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(data)));
}

/** `20190214T104514Z`: UTC, no separators, no milliseconds. */
export function formatSigningDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('signing date is invalid');
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function isHexDigit(char: string | undefined): boolean {
  return char !== undefined && /^[0-9A-Fa-f]$/.test(char);
}

/**
 * Turns URL text into bytes: a valid `%XX` becomes its byte (so encoded input is not encoded twice),
 * anything else, a lone `%` included, is taken literally as UTF-8.
 */
function decodeToBytes(text: string, plusIsSpace: boolean): number[] {
  const bytes: number[] = [];
  let literal = '';
  const flush = () => {
    if (literal) bytes.push(...encoder.encode(literal));
    literal = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '%' && isHexDigit(text[i + 1]) && isHexDigit(text[i + 2])) {
      flush();
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (char === '+' && plusIsSpace) {
      literal += ' ';
    } else {
      literal += char;
    }
  }
  flush();
  return bytes;
}

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    byte === 0x2d || // -
    byte === 0x2e || // .
    byte === 0x5f || // _
    byte === 0x7e // ~
  );
}

/** RFC 3986: everything but the unreserved set, with uppercase hex. */
function percentEncodeBytes(bytes: number[]): string {
  let out = '';
  for (const byte of bytes) {
    out += isUnreserved(byte)
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Each path segment normalized to RFC 3986 encoding; `/` separators stay; `+` is a literal plus. */
export function buildCanonicalUri(path: string): string {
  if (!path) return '/';
  const encoded = path
    .split('/')
    .map((segment) => percentEncodeBytes(decodeToBytes(segment, false)))
    .join('/');
  return encoded.startsWith('/') ? encoded : `/${encoded}`;
}

/**
 * Sorted by name, then value, both RFC 3986-encoded; `name` without `=` becomes `name=`.
 * `+` reads as a space, as URLSearchParams writes it.
 */
export function buildCanonicalQueryString(rawQuery: string): string {
  const query = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  const pairs: Array<[string, string]> = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const equals = part.indexOf('=');
    const rawName = equals === -1 ? part : part.slice(0, equals);
    const rawValue = equals === -1 ? '' : part.slice(equals + 1);
    pairs.push([
      percentEncodeBytes(decodeToBytes(rawName, true)),
      percentEncodeBytes(decodeToBytes(rawValue, true)),
    ]);
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((a, b) => byCodeUnit(a[0], b[0]) || byCodeUnit(a[1], b[1]));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

export interface CanonicalHeaders {
  /** `name:value` lines, each ending in a newline. */
  canonicalHeaders: string;
  /** `;`-joined sorted lowercase names. */
  signedHeaders: string;
}

/** Lowercase trimmed names, trimmed values with inner whitespace collapsed, sorted by name. */
export function buildCanonicalHeaders(headers: Record<string, string>): CanonicalHeaders {
  const values = new Map<string, string[]>();
  for (const [rawName, rawValue] of Object.entries(headers)) {
    const name = rawName.trim().toLowerCase();
    if (!name || UNSIGNED_HEADERS.has(name)) continue;
    const value = String(rawValue).trim().replace(/\s+/g, ' ');
    const existing = values.get(name);
    if (existing) existing.push(value);
    else values.set(name, [value]);
  }
  const names = [...values.keys()].sort();
  return {
    canonicalHeaders: names.map((name) => `${name}:${(values.get(name) ?? []).join(',')}\n`).join(''),
    signedHeaders: names.join(';'),
  };
}

export interface CanonicalRequestInput {
  method: string;
  url: string;
  /** Exactly the headers to sign (signRequest adds host, date, nonce and token before calling this). */
  headers: Record<string, string>;
  /** Lowercase hex SHA-256 of the body, or of '' when there is none. */
  payloadHash: string;
}

export interface CanonicalRequest {
  canonicalRequest: string;
  signedHeaders: string;
}

export function buildCanonicalRequest(input: CanonicalRequestInput): CanonicalRequest {
  const url = new URL(input.url);
  const { canonicalHeaders, signedHeaders } = buildCanonicalHeaders(input.headers);
  const canonicalRequest = [
    input.method.toUpperCase(),
    buildCanonicalUri(url.pathname),
    buildCanonicalQueryString(url.search),
    canonicalHeaders,
    signedHeaders,
    input.payloadHash,
  ].join('\n');
  return { canonicalRequest, signedHeaders };
}

/** `<yyyymmdd>/<regionId>/<service>/jdcloud2_request`. */
export function buildCredentialScope(signingDate: string, regionId: string, service: string): string {
  return `${signingDate.slice(0, 8)}/${regionId}/${service}/${SCOPE_TERMINATOR}`;
}

export async function buildStringToSign(
  canonicalRequest: string,
  signingDate: string,
  credentialScope: string,
): Promise<string> {
  return [SIGNING_ALGORITHM, signingDate, credentialScope, await sha256Hex(canonicalRequest)].join('\n');
}

export interface SigningKeyChain {
  kDate: Uint8Array;
  kRegion: Uint8Array;
  kService: Uint8Array;
  kSigning: Uint8Array;
}

/** The chain is exposed whole because the spec prints every link of it. */
export async function deriveSigningKey(
  secretAccessKey: string,
  day: string,
  regionId: string,
  service: string,
): Promise<SigningKeyChain> {
  const kDate = await hmacSha256(encoder.encode(KEY_PREFIX + secretAccessKey), day);
  const kRegion = await hmacSha256(kDate, regionId);
  const kService = await hmacSha256(kRegion, service);
  const kSigning = await hmacSha256(kService, SCOPE_TERMINATOR);
  return { kDate, kRegion, kService, kSigning };
}

export async function computeSignature(kSigning: Uint8Array, stringToSign: string): Promise<string> {
  return toHex(await hmacSha256(kSigning, stringToSign));
}

export function buildAuthorization(
  accessKeyId: string,
  credentialScope: string,
  signedHeaders: string,
  signature: string,
): string {
  return `${SIGNING_ALGORITHM} Credential=${accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/**
 * Signs a request and returns every header to send, names in lowercase.
 * `host` is signed (from the URL, as the SDKs do) but not returned: fetch may not set it and the
 * browser sends the same value. `x-jdcloud-algorithm` is sent unsigned, like the Python SDK does.
 */
export async function signRequest(
  request: SignableRequest,
  credentials: JdCloudCredentials,
  options: SigningOptions,
): Promise<Record<string, string>> {
  const url = new URL(request.url);
  const signingDate = formatSigningDate(options.date);
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.trim().toLowerCase();
    if (lower === 'host' || lower === 'authorization') continue;
    sent[lower] = sent[lower] === undefined ? value : `${sent[lower]},${value}`;
  }
  sent['x-jdcloud-date'] = signingDate;
  sent['x-jdcloud-nonce'] = options.nonce;
  if (credentials.sessionToken) sent['x-jdcloud-security-token'] = credentials.sessionToken;

  const { canonicalRequest, signedHeaders } = buildCanonicalRequest({
    method: request.method,
    url: request.url,
    headers: { ...sent, host: url.host },
    payloadHash: await sha256Hex(request.body ?? ''),
  });
  const scope = buildCredentialScope(signingDate, options.regionId, options.service);
  const stringToSign = await buildStringToSign(canonicalRequest, signingDate, scope);
  const { kSigning } = await deriveSigningKey(
    credentials.secretAccessKey,
    signingDate.slice(0, 8),
    options.regionId,
    options.service,
  );
  const signature = await computeSignature(kSigning, stringToSign);
  return {
    ...sent,
    'x-jdcloud-algorithm': SIGNING_ALGORITHM,
    authorization: buildAuthorization(credentials.accessKeyId, scope, signedHeaders, signature),
  };
}
