import { log2MeanInterval } from './log2MeanInterval.js';
import type { GeometricMeanInterval } from './types.js';
import { log2 } from './portableMath.js';

/**
 * [Geometric mean](https://en.wikipedia.org/wiki/Geometric_mean) of ratios with a two-sided
 * t-based confidence interval, computed on the log2 scale and back-transformed
 * ([log-normal CI](https://www.graphpad.com/guides/prism/latest/statistics/stat_paired_or_ratio_t_test.htm)):
 * `estimate = 2^mean(log2 r)`, `CI = 2^(mean ± t(level, n - 1) * sd / sqrt(n))`, with `sd` the
 * sample standard deviation (divisor n - 1) of log2(r).
 *
 * Conventions: returns `null` (never throws) for an empty input or when any ratio is not a
 * finite number > 0 (its log is undefined; the caller filters such values). With one ratio the
 * estimate is returned and `ciLow`, `ciHigh`, `log2SD` are `null`. The input is not mutated.
 *
 * @param ratios positive, finite ratios (e.g. treated / control)
 * @param level confidence level in (0, 1), default 0.95
 * @returns the geometric mean with its interval, or `null` as described above
 * @throws {RangeError} when `level` is not strictly between 0 and 1 (a programming error)
 * @example
 * geometricMeanInterval([1.8, 2.4, 1.3, 3.1]);
 * // => { n: 4, estimate: 2.04266..., ciLow: 1.12606..., ciHigh: 3.70535..., log2Mean: 1.03045..., log2SD: 0.53993..., level: 0.95 }
 */
export function geometricMeanInterval(
  ratios: readonly number[],
  level = 0.95,
): GeometricMeanInterval | null {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${level}`);
  }
  if (ratios.length === 0 || !ratios.every((r) => Number.isFinite(r) && r > 0)) return null;
  const interval = log2MeanInterval(
    ratios.map((r) => log2(r)),
    level,
  );
  if (interval === null) return null;
  return {
    n: interval.n,
    estimate: 2 ** interval.mean,
    ciLow: interval.ciLow === null ? null : 2 ** interval.ciLow,
    ciHigh: interval.ciHigh === null ? null : 2 ** interval.ciHigh,
    log2Mean: interval.mean,
    log2SD: interval.sd,
    level,
  };
}
