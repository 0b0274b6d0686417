/**
 * Ratios relative to a reference lane, within one replicate (and so within its membranes):
 * - fraction of vehicle: a drug lane over the vehicle lane of the same model;
 * - ratio vs reference: any lane over the sensitive partner's vehicle lane, which puts every
 *   membrane on a common scale.
 * Vehicle lanes are matched at the same time point; with a single vehicle in a replicate it serves
 * every time point.
 */
import { median } from 'simple-statistics';
import type { AnalysisWarning } from '../errors.js';
import { normalizeMessages as m } from '../messages/normalize.js';
import { groupKey } from '../groupKey.js';
import type { ModelPair, AnalysisSettings } from '../settings.js';
import type { NormalizedLane } from './types.js';

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

  for (const lane of lanes) {
    const own = matchVehicle(vehicles, lane.line, lane);
    if (own.kind === 'none' && !lane.vehicle) noVehicle.add(JSON.stringify([lane.line, lane.replicate]));
    if (own.kind === 'ambiguous') ambiguous.add(JSON.stringify([lane.line, lane.replicate, lane.time_h]));
    if (own.kind === 'found') lane.fractionOfVehicle = divide(lane.phosphoTotalRatio, own.lane.phosphoTotalRatio);
    else if (!lane.flags.includes('no-vehicle')) lane.flags.push('no-vehicle');

    const referenceLine = lane.status === 'sensitive' ? lane.line : partnerOf.get(lane.line);
    if (referenceLine === undefined) continue;
    const ref = matchVehicle(vehicles, referenceLine, lane);
    if (ref.kind === 'found') lane.ratioVsReference = divide(lane.phosphoTotalRatio, ref.lane.phosphoTotalRatio);
  }
  if (vehicles.size === 0) warnings.push({ code: 'no-vehicle', message: m.noVehicleAnywhere() });
  else {
    for (const key of noVehicle) {
      const [line, replicate] = JSON.parse(key) as [string, string];
      warnings.push({ code: 'no-vehicle', message: m.noVehicle(line, replicate) });
    }
  }
  for (const key of ambiguous) {
    const [line, replicate, time] = JSON.parse(key) as [string, string, number | null];
    warnings.push({ code: 'ambiguous-vehicle', message: m.ambiguousVehicle(line, replicate, time) });
  }
  warnings.push(...flagWeakReferences(lanes, settings));
  return warnings;
}

export type VehicleMatch = { kind: 'found'; lane: NormalizedLane } | { kind: 'none' } | { kind: 'ambiguous' };

function matchVehicle(vehicles: VehicleIndex, line: string, lane: NormalizedLane): VehicleMatch {
  return vehicleFor(vehicles.get(line)?.get(lane.replicate)?.get(lane.target) ?? [], lane.time_h);
}

/** The vehicle lane for a drug lane at `time_h`, among the vehicle lanes of one model, replicate and target. */
export function vehicleFor(candidates: readonly NormalizedLane[], time_h: number | null): VehicleMatch {
  if (candidates.length === 0) return { kind: 'none' };
  const sameTime = candidates.filter((v) => v.time_h === time_h);
  if (sameTime.length === 1) return { kind: 'found', lane: sameTime[0]! };
  if (candidates.length === 1) return { kind: 'found', lane: candidates[0]! };
  return { kind: 'ambiguous' };
}

function divide(a: number | null, b: number | null): number | null {
  const q = a !== null && b !== null && b > 0 ? a / b : null;
  return q !== null && Number.isFinite(q) ? q : null;
}

/**
 * A vehicle lane is every drug lane's reference: if its phospho band is faint, every ratio to it is
 * noisy (Degasperi et al., PLoS One 2014). Compare it with the membrane's median for that antibody.
 */
function flagWeakReferences(lanes: NormalizedLane[], settings: AnalysisSettings): AnalysisWarning[] {
  const warnings: AnalysisWarning[] = [];
  const signalsOf = new Map<string, number[]>();
  for (const lane of lanes) {
    if (lane.phospho === null || lane.phospho <= 0 || lane.phosphoLabel === null) continue;
    const key = groupKey(lane.membrane, lane.phosphoLabel);
    const list = signalsOf.get(key);
    if (list) list.push(lane.phospho);
    else signalsOf.set(key, [lane.phospho]);
  }
  for (const lane of lanes) {
    if (!lane.vehicle || lane.phospho === null || lane.phosphoLabel === null) continue;
    const signals = signalsOf.get(groupKey(lane.membrane, lane.phosphoLabel));
    if (!signals || signals.length < 3) continue;
    const relative = lane.phospho / median(signals);
    if (relative < settings.weakReferenceFraction) {
      lane.flags.push('weak-reference');
      warnings.push({ code: 'weak-reference', message: m.weakReference(lane.membrane, lane.lane, lane.phosphoLabel, relative, settings.weakReferenceFraction) });
    }
  }
  return warnings;
}
