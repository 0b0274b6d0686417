/**
 * Dose-response curves of every dose series.
 *
 *   lanes -> 1. per model, target, treatment and time with at least three doses besides the vehicle:
 *               the drug lanes and the vehicle lanes they are read against
 *            2. a four-parameter log-logistic curve (logLogisticFit.ts); a status (fitted, not
 *               reached, no fit) with the reason; the IC50's profile-likelihood interval
 *            3. per resistant model: the IC50 fold shift versus its sensitive partner (profile
 *               interval of a joint fit of both curves, jointFold.ts), or a lower bound when its
 *               curve is not reached
 */
import { lanesByLineAndTarget } from './laneGroups.js';
import { groupKey } from '../groupKey.js';
import { statsMessages as m } from '../messages/stats.js';
import type { NormalizedData, NormalizedLane } from '../normalize/types.js';
import { compareNullableNumber } from '../order.js';
import { jointFold } from './jointFold.js';
import { fitLogLogistic, logLogistic, type CurvePoint, type LogLogisticFit } from './logLogisticFit.js';
import { blockOf } from './modelContrasts.js';
import type { DoseResponse, EstimateInterval } from './doseResponseTypes.js';
import { log10, log2 } from './portableMath.js';
import { mergeDoseResponses, planDoseResponses, type CurveShared, type CurveUnit } from './curvePlan.js';

/** A series needs this many distinct doses besides the vehicle (four points on the curve with it). */
export const MIN_SERIES_DOSES = 3;
/**
 * A curve still above half of the vehicle signal at the highest dose is `not-reached`: the drug never
 * halves the signal within the doses tested, whatever the midpoint of a shallow curve would be.
 */
export const HALF_SIGNAL = 0.5;

/** A curve's response with the fit the fold shift's joint fit starts from (null unless fitted). */
interface SeriesFit {
  response: DoseResponse;
  fit: LogLogisticFit | null;
}

const NULL_INTERVAL: EstimateInterval = { estimate: null, ciLow: null, ciHigh: null };

/** The doses of each (treatment, time) of a set of drug lanes that form a series, sorted. */
export function doseSeries(lanes: readonly { vehicle: boolean; treatment: string; dose_nM: number | null; time_h: number | null }[]):
  { treatment: string; time_h: number | null; doses: number[] }[] {
  const byCondition = new Map<string, { treatment: string; time_h: number | null; doses: Set<number> }>();
  for (const l of lanes) {
    if (l.vehicle || l.dose_nM === null || !(l.dose_nM > 0)) continue;
    const key = groupKey(l.treatment, l.time_h);
    const entry = byCondition.get(key) ?? { treatment: l.treatment, time_h: l.time_h, doses: new Set<number>() };
    entry.doses.add(l.dose_nM);
    byCondition.set(key, entry);
  }
  return [...byCondition.values()]
    .filter((s) => s.doses.size >= MIN_SERIES_DOSES)
    .map((s) => ({ treatment: s.treatment, time_h: s.time_h, doses: [...s.doses].sort((a, b) => a - b) }))
    .sort((a, b) => (a.treatment < b.treatment ? -1 : a.treatment > b.treatment ? 1 : compareNullableNumber(a.time_h, b.time_h)));
}

/**
 * Every dose series of the data, fitted; resistant models compared with their partners.
 *
 * @param data normalised lanes and design
 * @param level confidence level of the intervals (e.g. 0.95)
 */
export function fitDoseResponses(data: NormalizedData, level: number): DoseResponse[] {
  const plan = planDoseResponses(data, level);
  return mergeDoseResponses(data.design.models, plan.units.map((unit) => fitCurveUnit(plan.shared, unit)));
}

/** One dose series of one model and target (step 1): its drug lanes and the vehicle lanes they are read against. */
export interface UnitSeries {
  line: string;
  treatment: string;
  time_h: number | null;
  target: string;
  /** The series' doses over every curved target of the model (doseSeries). */
  doses: number[];
  drug: NormalizedLane[];
  vehicle: NormalizedLane[];
}

/** Step 1 for one unit of curvePlan.ts: its dose series, in the order the unit fits them. */
export function unitSeries(shared: CurveShared, unit: CurveUnit): UnitSeries[] {
  const byLineTarget = lanesByLineAndTarget(unit.lanes);
  const designVehicleTimes = new Set(shared.designVehicleTimes);
  const out: UnitSeries[] = [];
  for (const model of unit.models) {
    const lanesOfModel = shared.curved.map((target) => ({ target, lanes: byLineTarget.get(groupKey(model.line, target)) ?? [] }));
    for (const s of doseSeries(lanesOfModel.flatMap((t) => t.lanes))) {
      for (const { target, lanes } of lanesOfModel) {
        const drug = lanes.filter((l) => !l.vehicle && l.treatment === s.treatment && l.time_h === s.time_h && l.dose_nM !== null && l.dose_nM > 0);
        if (new Set(drug.map((l) => l.dose_nM)).size < MIN_SERIES_DOSES) continue;
        const vehicleTime = vehicleTimeFor(lanes, s.time_h, designVehicleTimes);
        const vehicle = lanes.filter((l) => l.vehicle && vehicleTime !== undefined && l.time_h === vehicleTime);
        out.push({ line: model.line, treatment: s.treatment, time_h: s.time_h, target, doses: s.doses, drug, vehicle });
      }
    }
  }
  return out;
}

