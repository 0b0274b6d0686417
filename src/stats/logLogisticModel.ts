/**
 * The log-logistic dose-response model as a least-squares problem (boundedLeastSquares.ts), for one
 * curve or for two fitted jointly:
 *
 *   log2 signal = level[block] + log2 f_c(dose),  f_c = b_c + (1 - b_c) / (1 + 10^(h_c (log10 dose - e_c)))
 *
 * Parameters, in this order: curve 0's bottom, log10 IC50 and hill; with two curves, curve 1's
 * bottom, log10 IC50 ratio to curve 0 (e_1 = e_0 + d) and hill. The block levels are solved in
 * closed form for each set of curve parameters (variable projection). Each residual may carry a
 * weight (1 / sd of its curve in the joint fit). The Jacobian is analytic.
 * Uses only the portable log2 and 10^x (portableMath.ts), so every engine gives the same bits.
 */
import type { LeastSquaresProblem } from './boundedLeastSquares.js';
import { curveDoses } from './curveDoses.js';
import { log10 } from './portableMath.js';

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

/** A curve problem with the block levels solved in closed form (variable projection). */
export interface CurveProblem extends LeastSquaresProblem {
  /** Block levels (one per block of each curve), each profiled out of the residuals. */
  readonly levelCount: number;
  /** The least-squares block levels at curve parameters `x` (first curve's blocks, then the second's). */
  levels(x: Float64Array): Float64Array;
}

/**
 * The problem of one curve, or of two jointly (`second` given, each curve's residuals weighted by
 * its weight). The parameters are the curves' (3 per curve); each block's level enters as an
 * offset, so for given curve parameters its least-squares value is the block's mean of
 * y - log2 f, and the residuals and Jacobian are those of the projection that removes block means
 * (variable projection, exact here because the projection does not depend on the parameters).
 */
