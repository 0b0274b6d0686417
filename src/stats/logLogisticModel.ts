/**
 * The log-logistic dose-response model as a least-squares problem (boundedLeastSquares.ts), for one
 * curve or for two fitted jointly:
 *
 *   log2 signal = level[block] + log2 f_c(dose),  f_c = b_c + (1 - b_c) / (1 + 10^(h_c (log10 dose - e_c)))
 *
 * Parameters, in this order: curve 0's bottom, log10 IC50 and hill; with two curves, curve 1's
 * bottom, log10 IC50 ratio to curve 0 (e_1 = e_0 + d) and hill; then one level per block. Each
 * residual may carry a weight (1 / sd of its curve in the joint fit). The Jacobian is analytic.
 * Uses only the portable log2 and 10^x (portableMath.ts), so every engine gives the same bits.
 */
import type { LeastSquaresProblem } from './boundedLeastSquares.js';
import { log10, log2, pow, pow10 } from './portableMath.js';

export interface CurvePoint {
  /** 0 for a vehicle lane. */
  dose_nM: number;
  /** log2 of the phospho/total ratio (or whichever signal is being fitted). */
  log2Signal: number;
  /** The lane's block (replicate x membranes): lanes sharing a vehicle level. */
  block: string;
}

/** Box bounds of the search, in decades around the doses tested. */
export const FIT_BOUNDS = { bottomMin: 1e-3, bottomMax: 1, hillMin: 0.2, hillMax: 10, decadesBeyondDoses: 2 } as const;

const LN10 = Math.LN10;
const LN2 = Math.LN2;

/** The points of one curve in typed arrays. */
export interface CurveData {
  /** log10 dose, NaN for a vehicle lane. */
  logDose: Float64Array;
  y: Float64Array;
  /** Block index of each point (0-based within its curve). */
  block: Int32Array;
  blocks: string[];
  logMin: number;
  logMax: number;
}

export function curveData(points: readonly CurvePoint[]): CurveData | null {
  const blocks: string[] = [];
  const blockIndex = new Map<string, number>();
  const n = points.length;
  const logDose = new Float64Array(n);
  const y = new Float64Array(n);
  const block = new Int32Array(n);
  let logMin = Infinity;
  let logMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    let b = blockIndex.get(p.block);
    if (b === undefined) {
      b = blocks.length;
      blocks.push(p.block);
      blockIndex.set(p.block, b);
    }
    block[i] = b;
    y[i] = p.log2Signal;
    logDose[i] = p.dose_nM > 0 ? log10(p.dose_nM) : Number.NaN;
    if (p.dose_nM > 0) {
      logMin = Math.min(logMin, logDose[i]!);
      logMax = Math.max(logMax, logDose[i]!);
    }
  }
  if (!(logMax >= logMin)) return null;
  return { logDose, y, block, blocks, logMin, logMax };
}

/** Parameters before the block levels for `curves` curves. */
export const curveParams = (curves: 1 | 2): number => 3 * curves;

/**
 * The problem of one curve, or of two jointly (`second` given, each curve's residuals weighted by
 * its weight). Levels of the second curve's blocks follow the first's.
 */
