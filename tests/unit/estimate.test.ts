import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateForDraft, estimateVpnCost, runwayDays } from '../../lib/estimate';
import { draftWith, gatewayDraftWith, settingsWith, tunnelDraftWith } from './rules/rule-input';

describe('estimateVpnCost', () => {
  it('matches the documented example: 0.1 + 2 × 0.12 CNY/h, plus 1 GB a day at 0.8 CNY', () => {
    expect(estimateVpnCost(settingsWith(), 'cn-north-1')).toEqual({
      // 34 fen/h + 80/24 fen/h of traffic = 37.33, rounded up
      perHourFen: 38,
      perDayFen: 896,
      priceRegion: 'cn-north-1',
    });
  });

  it('gives 8.16 CNY a day before traffic', () => {
    const estimate = estimateVpnCost(settingsWith({ expectedOutboundGbPerDay: 0 }), 'cn-east-2');
    expect(estimate).toEqual({ perHourFen: 34, perDayFen: 816, priceRegion: 'cn-east-2' });
  });

  it('uses the default price for an unlisted or unknown region', () => {
    expect(estimateVpnCost(settingsWith(), 'cn-west-9').priceRegion).toBe('default');
    expect(estimateVpnCost(settingsWith(), undefined).priceRegion).toBe('default');
    expect(estimateVpnCost(settingsWith(), '').priceRegion).toBe('default');
  });

  it("uses a region's own price when settings list it", () => {
    const settings = settingsWith({
      prices: {
        default: { connectionPerHourFen: 10, tunnelPerHourFen: 12, outboundPerGbFen: 80 },
        'cn-east-2': { connectionPerHourFen: 20, tunnelPerHourFen: 30, outboundPerGbFen: 100 },
      },
      plannedTunnels: 4,
      expectedOutboundGbPerDay: 12,
    });
    // cn-east-2: 20 + 4 × 30 = 140 fen/h, a day 3360 + 12 × 100; default: 58 fen/h, a day 1392 + 12 × 80
    expect(estimateVpnCost(settings, 'cn-east-2')).toEqual({
      perHourFen: 190,
      perDayFen: 4560,
      priceRegion: 'cn-east-2',
    });
    expect(estimateVpnCost(settings, 'cn-north-1')).toEqual({
      perHourFen: 98,
      perDayFen: 2352,
      priceRegion: 'default',
    });
  });

  it('does not take Object.prototype members for regions', () => {
    for (const region of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(estimateVpnCost(settingsWith(), region)).toEqual({
        perHourFen: 38,
        perDayFen: 896,
        priceRegion: 'default',
      });
    }
  });

  it('falls back to the documented list price when settings hold no default', () => {
    const settings = settingsWith({
      prices: { 'cn-south-1': { connectionPerHourFen: 1, tunnelPerHourFen: 1, outboundPerGbFen: 1 } },
    });
    expect(estimateVpnCost(settings, 'cn-north-1')).toEqual({
      perHourFen: 38,
      perDayFen: 896,
      priceRegion: 'documented',
    });
  });

  it('rounds fractional fen up, never down', () => {
    const settings = settingsWith({
      prices: { default: { connectionPerHourFen: 10.01, tunnelPerHourFen: 0, outboundPerGbFen: 0 } },
    });
    expect(estimateVpnCost(settings, undefined)).toEqual({
      perHourFen: 11,
      perDayFen: 241,
      priceRegion: 'default',
    });
  });

  it('does not add a fen for floating-point noise', () => {
    // 24 × (0.05 + 3 × 0.4) is exactly 30, but floating point says 30.000000000000007.
    const settings = settingsWith({
      prices: { default: { connectionPerHourFen: 0.05, tunnelPerHourFen: 0.4, outboundPerGbFen: 0 } },
      plannedTunnels: 3,
    });
    expect(estimateVpnCost(settings, undefined).perDayFen).toBe(30);
  });

  it('never understates and overstates by less than a fen (property)', () => {
    const rate = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        rate,
        rate,
        rate,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10),
        (connection, tunnel, outbound, tunnels, gb) => {
          const settings = settingsWith({
            prices: {
              default: {
                connectionPerHourFen: connection,
                tunnelPerHourFen: tunnel,
                outboundPerGbFen: outbound,
              },
            },
            plannedTunnels: tunnels,
            expectedOutboundGbPerDay: gb,
          });
          const { perHourFen, perDayFen } = estimateVpnCost(settings, undefined);
          const exactDay = 24 * (connection + tunnels * tunnel) + gb * outbound;
          const exactHour = connection + tunnels * tunnel + (gb * outbound) / 24;
          const slack = 1e-6 * Math.max(1, exactDay);
          expect(Number.isInteger(perDayFen)).toBe(true);
          expect(perDayFen).toBeGreaterThanOrEqual(exactDay - slack);
          expect(perDayFen).toBeLessThan(exactDay + 1);
          expect(perHourFen).toBeGreaterThanOrEqual(exactHour - slack);
          expect(perHourFen).toBeLessThan(exactHour + 1);
        },
      ),
    );
  });

  it('costs more with more tunnels (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), (tunnels) => {
        const fewer = estimateVpnCost(settingsWith({ plannedTunnels: tunnels }), 'cn-north-1');
        const more = estimateVpnCost(settingsWith({ plannedTunnels: tunnels + 1 }), 'cn-north-1');
        expect(more.perDayFen - fewer.perDayFen).toBe(24 * 12);
      }),
    );
  });
});

