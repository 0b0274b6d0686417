import { mean, sampleStandardDeviation } from 'simple-statistics';
import { tCritical, twoSidedTPValue } from './studentT.js';
import type { TTestResult } from './types.js';

/**
 * [Paired t-test](https://en.wikipedia.org/wiki/Student%27s_t-test#Dependent_t-test_for_paired_samples)
 * on the differences `d[i] = a[i] - b[i]`: `t = mean(d) / (sd(d) / sqrt(n))` with `n - 1`
 * degrees of freedom, where `sd` is the sample standard deviation (divisor n - 1) and `n` the
 * number of pairs. The confidence interval is `mean(d) ± t(level, n - 1) * sd(d) / sqrt(n)`.
 * Matches `scipy.stats.ttest_rel(a, b)` and its `confidence_interval(level)`. For a ratio
 * paired t-test pass log values (log2 and log10 give the same t and p).
 *
 * Conventions: returns `null` (never NaN) when there are fewer than 2 pairs, when any value is
 * not finite, or when the differences have zero spread so t is undefined. Zero spread means
 * all differences identical, or an SD below floating-point noise
 * (`sd <= 64 * Number.EPSILON * max|a[i]|, |b[i]|`), where scipy would report a meaningless t
 * of order 1e16. Inputs are not mutated.
 *
 * @param a first member of each pair (e.g. log2 treated)
 * @param b second member of each pair (e.g. log2 control), same length as `a`
 * @param level confidence level in (0, 1), default 0.95
 * @returns the test result (`meanDifference` is mean of a - b), or `null` as described above
 * @throws {RangeError} when `a` and `b` differ in length or `level` is not in (0, 1)
 * (programming errors)
 * @example
 * pairedT([0.3, -0.2, 0.1, 0.0, -0.5], [1.1, 0.9, 0.4, 1.3, 0.2]);
 * // => { test: 'paired-t', n: 5, meanDifference: -0.84, t: -4.8824..., df: 4, p: 0.0081465..., ciLow: -1.31767..., ciHigh: -0.36232..., level: 0.95 }
 */
export function pairedT(
  a: readonly number[],
  b: readonly number[],
  level = 0.95,
): TTestResult | null {
  if (a.length !== b.length) {
    throw new RangeError(`pairedT needs arrays of equal length, got ${a.length} and ${b.length}`);
  }
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${level}`);
  }
  const n = a.length;
  if (n < 2) return null;
  let scale = 0;
  const d: number[] = [];
  for (let i = 0; i < n; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (!Number.isFinite(ai) || !Number.isFinite(bi)) return null;
    scale = Math.max(scale, Math.abs(ai), Math.abs(bi));
    d.push(ai - bi);
  }
  const sd = sampleStandardDeviation(d);
  if (!(sd > 64 * Number.EPSILON * scale)) return null;
  const md = mean(d);
  const se = sd / Math.sqrt(n);
  const t = md / se;
  const df = n - 1;
  const p = twoSidedTPValue(t, df);
  const tc = tCritical(level, df);
  if (p === null || tc === null) return null;
  return {
    test: 'paired-t',
    n,
    meanDifference: md,
    t,
    df,
    p,
    ciLow: md - tc * se,
    ciHigh: md + tc * se,
    level,
  };
}
