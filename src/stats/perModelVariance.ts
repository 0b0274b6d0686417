/**
 * Generalised least squares with one residual variance per model, fitted by REML: the blocked
 * linear model of linearModel.ts with Var(e_i) = sigma^2_model(i), as R's
 *
 *   nlme::gls(log2ratio ~ block + cell, weights = varIdent(form = ~ 1 | model), method = "REML")
 *
 * (SCIENCE.md, "Unequal variances": a single-cell clone and a pooled parental population often
 * differ in spread, and one pooled variance then misstates both).
 *
 * Everything is computed from each model's sufficient statistics (X_g'X_g, X_g'y, y_g'y, n_g), so a
 * fit costs a few p x p pseudo-inverses whatever the number of lanes.
 *
 * 1. REML: the variances solve theta_g = RSS_g / (n_g - h_g), with h_g = tr(C X_g'X_g) / theta_g the
 *    leverage of the model's rows and C = (X' Sigma^-1 X)^+ (the REML score equations), from the
 *    pooled variance by Newton steps on log theta, or fixed-point steps where Newton does not help.
 * 2. Choice: the per-model variances are used when they differ materially: the REML likelihood-ratio
 *    test against one pooled variance (chi-square, models - 1 df, with Bartlett's small-sample
 *    correction from each model's residual df) has p < 0.05, the largest and
 *    smallest SD differ at least 1.5-fold, and every model keeps at least 2 residual df (n_g - h_g)
 *    (see docs/per-model-variance.md for why). Otherwise the ordinary least-squares fit is kept,
 *    untouched.
 * 3. Contrasts: SE from C (as nlme and emmeans); df by Satterthwaite, 2 V^2 / (g' A g), with g the
 *    gradient of V = L C L' in the variances and A the inverse observed REML information, which is
 *    what emmeans does for gls (its default mode "satterthwaite").
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import { Matrix } from 'ml-matrix';
import { symmetricPseudoInverse } from './symmetricPseudoInverse.js';

/** Sufficient statistics of one model's observations: X_g'X_g, X_g'y, y_g'y and their number. */
export interface GroupStatistics {
  group: string;
  n: number;
  gram: number[][];
  xty: number[];
  yty: number;
}

/** One model's REML residual SD and its residual df (n_g minus the leverage of its rows). */
export interface VarianceGroup {
  group: string;
  n: number;
  sigma: number;
  df: number;
}

/** Which residual variance a fit used, and why. */
export interface VarianceChoice {
  used: 'pooled' | 'per-model';
  /**
   * `one-group`: nothing to compare; `too-few-df`: a model has under `MIN_GROUP_DF` residual df;
   * `not-converged`: REML did not converge (or a variance went to 0); `not-different`: the test or the
   * SD ratio said the variances do not differ materially; `different`: they do; `requested`: the
   * caller asked for per-model variances.
   */
  reason: 'one-group' | 'too-few-df' | 'too-many-blocks' | 'not-converged' | 'not-different' | 'different' | 'requested';
  /** The REML per-model SDs (empty when they could not be estimated). */
  groups: VarianceGroup[];
  /**
   * REML likelihood-ratio test of per-model against one pooled variance: `statistic` as R's
   * `anova(gls_pooled, gls_varIdent)` gives it; `p` from statistic / bartlettFactor (chi-square, df).
   * Null when not run.
   */
  test: { statistic: number; df: number; bartlettFactor: number; p: number } | null;
  /** Largest over smallest per-model SD; null when not estimated. */
  sdRatio: number | null;
}

/** The GLS fit, kept for contrasts when the per-model variances are used. */
export interface PerModelFit {
  coefficients: number[];
  /** C = (X' Sigma^-1 X)^+, variances included: Var(L b) = L C L'. */
  covarianceRows: number[][];
  groupGrams: number[][][];
  /** Per-model residual variances theta_g. */
  variances: number[];
  /** Inverse observed REML information of the variances (for Satterthwaite df). */
  varianceCovarianceRows: number[][];
}

/** Significance level of the likelihood-ratio test. */
export const VARIANCE_TEST_LEVEL = 0.05;
/** Smallest ratio of per-model SDs that counts as a material difference. */
export const MIN_SD_RATIO = 1.5;
/** Fewest residual df each model must keep for its own variance to be used. */
export const MIN_GROUP_DF = 2;

const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-12;

interface RemlState {
  beta: number[];
  c: number[][];
  rss: number[];
  leverage: number[];
  logLikelihood: number;
}

function matVec(m: readonly (readonly number[])[], v: readonly number[]): number[] {
  return m.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, x, i) => s + x * b[i]!, 0);

function traceProduct(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let t = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) t += a[i]![j]! * b[j]![i]!;
  return t;
}

function matMul(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  return a.map((row) => b[0]!.map((_, j) => row.reduce((sum, x, k) => sum + x * b[k]![j]!, 0)));
}