export function curveProblem(first: CurveData, second: CurveData | null = null, weights: readonly [number, number] = [1, 1]): CurveProblem {
  const parts = second === null ? [first] : [first, second];
  const n = parts.reduce((s, c) => s + c.y.length, 0);
  const p = 3 * parts.length;
  const levelCount = parts.reduce((s, c) => s + c.blocks.length, 0);
  const logDose = new Float64Array(n);
  const y = new Float64Array(n);
  const curve = new Uint8Array(n);
  const group = new Int32Array(n);
  const weight = new Float64Array(n);
  const groupSize = new Float64Array(levelCount);
  let offset = 0;
  let groupOffset = 0;
  for (const [c, part] of parts.entries()) {
    for (let i = 0; i < part.y.length; i++) {
      logDose[offset + i] = part.logDose[i]!;
      y[offset + i] = part.y[i]!;
      curve[offset + i] = c;
      group[offset + i] = groupOffset + part.block[i]!;
      groupSize[groupOffset + part.block[i]!]! += 1;
      weight[offset + i] = weights[c]!;
    }
    offset += part.y.length;
    groupOffset += part.blocks.length;
  }
  const lower = new Float64Array(p);
  const upper = new Float64Array(p);
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
  // The model depends on a point only through its curve and dose (curveDoses.ts).
  const { doseOf, compute: model, derive, value: doseModel, jac: doseJac, hessian } = curveDoses(logDose, curve);
  const groupMean = new Float64Array(levelCount);
  const groupJac = new Float64Array(levelCount * p);
  /** Weighted residuals times their weight at the last evaluate with a Jacobian. */
  const weighted = new Float64Array(n);
  /** d r_i / dx of one point before the block means are removed (zero for a vehicle lane). */
  const point = new Float64Array(p);
  const pointJac = (i: number, d: number): void => {
    point.fill(0);
    if (d < 0) return;
    const base = 3 * curve[i]!;
    point[base] = doseJac[3 * d]!;
    point[1] = doseJac[3 * d + 1]!;
    if (base === 3) point[4] = doseJac[3 * d + 1]!;
    point[base + 2] = doseJac[3 * d + 2]!;
  };
  /** One curve: its Jacobian rows are the dose's, read straight from curveDoses. */
  const one = second === null;
  /** The point of the last evaluate (for jacobian). */
  const last = new Float64Array(p);
  /**
   * r_i = log2 f_i - y_i with each block's mean removed, times the point's weight; with `jac`, the
   * Jacobian likewise (jacobian below). Sums run over the points in order.
   */
  const evaluate = (x: Float64Array, r: Float64Array, jac: Float64Array | null): number => {
    model(x);
    last.set(x);
    groupMean.fill(0);
    for (let i = 0; i < n; i++) {
      const d = doseOf[i]!;
      const ri = (d < 0 ? 0 : doseModel[d]!) - y[i]!;
      r[i] = ri;
      groupMean[group[i]!]! += ri;
    }
    for (let g = 0; g < levelCount; g++) groupMean[g]! /= groupSize[g]!;
    let rss = 0;
    for (let i = 0; i < n; i++) {
      const ri = weight[i]! * (r[i]! - groupMean[group[i]!]!);
      r[i] = ri;
      rss += ri * ri;
    }
    if (jac !== null) jacobian(r, jac);
    return rss;
  };
  /**
   * The Jacobian at the point of the last evaluate, whose residuals are `r`: each block's mean
   * removed, times the weight (a vehicle lane adds nothing to a block's sum); and the weighted
   * residuals the curvature reads.
   */
  const jacobian = (r: Float64Array, jac: Float64Array): void => {
    derive(last);
    groupJac.fill(0);
    for (let i = 0; i < n; i++) {
      const d = doseOf[i]!;
      if (d < 0) continue;
      const g = group[i]!;
      if (one) {
        groupJac[3 * g]! += doseJac[3 * d]!;
        groupJac[3 * g + 1]! += doseJac[3 * d + 1]!;
        groupJac[3 * g + 2]! += doseJac[3 * d + 2]!;
      } else {
        pointJac(i, d);
        for (let k = 0; k < p; k++) groupJac[g * p + k]! += point[k]!;
      }
    }
    for (let g = 0; g < levelCount; g++) for (let k = 0; k < p; k++) groupJac[g * p + k]! /= groupSize[g]!;
    for (let i = 0; i < n; i++) {
      const g = group[i]!;
      const w = weight[i]!;
      weighted[i] = w * r[i]!;
      const d = doseOf[i]!;
      if (one) {
        for (let k = 0; k < 3; k++) jac[3 * i + k] = w * ((d < 0 ? 0 : doseJac[3 * d + k]!) - groupJac[3 * g + k]!);
      } else {
        pointJac(i, d);
        for (let k = 0; k < p; k++) jac[i * p + k] = w * (point[k]! - groupJac[g * p + k]!);
      }
    }
  };
  /** curvatureJoint for one curve: each element's sum over the points in the same order. */
  const curvatureOne = (out: Float64Array): void => {
    let bb = 0, be = 0, bh = 0, ee = 0, eh = 0, hh = 0;
    for (let i = 0; i < n; i++) {
      const wr = weighted[i]!;
      const d = doseOf[i]!;
      if (wr === 0 || d < 0) continue;
      const at = 6 * d;
      bb += wr * hessian[at]!;
      be += wr * hessian[at + 1]!;
      bh += wr * hessian[at + 2]!;
      ee += wr * hessian[at + 3]!;
      eh += wr * hessian[at + 4]!;
      hh += wr * hessian[at + 5]!;
    }
    out[0] = bb; out[1] = be; out[2] = bh;
    out[3] = be; out[4] = ee; out[5] = eh;
    out[6] = bh; out[7] = eh; out[8] = hh;
  };
  /**
   * S = sum_i r_i d^2 r_i: the projection removing block means is constant and r is already
   * centred within each block (of one weight), so S = sum_i w_i r_i d^2 log2 f_i.
   */
  const curvatureJoint = (out: Float64Array): void => {
    out.fill(0);
    const add = (j: number, k: number, v: number) => {
      out[j * p + k]! += v;
      if (j !== k) out[k * p + j]! += v;
    };
    for (let i = 0; i < n; i++) {
      const wr = weighted[i]!;
      const d = doseOf[i]!;
      if (wr === 0 || d < 0) continue;
      const c = curve[i]!;
      const at = 6 * d;
      // Parameter columns of b, e, h of this point's curve (the second curve's e is e0 + d: columns 1 and 4).
      const cb = 3 * c;
      const ch = 3 * c + 2;
      const es = c === 0 ? 1 : 2;
      add(cb, cb, wr * hessian[at]!);
      add(ch, ch, wr * hessian[at + 5]!);
      add(cb, ch, wr * hessian[at + 2]!);
      for (let a = 0; a < es; a++) {
        const ce = a === 0 ? 1 : 4;
        add(cb, ce, wr * hessian[at + 1]!);
        add(ce, ch, wr * hessian[at + 4]!);
        for (let b2 = 0; b2 <= a; b2++) add(ce, b2 === 0 ? 1 : 4, wr * hessian[at + 3]!);
      }
    }
  };
  const levels = (x: Float64Array): Float64Array => {
    model(x);
    const out = new Float64Array(levelCount);
    for (let i = 0; i < n; i++) {
      const d = doseOf[i]!;
      out[group[i]!]! -= (d < 0 ? 0 : doseModel[d]!) - y[i]!;
    }
    for (let g = 0; g < levelCount; g++) out[g]! /= groupSize[g]!;
    return out;
  };
  const curvature = one ? curvatureOne : curvatureJoint;
  return { n, p, lower, upper, evaluate, jacobian, curvature, levelCount, levels };
}

/** The box of a curve's log10 IC50: the doses tested and two decades beyond. */
export function boxOf(data: CurveData): { low: number; high: number } {
  return { low: data.logMin - FIT_BOUNDS.decadesBeyondDoses, high: data.logMax + FIT_BOUNDS.decadesBeyondDoses };
}
