/**
 * The IC50 fold shift of a resistant curve over its sensitive partner, from one joint fit of both.
 *
 *   both curves on log2 with the shared top (1, the vehicle), each its own bottom, hill and block
 *   levels; the resistant log10 IC50 written as the sensitive one plus d = log10(fold)
 *   each curve's residuals weighted by 1 / s of its own fit (s^2 = RSS / df: a clone and a pooled
 *   parental line need not share a variance), so the joint weighted RSS at the optimum is
 *   df_R + df_S and its residual variance exactly 1
 *   interval of d: profile likelihood, {d : min WRSS(d) - WRSS <= t^2}, t on df_R + df_S, by
 *   warm-started refits (profileInterval.ts)
 *
 * The estimate is the ratio of the two separate fits (the joint optimum is theirs). Because t on the
 * pooled df is at most either curve's own t, the interval agrees with the two IC50 intervals: when
 * those do not overlap, every common IC50 raises one curve's scaled RSS past its own cut-off, so
 * d = 0 (fold 1) lies outside. This is R's `nls(..., weights = 1 / s^2)` with `confint` (profile).
 */
import { solveBounded, workspace } from './boundedLeastSquares.js';
import { covarianceDiagonal, type LogLogisticFit } from './logLogisticFit.js';
import { curveProblem } from './logLogisticModel.js';
import { profileInterval } from './profileInterval.js';
import { tCritical } from './studentT.js';
import { pow10 } from './portableMath.js';

export interface FoldInterval {
  /** Resistant IC50 / sensitive IC50. */
  estimate: number;
  /** Ends of its profile interval; null where the data do not bound it within the search box. */
  ciLow: number | null;
  ciHigh: number | null;
}

/** Index of d = log10(fold) among the joint fit's parameters (sensitive b, e, h; resistant b, d, h). */
const RATIO = 4;

export function jointFold(resistant: LogLogisticFit, sensitive: LogLogisticFit, level: number): FoldInterval {
  const estimate = pow10(resistant.log10Ic50 - sensitive.log10Ic50);
  const sR = Math.sqrt(resistant.rss / resistant.df);
  const sS = Math.sqrt(sensitive.rss / sensitive.df);
  const df = resistant.df + sensitive.df;
  const t = tCritical(level, df);
  if (t === null || !(sR > 0) || !(sS > 0)) return { estimate, ciLow: null, ciHigh: null };
  const problem = curveProblem(sensitive.data, resistant.data, [1 / sS, 1 / sR]);
  const ws = workspace(problem.n, problem.p);
  const x = new Float64Array([
    sensitive.bottom, sensitive.log10Ic50, sensitive.hill, resistant.bottom, resistant.log10Ic50 - sensitive.log10Ic50, resistant.hill,
  ]);
  // The separate optima are the joint one; a polish only removes rounding.
  const wrss = solveBounded(problem, x, ws);
  if (!Number.isFinite(wrss)) return { estimate, ciLow: null, ciHigh: null };
  const variance = covarianceDiagonal(problem, x, wrss / df, RATIO + 1)?.[RATIO];
  const se = variance !== undefined && variance > 0 ? Math.sqrt(variance) : null;
  const { low, high } = profileInterval(problem, ws, x, wrss, RATIO, t, se);
  return { estimate, ciLow: low === null ? null : pow10(low), ciHigh: high === null ? null : pow10(high) };
}
