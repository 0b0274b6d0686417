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
 * - `bottom`, `IC50` (on log10) and `hill` are free. IC50 is the relative one: the dose half-way
 *   between top and bottom (drc's default).
 * - Least squares on log2, because western-blot error is multiplicative (a constant CV), the same
 *   scale as every other comparison of the tool.
 *
 * Fitted with ml-levenberg-marquardt (analytic Jacobian, box bounds), polished until the residual sum
 * of squares stops falling. The covariance is s^2 (J'J)^-1 at the optimum (s^2 = RSS / df), from which
 * the Wald interval on log10 IC50 comes.
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { tCritical } from './studentT.js';
import { log10, log2, pow, pow10 } from './portableMath.js';

export interface CurvePoint {
  /** 0 for a vehicle lane. */
  dose_nM: number;
  /** log2 of the phospho/total ratio (or whichever signal is being fitted). */
  log2Signal: number;
  /** The lane's block (replicate x membranes): lanes sharing a vehicle level. */
  block: string;
}

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
   * a dozen fits): the IC50s whose best fit of the
   * other parameters raises the RSS by at most t^2 s^2 (t on df). A side is null when the profile
   * stays below that within the search box (the data do not bound the IC50 there).
   */
  profileInterval: () => { low: number | null; high: number | null };
  /** Parameters that ended on a bound of their box (their standard errors are not trustworthy). */
  atBound: ('bottom' | 'ic50' | 'hill')[];
}

export type CurveFitFailure = 'too-few-points' | 'did-not-converge';

/** Box bounds of the search, in decades around the doses tested. */
export const FIT_BOUNDS = { bottomMin: 1e-3, bottomMax: 1, hillMin: 0.2, hillMax: 10, decadesBeyondDoses: 2 } as const;