/** GLS at fixed variances: coefficients, C, per-model RSS and leverage, REML log-likelihood. */
function atVariances(stats: readonly GroupStatistics[], thetas: readonly number[], columns: number, logDetXtX: number): RemlState {
  const weighted: number[][] = Array.from({ length: columns }, () => new Array<number>(columns).fill(0));
  const xtwy = new Array<number>(columns).fill(0);
  stats.forEach((s, g) => {
    const w = 1 / thetas[g]!;
    for (let i = 0; i < columns; i++) {
      xtwy[i] = xtwy[i]! + w * s.xty[i]!;
      const row = weighted[i]!;
      const gramRow = s.gram[i]!;
      for (let j = 0; j < columns; j++) row[j] = row[j]! + w * gramRow[j]!;
    }
  });
  const inverse = symmetricPseudoInverse(new Matrix(weighted));
  const c = inverse.rows;
  const beta = matVec(c, xtwy);
  const rss = stats.map((s) => Math.max(0, s.yty - 2 * dot(beta, s.xty) + dot(beta, matVec(s.gram, beta))));
  const leverage = stats.map((s, g) => traceProduct(c, s.gram) / thetas[g]!);
  const n = stats.reduce((sum, s) => sum + s.n, 0);
  // REML log-likelihood as nlme writes it: the constant and log|X'X| make it equal R's logLik().
  const logLikelihood = -0.5 * ((n - inverse.rank) * Math.log(2 * Math.PI) + inverse.logPseudoDeterminant - logDetXtX
    + stats.reduce((sum, s, g) => sum + s.n * Math.log(thetas[g]!) + rss[g]! / thetas[g]!, 0));
  return { beta, c, rss, leverage, logLikelihood };
}

/** Upper tail of the chi-square distribution with `df` degrees of freedom. */
function chiSquareUpper(x: number, df: number): number {
  return gammainc(x / 2, df / 2, true, true);
}

/**
 * Fits per-model variances by REML and decides whether to use them. `force` uses them whenever they
 * can be estimated. Returns the choice and, when per-model variances are used, the GLS fit.
 */
/** Columns of the model (replicate blocks + cells) above which per-model variances are not estimated. */
export const MAX_COLUMNS = 48;

export function fitPerModelVariance(
  stats: readonly GroupStatistics[], columns: number, pooledVariance: number, force = false,
): { choice: VarianceChoice; fit: PerModelFit | null } {
  const pooled = (reason: VarianceChoice['reason'], extra: Partial<VarianceChoice> = {}) =>
    ({ choice: { used: 'pooled' as const, reason, groups: [], test: null, sdRatio: null, ...extra }, fit: null });
  if (stats.length < 2) return pooled('one-group');
  if (!(pooledVariance > 0)) return pooled('not-converged');
  // The REML steps work on dense p x p matrices (p = blocks + cells): with dozens of replicate blocks
  // they cost seconds a fit. Such a design has the residual df to make one pooled variance sound.
  if (columns > MAX_COLUMNS && !force) return pooled('too-many-blocks');
  const all = Matrix.zeros(columns, columns);
  for (const s of stats) for (let i = 0; i < columns; i++) for (let j = 0; j < columns; j++) all.set(i, j, all.get(i, j) + s.gram[i]![j]!);
  const logDetXtX = symmetricPseudoInverse(all).logPseudoDeterminant;

  // 1. REML from the pooled variance: Newton steps on log theta where they raise the likelihood,
  // else a fixed-point step theta_g = RSS_g / (n_g - h_g) (which alone converges, but linearly).
  let thetas = stats.map(() => pooledVariance);
  let state = atVariances(stats, thetas, columns, logDetXtX);
  let converged = false;
  for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
    const fixedPoint = stats.map((s, g) => state.rss[g]! / (s.n - state.leverage[g]!));
    if (fixedPoint.some((t) => !(t > 1e-12 * pooledVariance) || !Number.isFinite(t))) return pooled('not-converged');
    const newton = newtonStep(stats, thetas, state);
    let next = fixedPoint;
    let nextState: RemlState | null = null;
    if (newton) {
      const tried = atVariances(stats, newton, columns, logDetXtX);
      if (tried.logLikelihood >= state.logLikelihood - 1e-12 * Math.abs(state.logLikelihood)) {
        next = newton;
        nextState = tried;
      }
    }
    converged = next.every((t, g) => Math.abs(Math.log(t / thetas[g]!)) < TOLERANCE);
    thetas = next;
    state = nextState ?? atVariances(stats, thetas, columns, logDetXtX);
  }
  if (!converged) return pooled('not-converged');
  const groups = stats.map((s, g) => ({ group: s.group, n: s.n, sigma: Math.sqrt(thetas[g]!), df: s.n - state.leverage[g]! }));
  const sigmas = groups.map((g) => g.sigma);
  const sdRatio = Math.max(...sigmas) / Math.min(...sigmas);

  // 2. The likelihood-ratio test against one pooled variance (the same fixed effects, so REML likelihoods compare).
  const base = atVariances(stats, stats.map(() => pooledVariance), columns, logDetXtX);
  const statistic = Math.max(0, 2 * (state.logLikelihood - base.logLikelihood));
  const df = stats.length - 1;
  // Bartlett's small-sample correction, with each model's residual df: with 3 replicates a model the
  // uncorrected statistic rejects equal variances about 8 % of the time at a nominal 5 %.
  const residualDfs = groups.map((g) => g.df);
  const bartlettFactor = 1 + (residualDfs.reduce((sum, v) => sum + 1 / v, 0) - 1 / residualDfs.reduce((sum, v) => sum + v, 0)) / (3 * df);
  const test = { statistic, df, bartlettFactor, p: chiSquareUpper(statistic / bartlettFactor, df) };
  const described = { groups, test, sdRatio };
  if (!force) {
    if (groups.some((g) => g.df < MIN_GROUP_DF)) return pooled('too-few-df', described);
    if (!(test.p < VARIANCE_TEST_LEVEL) || sdRatio < MIN_SD_RATIO) return pooled('not-different', described);
  }

  // 3. Keep what the contrasts need: C, the per-model Gram matrices and the variances' covariance.
  return {
    choice: { used: 'per-model', reason: force ? 'requested' : 'different', ...described },
    fit: {
      coefficients: state.beta, covarianceRows: state.c, groupGrams: stats.map((s) => s.gram), variances: thetas,
      varianceCovarianceRows: inverseObservedInformation(stats, thetas, state),
    },
  };
}

