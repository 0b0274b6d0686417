/**
 * The log-logistic curve and its derivatives at the distinct doses of one or two curves
 * (logLogisticModel.ts): the replicates of a dose share one value, so log2 f, its gradient and its
 * second derivatives are computed once per distinct (curve, dose) and read by every point of it,
 * the same numbers as computed per point, at a third of the 10^x and log2 calls for n = 3.
 *
 *   log2 f_c(dose), f_c = b_c + (1 - b_c) / (1 + 10^(h_c (log10 dose - e_c)))
 *   parameters: curve 0's b, e, h; curve 1's b, d, h with e_1 = e_0 + d
 */
import { log2, pow10 } from './portableMath.js';

const LN10 = Math.LN10;
const LN2 = Math.LN2;

export interface CurveDoses {
  /** The distinct dose of each point, -1 for a vehicle lane. */
  doseOf: Int32Array;
  /** log2 f at each distinct dose (after compute). */
  value: Float64Array;
  /** d log2 f / d(b, e, h) of its curve at each distinct dose, 3 per dose (after compute with derivatives). */
  jac: Float64Array;
  /** d^2 log2 f / d(b, e, h)^2 as bb, be, bh, ee, eh, hh, 6 per dose (after compute with derivatives). */
  hessian: Float64Array;
  /** log2 f at each distinct dose. */
  compute(x: Float64Array): void;
  /** The derivatives at the point of the last compute (x: that point). */
  derive(x: Float64Array): void;
}

/** @param logDose log10 dose of each point (NaN for a vehicle lane) @param curve its curve (0 or 1) */
export function curveDoses(logDose: Float64Array, curve: Uint8Array): CurveDoses {
  const n = logDose.length;
  const doseOf = new Int32Array(n).fill(-1);
  const distinct = new Map<string, number>();
  const logs: number[] = [];
  const curves: number[] = [];
  for (let i = 0; i < n; i++) {
    if (logDose[i]! !== logDose[i]!) continue;
    const key = `${curve[i]!} ${logDose[i]!}`;
    let d = distinct.get(key);
    if (d === undefined) {
      d = logs.length;
      distinct.set(key, d);
      logs.push(logDose[i]!);
      curves.push(curve[i]!);
    }
    doseOf[i] = d;
  }
  const doses = logs.length;
  const doseLog = Float64Array.from(logs);
  const doseCurve = Uint8Array.from(curves);
  const value = new Float64Array(doses);
  const jac = new Float64Array(3 * doses);
  const hessian = new Float64Array(6 * doses);
  /** log10 dose - e, the logistic s = 1 / (1 + u) and f at each distinct dose, from the last compute. */
  const offset = new Float64Array(doses);
  const logistic = new Float64Array(doses);
  const fraction = new Float64Array(doses);
  const compute = (x: Float64Array): void => {
    for (let d = 0; d < doses; d++) {
      const ld = doseLog[d]!;
      const c = doseCurve[d]!;
      const base = 3 * c;
      const b = x[base]!;
      const e = c === 0 ? x[1]! : x[1]! + x[4]!;
      const h = x[base + 2]!;
      const shift = ld - e;
      const u = pow10(h * shift);
      const sg = 1 / (1 + u);
      const f = b + (1 - b) * sg;
      offset[d] = shift;
      logistic[d] = sg;
      fraction[d] = f;
      value[d] = log2(f);
    }
  };
  const derive = (x: Float64Array): void => {
    for (let d = 0; d < doses; d++) {
      const base = 3 * doseCurve[d]!;
      const b = x[base]!;
      const h = x[base + 2]!;
      const sg = logistic[d]!;
      const f = fraction[d]!;
      // f = b + (1 - b) s(t), s = 1 / (1 + e^t), t = h z, z = ln 10 (log10 dose - e)
      const z = LN10 * offset[d]!;
      const s1 = -sg * (1 - sg);
      const s2 = s1 * (2 * sg - 1);
      const tE = -h * LN10;
      const fB = 1 - sg;
      const fE = (1 - b) * s1 * tE;
      const fH = (1 - b) * s1 * z;
      jac[3 * d] = fB / (f * LN2);
      jac[3 * d + 1] = fE / (f * LN2);
      jac[3 * d + 2] = fH / (f * LN2);
      const q = 1 / (f * f * LN2);
      const at = 6 * d;
      hessian[at] = -fB * fB * q;
      hessian[at + 1] = (-s1 * tE * f - fB * fE) * q;
      hessian[at + 2] = (-s1 * z * f - fB * fH) * q;
      hessian[at + 3] = ((1 - b) * s2 * tE * tE * f - fE * fE) * q;
      hessian[at + 4] = ((1 - b) * (s2 * tE * z - s1 * LN10) * f - fE * fH) * q;
      hessian[at + 5] = ((1 - b) * s2 * z * z * f - fH * fH) * q;
    }
  };
  return { doseOf, value, jac, hessian, compute, derive };
}
