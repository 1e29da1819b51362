import { describe, expect, it } from 'vitest';
import type { ExistingTunnel, TunnelDraft } from '../../../lib/model/draft';
import { tunnelQuotaRule } from '../../../lib/rules/tunnel-quota';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

const CLOUD_A = '116.196.1.10';
const CLOUD_B = '116.196.1.11';

function judge(overrides: Partial<TunnelDraft>) {
  return tunnelQuotaRule(ruleInput({}, tunnelDraftWith(overrides)));
}

const row = (cloudIp: string, customerIp: string): ExistingTunnel => ({ cloudIp, customerIp });

describe('tunnelQuotaRule', () => {
  it('passes when the chosen pair has no tunnel and the connection has room', () => {
    expect(
      judge({ cloudIp: CLOUD_A, customerIp: '1.2.3.4', existingTunnels: [row(CLOUD_A, '1.2.3.5')] }),
    ).toEqual({
      id: 'tunnel-quota',
      status: 'pass',
      required: true,
      message: {
        key: 'check.tunnel-quota.pass',
        params: { count: 1, max: 4, cloudIp: CLOUD_A, customerIp: '1.2.3.4' },
      },
      facts: [],
    });
  });

  it('fails a pair that already has a tunnel: one per pair, a limit JD does not raise', () => {
    expect(
      judge({ cloudIp: ` ${CLOUD_A}`, customerIp: '1.2.3.4', existingTunnels: [row(CLOUD_A, '1.2.3.4 ')] }),
    ).toEqual({
      id: 'tunnel-quota',
      status: 'fail',
      required: true,
      message: { key: 'check.tunnel-quota.pair-taken', params: { cloudIp: CLOUD_A, customerIp: '1.2.3.4' } },
      facts: [],
      fix: 'vpn-restrictions-docs',
    });
    // The same customer IP on the other cloud IP is another pair.
    expect(
      judge({ cloudIp: CLOUD_B, customerIp: '1.2.3.4', existingTunnels: [row(CLOUD_A, '1.2.3.4')] }).status,
    ).toBe('pass');
  });

  it('fails at 2 × the customer gateway’s IPs, and at 8 when that count is unknown', () => {
    const tunnels = (n: number) =>
      Array.from({ length: n }, (_, i) => row(i % 2 ? CLOUD_B : CLOUD_A, `1.2.3.${10 + i}`));
    expect(judge({ customerGatewayIpCount: 1, existingTunnels: tunnels(2) })).toMatchObject({
      status: 'fail',
      message: { key: 'check.tunnel-quota.full', params: { count: 2, max: 2 } },
      fix: 'vpn-restrictions-docs',
    });
    expect(judge({ customerGatewayIpCount: 4, existingTunnels: tunnels(7) }).status).toBe('pass');
    expect(judge({ customerGatewayIpCount: 4, existingTunnels: tunnels(8) }).status).toBe('fail');
    expect(judge({ customerGatewayIpCount: undefined, existingTunnels: tunnels(7) })).toMatchObject({
      status: 'pass',
      message: { key: 'check.tunnel-quota.pass-pair', params: { count: 7 } },
    });
    expect(judge({ customerGatewayIpCount: 3, existingTunnels: tunnels(8) })).toMatchObject({
      status: 'fail',
      message: { params: { max: 8 } },
    });
  });

  it('is unknown, not required, without the detail page’s tunnel list', () => {
    expect(judge({ existingTunnels: undefined })).toEqual({
      id: 'tunnel-quota',
      status: 'unknown',
      required: false,
      message: { key: 'check.tunnel-quota.unknown', params: {} },
      facts: [],
    });
  });

  it('is unknown, not required, until both IPs are chosen', () => {
    for (const overrides of [{ cloudIp: undefined }, { customerIp: '' }, { customerIp: '  ' }]) {
      expect(judge(overrides)).toMatchObject({
        status: 'unknown',
        required: false,
        message: { key: 'check.tunnel-quota.choose', params: { count: 1 } },
      });
    }
  });

  it('is unknown, not required, when a listed tunnel shows no pair, unless the pair is taken anyway', () => {
    expect(judge({ existingTunnels: [row(CLOUD_A, '1.2.3.5'), { cloudIp: CLOUD_B }] })).toMatchObject({
      status: 'unknown',
      required: false,
      message: { key: 'check.tunnel-quota.unread-pairs', params: { count: 2, unread: 1 } },
    });
    expect(judge({ existingTunnels: [row(CLOUD_A, '1.2.3.4'), {}] }).status).toBe('fail');
  });

  it('passes on an empty list', () => {
    expect(judge({ existingTunnels: [] })).toMatchObject({
      status: 'pass',
      message: { params: { count: 0 } },
    });
  });

  it('is unknown, not required, without a tunnel form', () => {
    for (const draft of [undefined, draftWith(), gatewayDraftWith()]) {
      expect(tunnelQuotaRule(ruleInput({}, draft))).toMatchObject({
        status: 'unknown',
        required: false,
        message: { key: 'check.tunnel-quota.no-form' },
      });
    }
  });
});