/**
 * The observed REML information of the variances theta, -d2 l / d theta_g d theta_h
 * = -1/2 tr(P V_g P V_h) + y'P V_g P V_h P y, written with p x p matrices (V_g: the indicator of
 * model g's rows; u_g = X_g'(y - X b)).
 */
function observedInformation(stats: readonly GroupStatistics[], thetas: readonly number[], state: RemlState): number[][] {
  const cg = stats.map((s) => matMul(state.c, s.gram));
  const u = stats.map((s) => {
    const fitted = matVec(s.gram, state.beta);
    return s.xty.map((x, i) => x - fitted[i]!);
  });
  return stats.map((sg, g) => stats.map((_, h) => {
    const tg = thetas[g]!;
    const th = thetas[h]!;
    const same = g === h;
    const traceTerm = (same ? sg.n / (tg * tg) - 2 * traceProduct(state.c, sg.gram) / (tg * tg * tg) : 0)
      + traceProduct(cg[g]!, cg[h]!) / (tg * tg * th * th);
    const quadratic = (same ? state.rss[g]! / (tg * tg * tg) : 0) - dot(u[g]!, matVec(state.c, u[h]!)) / (tg * tg * th * th);
    return -0.5 * traceTerm + quadratic;
  }));
}

function inverseObservedInformation(stats: readonly GroupStatistics[], thetas: readonly number[], state: RemlState): number[][] {
  return symmetricPseudoInverse(new Matrix(observedInformation(stats, thetas, state))).rows;
}

/**
 * A Newton step on phi = log theta: score s_g = (RSS_g / theta_g - (n_g - h_g)) / 2 and Hessian
 * -theta_g theta_h I_gh + [g = h] s_g. Null when the Hessian is not negative definite there.
 */
function newtonStep(stats: readonly GroupStatistics[], thetas: readonly number[], state: RemlState): number[] | null {
  const score = stats.map((s, g) => (state.rss[g]! / thetas[g]! - (s.n - state.leverage[g]!)) / 2);
  const info = observedInformation(stats, thetas, state);
  const negativeHessian = info.map((row, g) => row.map((x, h) => thetas[g]! * thetas[h]! * x - (g === h ? score[g]! : 0)));
  const inverse = symmetricPseudoInverse(new Matrix(negativeHessian));
  if (inverse.rank < stats.length || negativeHessian.some((row, g) => !(row[g]! > 0))) return null;
  const step = matVec(inverse.rows, score);
  // A full step of more than a factor e in a variance is not trusted: the fixed point takes over.
  if (step.some((d) => !(Math.abs(d) < 1))) return null;
  return thetas.map((t, g) => t * Math.exp(step[g]!));
}

/**
 * Satterthwaite df of the contrast L (sparse: [column, weight] pairs) under the per-model fit:
 * 2 V^2 / (g' A g), V = L C L', g_g = (C L')' X_g'X_g (C L') / theta_g^2. Null when undefined.
 */
export function satterthwaiteDf(fit: PerModelFit, contrast: readonly (readonly [number, number])[]): number | null {
  const cl = fit.covarianceRows.map((row) => contrast.reduce((s, [j, w]) => s + w * row[j]!, 0));
  const variance = contrast.reduce((s, [i, w]) => s + w * cl[i]!, 0);
  const gradient = fit.groupGrams.map((gram, g) => dot(cl, matVec(gram, cl)) / (fit.variances[g]! * fit.variances[g]!));
  const spread = dot(gradient, matVec(fit.varianceCovarianceRows, gradient));
  if (!(spread > 0) || !(variance > 0)) return null;
  const df = (2 * variance * variance) / spread;
  return Number.isFinite(df) ? df : null;
}
