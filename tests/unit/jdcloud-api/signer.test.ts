// @vitest-environment node
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAuthorization,
  buildCanonicalHeaders,
  buildCanonicalQueryString,
  buildCanonicalRequest,
  buildCanonicalUri,
  buildCredentialScope,
  buildStringToSign,
  computeSignature,
  deriveSigningKey,
  formatSigningDate,
  sha256Hex,
  signRequest,
} from '../../../lib/jdcloud-api/signer';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** An independent reference (node:crypto) for the key chain and final HMAC. */
function referenceSignature(
  secret: string,
  stringToSign: string,
  day: string,
  region: string,
  service: string,
) {
  const hmac = (key: Buffer | string, data: string) =>
    createHmac('sha256', key).update(data, 'utf8').digest();
  const kSigning = hmac(hmac(hmac(hmac(`JDCLOUD2${secret}`, day), region), service), 'jdcloud2_request');
  return createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
}

function referenceStringToSign(canonicalRequest: string, date: string, scope: string) {
  return [
    'JDCLOUD2-HMAC-SHA256',
    date,
    scope,
    createHash('sha256').update(canonicalRequest, 'utf8').digest('hex'),
  ].join('\n');
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('official worked example (Authorization-Rules.md, TESTAK/TESTSK, 20190214T104514Z)', () => {
  const url = 'http://test.jdcloud-api.com/v1/resource:action?p1=p1&p0=p0&o=%&u=u';
  const headers = {
    'x-jdcloud-date': '20190214T104514Z',
    'x-jdcloud-nonce': 'testnonce',
    'x-my-header': 'test',
    'x-my-header_blank': ' blank',
  };
  const expectedCanonicalRequest = [
    'POST',
    '/v1/resource%3Aaction',
    'o=%25&p0=p0&p1=p1&u=u',
    'x-jdcloud-date:20190214T104514Z',
    'x-jdcloud-nonce:testnonce',
    'x-my-header:test',
    'x-my-header_blank:blank',
    '',
    'x-jdcloud-date;x-jdcloud-nonce;x-my-header;x-my-header_blank',
    'e51832a118eeff7ad976d635b7d04538e362e4c21bd0f6253580b0a83a209074',
  ].join('\n');
  const expectedStringToSign = [
    'JDCLOUD2-HMAC-SHA256',
    '20190214T104514Z',
    '20190214/cn-north-1/test/jdcloud2_request',
    'fb2e317056269590681d091f8eb22272967c0b922b2deda887312215ea4eed4c',
  ].join('\n');

  it('step 1: payload hash and canonical request', async () => {
    const payloadHash = await sha256Hex('body data');
    expect(payloadHash).toBe('e51832a118eeff7ad976d635b7d04538e362e4c21bd0f6253580b0a83a209074');
    const { canonicalRequest, signedHeaders } = buildCanonicalRequest({
      method: 'POST',
      url,
      headers,
      payloadHash,
    });
    expect(canonicalRequest).toBe(expectedCanonicalRequest);
    expect(signedHeaders).toBe('x-jdcloud-date;x-jdcloud-nonce;x-my-header;x-my-header_blank');
  });

  it('step 2: string to sign', async () => {
    const scope = buildCredentialScope('20190214T104514Z', 'cn-north-1', 'test');
    expect(scope).toBe('20190214/cn-north-1/test/jdcloud2_request');
    expect(await buildStringToSign(expectedCanonicalRequest, '20190214T104514Z', scope)).toBe(
      expectedStringToSign,
    );
  });

  it('step 3: key chain and signature', async () => {
    const chain = await deriveSigningKey('TESTSK', '20190214', 'cn-north-1', 'test');
    expect(hex(chain.kDate)).toBe('dbbdee87f18afeedd6456923587f5323b90c3a77fbc6e381b243c90c672d5daf');
    expect(hex(chain.kRegion)).toBe('78e1da51757851329da8e31a6bad9f509c4816cacb8d5b2b9d171e49498ce4b6');
    expect(hex(chain.kService)).toBe('44050ec21c8e839f36ff5b2d44ec4a5876f4ffd6ef9a7a692a3eba40396bdb68');
    expect(hex(chain.kSigning)).toBe('a4e50bcb6001be0008696b173c30172b5ce22a77db00d21c6a9d69de2ba33b7d');
    expect(await computeSignature(chain.kSigning, expectedStringToSign)).toBe(
      '2a98f83c074e7bee260bfc8ef64f009c07595bd93f7f0c3f4e156bf6479ed9bf',
    );
  });

  it('step 4: authorization header', () => {
    expect(
      buildAuthorization(
        'TESTAK',
        '20190214/cn-north-1/test/jdcloud2_request',
        'x-jdcloud-date;x-jdcloud-nonce;x-my-header;x-my-header_blank',
        '2a98f83c074e7bee260bfc8ef64f009c07595bd93f7f0c3f4e156bf6479ed9bf',
      ),
    ).toBe(
      'JDCLOUD2-HMAC-SHA256 Credential=TESTAK/20190214/cn-north-1/test/jdcloud2_request, ' +
        'SignedHeaders=x-jdcloud-date;x-jdcloud-nonce;x-my-header;x-my-header_blank, ' +
        'Signature=2a98f83c074e7bee260bfc8ef64f009c07595bd93f7f0c3f4e156bf6479ed9bf',
    );
  });
});

describe('formatSigningDate', () => {
  it('is UTC without separators or milliseconds', () => {
    expect(formatSigningDate(new Date('2019-02-14T10:45:14.987Z'))).toBe('20190214T104514Z');
    expect(formatSigningDate(new Date('2026-01-01T07:59:59+08:00'))).toBe('20251231T235959Z');
  });

  it('refuses an invalid date instead of signing garbage', () => {
    expect(() => formatSigningDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('canonical query string', () => {
  it('sorts by name then value, keeps repeated keys, writes empty values as name=', () => {
    expect(buildCanonicalQueryString('?b=2&a=&a=1&c&b=10&&d=')).toBe('a=&a=1&b=10&b=2&c=&d=');
  });

  it('sorts on the name before the value (a before a-b)', () => {
    expect(buildCanonicalQueryString('a-b=1&a=2')).toBe('a=2&a-b=1');
  });

  it('percent-encodes reserved and non-ASCII characters with uppercase hex', () => {
    expect(buildCanonicalQueryString("q=(it's)!*&name=京东&t=2018-04-04T06:01:46Z&p=a/b;c")).toBe(
      'name=%E4%BA%AC%E4%B8%9C&p=a%2Fb%3Bc&q=%28it%27s%29%21%2A&t=2018-04-04T06%3A01%3A46Z',
    );
  });

  it('does not encode already-encoded input twice, and normalizes lowercase hex', () => {
    expect(buildCanonicalQueryString('x=a%2Fb&y=%7e&z=%e4%ba%ac')).toBe('x=a%2Fb&y=~&z=%E4%BA%AC');
  });

  it('takes a lone or invalid % literally', () => {
    expect(buildCanonicalQueryString('o=%&w=100%&v=%zz')).toBe('o=%25&v=%25zz&w=100%25');
  });

  it('reads + as a space (URLSearchParams style) and %2B as a plus', () => {
    const search = new URLSearchParams({ q: 'a b', r: 'c+d' }).toString();
    expect(search).toBe('q=a+b&r=c%2Bd');
    expect(buildCanonicalQueryString(search)).toBe('q=a%20b&r=c%2Bd');
  });

  it('splits a pair on its first = only', () => {
    expect(buildCanonicalQueryString('f=a=b')).toBe('f=a%3Db');
  });

  it('is empty for no query', () => {
    expect(buildCanonicalQueryString('')).toBe('');
    expect(buildCanonicalQueryString('?')).toBe('');
  });

  it('does not depend on parameter order', () => {
    const pair = fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const asQuery = (list: Array<[string, string]>) =>
          list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const reversed = [...pairs].reverse();
        expect(buildCanonicalQueryString(asQuery(reversed))).toBe(buildCanonicalQueryString(asQuery(pairs)));
      }),
    );
  });

  it('is idempotent: its output is already canonical', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const once = buildCanonicalQueryString(raw);
        expect(buildCanonicalQueryString(once)).toBe(once);
        expect(once).toMatch(/^[A-Za-z0-9\-._~%=&]*$/);
        expect(once).not.toMatch(/%(?![0-9A-F]{2})/);
      }),
    );
  });
});

