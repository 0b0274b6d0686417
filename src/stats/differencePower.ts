/**
 * How likely a resistant-versus-sensitive difference is to be called, before the experiment: the
 * `blotbypass power` question "how many replicates do I need?".
 *
 * The design is the pilot's: two models, `conditions` cells per model (vehicle plus drug conditions),
 * `n` biological replicates as blocks. The difference of log2 f (the interaction) then has
 * SE = 2 sigma / sqrt(n) and residual df = 2 c n - 2 c - n + 1. A difference is called when, as in the
 * rules, its estimate is at least `minLog2Ratio` and its two-sided t-test gives p < alpha:
 *
 *   P(call) = E_s[ Phi((delta - max(minLog2Ratio, t_crit * SE * s)) / SE) ],  df * s^2 ~ chi^2(df)
 *
 * integrated numerically over s (the ratio of the estimated to the true residual SD). The lower tail
 * (a difference called in the wrong direction) does not count: it is never "higher".
 */
import { errorFunction, gammaln } from 'simple-statistics';
import { tCritical } from './studentT.js';

export interface PowerQuestion {
  /** Residual SD of log2 ratios (from a pilot's linear model). */
  sigma: number;
  /** Biological replicates per model. */
  n: number;
  /** Cells per model in the design: vehicle + drug conditions (2 for one drug condition). */
  conditions: number;
  /** True difference, log2 (log2(4) = 2 for a 4-fold difference). */
  log2Difference: number;
  alpha: number;
  minLog2Ratio: number;
}

/** Residual df of the blocked model for n replicates of 2 models x `conditions` cells. */
export function residualDf(n: number, conditions: number): number {
  return 2 * conditions * n - 2 * conditions - n + 1;
}

const normalCdf = (z: number): number => 0.5 * (1 + errorFunction(z / Math.SQRT2));

/**
 * Probability that the difference is called; null when the design has no residual df (n = 1) or
 * sigma is not a positive number.
 * @example
 * differencePower({ sigma: 0.4, n: 3, conditions: 2, log2Difference: 3, alpha: 0.05, minLog2Ratio: 1 }); // => 0.99...
 */
export function differencePower(q: PowerQuestion): number | null {
  const df = residualDf(q.n, q.conditions);
  if (!(q.sigma > 0) || !Number.isFinite(q.sigma) || df < 1) return null;
  const tc = tCritical(1 - q.alpha, df);
  if (tc === null) return null;
  const se = (2 * q.sigma) / Math.sqrt(q.n);
  // Density of s where df * s^2 ~ chi^2(df): f(s) = 2 s df (df s^2)^(df/2 - 1) e^(-df s^2 / 2) / (2^(df/2) Gamma(df/2)).
  const logConstant = Math.log(2 * df) - (df / 2) * Math.LN2 - gammaln(df / 2);
  const density = (s: number): number => Math.exp(logConstant + Math.log(s) + (df / 2 - 1) * Math.log(df * s * s) - (df * s * s) / 2);
  // Midpoint rule over s in (0, upper]; the chi density is negligible beyond 1 + 12 / sqrt(df).
  const upper = 1 + 12 / Math.sqrt(2 * df) + 1;
  const steps = 4000;
  const h = upper / steps;
  let sum = 0;
  let mass = 0;
  for (let i = 0; i < steps; i++) {
    const s = (i + 0.5) * h;
    const w = density(s) * h;
    mass += w;
    sum += w * normalCdf((q.log2Difference - Math.max(q.minLog2Ratio, tc * se * s)) / se);
  }
  return Math.min(1, Math.max(0, sum / mass));
}