const LN10 = Math.LN10;
const LN2 = Math.LN2;

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
  const blocks = [...new Set(points.map((p) => p.block))];
  const blockIndex = new Map(blocks.map((b, i) => [b, i]));
  const nParams = 3 + blocks.length;
  const df = points.length - nParams;
  const doses = points.map((p) => p.dose_nM).filter((d) => d > 0);
  if (df < 1 || doses.length === 0) return 'too-few-points';
  const logMin = log10(Math.min(...doses));
  const logMax = log10(Math.max(...doses));

  const x = points.map((_, i) => i);
  const y = points.map((p) => p.log2Signal);
  const logDose = points.map((p) => (p.dose_nM > 0 ? log10(p.dose_nM) : null));
  const block = points.map((p) => blockIndex.get(p.block)!);
  const model = (params: number[]) => (i: number): number => {
    const [b, e, h] = params as [number, number, number];
    const level = params[3 + block[i]!]!;
    const ld = logDose[i];
    if (ld === null || ld === undefined) return level;
    const u = pow10(h * (ld - e));
    return level + log2(b + (1 - b) / (1 + u));
  };
  const jacobian = (params: number[]) => (i: number): number[] => {
    const [b, e, h] = params as [number, number, number];
    const row = new Array<number>(nParams).fill(0);
    row[3 + block[i]!] = 1;
    const ld = logDose[i];
    if (ld === null || ld === undefined) return row;
    const u = pow10(h * (ld - e));
    const f = b + (1 - b) / (1 + u);
    const dfdu = -(1 - b) / ((1 + u) * (1 + u));
    row[0] = u / (1 + u) / (f * LN2);
    row[1] = (dfdu * -h * LN10 * u) / (f * LN2);
    row[2] = (dfdu * LN10 * (ld - e) * u) / (f * LN2);
    return row;
  };

  const start = startingValues(points, blocks, logMin, logMax);
  const minValues = [FIT_BOUNDS.bottomMin, logMin - FIT_BOUNDS.decadesBeyondDoses, FIT_BOUNDS.hillMin, ...blocks.map(() => -Infinity)];
  const maxValues = [FIT_BOUNDS.bottomMax, logMax + FIT_BOUNDS.decadesBeyondDoses, FIT_BOUNDS.hillMax, ...blocks.map(() => Infinity)];
  /**
   * Least squares from `from`; with `fixedIc50` the IC50 stays there (its Jacobian column is zero, so
   * the damped step never moves it): the profile of the other parameters.
   */
  const minimise = (from: number[], fixedIc50: number | null, tolerance = 1e-13): { params: number[]; rss: number } | null => {
    const jac = fixedIc50 === null ? jacobian : (p: number[]) => (i: number) => {
      const row = jacobian(p)(i);
      row[1] = 0;
      return row;
    };
    let params = from.slice();
    if (fixedIc50 !== null) params[1] = fixedIc50;
    let rss = sumOfSquares(x, y, model(params));
    // The library runs a fixed number of iterations; rounds of it stop once the fit no longer improves.
    for (let round = 0; round < 40; round++) {
      const result = levenbergMarquardt({ x, y }, model, {
        initialValues: params, minValues, maxValues, jacobianFunction: jac,
        damping: 1e-3, maxIterations: 6, errorTolerance: 0, improvementThreshold: 1e-3,
      });
      const next = result.parameterValues;
      const nextRss = sumOfSquares(x, y, model(next));
      if (!next.every(Number.isFinite) || !Number.isFinite(nextRss)) return null;
      const improved = rss - nextRss;
      if (nextRss <= rss) params = next;
      if (improved <= tolerance * Math.max(rss, 1e-12) + 1e-20) break;
      rss = Math.min(rss, nextRss);
    }
    return { params, rss: sumOfSquares(x, y, model(params)) };
  };
  const best = minimise(start, null);
  if (!best) return 'did-not-converge';
  const { params, rss } = best;
  const [bottom, log10Ic50, hill] = params as [number, number, number];
  const atBound: LogLogisticFit['atBound'] = [];
  const near = (v: number, bound: number) => Math.abs(v - bound) <= 1e-6 * Math.max(1, Math.abs(bound));
  if (near(bottom, minValues[0]!) || near(bottom, maxValues[0]!)) atBound.push('bottom');
  if (near(log10Ic50, minValues[1]!) || near(log10Ic50, maxValues[1]!)) atBound.push('ic50');
  if (near(hill, minValues[2]!) || near(hill, maxValues[2]!)) atBound.push('hill');
  const covariance = parameterCovariance(x.map((i) => jacobian(params)(i)), rss / df);
  const fitSe = (k: number): number | null => {
    const v = covariance?.get(k, k);
    return v !== undefined && Number.isFinite(v) && v > 0 ? Math.sqrt(v) : null;
  };
  // Profile-likelihood interval of log10 IC50: where the profiled RSS exceeds the minimum by t^2 s^2.
  const t = tCritical(level, df);
  const side = (direction: 1 | -1): number | null => {
    if (t === null) return null;
    // Each profile point starts from the previous one's parameters (continuation).
    let from = params;
    const signedRoot = (e: number): number | null => {
      const fit = minimise(from, e, 1e-9);
      if (!fit) return null;
      from = fit.params;
      return Math.sqrt(Math.max(fit.rss - rss, 0)) - t * Math.sqrt(rss / df);
    };
    return profileBound(log10Ic50, direction, Object.assign(signedRoot, { atOptimum: -t * Math.sqrt(rss / df) }), direction > 0 ? maxValues[1]! : minValues[1]!, fitSe(1));
  };
  return {
    bottom, log10Ic50, hill, rss, df, atBound,
    profileInterval: () => ({ low: side(-1), high: side(1) }),
    levels: new Map(blocks.map((b, k) => [b, params[3 + k]!])),
    se: { bottom: fitSe(0), log10Ic50: fitSe(1), hill: fitSe(2) },
  };
}

/**
 * Where `excess` (the root of the profiled RSS above its minimum, minus t s) crosses zero on one side
 * of the optimum: brackets the crossing by doubling a step (from the Wald half-width), then regula
 * falsi (Illinois). The root is nearly linear in log10 IC50, so few profile fits are needed.
 */
