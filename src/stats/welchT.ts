import { mean, sampleVariance } from 'simple-statistics';
import { tCritical, twoSidedTPValue } from './studentT.js';
import type { TTestResult } from './types.js';

/**
 * [Welch's t-test](https://en.wikipedia.org/wiki/Welch%27s_t-test) for two independent groups
 * with unequal variances: `t = (mean(a) - mean(b)) / sqrt(va/na + vb/nb)` with the
 * Welch–Satterthwaite degrees of freedom
 * `df = (va/na + vb/nb)^2 / ((va/na)^2/(na-1) + (vb/nb)^2/(nb-1))` (generally fractional),
 * where `va`, `vb` are sample variances (divisor n - 1). The confidence interval of the
 * difference is `mean(a) - mean(b) ± t(level, df) * se`. Matches
 * `scipy.stats.ttest_ind(a, b, equal_var=False)`, its `df` and `confidence_interval(level)`.
 *
 * Conventions: returns `null` (never NaN) when either group has fewer than 2 values, when any
 * value is not finite, or when both groups have zero spread so t is undefined (an SD below
 * floating-point noise, `sd <= 64 * Number.EPSILON * max|x|` within the group, counts as zero).
 * One group with zero spread is allowed. `n` in the result is `a.length + b.length`. Inputs
 * are not mutated.
 *
 * @param a group A values (e.g. log2 treated)
 * @param b group B values (e.g. log2 control)
 * @param level confidence level in (0, 1), default 0.95
 * @returns the test result (`meanDifference` is mean(a) - mean(b)), or `null` as described above
 * @throws {RangeError} when `level` is not in (0, 1) (a programming error)
 * @example
 * welchT([1.2, 2.5, 3.1, 0.8, 1.9], [4.5, 6.1, 2.2, 7.8, 5.0, 9.3, 3.4]);
 * // => { test: 'welch-t', n: 12, meanDifference: -3.5714..., t: -3.48993..., df: 8.15660..., p: 0.0079542..., ciLow: -5.92341..., ciHigh: -1.21944..., level: 0.95 }
 */
export function welchT(
  a: readonly number[],
  b: readonly number[],
  level = 0.95,
): TTestResult | null {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${level}`);
  }
  const na = a.length;
  const nb = b.length;
  if (na < 2 || nb < 2) return null;
  if (!a.every(Number.isFinite) || !b.every(Number.isFinite)) return null;
  const va = sampleVariance(a);
  const vb = sampleVariance(b);
  const noise = (xs: readonly number[], v: number): boolean =>
    !(Math.sqrt(v) > 64 * Number.EPSILON * xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0));
  if (noise(a, va) && noise(b, vb)) return null;
  const wa = va / na;
  const wb = vb / nb;
  const se = Math.sqrt(wa + wb);
  const md = mean(a) - mean(b);
  const t = md / se;
  const df = (wa + wb) ** 2 / (wa ** 2 / (na - 1) + wb ** 2 / (nb - 1));
  const p = twoSidedTPValue(t, df);
  const tc = tCritical(level, df);
  if (p === null || tc === null) return null;
  return {
    test: 'welch-t',
    n: na + nb,
    meanDifference: md,
    t,
    df,
    p,
    ciLow: md - tc * se,
    ciHigh: md + tc * se,
    level,
  };
}
