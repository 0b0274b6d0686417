/**
 * Per-replicate summaries and the t-tests of `--test paired|welch`, kept for labs whose protocol
 * prescribes them: geometric means with t intervals on n - 1 df, a paired t-test on log2 values over
 * the replicates both models share, or Welch's t-test.
 */
import { compareText } from '../order.js';
import type { NormalizedLane } from '../normalize/types.js';
import { geometricMeanInterval } from './geometricMeanInterval.js';
import { pairedT } from './pairedT.js';
import { welchT } from './welchT.js';
import type { GroupComparison, RatioSummary } from './comparisonTypes.js';
import { log2 } from './portableMath.js';

/** Values keyed by replicate. */
export type ByReplicate = Map<string, number>;

/** Which per-replicate test `--test` asked for: paired when the models share replicates, or always Welch. */
export type ReplicateTest = 'paired' | 'welch';

/**
 * Positive, finite values by replicate: ratios that can be logged. Sorted by replicate, so sums
 * (and so every output byte) do not depend on the order of input rows.
 */
export function valuesByReplicate(lanes: readonly NormalizedLane[], pick: (l: NormalizedLane) => number | null): ByReplicate {
  const out: ByReplicate = new Map();
  for (const lane of [...lanes].sort((a, b) => compareText(a.replicate, b.replicate))) {
    const v = pick(lane);
    if (v !== null && v > 0 && Number.isFinite(v)) out.set(lane.replicate, v);
  }
  return out;
}

export const EMPTY_SUMMARY: RatioSummary = { estimate: null, ciLow: null, ciHigh: null, n: 0, log2Mean: null, log2SD: null, se: null, df: null };

/** Geometric mean of per-replicate ratios with its t interval (n - 1 df). */
export function summariseReplicates(values: ByReplicate, level: number): RatioSummary {
  const interval = geometricMeanInterval([...values.values()], level);
  if (!interval) return { ...EMPTY_SUMMARY };
  return {
    estimate: interval.estimate, ciLow: interval.ciLow, ciHigh: interval.ciHigh, n: interval.n,
    log2Mean: interval.log2Mean, log2SD: interval.log2SD,
    se: interval.log2SD === null ? null : interval.log2SD / Math.sqrt(interval.n), df: interval.n > 1 ? interval.n - 1 : null,
  };
}

export interface ReplicateTestOutcome {
  comparison: GroupComparison;
  /** Replicates of one model without a partner in the other (left out of a paired test). */
  unpaired: number;
  /** The test could not be run (too few values or no spread). */
  tooFew: boolean;
}

/**
 * Paired t on log2 values over the replicates both models share, when they share at least two
 * (or all of them) and `test` is `paired`; Welch's t otherwise.
 */
export function replicateTest(r: ByReplicate, s: ByReplicate, level: number, test: ReplicateTest): ReplicateTestOutcome {
  const shared = [...r.keys()].filter((rep) => s.has(rep));
  const empty = { ciLow: null, ciHigh: null, se: null, t: null, df: null, p: null, pAdjusted: null, nResistant: r.size, nSensitive: s.size };
  const pairable = test === 'paired' && (shared.length >= 2 || (shared.length > 0 && shared.length === r.size && shared.length === s.size));
  if (pairable) {
    const a = shared.map((rep) => log2(r.get(rep)!));
    const b = shared.map((rep) => log2(s.get(rep)!));
    const log2Ratio = mean(a.map((x, i) => x - b[i]!));
    const unpaired = r.size + s.size - 2 * shared.length;
    const result = pairedT(a, b, level);
    if (!result) return { comparison: { ...empty, log2Ratio, test: 'paired-t', n: shared.length }, unpaired, tooFew: true };
    return {
      comparison: {
        log2Ratio, ciLow: result.ciLow, ciHigh: result.ciHigh, test: 'paired-t', se: Math.abs(result.meanDifference / result.t) || null,
        t: result.t, df: result.df, p: result.p, pAdjusted: null, n: shared.length, nResistant: r.size, nSensitive: s.size,
      },
      unpaired, tooFew: false,
    };
  }
  const a = [...r.values()].map(Math.log2);
  const b = [...s.values()].map(Math.log2);
  const log2Ratio = a.length > 0 && b.length > 0 ? mean(a) - mean(b) : null;
  const result = welchT(a, b, level);
  if (!result) return { comparison: { ...empty, log2Ratio, test: 'welch-t', n: a.length + b.length }, unpaired: 0, tooFew: a.length > 0 || b.length > 0 };
  return {
    comparison: {
      log2Ratio, ciLow: result.ciLow, ciHigh: result.ciHigh, test: 'welch-t', se: Math.abs(result.meanDifference / result.t) || null,
      t: result.t, df: result.df, p: result.p, pAdjusted: null, n: a.length + b.length, nResistant: r.size, nSensitive: s.size,
    },
    unpaired: 0, tooFew: false,
  };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}