export function curveProblem(first: CurveData, second: CurveData | null = null, weights: readonly [number, number] = [1, 1]): LeastSquaresProblem {
  const parts = second === null ? [first] : [first, second];
  const K = parts.length as 1 | 2;
  const n = parts.reduce((s, c) => s + c.y.length, 0);
  const p = curveParams(K) + parts.reduce((s, c) => s + c.blocks.length, 0);
  const logDose = new Float64Array(n);
  const y = new Float64Array(n);
  const curve = new Uint8Array(n);
  const levelColumn = new Int32Array(n);
  const weight = new Float64Array(n);
  let offset = 0;
  let levelOffset = curveParams(K);
  for (const [c, part] of parts.entries()) {
    for (let i = 0; i < part.y.length; i++) {
      logDose[offset + i] = part.logDose[i]!;
      y[offset + i] = part.y[i]!;
      curve[offset + i] = c;
      levelColumn[offset + i] = levelOffset + part.block[i]!;
      weight[offset + i] = weights[c]!;
    }
    offset += part.y.length;
    levelOffset += part.blocks.length;
  }
  const lower = new Float64Array(p).fill(-Infinity);
  const upper = new Float64Array(p).fill(Infinity);
  const e0 = boxOf(first);
  lower[0] = FIT_BOUNDS.bottomMin; upper[0] = FIT_BOUNDS.bottomMax;
  lower[1] = e0.low; upper[1] = e0.high;
  lower[2] = FIT_BOUNDS.hillMin; upper[2] = FIT_BOUNDS.hillMax;
  if (second !== null) {
    const e1 = boxOf(second);
    lower[3] = FIT_BOUNDS.bottomMin; upper[3] = FIT_BOUNDS.bottomMax;
    // The ratio's box: any pair of IC50s within the two curves' boxes.
    lower[4] = e1.low - e0.high; upper[4] = e1.high - e0.low;
    lower[5] = FIT_BOUNDS.hillMin; upper[5] = FIT_BOUNDS.hillMax;
  }
  const evaluate = (x: Float64Array, r: Float64Array, jac: Float64Array | null): number => {
    if (jac !== null) jac.fill(0);
    let rss = 0;
    for (let i = 0; i < n; i++) {
      const w = weight[i]!;
      const lc = levelColumn[i]!;
      let m = x[lc]!;
      const ld = logDose[i]!;
      if (ld === ld) {
        const c = curve[i]!;
        const base = 3 * c;
        const b = x[base]!;
        const e = c === 0 ? x[1]! : x[1]! + x[4]!;
        const h = x[base + 2]!;
        const u = pow10(h * (ld - e));
        const f = b + (1 - b) / (1 + u);
        m += log2(f);
        if (jac !== null) {
          const row = i * p;
          const scale = w / (f * LN2);
          const dfdu = -(1 - b) / ((1 + u) * (1 + u));
          const dE = scale * dfdu * -h * LN10 * u;
          jac[row + base] = (scale * u) / (1 + u);
          jac[row + 1] = dE;
          if (c === 1) jac[row + 4] = dE;
          jac[row + base + 2] = scale * dfdu * LN10 * (ld - e) * u;
        }
      }
      if (jac !== null) jac[i * p + lc] = w;
      const ri = w * (m - y[i]!);
      r[i] = ri;
      rss += ri * ri;
    }
    return rss;
  };
  return { n, p, lower, upper, evaluate };
}

/** The box of a curve's log10 IC50: the doses tested and two decades beyond. */
export function boxOf(data: CurveData): { low: number; high: number } {
  return { low: data.logMin - FIT_BOUNDS.decadesBeyondDoses, high: data.logMax + FIT_BOUNDS.decadesBeyondDoses };
}

/**
 * Data-driven starting values: each block's level from its vehicle lanes (or its lowest dose);
 * bottom from the lowest mean fraction; IC50 where the mean fraction first falls half-way to it,
 * interpolated on log dose; hill 1. Written into `x` (bottom, log10 IC50, hill, levels).
 */
export function dataStart(data: CurveData, x: Float64Array, levelOffset: number): void {
  const { logDose, y, block, blocks } = data;
  for (let b = 0; b < blocks.length; b++) {
    let lowest = Infinity;
    for (let i = 0; i < y.length; i++) if (block[i] === b) lowest = Math.min(lowest, logDose[i]! === logDose[i]! ? logDose[i]! : -Infinity);
    let sum = 0;
    let count = 0;
    for (let i = 0; i < y.length; i++) {
      const ld = logDose[i]! === logDose[i]! ? logDose[i]! : -Infinity;
      if (block[i] === b && ld === lowest) { sum += y[i]!; count++; }
    }
    x[levelOffset + b] = sum / count;
  }
  const byDose = new Map<number, { sum: number; count: number }>();
  for (let i = 0; i < y.length; i++) {
    const ld = logDose[i]!;
    if (ld !== ld) continue;
    const entry = byDose.get(ld) ?? { sum: 0, count: 0 };
    entry.sum += pow(2, y[i]! - x[levelOffset + block[i]!]!);
    entry.count++;
    byDose.set(ld, entry);
  }
  const curve = [...byDose.entries()].sort(([a], [b]) => a - b).map(([ld, s]) => ({ logDose: ld, f: s.sum / s.count }));
  const bottom = Math.min(0.9, Math.max(0.01, Math.min(...curve.map((c) => c.f))));
  const half = (1 + bottom) / 2;
  let e = data.logMax + 0.5;
  let previous = { logDose: data.logMin - 0.5, f: 1 };
  for (const c of curve) {
    if (c.f <= half) {
      const span = previous.f - c.f;
      e = span > 0 ? previous.logDose + ((previous.f - half) / span) * (c.logDose - previous.logDose) : c.logDose;
      break;
    }
    previous = c;
  }
  x[0] = bottom;
  x[1] = e;
  x[2] = 1;
}