describe('canonical URI', () => {
  it('encodes reserved and non-ASCII characters per segment and keeps the slashes', () => {
    expect(buildCanonicalUri("/v1/regions/cn-north-1/vpn:describe/名称/a b/it's(1)/a+b")).toBe(
      '/v1/regions/cn-north-1/vpn%3Adescribe/%E5%90%8D%E7%A7%B0/a%20b/it%27s%281%29/a%2Bb',
    );
  });

  it('does not encode twice, keeps an encoded slash inside a segment, and escapes a lone %', () => {
    expect(buildCanonicalUri('/v1/x%2Fy/vpn%3adescribe/50%/%E5%90%8D')).toBe(
      '/v1/x%2Fy/vpn%3Adescribe/50%25/%E5%90%8D',
    );
  });

  it('gives / for an empty path', () => {
    expect(buildCanonicalUri('')).toBe('/');
    expect(buildCanonicalUri('/')).toBe('/');
  });

  it('matches what a URL object yields for the same path', () => {
    const { pathname } = new URL('https://h.example/v1/名称/a b/resource:action');
    expect(buildCanonicalUri(pathname)).toBe('/v1/%E5%90%8D%E7%A7%B0/a%20b/resource%3Aaction');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const once = buildCanonicalUri(`/${raw}`);
        expect(buildCanonicalUri(once)).toBe(once);
        expect(once).toMatch(/^\/[A-Za-z0-9\-._~%/]*$/);
      }),
    );
  });
});

