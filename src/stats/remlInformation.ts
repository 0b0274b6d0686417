/**
 * The observed REML information of the per-model variances and the Newton step on log theta built
 * from it (perModelVariance.ts), from each model's sufficient statistics: p x p matrices, row-major.
 */
import { dot, matMul, matVec, traceProduct } from './denseMatrix.js';
import { symmetricPseudoInverse } from './symmetricPseudoInverse.js';

/** Sufficient statistics of one model's observations: X_g'X_g (row-major), X_g'y, y_g'y and their number. */
export interface GroupStatistics {
  group: string;
  n: number;
  gram: Float64Array;
  xty: Float64Array;
  yty: number;
}

/** The GLS fit at fixed variances. `trace[g]` = tr(C X_g'X_g); leverage[g] = trace[g] / theta_g. */
export interface RemlState {
  beta: Float64Array;
  /** C = (X' Sigma^-1 X)^+, row-major. */
  c: Float64Array;
  rss: number[];
  trace: number[];
  leverage: number[];
  logLikelihood: number;
}

/**
 * The observed REML information of the variances theta, -d2 l / d theta_g d theta_h
 * = -1/2 tr(P V_g P V_h) + y'P V_g P V_h P y, written with p x p matrices (V_g: the indicator of
 * model g's rows; u_g = X_g'(y - X b)). G x G, row-major.
 */
function observedInformation(stats: readonly GroupStatistics[], thetas: readonly number[], state: RemlState, columns: number): Float64Array {
  const groups = stats.length;
  const cg = stats.map((s) => matMul(state.c, s.gram, columns));
  const u = stats.map((s) => {
    const fitted = matVec(s.gram, state.beta, columns);
    return s.xty.map((x, i) => x - fitted[i]!);
  });
  const info = new Float64Array(groups * groups);
  for (let g = 0; g < groups; g++) {
    for (let h = 0; h < groups; h++) {
      const tg = thetas[g]!;
      const th = thetas[h]!;
      const same = g === h;
      const traceTerm = (same ? stats[g]!.n / (tg * tg) - 2 * state.trace[g]! / (tg * tg * tg) : 0)
        + traceProduct(cg[g]!, cg[h]!, columns) / (tg * tg * th * th);
      const quadratic = (same ? state.rss[g]! / (tg * tg * tg) : 0) - dot(u[g]!, matVec(state.c, u[h]!, columns)) / (tg * tg * th * th);
      info[g * groups + h] = -0.5 * traceTerm + quadratic;
    }
  }
  return info;
}

/** The inverse observed information of the variances (G x G, row-major): their covariance. */
export function inverseObservedInformation(stats: readonly GroupStatistics[], thetas: readonly number[], state: RemlState, columns: number): Float64Array {
  return symmetricPseudoInverse(observedInformation(stats, thetas, state, columns), stats.length).inverse;
}

/**
 * A Newton step on phi = log theta: score s_g = (RSS_g / theta_g - (n_g - h_g)) / 2 and Hessian
 * -theta_g theta_h I_gh + [g = h] s_g. Null when the Hessian is not negative definite there.
 */
export function newtonStep(stats: readonly GroupStatistics[], thetas: readonly number[], state: RemlState, columns: number): number[] | null {
  const groups = stats.length;
  const score = stats.map((s, g) => (state.rss[g]! / thetas[g]! - (s.n - state.leverage[g]!)) / 2);
  const info = observedInformation(stats, thetas, state, columns);
  const negativeHessian = new Float64Array(groups * groups);
  for (let g = 0; g < groups; g++) {
    for (let h = 0; h < groups; h++) negativeHessian[g * groups + h] = thetas[g]! * thetas[h]! * info[g * groups + h]! - (g === h ? score[g]! : 0);
  }
  const inverse = symmetricPseudoInverse(negativeHessian, groups);
  for (let g = 0; g < groups; g++) if (!(negativeHessian[g * groups + g]! > 0)) return null;
  if (inverse.rank < groups) return null;
  const step = matVec(inverse.inverse, score, groups);
  // A full step of more than a factor e in a variance is not trusted: the fixed point takes over.
  if (step.some((d) => !(Math.abs(d) < 1))) return null;
  return thetas.map((t, g) => t * Math.exp(step[g]!));
}