describe('estimateForDraft', () => {
  it('prices the connection form as a connection with the planned tunnels', () => {
    expect(estimateForDraft(settingsWith(), draftWith())).toEqual({
      perHourFen: 38,
      perDayFen: 896,
      priceRegion: 'cn-north-1',
      tunnels: 2,
      tunnelsFrom: 'planned',
    });
    const four = settingsWith({ plannedTunnels: 4 });
    expect(estimateForDraft(four, draftWith())).toMatchObject({ tunnels: 4, perDayFen: 24 * (10 + 48) + 80 });
  });

  it('prices no form as the connection form', () => {
    expect(estimateForDraft(settingsWith(), undefined)).toEqual({
      perHourFen: 38,
      perDayFen: 896,
      priceRegion: 'default',
      tunnels: 2,
      tunnelsFrom: 'planned',
    });
  });

  it('prices the tunnel form as the connection with its listed tunnels and this one', () => {
    const none = tunnelDraftWith({ existingTunnels: [] });
    // 10 + 1 × 12 fen an hour, 24 × 22 + 80 a day
    expect(estimateForDraft(settingsWith(), none)).toEqual({
      perHourFen: 26,
      perDayFen: 608,
      priceRegion: 'cn-north-1',
      tunnels: 1,
      tunnelsFrom: 'detail-page',
    });
    const three = tunnelDraftWith({ existingTunnels: [{}, {}, {}] });
    expect(estimateForDraft(settingsWith({ plannedTunnels: 0 }), three)).toMatchObject({
      tunnels: 4,
      perDayFen: 24 * (10 + 4 * 12) + 80,
      tunnelsFrom: 'detail-page',
    });
  });

  it('never prices more than the 8 tunnels a connection can have', () => {
    const full = tunnelDraftWith({ existingTunnels: Array.from({ length: 8 }, () => ({})) });
    expect(estimateForDraft(settingsWith(), full)?.tunnels).toBe(8);
  });

  it('falls back to the planned tunnels, at least this one, when the tunnel list was not seen', () => {
    const unseen = tunnelDraftWith({ existingTunnels: undefined });
    expect(estimateForDraft(settingsWith(), unseen)).toMatchObject({ tunnels: 2, tunnelsFrom: 'planned' });
    expect(estimateForDraft(settingsWith({ plannedTunnels: 0 }), unseen)).toMatchObject({
      tunnels: 1,
      tunnelsFrom: 'planned',
    });
  });

  it('gives no estimate for the customer gateway form, which buys nothing billed', () => {
    expect(estimateForDraft(settingsWith(), gatewayDraftWith())).toBeUndefined();
  });

  it('costs more for each tunnel the detail page lists (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (listed) => {
        const rows = (n: number) =>
          tunnelDraftWith({ existingTunnels: Array.from({ length: n }, () => ({})) });
        const fewer = estimateForDraft(settingsWith(), rows(listed));
        const more = estimateForDraft(settingsWith(), rows(listed + 1));
        expect((more?.perDayFen ?? 0) - (fewer?.perDayFen ?? 0)).toBe(24 * 12);
      }),
    );
  });
});

describe('runwayDays', () => {
  it('counts whole days', () => {
    expect(runwayDays(5000, 896)).toBe(5);
    expect(runwayDays(6272, 896)).toBe(7);
    expect(runwayDays(6271, 896)).toBe(6);
  });

  it('is infinite when nothing is spent, and zero when nothing is available', () => {
    expect(runwayDays(100, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(runwayDays(0, 896)).toBe(0);
    expect(runwayDays(-2500, 896)).toBe(0);
    expect(runwayDays(0, 0)).toBe(0);
  });

  it('gives 0 for nonsense, never a long runway', () => {
    expect(runwayDays(Number.NaN, 896)).toBe(0);
    expect(runwayDays(5000, Number.NaN)).toBe(0);
    expect(runwayDays(5000, -1)).toBe(0);
  });

  it('is the largest whole number of days the funds pay for (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (available, perDay) => {
          const days = runwayDays(available, perDay);
          expect(days * perDay).toBeLessThanOrEqual(available);
          expect((days + 1) * perDay).toBeGreaterThan(available);
        },
      ),
    );
  });
});
