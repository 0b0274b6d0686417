/**
 * Ratios relative to a reference lane, within one replicate (and so within its membranes):
 * - fraction of vehicle: a drug lane over the vehicle lane of the same model;
 * - ratio vs reference: any lane over the sensitive partner's vehicle lane, which puts every
 *   membrane on a common scale.
 * Vehicle lanes are matched at the same time point. Only when the whole design has vehicles at a
 * single time does that vehicle serve the other time points (flagged and warned, naming the lanes);
 * a vehicle missing at one time is never replaced by one from another time.
 */
import { median } from 'simple-statistics';
import type { AnalysisWarning } from '../errors.js';
import { normalizeMessages as m } from '../messages/normalize.js';
import { groupKey } from '../groupKey.js';
import { compareNullableNumber, compareText } from '../order.js';
import type { ModelPair, AnalysisSettings } from '../settings.js';
import type { NormalizedLane } from './types.js';
import { appendAll } from '../arrays.js';

/** Vehicle lanes by model, replicate and target: nested maps, so a lookup builds no key (twice per lane of a screen). */
type VehicleIndex = Map<string, Map<string, Map<string, NormalizedLane[]>>>;

function addVehicle(index: VehicleIndex, lane: NormalizedLane): void {
  let byReplicate = index.get(lane.line);
  if (!byReplicate) index.set(lane.line, (byReplicate = new Map()));
  let byTarget = byReplicate.get(lane.replicate);
  if (!byTarget) byReplicate.set(lane.replicate, (byTarget = new Map()));
  const list = byTarget.get(lane.target);
  if (list) list.push(lane);
  else byTarget.set(lane.target, [lane]);
}

export function applyReferenceLanes(
  lanes: NormalizedLane[], pairs: readonly ModelPair[], settings: AnalysisSettings,
): AnalysisWarning[] {
  const warnings: AnalysisWarning[] = [];
  const vehicles: VehicleIndex = new Map();
  for (const lane of lanes) {
    if (lane.vehicle) addVehicle(vehicles, lane);
  }
  const partnerOf = new Map(pairs.map((p) => [p.resistant, p.sensitive]));
  const noVehicle = new Set<string>();
  const ambiguous = new Set<string>();
  const noneAtTime = new Map<string, { line: string; replicate: string; time: number | null; times: (number | null)[] }>();
  const designTimes = new Set(lanes.filter((l) => l.vehicle).map((l) => l.time_h));
  const otherTime = new Map<string, { line: string; replicate: string; lanes: Set<string>; times: Set<number | null>; vehicleTime: number | null }>();

  for (const lane of lanes) {
    const own = matchVehicle(vehicles, lane.line, lane, designTimes);
    if (own.kind === 'none' && !lane.vehicle) noVehicle.add(JSON.stringify([lane.line, lane.replicate]));
    if (own.kind === 'ambiguous') ambiguous.add(JSON.stringify([lane.line, lane.replicate, lane.time_h]));
    if (own.kind === 'other-time') noneAtTime.set(groupKey(lane.line, lane.replicate, lane.time_h), { line: lane.line, replicate: lane.replicate, time: lane.time_h, times: own.times });
    if (own.kind === 'found') lane.fractionOfVehicle = divide(lane.phosphoTotalRatio, own.lane.phosphoTotalRatio);
    else if (!lane.flags.includes('no-vehicle')) lane.flags.push('no-vehicle');
    if (own.kind === 'found' && !lane.vehicle && own.lane.time_h !== lane.time_h) {
      if (!lane.flags.includes('vehicle-other-time')) lane.flags.push('vehicle-other-time');
      const key = groupKey(lane.line, lane.replicate);
      const entry = otherTime.get(key) ?? { line: lane.line, replicate: lane.replicate, lanes: new Set<string>(), times: new Set<number | null>(), vehicleTime: own.lane.time_h };
      entry.lanes.add(lane.lane);
      entry.times.add(lane.time_h);
      otherTime.set(key, entry);
    }

    const referenceLine = lane.status === 'sensitive' ? lane.line : partnerOf.get(lane.line);
    if (referenceLine === undefined) continue;
    const ref = matchVehicle(vehicles, referenceLine, lane, designTimes);
    if (ref.kind === 'found') lane.ratioVsReference = divide(lane.phosphoTotalRatio, ref.lane.phosphoTotalRatio);
  }
  for (const { line, replicate, lanes: drugLanes, times, vehicleTime } of otherTime.values()) {
    warnings.push({ code: 'vehicle-other-time', message: m.vehicleOtherTime(line, replicate, [...drugLanes].sort(compareText), [...times].sort(compareNullableNumber), vehicleTime) });
  }
  if (vehicles.size === 0) warnings.push({ code: 'no-vehicle', message: m.noVehicleAnywhere() });
  else {
    for (const key of noVehicle) {
      const [line, replicate] = JSON.parse(key) as [string, string];
      warnings.push({ code: 'no-vehicle', message: m.noVehicle(line, replicate) });
    }
  }
  for (const { line, replicate, time, times } of noneAtTime.values()) {
    warnings.push({ code: 'no-vehicle-at-time', message: m.noVehicleAtTime(line, replicate, time, times) });
  }
  for (const key of ambiguous) {
    const [line, replicate, time] = JSON.parse(key) as [string, string, number | null];
    warnings.push({ code: 'ambiguous-vehicle', message: m.ambiguousVehicle(line, replicate, time) });
  }
  appendAll(warnings, flagWeakReferences(lanes, settings));
  return warnings;
}