describe('canonical headers', () => {
  it('lowercases and trims names, trims values and collapses inner whitespace, sorts', () => {
    const { canonicalHeaders, signedHeaders } = buildCanonicalHeaders({
      'X-Custom': '  a   b \t c  ',
      'Content-Type': 'application/json',
      ' X-Jdcloud-Nonce ': 'n',
    });
    expect(canonicalHeaders).toBe('content-type:application/json\nx-custom:a b c\nx-jdcloud-nonce:n\n');
    expect(signedHeaders).toBe('content-type;x-custom;x-jdcloud-nonce');
  });

  it('never signs authorization or user-agent', () => {
    const { signedHeaders } = buildCanonicalHeaders({ Authorization: 'x', 'User-Agent': 'y', host: 'h' });
    expect(signedHeaders).toBe('host');
  });

  it('joins values of names that differ only by case, and keeps empty values', () => {
    expect(buildCanonicalHeaders({ 'X-A': '1', 'x-a': '2', 'x-empty': '' }).canonicalHeaders).toBe(
      'x-a:1,2\nx-empty:\n',
    );
  });
});

describe('signRequest', () => {
  const credentials = { accessKeyId: 'TESTAK', secretAccessKey: 'TESTSK' };
  const date = new Date('2019-02-14T10:45:14Z');

  function signaturePart(authorization: string | undefined) {
    const match = /SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(authorization ?? '');
    return { signedHeaders: match?.[1], signature: match?.[2] };
  }

  it('signs a GET with host, date and nonce and returns the headers to send', async () => {
    const url = 'https://asset.jdcloud-api.com/v1/regions/cn-north-1/assets:describeAccountAmount';
    const headers = await signRequest(
      { method: 'GET', url, headers: { 'Content-Type': 'application/json', 'User-Agent': 'preflight' } },
      credentials,
      { regionId: 'cn-north-1', service: 'asset', date, nonce: 'testnonce' },
    );
    const canonicalRequest = [
      'GET',
      '/v1/regions/cn-north-1/assets%3AdescribeAccountAmount',
      '',
      'content-type:application/json',
      'host:asset.jdcloud-api.com',
      'x-jdcloud-date:20190214T104514Z',
      'x-jdcloud-nonce:testnonce',
      '',
      'content-type;host;x-jdcloud-date;x-jdcloud-nonce',
      EMPTY_SHA256,
    ].join('\n');
    const scope = '20190214/cn-north-1/asset/jdcloud2_request';
    const expected = referenceSignature(
      'TESTSK',
      referenceStringToSign(canonicalRequest, '20190214T104514Z', scope),
      '20190214',
      'cn-north-1',
      'asset',
    );
    expect(headers).toEqual({
      'content-type': 'application/json',
      'user-agent': 'preflight',
      'x-jdcloud-date': '20190214T104514Z',
      'x-jdcloud-nonce': 'testnonce',
      'x-jdcloud-algorithm': 'JDCLOUD2-HMAC-SHA256',
      authorization: `JDCLOUD2-HMAC-SHA256 Credential=TESTAK/${scope}, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=${expected}`,
    });
  });

  it('signs a non-default port as part of host', async () => {
    const url = 'https://asset.jdcloud-api.com:8443/v1/x';
    const headers = await signRequest({ method: 'get', url }, credentials, {
      regionId: 'cn-north-1',
      service: 'asset',
      date,
      nonce: 'n1',
    });
    const canonicalRequest = [
      'GET',
      '/v1/x',
      '',
      'host:asset.jdcloud-api.com:8443',
      'x-jdcloud-date:20190214T104514Z',
      'x-jdcloud-nonce:n1',
      '',
      'host;x-jdcloud-date;x-jdcloud-nonce',
      EMPTY_SHA256,
    ].join('\n');
    const scope = '20190214/cn-north-1/asset/jdcloud2_request';
    expect(signaturePart(headers.authorization).signature).toBe(
      referenceSignature(
        'TESTSK',
        referenceStringToSign(canonicalRequest, '20190214T104514Z', scope),
        '20190214',
        'cn-north-1',
        'asset',
      ),
    );
    expect(headers.host).toBeUndefined();
  });

  it('hashes a POST JSON body into the canonical request', async () => {
    const body = JSON.stringify({ vpnConnectionName: '测试-vpn', bgpEnabled: true });
    const url = 'https://bgw.jdcloud-api.com/v1/regions/cn-north-1/vpnConnections?dryRun=true';
    const headers = await signRequest(
      { method: 'POST', url, headers: { 'content-type': 'application/json' }, body },
      credentials,
      { regionId: 'cn-north-1', service: 'bgw', date, nonce: 'n2' },
    );
    const bodyHash = createHash('sha256').update(body, 'utf8').digest('hex');
    expect(bodyHash).not.toBe(EMPTY_SHA256);
    const canonicalRequest = [
      'POST',
      '/v1/regions/cn-north-1/vpnConnections',
      'dryRun=true',
      'content-type:application/json',
      'host:bgw.jdcloud-api.com',
      'x-jdcloud-date:20190214T104514Z',
      'x-jdcloud-nonce:n2',
      '',
      'content-type;host;x-jdcloud-date;x-jdcloud-nonce',
      bodyHash,
    ].join('\n');
    const scope = '20190214/cn-north-1/bgw/jdcloud2_request';
    expect(signaturePart(headers.authorization).signature).toBe(
      referenceSignature(
        'TESTSK',
        referenceStringToSign(canonicalRequest, '20190214T104514Z', scope),
        '20190214',
        'cn-north-1',
        'bgw',
      ),
    );

    const otherBody = await signRequest(
      { method: 'POST', url, headers: { 'content-type': 'application/json' }, body: `${body} ` },
      credentials,
      { regionId: 'cn-north-1', service: 'bgw', date, nonce: 'n2' },
    );
    expect(otherBody.authorization).not.toBe(headers.authorization);
  });

  it('sends and signs the security token when one is given', async () => {
    const url = 'https://user.jdcloud-api.com/v1/describeUser';
    const options = { regionId: 'jdcloud-api', service: 'user', date, nonce: 'n3' };
    const withToken = await signRequest(
      { method: 'GET', url },
      { ...credentials, sessionToken: 'mfa-token' },
      options,
    );
    const without = await signRequest({ method: 'GET', url }, credentials, options);

    expect(withToken['x-jdcloud-security-token']).toBe('mfa-token');
    expect(without['x-jdcloud-security-token']).toBeUndefined();
    expect(signaturePart(withToken.authorization).signedHeaders).toBe(
      'host;x-jdcloud-date;x-jdcloud-nonce;x-jdcloud-security-token',
    );
    const canonicalRequest = [
      'GET',
      '/v1/describeUser',
      '',
      'host:user.jdcloud-api.com',
      'x-jdcloud-date:20190214T104514Z',
      'x-jdcloud-nonce:n3',
      'x-jdcloud-security-token:mfa-token',
      '',
      'host;x-jdcloud-date;x-jdcloud-nonce;x-jdcloud-security-token',
      EMPTY_SHA256,
    ].join('\n');
    const scope = '20190214/jdcloud-api/user/jdcloud2_request';
    expect(signaturePart(withToken.authorization).signature).toBe(
      referenceSignature(
        'TESTSK',
        referenceStringToSign(canonicalRequest, '20190214T104514Z', scope),
        '20190214',
        'jdcloud-api',
        'user',
      ),
    );
    expect(withToken.authorization).not.toBe(without.authorization);
  });

  it('lets the signing options win over caller headers of the same name, and never forwards host', async () => {
    const headers = await signRequest(
      {
        method: 'GET',
        url: 'https://asset.jdcloud-api.com/v1/x',
        headers: { 'X-Jdcloud-Date': '19990101T000000Z', Host: 'evil.example', Authorization: 'stale' },
      },
      credentials,
      { regionId: 'cn-north-1', service: 'asset', date, nonce: 'n4' },
    );
    expect(headers['x-jdcloud-date']).toBe('20190214T104514Z');
    expect(headers.host).toBeUndefined();
    expect(headers.authorization).toMatch(/^JDCLOUD2-HMAC-SHA256 Credential=TESTAK\/20190214\//);
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'authorization')).toEqual([
      'authorization',
    ]);
  });

  it('changes the signature with the secret, region, service, day and nonce', async () => {
    const request = { method: 'GET', url: 'https://asset.jdcloud-api.com/v1/x' };
    const base = { regionId: 'cn-north-1', service: 'asset', date, nonce: 'n' };
    const signatures = await Promise.all([
      signRequest(request, credentials, base),
      signRequest(request, { ...credentials, secretAccessKey: 'OTHER' }, base),
      signRequest(request, credentials, { ...base, regionId: 'cn-east-2' }),
      signRequest(request, credentials, { ...base, service: 'user' }),
      signRequest(request, credentials, { ...base, date: new Date('2019-02-15T10:45:14Z') }),
      signRequest(request, credentials, { ...base, nonce: 'm' }),
    ]);
    const values = signatures.map((headers) => signaturePart(headers.authorization).signature);
    expect(new Set(values).size).toBe(values.length);
  });
});
