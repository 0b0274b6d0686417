import { mean, sampleStandardDeviation } from 'simple-statistics';
import { tCritical } from './studentT.js';
import type { Log2MeanInterval } from './types.js';

/**
 * Mean of log2 values with a two-sided
 * [t-based confidence interval](https://en.wikipedia.org/wiki/Confidence_interval#Example):
 * `mean ± t(level, n - 1) * sd / sqrt(n)`, where `sd` is the sample standard deviation
 * (divisor n - 1). Equivalent to `scipy.stats.t.interval(level, n - 1, loc=mean, scale=sem)`.
 *
 * Conventions: returns `null` for an empty input or when any value is not finite (the caller
 * filters missing values). With one value the mean is returned and `sd`, `ciLow`, `ciHigh` are
 * `null`. With zero spread the interval collapses to `[mean, mean]`. The input is not mutated.
 *
 * @param log2Values values on the log2 scale
 * @param level confidence level in (0, 1), default 0.95
 * @returns the mean with its interval, or `null` when there are no (finite) values
 * @throws {RangeError} when `level` is not strictly between 0 and 1 (a programming error)
 * @example
 * log2MeanInterval([0.5, 1.2, -0.3, 0.9, 1.7]);
 * // => { n: 5, mean: 0.8, sd: 0.75498..., ciLow: -0.13743..., ciHigh: 1.73743..., level: 0.95 }
 */
export function log2MeanInterval(
  log2Values: readonly number[],
  level = 0.95,
): Log2MeanInterval | null {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${level}`);
  }
  const n = log2Values.length;
  if (n === 0 || !log2Values.every(Number.isFinite)) return null;
  const m = mean(log2Values);
  if (n < 2) return { n, mean: m, sd: null, ciLow: null, ciHigh: null, level };
  const sd = sampleStandardDeviation(log2Values);
  const tc = tCritical(level, n - 1);
  if (tc === null) return null;
  const half = (tc * sd) / Math.sqrt(n);
  return { n, mean: m, sd, ciLow: m - half, ciHigh: m + half, level };
}