/** The points a series' curve is fitted to: its lanes with a usable ratio, on log2, each with its block. */
export function seriesPoints(series: Pick<UnitSeries, 'drug' | 'vehicle'>): { lanes: NormalizedLane[]; points: CurvePoint[] } {
  const lanes = [...series.vehicle, ...series.drug].filter((l) => l.phosphoTotalRatio !== null && l.phosphoTotalRatio > 0 && Number.isFinite(l.phosphoTotalRatio));
  return { lanes, points: lanes.map((l) => ({ dose_nM: l.vehicle ? 0 : l.dose_nM!, log2Signal: log2(l.phosphoTotalRatio!), block: blockOf(l) })) };
}

/** Steps 1-3 for one unit of curvePlan.ts: its models' curves, and the fold shifts of its pairs. */
export function fitCurveUnit(shared: CurveShared, unit: CurveUnit): DoseResponse[] {
  const fits = new Map<string, SeriesFit>();
  const responses: DoseResponse[] = [];
  for (const series of unitSeries(shared, unit)) {
    const fitted = fitSeries(series, shared.level);
    fits.set(groupKey(series.line, series.treatment, series.time_h, series.target), fitted);
    responses.push(fitted.response);
  }
  // 3. fold shifts of the resistant models
  for (const pair of unit.pairs) {
    for (const r of responses) {
      if (r.line !== pair.resistant) continue;
      const own = fits.get(groupKey(r.line, r.treatment, r.time_h, r.target))!;
      const partner = fits.get(groupKey(pair.sensitive, r.treatment, r.time_h, r.target));
      r.versus = pair.sensitive;
      r.ic50Fold = partner ? foldShift(own, partner, shared.level) : { ...NULL_INTERVAL, atLeast: null };
    }
  }
  return responses;
}

/** The vehicle time a series is read against: its own, or the design's only one. */
function vehicleTimeFor(lanes: readonly NormalizedLane[], time: number | null, designTimes: ReadonlySet<number | null>): number | null | undefined {
  const own = new Set(lanes.filter((l) => l.vehicle).map((l) => l.time_h));
  if (own.has(time)) return time;
  if (designTimes.size === 1 && own.size === 1) return [...own][0]!;
  return undefined;
}

function fitSeries(series: UnitSeries, level: number): SeriesFit {
  const { line, treatment, time_h, target, doses, drug } = series;
  const { lanes, points } = seriesPoints(series);
  const seriesDoses = [...new Set(drug.map((l) => l.dose_nM!))].sort((a, b) => a - b);
  const base: DoseResponse = {
    line, treatment, time_h, target, status: 'no-fit', reason: null, doses_nM: seriesDoses.length > 0 ? seriesDoses : doses,
    ic50_nM: { ...NULL_INTERVAL }, fittedIc50_nM: null, hill: null, bottom: null, top: 1,
    n: points.length, replicates: new Set(lanes.map((l) => l.replicate)).size, fractionAtTopDose: null,
  };
  const noFit = (reason: string) => ({ response: { ...base, reason }, fit: null });
  if (!points.some((p) => p.dose_nM === 0)) return noFit(m.curveNoVehicle());
  const fit = fitLogLogistic(points, level);
  if (fit === 'too-few-points') return noFit(m.curveTooFewPoints(points.length, 3 + new Set(points.map((p) => p.block)).size));
  if (fit === 'did-not-converge') return noFit(m.curveDidNotConverge());
  const minDose = seriesDoses[0]!;
  const maxDose = seriesDoses[seriesDoses.length - 1]!;
  const fitted = {
    ...base, fittedIc50_nM: 10 ** fit.log10Ic50, hill: fit.hill, bottom: fit.bottom, fractionAtTopDose: logLogistic(maxDose, fit.bottom, fit.log10Ic50, fit.hill),
  };
  if (fitted.fractionAtTopDose > HALF_SIGNAL) return { response: { ...fitted, status: 'not-reached', reason: m.curveNotHalved(maxDose, fitted.fractionAtTopDose) }, fit: null };
  if (fit.log10Ic50 > log10(maxDose)) return { response: { ...fitted, status: 'not-reached', reason: m.curveAboveRange(maxDose) }, fit: null };
  const estimate = 10 ** fit.log10Ic50;
  const { low, high } = fit.profileInterval();
  const interval = { estimate, ciLow: low === null ? null : 10 ** low, ciHigh: high === null ? null : 10 ** high };
  const belowRange = fit.log10Ic50 < log10(minDose) - 1e-12;
  const reason = belowRange ? m.curveBelowRange(minDose) : low === null || high === null ? m.curveNoInterval() : null;
  return { response: { ...fitted, status: 'fitted', reason, ic50_nM: interval }, fit };
}

/** Resistant IC50 / sensitive IC50 with the profile interval of the joint fit (jointFold.ts). */
function foldShift(own: SeriesFit, partner: SeriesFit, level: number): NonNullable<DoseResponse['ic50Fold']> {
  const r = own.response;
  const s = partner.response;
  const sIc50 = s.ic50_nM.estimate;
  if (r.status === 'not-reached' && s.status === 'fitted' && sIc50 !== null) {
    const maxDose = r.doses_nM[r.doses_nM.length - 1]!;
    return { ...NULL_INTERVAL, atLeast: maxDose / sIc50 };
  }
  const rIc50 = r.ic50_nM.estimate;
  if (r.status !== 'fitted' || s.status !== 'fitted' || rIc50 === null || sIc50 === null || own.fit === null || partner.fit === null) return { ...NULL_INTERVAL, atLeast: null };
  const { ciLow, ciHigh } = jointFold(own.fit, partner.fit, level);
  return { estimate: rIc50 / sIc50, ciLow, ciHigh, atLeast: null };
}
