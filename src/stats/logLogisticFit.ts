/**
 * A [four-parameter log-logistic](https://doi.org/10.1371/journal.pone.0146021) dose-response curve
 * (R drc's LL.4, GraphPad's "log(inhibitor) vs. response, variable slope") fitted to the signals of one
 * model, treatment and time:
 *
 *   log2 signal = level[block] + log2 f(dose)
 *   f(dose)     = bottom + (top - bottom) / (1 + (dose / IC50)^hill),   top = 1
 *
 * - `top` is fixed at 1: the vehicle lanes define 100 % of the signal, so fitting it would spend a
 *   parameter on a value the design already fixes.
 * - `level[block]` is each block's (replicate x membrane) vehicle level on log2, estimated from the
 *   vehicle and drug lanes together, exactly as the blocked linear model of the per-dose comparisons
 *   does: a noisy vehicle lane shifts its block's level, not every point of the curve.
 * - `bottom`, `IC50` (on log10) and `hill` are free, within a box (logLogisticModel.ts FIT_BOUNDS).
 *   IC50 is the relative one: the dose half-way between top and bottom (drc's default).
 * - Least squares on log2, because western-blot error is multiplicative (a constant CV), the same
 *   scale as every other comparison of the tool.
 *
 * The least-squares surface of a short, noisy series often has more than one minimum in the box (a
 * shallow curve levelling off early versus a steep one falling late), so the fit starts from the
 * data-driven guess, from a grid over log10 IC50 x hill and from steps between neighbouring doses
 * (curveStarts.ts), runs the bounded
 * Levenberg-Marquardt of boundedLeastSquares.ts to convergence from each, and keeps the lowest RSS:
 * the global optimum within the box, as scipy's curve_fit from the same starts finds it. The
 * covariance is s^2 (J'J)^-1 at the optimum (s^2 = RSS / df); the IC50's interval is the profile
 * likelihood, by warm-started refits (profileInterval.ts).
 */
import { choleskyInPlace, choleskySolveInPlace, workspace, type LeastSquaresProblem } from './boundedLeastSquares.js';
import { multiStart } from './curveStarts.js';
import { curveData, curveProblem, type CurveData, type CurvePoint } from './logLogisticModel.js';
import { profileInterval } from './profileInterval.js';
import { tCritical } from './studentT.js';
import { log10, pow10 } from './portableMath.js';

export { FIT_BOUNDS, type CurvePoint } from './logLogisticModel.js';

export interface LogLogisticFit {
  bottom: number;
  log10Ic50: number;
  hill: number;
  /** Fitted log2 vehicle level of each block. */
  levels: Map<string, number>;
  rss: number;
  /** Points minus parameters. */
  df: number;
  /** Standard errors of bottom, log10 IC50 and hill (null when J'J is singular at the optimum). */
  se: { bottom: number | null; log10Ic50: number | null; hill: number | null };
  /**
   * Profile-likelihood interval of log10 IC50 at the level asked for (computed when called: it costs
   * a dozen warm-started refits): the IC50s whose best fit of the other parameters raises the RSS by
   * at most t^2 s^2 (t on df). A side is null when the profile stays below that within the search
   * box (the data do not bound the IC50 there).
   */
  profileInterval: () => { low: number | null; high: number | null };
  /** Parameters that ended on a bound of their box (their standard errors are not trustworthy). */
  atBound: ('bottom' | 'ic50' | 'hill')[];
  /** The curve's data and its bottom, log10 IC50 and hill at the optimum, for a joint fit with another curve (jointFold.ts). */
  data: CurveData;
  params: Float64Array;
}

export type CurveFitFailure = 'too-few-points' | 'did-not-converge';

/** f(dose) of the curve with top = 1. */
export function logLogistic(dose: number, bottom: number, log10Ic50: number, hill: number): number {
  if (dose <= 0) return 1;
  const u = pow10(hill * (log10(dose) - log10Ic50));
  return bottom + (1 - bottom) / (1 + u);
}