export type VehicleMatch =
  | { kind: 'found'; lane: NormalizedLane } | { kind: 'none' } | { kind: 'ambiguous' }
  /** Vehicle lanes at other times only, while the design has vehicles at this time elsewhere. */
  | { kind: 'other-time'; times: (number | null)[] };

function matchVehicle(vehicles: VehicleIndex, line: string, lane: NormalizedLane, designTimes: ReadonlySet<number | null>): VehicleMatch {
  return vehicleFor(vehicles.get(line)?.get(lane.replicate)?.get(lane.target) ?? [], lane.time_h, designTimes);
}

/**
 * The vehicle lane for a drug lane at `time_h`, among the vehicle lanes of one model, replicate and
 * target: the one at the same time; or, when the whole design has vehicles at a single time only
 * (`designTimes`), the one vehicle lane there.
 */
export function vehicleFor(candidates: readonly NormalizedLane[], time_h: number | null, designTimes: ReadonlySet<number | null>): VehicleMatch {
  if (candidates.length === 0) return { kind: 'none' };
  const sameTime = candidates.filter((v) => v.time_h === time_h);
  if (sameTime.length === 1) return { kind: 'found', lane: sameTime[0]! };
  if (sameTime.length > 1) return { kind: 'ambiguous' };
  if (designTimes.size === 1 && candidates.length === 1) return { kind: 'found', lane: candidates[0]! };
  if (designTimes.size === 1) return { kind: 'ambiguous' };
  return { kind: 'other-time', times: [...new Set(candidates.map((c) => c.time_h))].sort(compareNullableNumber) };
}

function divide(a: number | null, b: number | null): number | null {
  const q = a !== null && b !== null && b > 0 ? a / b : null;
  return q !== null && Number.isFinite(q) ? q : null;
}

/**
 * A vehicle lane is every drug lane's reference: if its phospho band is faint, every ratio to it is
 * noisy (Degasperi et al., PLoS One 2014). Compare it with the other vehicle lanes of that antibody
 * on the membrane (their median): drug lanes, faint by design, would pull the comparison down.
 */
function flagWeakReferences(lanes: NormalizedLane[], settings: AnalysisSettings): AnalysisWarning[] {
  const warnings: AnalysisWarning[] = [];
  const signalsOf = new Map<string, NormalizedLane[]>();
  for (const lane of lanes) {
    if (!lane.vehicle || lane.phospho === null || lane.phospho <= 0 || lane.phosphoLabel === null) continue;
    const key = groupKey(lane.membrane, lane.phosphoLabel);
    const list = signalsOf.get(key);
    if (list) list.push(lane);
    else signalsOf.set(key, [lane]);
  }
  for (const lane of lanes) {
    if (!lane.vehicle || lane.phospho === null || lane.phosphoLabel === null) continue;
    const others = (signalsOf.get(groupKey(lane.membrane, lane.phosphoLabel)) ?? []).filter((l) => l !== lane).map((l) => l.phospho!);
    if (others.length === 0) continue;
    const relative = lane.phospho / median(others);
    if (relative < settings.weakReferenceFraction) {
      lane.flags.push('weak-reference');
      warnings.push({ code: 'weak-reference', message: m.weakReference(lane.membrane, lane.lane, lane.phosphoLabel, relative, settings.weakReferenceFraction) });
    }
  }
  return warnings;
}
