import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianDifference, medianRatio, quantile, summarize } from '../../scripts/bench/stats';

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    const sorted = [1, 2, 3, 4];
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 0.5)).toBe(2.5);
    expect(quantile(sorted, 0.25)).toBe(1.75);
    expect(quantile(sorted, 1)).toBe(4);
  });

  it('is NaN for no samples rather than a made-up zero', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('summarize', () => {
  it('gives median, quartiles and the median absolute deviation', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ n: 5, median: 3, p25: 2, p75: 4, mad: 1, min: 1, max: 5 });
  });

  it('leaves out missing and non-finite samples, and is undefined when none is left', () => {
    expect(summarize([undefined, 2, Number.NaN, 4])?.median).toBe(3);
    expect(summarize([undefined, Number.POSITIVE_INFINITY])).toBeUndefined();
    expect(summarize([])).toBeUndefined();
  });

  it('orders its figures for any samples', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (xs) => {
        const s = summarize(xs);
        expect(s).toBeDefined();
        if (!s) return;
        expect(s.n).toBe(xs.length);
        expect(s.min).toBeLessThanOrEqual(s.p25);
        expect(s.p25).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.p75);
        expect(s.p75).toBeLessThanOrEqual(s.max);
        expect(s.mad).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('does not move its median for one wild outlier among many samples', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 2, noNaN: true }), { minLength: 9, maxLength: 40 }),
        (xs) => {
          const median = summarize([...xs, 1e9])?.median ?? Number.NaN;
          expect(median).toBeGreaterThanOrEqual(1);
          expect(median).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});

describe('medianDifference and medianRatio', () => {
  const a = summarize([10, 12, 14]);
  const b = summarize([2, 4, 6]);

  it('compare medians', () => {
    expect(medianDifference(a, b)).toBe(8);
    expect(medianRatio(a, b)).toBe(3);
  });

  it('are undefined when a side is missing or the ratio has no positive base', () => {
    expect(medianDifference(a, undefined)).toBeUndefined();
    expect(medianRatio(undefined, b)).toBeUndefined();
    expect(medianRatio(a, summarize([0, 0, 0]))).toBeUndefined();
  });
});
