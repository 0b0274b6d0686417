/**
 * Contrasts of the blocked linear model (linearModel.ts) for one resistant model, its sensitive
 * partner and one target: each lane is an observation of log2(ratio) in the cell of its model and
 * condition, blocked by its replicate and membranes.
 *
 * - a model's log2 f:           cell(model, drug) - cell(model, vehicle at the matched time)
 * - resistant vs sensitive f:   (R drug - R vehicle) - (S drug - S vehicle)   (the interaction)
 * - basal difference:           cell(R, vehicle at t) - cell(S, vehicle at t)
 */
import { groupKey } from '../groupKey.js';
import type { ConditionSummary, NormalizedLane } from '../normalize/types.js';
import { cellContrast, fitBlockedCellMeans, sharedBlocks, type ContrastEstimate, type LinearModelFit, type Observation } from './linearModel.js';
import type { GroupComparison, RatioSummary } from './comparisonTypes.js';
import { log2 } from './portableMath.js';

export const vehicleCell = (line: string, time_h: number | null): string => groupKey(line, 'vehicle', time_h);
export const drugCell = (line: string, c: ConditionSummary): string => groupKey(line, 'drug', c.treatment, c.dose_nM, c.time_h);

const cellOf = (lane: NormalizedLane): string => (lane.vehicle ? vehicleCell(lane.line, lane.time_h) : drugCell(lane.line, lane));

/**
 * The block of a lane: its replicate and the membranes its ratio was read from. Lanes of one
 * replicate on one membrane share exposure and transfer; phospho and total on two membranes share
 * the ratio of their two exposures.
 */
export const blockOf = (lane: NormalizedLane): string => groupKey(lane.replicate, lane.membrane, lane.totalMembrane);

/** The model fitted to log2 of `pick` over the lanes where it is a positive finite number. */
export function fitLanes(lanes: readonly NormalizedLane[], pick: (l: NormalizedLane) => number | null): LinearModelFit | null {
  const observations: Observation[] = [];
  for (const lane of lanes) {
    const v = pick(lane);
    if (v === null || !(v > 0) || !Number.isFinite(v)) continue;
    observations.push({ y: log2(v), cell: cellOf(lane), block: blockOf(lane), group: lane.line });
  }
  return fitBlockedCellMeans(observations);
}

/** A contrast as a ratio summary: 2^estimate with its interval. */
export function ratioFromContrast(c: ContrastEstimate, n: number, log2SD: number | null): RatioSummary {
  return {
    estimate: 2 ** c.estimate, ciLow: c.ciLow === null ? null : 2 ** c.ciLow, ciHigh: c.ciHigh === null ? null : 2 ** c.ciHigh,
    n, log2Mean: c.estimate, log2SD, se: c.se, df: c.se === null ? null : c.df, variance: c.variance,
  };
}

/** log2 f of one model: drug cell minus its vehicle cell. Null when the model cannot estimate it. */
export function modelFraction(fit: LinearModelFit, line: string, condition: ConditionSummary, vehicleTime: number | null, level: number):
  { contrast: ContrastEstimate; n: number } | null {
  const drug = drugCell(line, condition);
  const vehicle = vehicleCell(line, vehicleTime);
  const contrast = cellContrast(fit, new Map([[drug, 1], [vehicle, -1]]), level);
  return contrast ? { contrast, n: sharedBlocks(fit, [drug, vehicle]) } : null;
}

/** As a GroupComparison of test `linear-model`. */
export function groupFromContrast(c: ContrastEstimate, fit: LinearModelFit, nResistant: number, nSensitive: number): GroupComparison {
  return {
    log2Ratio: c.estimate, ciLow: c.ciLow, ciHigh: c.ciHigh, test: 'linear-model', se: c.se, t: c.t, df: c.df, p: c.p, pAdjusted: null,
    n: fit.n, nResistant, nSensitive, variance: c.variance,
    ...(fit.variance?.used === 'per-model' ? { residualSD: fit.variance.groups.map((g) => ({ line: g.group, sd: g.sigma, df: g.df })) } : {}),
  };
}

/** (R drug - R vehicle) - (S drug - S vehicle). */
export function modelInteraction(
  fit: LinearModelFit, resistant: string, sensitive: string, condition: ConditionSummary,
  vehicleTimeR: number | null, vehicleTimeS: number | null, level: number,
): GroupComparison | null {
  const weights = new Map<string, number>();
  const add = (cell: string, w: number) => weights.set(cell, (weights.get(cell) ?? 0) + w);
  add(drugCell(resistant, condition), 1);
  add(vehicleCell(resistant, vehicleTimeR), -1);
  add(drugCell(sensitive, condition), -1);
  add(vehicleCell(sensitive, vehicleTimeS), 1);
  const c = cellContrast(fit, weights, level);
  if (!c) return null;
  const nR = sharedBlocks(fit, [drugCell(resistant, condition), vehicleCell(resistant, vehicleTimeR)]);
  const nS = sharedBlocks(fit, [drugCell(sensitive, condition), vehicleCell(sensitive, vehicleTimeS)]);
  return groupFromContrast(c, fit, nR, nS);
}

/** cell(R, vehicle at t) - cell(S, vehicle at t). */
export function modelBasal(fit: LinearModelFit, resistant: string, sensitive: string, time_h: number | null, level: number): GroupComparison | null {
  const r = vehicleCell(resistant, time_h);
  const s = vehicleCell(sensitive, time_h);
  const c = cellContrast(fit, new Map([[r, 1], [s, -1]]), level);
  if (!c) return null;
  return groupFromContrast(c, fit, fit.cellBlocks.get(r)?.size ?? 0, fit.cellBlocks.get(s)?.size ?? 0);
}
