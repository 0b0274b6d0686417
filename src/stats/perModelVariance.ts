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
import { symmetricPseudoInverse } from './symmetricPseudoInverse.js';
import { dot, matVec, traceProduct } from './denseMatrix.js';
import { inverseObservedInformation, newtonStep, type GroupStatistics, type RemlState } from './remlInformation.js';

export type { GroupStatistics } from './remlInformation.js';

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

/** The GLS fit, kept for contrasts when the per-model variances are used. Matrices row-major. */
export interface PerModelFit {
  columns: number;
  coefficients: Float64Array;
  /** C = (X' Sigma^-1 X)^+, variances included: Var(L b) = L C L'. */
  covariance: Float64Array;
  groupGrams: Float64Array[];
  /** Per-model residual variances theta_g. */
  variances: number[];
  /** Inverse observed REML information of the variances (for Satterthwaite df), G x G. */
  varianceCovariance: Float64Array;
}

/** Significance level of the likelihood-ratio test. */
export const VARIANCE_TEST_LEVEL = 0.05;
/** Smallest ratio of per-model SDs that counts as a material difference. */
export const MIN_SD_RATIO = 1.5;
/** Fewest residual df each model must keep for its own variance to be used. */
export const MIN_GROUP_DF = 2;

const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-12;

/** GLS at fixed variances: coefficients, C, per-model RSS and leverage, REML log-likelihood. */
function atVariances(stats: readonly GroupStatistics[], thetas: readonly number[], columns: number, logDetXtX: number): RemlState {
  const size = columns * columns;
  const weighted = new Float64Array(size);
  const xtwy = new Float64Array(columns);
  stats.forEach((s, g) => {
    const w = 1 / thetas[g]!;
    for (let i = 0; i < columns; i++) xtwy[i]! += w * s.xty[i]!;
    for (let k = 0; k < size; k++) weighted[k]! += w * s.gram[k]!;
  });
  const inverse = symmetricPseudoInverse(weighted, columns);
  const c = inverse.inverse;
  const beta = matVec(c, xtwy, columns);
  const rss = stats.map((s) => Math.max(0, s.yty - 2 * dot(beta, s.xty) + dot(beta, matVec(s.gram, beta, columns))));
  const trace = stats.map((s) => traceProduct(c, s.gram, columns));
  const leverage = trace.map((t, g) => t / thetas[g]!);
  const n = stats.reduce((sum, s) => sum + s.n, 0);
  // REML log-likelihood as nlme writes it: the constant and log|X'X| make it equal R's logLik().
  const logLikelihood = -0.5 * ((n - inverse.rank) * Math.log(2 * Math.PI) + inverse.logPseudoDeterminant - logDetXtX
    + stats.reduce((sum, s, g) => sum + s.n * Math.log(thetas[g]!) + rss[g]! / thetas[g]!, 0));
  return { beta, c, rss, trace, leverage, logLikelihood };
}

/** Upper tail of the chi-square distribution with `df` degrees of freedom. */
function chiSquareUpper(x: number, df: number): number {
  return gammainc(x / 2, df / 2, true, true);
}

/** Columns of the model (replicate blocks + cells) above which per-model variances are not estimated. */
export const MAX_COLUMNS = 48;

/**
 * The pooled choice when the REML fit is not run at all (`groups` models, `columns` columns), or null
 * when it runs: the linear model asks before it gathers each model's statistics.
 */
export function choiceBeforeFit(groups: number, columns: number, pooledVariance: number, force: boolean): VarianceChoice | null {
  const pooled = (reason: VarianceChoice['reason']): VarianceChoice => ({ used: 'pooled', reason, groups: [], test: null, sdRatio: null });
  if (groups < 2) return pooled('one-group');
  if (!(pooledVariance > 0)) return pooled('not-converged');
  // The REML steps work on dense p x p matrices (p = blocks + cells): with dozens of replicate blocks
  // they cost seconds a fit. Such a design has the residual df to make one pooled variance sound.
  if (columns > MAX_COLUMNS && !force) return pooled('too-many-blocks');
  return null;
}

/**
 * Fits per-model variances by REML and decides whether to use them. `force` uses them whenever they
 * can be estimated. Returns the choice and, when per-model variances are used, the GLS fit.
 */
export function fitPerModelVariance(
  stats: readonly GroupStatistics[], columns: number, pooledVariance: number, force = false, knownLogDetXtX?: number,
): { choice: VarianceChoice; fit: PerModelFit | null } {
  const pooled = (reason: VarianceChoice['reason'], extra: Partial<VarianceChoice> = {}) =>
    ({ choice: { used: 'pooled' as const, reason, groups: [], test: null, sdRatio: null, ...extra }, fit: null });
  const before = choiceBeforeFit(stats.length, columns, pooledVariance, force);
  if (before) return { choice: before, fit: null };
  const logDetXtX = knownLogDetXtX ?? logPseudoDeterminantOfSum(stats, columns);

  // 1. REML from the pooled variance: Newton steps on log theta where they raise the likelihood,
  // else a fixed-point step theta_g = RSS_g / (n_g - h_g) (which alone converges, but linearly).
  let thetas = stats.map(() => pooledVariance);
  let state = atVariances(stats, thetas, columns, logDetXtX);
  let converged = false;
  for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
    const fixedPoint = stats.map((s, g) => state.rss[g]! / (s.n - state.leverage[g]!));
    if (fixedPoint.some((t) => !(t > 1e-12 * pooledVariance) || !Number.isFinite(t))) return pooled('not-converged');
    const newton = newtonStep(stats, thetas, state, columns);
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
      columns, coefficients: state.beta, covariance: state.c, groupGrams: stats.map((s) => s.gram), variances: thetas,
      varianceCovariance: inverseObservedInformation(stats, thetas, state, columns),
    },
  };
}

/** log|X'X| (pseudo-determinant) of the sum of the models' Gram matrices. */
function logPseudoDeterminantOfSum(stats: readonly GroupStatistics[], columns: number): number {
  const all = new Float64Array(columns * columns);
  for (const s of stats) for (let k = 0; k < all.length; k++) all[k]! += s.gram[k]!;
  return symmetricPseudoInverse(all, columns).logPseudoDeterminant;
}

/**
 * Satterthwaite df of the contrast L (sparse: [column, weight] pairs) under the per-model fit:
 * 2 V^2 / (g' A g), V = L C L', g_g = (C L')' X_g'X_g (C L') / theta_g^2. Null when undefined.
 */
export function satterthwaiteDf(fit: PerModelFit, contrast: readonly (readonly [number, number])[]): number | null {
  const p = fit.columns;
  const cl = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (const [j, w] of contrast) s += w * fit.covariance[i * p + j]!;
    cl[i] = s;
  }
  let variance = 0;
  for (const [i, w] of contrast) variance += w * cl[i]!;
  const gradient = fit.groupGrams.map((gram, g) => dot(cl, matVec(gram, cl, p)) / (fit.variances[g]! * fit.variances[g]!));
  const spread = dot(gradient, matVec(fit.varianceCovariance, gradient, gradient.length));
  if (!(spread > 0) || !(variance > 0)) return null;
  const df = (2 * variance * variance) / spread;
  return Number.isFinite(df) ? df : null;
}