function profileBound(
  optimum: number, direction: 1 | -1, excess: ((e: number) => number | null) & { atOptimum: number }, limit: number, se: number | null,
): number | null {
  let inner = optimum;
  let innerValue = excess.atOptimum;
  let step = Math.min(Math.max(se !== null ? 2 * se : 0.25, 0.02), 1);
  let outer = optimum;
  let outerValue: number | null = null;
  for (let k = 0; k < 12; k++) {
    const e = direction > 0 ? Math.min(optimum + direction * step, limit) : Math.max(optimum + direction * step, limit);
    const v = excess(e);
    if (v === null) return null;
    if (v > 0) { outer = e; outerValue = v; break; }
    inner = e;
    innerValue = v;
    if (e === limit) return null;
    step *= 2;
  }
  if (outerValue === null) return null;
  let outerAt: number = outerValue;
  let lastSide = 0;
  for (let k = 0; k < 40 && Math.abs(outer - inner) > 1e-6; k++) {
    const e: number = inner - (innerValue * (outer - inner)) / (outerAt - innerValue);
    const v: number | null = excess(e);
    if (v === null) return null;
    if (v > 0) {
      outer = e; outerAt = v;
      if (lastSide === 1) innerValue /= 2;
      lastSide = 1;
    } else {
      inner = e; innerValue = v;
      if (lastSide === -1) outerAt /= 2;
      lastSide = -1;
    }
    if (Math.abs(v) < 1e-7) return e;
  }
  return (inner + outer) / 2;
}

function sumOfSquares(x: readonly number[], y: readonly number[], f: (i: number) => number): number {
  let s = 0;
  for (const i of x) {
    const r = y[i]! - f(i);
    s += r * r;
  }
  return s;
}

/**
 * s^2 (J'J)^-1, or null when J'J is singular (a flat curve leaves IC50 and hill unidentified): the
 * inverse through the symmetric eigendecomposition, refusing eigenvalues below 1e-10 of the largest.
 */
function parameterCovariance(rows: readonly number[][], sigma2: number): Matrix | null {
  const J = new Matrix(rows as number[][]);
  const JtJ = J.transpose().mmul(J);
  const evd = new EigenvalueDecomposition(JtJ, { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const largest = Math.max(...values.map(Math.abs));
  if (!(largest > 0) || values.some((v) => v <= 1e-10 * largest)) return null;
  const V = evd.eigenvectorMatrix;
  const inverseValues = Matrix.diag(values.map((v) => 1 / v));
  return V.mmul(inverseValues).mmul(V.transpose()).mul(sigma2);
}

/**
 * Starting values: each block's level from its vehicle lanes (or its lowest dose); bottom from the
 * lowest mean fraction; IC50 where the mean fraction first falls half-way to it, interpolated on log
 * dose; hill 1.
 */
function startingValues(points: readonly CurvePoint[], blocks: readonly string[], logMin: number, logMax: number): number[] {
  const levels = blocks.map((b) => {
    const inBlock = points.filter((p) => p.block === b);
    const lowest = Math.min(...inBlock.map((p) => p.dose_nM));
    const atLowest = inBlock.filter((p) => p.dose_nM === lowest).map((p) => p.log2Signal);
    return atLowest.reduce((s, v) => s + v, 0) / atLowest.length;
  });
  const levelOf = new Map(blocks.map((b, i) => [b, levels[i]!]));
  const byDose = new Map<number, number[]>();
  for (const p of points) {
    if (p.dose_nM <= 0) continue;
    const list = byDose.get(p.dose_nM) ?? [];
    list.push(pow(2, p.log2Signal - levelOf.get(p.block)!));
    byDose.set(p.dose_nM, list);
  }
  const curve = [...byDose.entries()].sort(([a], [b]) => a - b).map(([d, fs]) => ({ logDose: log10(d), f: fs.reduce((s, v) => s + v, 0) / fs.length }));
  const bottom = Math.min(0.9, Math.max(0.01, Math.min(...curve.map((c) => c.f))));
  const half = (1 + bottom) / 2;
  let e = logMax + 0.5;
  let previous = { logDose: logMin - 0.5, f: 1 };
  for (const c of curve) {
    if (c.f <= half) {
      const span = previous.f - c.f;
      e = span > 0 ? previous.logDose + ((previous.f - half) / span) * (c.logDose - previous.logDose) : c.logDose;
      break;
    }
    previous = c;
  }
  return [bottom, e, 1, ...levels];
}