/** The dose at which the curve has fallen `fraction` (0.8 = IC80) of the way from top to bottom. */
export function inhibitoryDose(fraction: number, log10Ic50: number, hill: number): number {
  return pow10(log10Ic50 + log10(fraction / (1 - fraction)) / hill);
}

/**
 * Fits the curve. Returns a failure when there are no more points than parameters, or the search
 * does not give finite numbers.
 */
export function fitLogLogistic(points: readonly CurvePoint[], level = 0.95): LogLogisticFit | CurveFitFailure {
  const data = curveData(points);
  if (data === null) return 'too-few-points';
  const problem = curveProblem(data);
  const df = problem.n - problem.p - problem.levelCount;
  if (df < 1) return 'too-few-points';
  const best = multiStart(problem, data);
  if (best === null) return 'did-not-converge';
  const { x: params, rss } = best;
  const bottom = params[0]!;
  const log10Ic50 = params[1]!;
  const hill = params[2]!;
  const atBound: LogLogisticFit['atBound'] = [];
  const near = (k: number) => [problem.lower[k]!, problem.upper[k]!].some((bound) => Math.abs(params[k]! - bound) <= 1e-6 * Math.max(1, Math.abs(bound)));
  if (near(0)) atBound.push('bottom');
  if (near(1)) atBound.push('ic50');
  if (near(2)) atBound.push('hill');
  const variances = covarianceDiagonal(problem, params, rss / df, 3);
  const fitSe = (k: number): number | null => {
    const v = variances?.[k];
    return v !== undefined && Number.isFinite(v) && v > 0 ? Math.sqrt(v) : null;
  };
  const t = tCritical(level, df);
  const levels = problem.levels(params);
  return {
    bottom, log10Ic50, hill, rss, df, atBound, data, params,
    profileInterval: () => (t === null ? { low: null, high: null } : profileInterval(problem, workspace(problem.n, problem.p), params, rss, 1, t * Math.sqrt(rss / df), fitSe(1))),
    levels: new Map(data.blocks.map((b, k) => [b, levels[k]!])),
    se: { bottom: fitSe(0), log10Ic50: fitSe(1), hill: fitSe(2) },
  };
}

/**
 * The first `count` diagonal elements of s^2 (J'J)^-1 at `x`, or null when J'J is singular (a flat
 * curve leaves IC50 and hill unidentified): Cholesky of J'J scaled to unit diagonal, refused when a
 * pivot falls below 1e-10.
 */
export function covarianceDiagonal(problem: LeastSquaresProblem, x: Float64Array, sigma2: number, count: number): number[] | null {
  const { n, p } = problem;
  const jac = new Float64Array(n * p);
  problem.evaluate(x, new Float64Array(n), jac);
  const a = new Float64Array(p * p);
  const scale = new Float64Array(p);
  for (let s = 0; s < p; s++) {
    for (let t = 0; t <= s; t++) {
      let v = 0;
      for (let i = 0; i < n; i++) v += jac[i * p + s]! * jac[i * p + t]!;
      a[s * p + t] = v;
      a[t * p + s] = v;
    }
    scale[s] = Math.sqrt(a[s * p + s]!);
  }
  if (!scale.every((v) => v > 0)) return null;
  for (let s = 0; s < p; s++) for (let t = 0; t < p; t++) a[s * p + t] = a[s * p + t]! / (scale[s]! * scale[t]!);
  if (!choleskyInPlace(a, p)) return null;
  for (let s = 0; s < p; s++) if (a[s * p + s]! ** 2 <= 1e-10) return null;
  const out: number[] = [];
  const e = new Float64Array(p);
  for (let k = 0; k < count; k++) {
    e.fill(0);
    e[k] = 1;
    choleskySolveInPlace(a, p, e);
    out.push((sigma2 * e[k]!) / (scale[k]! * scale[k]!));
  }
  return out;
}
