import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TunnelDraft } from '../../../lib/model/draft';
import { ikeIpsecRule, TUNNEL_PARAMETERS } from '../../../lib/rules/ike-ipsec';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(overrides: Partial<TunnelDraft>) {
  return ikeIpsecRule(ruleInput({}, tunnelDraftWith(overrides)));
}

const allFields = Object.keys(TUNNEL_PARAMETERS) as (keyof typeof TUNNEL_PARAMETERS)[];
const noneRead = Object.fromEntries(allFields.map((field) => [field, undefined])) as Partial<TunnelDraft>;

describe('ikeIpsecRule', () => {
  it('passes the console’s defaults, counting the values it checked', () => {
    expect(judge({})).toEqual({
      id: 'ike-ipsec',
      status: 'pass',
      required: true,
      message: { key: 'check.ike-ipsec.pass', params: { checked: 10 } },
      facts: [],
    });
  });

  it('reads the values as a console may label them', () => {
    const labelled = judge({
      ikeVersion: 'IKEv1',
      ikeMode: '野蛮模式',
      ikeKeyExchange: 'DH Group 14',
      ikeCipher: 'AES-256',
      ikeAuth: 'HMAC-SHA1',
      ikeDpdSec: '10s',
      ipsecCipher: 'AES_192',
      ipsecAuth: 'SHA384',
      ipsecKeyExchange: '关闭',
      bandwidthMbps: '',
    });
    expect(labelled).toMatchObject({ status: 'pass', message: { params: { checked: 12 } } });
    expect(judge({ ipsecKeyExchange: 'group19', ikeDpdSec: '关闭', ikeVersion: '2' }).status).toBe('pass');
  });

  it('fails a value the SDK does not allow, naming the field and the allowed values', () => {
    expect(judge({ ikeCipher: 'DES' })).toEqual({
      id: 'ike-ipsec',
      status: 'fail',
      required: true,
      message: {
        key: 'check.ike-ipsec.invalid',
        params: { fieldTerm: 'term.tunnel.ikeCipher', value: 'DES', allowed: 'aes128, aes192, aes256, 3des' },
      },
      facts: [],
    });
    // 3DES is an IKE cipher only.
    expect(judge({ ipsecCipher: '3des' }).message.params).toMatchObject({
      fieldTerm: 'term.tunnel.ipsecCipher',
    });
    expect(judge({ ikeKeyExchange: 'group 1' }).status).toBe('fail');
    expect(judge({ ikeDpdSec: '30' }).status).toBe('fail');
    expect(judge({ ikeVersion: 'v3' }).status).toBe('fail');
    expect(judge({ ikeKeyExchange: 'null' }).status).toBe('fail');
  });

  it('fails lifetimes out of range or not whole numbers', () => {
    expect(judge({ ikeSaLifeSec: '59' })).toMatchObject({
      status: 'fail',
      message: {
        key: 'check.ike-ipsec.range',
        params: { fieldTerm: 'term.tunnel.ikeSaLifeSec', value: '59', min: 60, max: 86_400 },
      },
    });
    expect(judge({ ikeSaLifeSec: '86400', ipsecSaLifeSec: '60' }).status).toBe('pass');
    expect(judge({ ipsecSaLifeSec: '86401' }).status).toBe('fail');
    expect(judge({ ipsecSaLifeSec: '3600.5' }).status).toBe('fail');
    expect(judge({ ipsecSaLifeSec: '-60' }).status).toBe('fail');
    expect(judge({ ipsecSaLifepkt: '0', ipsecSaLifebyte: '107374182400' }).status).toBe('pass');
    expect(judge({ ipsecSaLifebyte: '107374182401' }).status).toBe('fail');
    expect(judge({ ipsecSaLifebyte: '9'.repeat(30) }).status).toBe('fail');
    expect(judge({ bandwidthMbps: '0' }).status).toBe('fail');
    expect(judge({ bandwidthMbps: '1500' }).status).toBe('pass');
  });

  it('ignores the IKE mode under IKEv2 and checks it under IKEv1', () => {
    expect(judge({ ikeVersion: 'v2', ikeMode: 'quick' }).status).toBe('pass');
    expect(judge({ ikeVersion: 'v1', ikeMode: 'quick' })).toMatchObject({
      status: 'fail',
      message: { params: { fieldTerm: 'term.tunnel.ikeMode' } },
    });
    expect(judge({ ikeVersion: undefined, ikeMode: 'quick' }).status).toBe('fail');
  });

  it('warns on an empty value, after any wrong one', () => {
    expect(judge({ ikeSaLifeSec: '' })).toMatchObject({
      status: 'warn',
      required: true,
      message: { key: 'check.ike-ipsec.empty', params: { fieldTerm: 'term.tunnel.ikeSaLifeSec' } },
    });
    expect(judge({ ikeSaLifeSec: '', ipsecAuth: 'md5' }).status).toBe('fail');
  });

  it('judges what the form shows; with nothing read, or no tunnel form, it is unknown and required', () => {
    expect(judge({ ...noneRead, ikeSaLifeSec: '100' })).toMatchObject({
      status: 'pass',
      message: { params: { checked: 1 } },
    });
    expect(judge(noneRead)).toMatchObject({
      status: 'unknown',
      required: true,
      message: { key: 'check.ike-ipsec.unknown' },
    });
    for (const draft of [undefined, draftWith(), gatewayDraftWith()]) {
      expect(ikeIpsecRule(ruleInput({}, draft))).toMatchObject({
        status: 'unknown',
        required: true,
        message: { key: 'check.ike-ipsec.no-form' },
      });
    }
  });

  it('cuts long page text short', () => {
    expect(String(judge({ ikeCipher: 'x'.repeat(100) }).message.params?.value)).toHaveLength(41);
  });

  it('passes every allowed value and every lifetime in range (property)', () => {
    const choice = (field: keyof typeof TUNNEL_PARAMETERS) => {
      const allowed = TUNNEL_PARAMETERS[field];
      return allowed.kind === 'choice'
        ? fc.constantFrom(...allowed.values)
        : fc.integer({ min: allowed.min, max: Math.min(allowed.max, Number.MAX_SAFE_INTEGER) }).map(String);
    };
    const record = fc.record(Object.fromEntries(allFields.map((field) => [field, choice(field)])));
    fc.assert(
      fc.property(record, (values) => {
        expect(judge(values as Partial<TunnelDraft>).status).toBe('pass');
      }),
    );
  });
});
