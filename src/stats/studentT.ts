import cdf from '@stdlib/stats-base-dists-t-cdf';
import quantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Two-sided p value of [Student's t distribution](https://en.wikipedia.org/wiki/Student%27s_t-distribution):
 * the probability that |T| >= |t| when T has `df` degrees of freedom, i.e. `2 * cdf(-|t|, df)`
 * (computed from the lower tail so tiny p values keep their precision).
 *
 * A thin wrapper over `@stdlib/stats-base-dists-t-cdf`. `df` may be fractional (Welch).
 *
 * @param t the t statistic
 * @param df degrees of freedom, > 0
 * @returns the two-sided p value in [0, 1], or `null` when `t` is not finite or `df` is not a
 * finite positive number (stdlib would otherwise return NaN, or 0.5 for df = Infinity)
 * @example
 * twoSidedTPValue(2.5, 4); // => 0.0667665448...
 */
export function twoSidedTPValue(t: number, df: number): number | null {
  if (!Number.isFinite(t) || !Number.isFinite(df) || df <= 0) return null;
  const p = 2 * cdf(-Math.abs(t), df);
  if (!Number.isFinite(p)) return null;
  return Math.min(1, p);
}

/**
 * Two-sided critical value of [Student's t distribution](https://en.wikipedia.org/wiki/Student%27s_t-distribution):
 * the quantile at `(1 + level) / 2`, so that `mean ± tCritical(level, df) * se` is a
 * `level` confidence interval.
 *
 * A thin wrapper over `@stdlib/stats-base-dists-t-quantile`. `df` may be fractional (Welch).
 *
 * @param level confidence level, strictly between 0 and 1 (e.g. 0.95)
 * @param df degrees of freedom, > 0
 * @returns the positive critical value, or `null` when `level` is outside (0, 1) or `df` is not a
 * finite positive number
 * @example
 * tCritical(0.95, 4); // => 2.7764451051...
 */
export function tCritical(level: number, df: number): number | null {
  if (!Number.isFinite(level) || level <= 0 || level >= 1) return null;
  if (!Number.isFinite(df) || df <= 0) return null;
  let byDf = criticalValues.get(level);
  if (!byDf) {
    byDf = new Map();
    criticalValues.set(level, byDf);
  }
  const seen = byDf.get(df);
  if (seen !== undefined) return seen;
  const q = quantile((1 + level) / 2, df);
  const critical = Number.isFinite(q) ? q : null;
  // A screen asks for the same few (level, df) thousands of times: a pure memo (a hit returns what a miss computes).
  if (byDf.size >= MAX_REMEMBERED) byDf.clear();
  byDf.set(df, critical);
  return critical;
}

const MAX_REMEMBERED = 4096;
const criticalValues = new Map<number, Map<number, number | null>>();
