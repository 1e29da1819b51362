/** Summary statistics for noisy timings: medians with their spread, never a lone mean. */
export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  /** Median absolute deviation from the median. */
  mad: number;
  min: number;
  max: number;
}

/** Quantile by linear interpolation between order statistics (R's type 7); `sorted` is ascending. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  return low + (high - low) * (position - lower);
}

/** Summary of the finite samples; undefined when there are none (a missing figure, not a zero). */
export function summarize(samples: readonly (number | undefined)[]): Summary | undefined {
  const finite = samples.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (finite.length === 0) return undefined;
  const sorted = [...finite].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((x) => Math.abs(x - median)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    mad: quantile(deviations, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Difference of medians, `a − b`; undefined when either side has no samples. */
export function medianDifference(a: Summary | undefined, b: Summary | undefined): number | undefined {
  return a && b ? a.median - b.median : undefined;
}

/** Ratio of medians, `a / b`; undefined when either is missing or `b` is not positive. */
export function medianRatio(a: Summary | undefined, b: Summary | undefined): number | undefined {
  return a && b && b.median > 0 ? a.median / b.median : undefined;
}
