/**
 * Where the dose-response fit starts (logLogisticFit.ts keeps the lowest minimum over all of them):
 * the data-driven guess, a grid over log10 IC50 x hill, and a step between each pair of neighbouring
 * doses. See docs/curve-fitting.md for why several starts are needed and how they were checked.
 */
import { solveBounded, workspace } from './boundedLeastSquares.js';
import { boxOf, type CurveData, type CurveProblem } from './logLogisticModel.js';
import { pow } from './portableMath.js';

/**
 * The starts besides the data-driven one: log10 IC50 at fractions of the doses' range +-0.5 decade
 * x hill; and steps (hill `stepHill`) between neighbouring doses.
 */
export const MULTI_START = { ic50Fractions: [0, 0.25, 0.5, 0.75, 1], hills: [0.5, 1, 2.5], stepHill: 8 } as const;

/**
 * The mean fraction of vehicle at each dose (ascending): each block's level from its vehicle lanes
 * (or its lowest dose), each drug lane's signal over its block's level.
 */
export function meanFractions(data: CurveData): { logDose: number; f: number }[] {
  const { logDose, y, block, blocks } = data;
  const levelOf = new Float64Array(blocks.length);
  const onLog = (i: number) => (logDose[i]! === logDose[i]! ? logDose[i]! : -Infinity);
  for (let b = 0; b < blocks.length; b++) {
    let lowest = Infinity;
    for (let i = 0; i < y.length; i++) if (block[i] === b) lowest = Math.min(lowest, onLog(i));
    let sum = 0;
    let count = 0;
    for (let i = 0; i < y.length; i++) {
      if (block[i] === b && onLog(i) === lowest) { sum += y[i]!; count++; }
    }
    levelOf[b] = sum / count;
  }
  const byDose = new Map<number, { sum: number; count: number }>();
  for (let i = 0; i < y.length; i++) {
    const ld = logDose[i]!;
    if (ld !== ld) continue;
    const entry = byDose.get(ld) ?? { sum: 0, count: 0 };
    entry.sum += pow(2, y[i]! - levelOf[block[i]!]!);
    entry.count++;
    byDose.set(ld, entry);
  }
  return [...byDose.entries()].sort(([a], [b]) => a - b).map(([ld, s]) => ({ logDose: ld, f: s.sum / s.count }));
}

/** A bottom start from a mean fraction, kept inside the box. */
export const bottomStart = (f: number): number => Math.min(0.9, Math.max(0.01, f));

/**
 * Data-driven starting values (meanFractions): bottom from the lowest mean fraction; IC50 where the
 * mean fraction first falls half-way to it, interpolated on log dose; hill 1. Written into
 * x[at..at+2] (bottom, log10 IC50, hill).
 */
export function dataStart(data: CurveData, x: Float64Array, at = 0): void {
  const curve = meanFractions(data);
  const bottom = bottomStart(Math.min(...curve.map((c) => c.f)));
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
  x[at] = bottom;
  x[at + 1] = e;
  x[at + 2] = 1;
}

/**
 * The lowest minimum over the starts: the data-driven guess; the grid (the guess's bottom with the
 * grid's log10 IC50 and hill); and a step between each pair of neighbouring doses (hill
 * MULTI_START.stepHill, bottom the mean fraction above the step), because a steep curve's basin is
 * narrow in log10 IC50 and flat in hill. Ties keep the earlier start.
 */
export function multiStart(problem: CurveProblem, data: CurveData): { x: Float64Array; rss: number } | null {
  const ws = workspace(problem.n, problem.p);
  const guess = new Float64Array(problem.p);
  dataStart(data, guess);
  const x = new Float64Array(problem.p);
  const best = new Float64Array(problem.p);
  let bestRss = Infinity;
  const tryFrom = (b: number, e: number, h: number) => {
    x[0] = b;
    x[1] = e;
    x[2] = h;
    const rss = solveBounded(problem, x, ws);
    if (Number.isFinite(rss) && rss < bestRss * (1 - 1e-12)) {
      bestRss = rss;
      best.set(x);
    }
  };
  tryFrom(guess[0]!, guess[1]!, guess[2]!);
  const { low, high } = boxOf(data);
  const from = Math.max(low, data.logMin - 0.5);
  const to = Math.min(high, data.logMax + 0.5);
  for (const fraction of MULTI_START.ic50Fractions) for (const h of MULTI_START.hills) tryFrom(guess[0]!, from + fraction * (to - from), h);
  const means = meanFractions(data);
  for (let k = 1; k < means.length; k++) {
    let sum = 0;
    for (let j = k; j < means.length; j++) sum += means[j]!.f;
    tryFrom(bottomStart(sum / (means.length - k)), (means[k - 1]!.logDose + means[k]!.logDose) / 2, MULTI_START.stepHill);
  }
  return bestRss === Infinity ? null : { x: best, rss: bestRss };
}
