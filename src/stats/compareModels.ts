/**
 * Resistant versus sensitive, per condition and target.
 *
 * For every resistant model (paired with its sensitive partner), every drug condition and every
 * target: summarise the fraction of vehicle of each model (geometric mean, t-based CI on log2),
 * test the difference of log2 values (paired by replicate when the models share replicates, Welch
 * otherwise), and do the same for the basal ratio and the total protein in the vehicle lanes.
 * p values are adjusted by Benjamini-Hochberg across the targets of one model and condition.
 */
import type { AnalysisWarning } from '../errors.js';
import { statsMessages as m } from '../messages/stats.js';
import { vehicleFor } from '../normalize/referenceLanes.js';
import type { NormalizedData, NormalizedLane, ConditionSummary, QualityFlagCode } from '../normalize/types.js';
import type { ModelPair } from '../settings.js';
import { compareText } from '../order.js';
import { groupKey } from '../groupKey.js';
import { benjaminiHochberg } from './benjaminiHochberg.js';
import { geometricMeanInterval } from './geometricMeanInterval.js';
import { pairedT } from './pairedT.js';
import { welchT } from './welchT.js';
import type { Comparison, GroupComparison, LevelComparison, RatioSummary } from './comparisonTypes.js';

export interface ComparisonResult {
  comparisons: Comparison[];
  warnings: AnalysisWarning[];
}

/** Values keyed by replicate. */
type ByReplicate = Map<string, number>;

export function compareModels(data: NormalizedData, confidenceLevel: number): ComparisonResult {
  const warnings: AnalysisWarning[] = [];
  const comparisons: Comparison[] = [];
  const index = indexLanes(data.lanes);
  for (const pair of data.design.pairs) {
    for (const condition of data.design.conditions) {
      const family: Comparison[] = [];
      for (const target of data.design.targets) {
        const drugR = index.drug(pair.resistant, condition, target.protein);
        const drugS = index.drug(pair.sensitive, condition, target.protein);
        if (drugR.length === 0 && drugS.length === 0) continue;
        const vehR = index.vehicles(pair.resistant, condition.time_h, target.protein, replicatesOf(drugR));
        const vehS = index.vehicles(pair.sensitive, condition.time_h, target.protein, replicatesOf(drugS));
        const fR = valuesOf(drugR, (l) => l.fractionOfVehicle);
        const fS = valuesOf(drugS, (l) => l.fractionOfVehicle);
        family.push({
          line: pair.resistant, versus: pair.sensitive, treatment: condition.treatment, dose_nM: condition.dose_nM, time_h: condition.time_h,
          target: target.protein, ratioBasis: target.ratioBasis,
          fractionOfVehicle: summarise(fR, confidenceLevel),
          sensitiveFractionOfVehicle: summarise(fS, confidenceLevel),
          resistantVsSensitive: compareGroups(fR, fS, confidenceLevel, warnings, pair, condition, target.protein, 'fraction of vehicle'),
          basal: compareLevels(valuesOf(vehR, (l) => l.phosphoTotalRatio), valuesOf(vehS, (l) => l.phosphoTotalRatio), confidenceLevel, warnings, pair, condition, target.protein, 'basal ratio'),
          totalProtein: compareLevels(valuesOf(vehR, (l) => l.totalOverLoading), valuesOf(vehS, (l) => l.totalOverLoading), confidenceLevel, warnings, pair, condition, target.protein, 'total protein'),
          flags: flagsOf([...drugR, ...drugS, ...vehR, ...vehS]),
        });
      }
      adjustFamily(family);
      comparisons.push(...family);
    }
  }
  return { comparisons, warnings: dedupe(warnings) };
}

/** Lanes by model and target: drug lanes by condition, and the vehicle lanes (each list in input order). */
function indexLanes(lanes: readonly NormalizedLane[]) {
  type Entry = { drug: Map<string, NormalizedLane[]>; vehicle: NormalizedLane[] };
  const byLineTarget = new Map<string, Entry>();
  const conditionKey = (c: ConditionSummary): string => groupKey(c.treatment, c.dose_nM, c.time_h);
  // Lanes come sorted by model, target and condition: keys are built once per run of equal ones.
  let last: { lane: NormalizedLane; entry: Entry; drug: NormalizedLane[] | null } | null = null;
  for (const lane of lanes) {
    const sameEntry = last !== null && last.lane.line === lane.line && last.lane.target === lane.target;
    let entry: Entry;
    if (sameEntry) entry = last!.entry;
    else {
      const key = groupKey(lane.line, lane.target);
      const found = byLineTarget.get(key);
      if (found) entry = found;
      else byLineTarget.set(key, (entry = { drug: new Map(), vehicle: [] }));
    }
    let drug: NormalizedLane[] | null = null;
    if (lane.vehicle) entry.vehicle.push(lane);
    else if (sameEntry && last!.drug !== null && sameCondition(last!.lane, lane)) (drug = last!.drug).push(lane);
    else {
      const condition = conditionKey(lane);
      drug = entry.drug.get(condition) ?? null;
      if (drug) drug.push(lane);
      else entry.drug.set(condition, (drug = [lane]));
    }
    last = { lane, entry, drug };
  }
  const of = (line: string, target: string) => byLineTarget.get(groupKey(line, target));
  return {
    drug: (line: string, c: ConditionSummary, target: string): NormalizedLane[] => of(line, target)?.drug.get(conditionKey(c)) ?? [],
    /** The vehicle lane matched to the condition's time point, per replicate (all replicates of the model when it has no drug lanes). */
    vehicles: (line: string, time_h: number | null, target: string, replicates: ReadonlySet<string>): NormalizedLane[] => {
      const vehicleLanes = of(line, target)?.vehicle ?? [];
      const reps = replicates.size > 0 ? replicates : new Set(vehicleLanes.map((l) => l.replicate));
      const chosen: NormalizedLane[] = [];
      for (const rep of reps) {
        const match = vehicleFor(vehicleLanes.filter((l) => l.replicate === rep), time_h);
        if (match.kind === 'found') chosen.push(match.lane);
      }
      return chosen;
    },
  };
}

function sameCondition(a: ConditionSummary, b: ConditionSummary): boolean {
  return a.treatment === b.treatment && a.dose_nM === b.dose_nM && a.time_h === b.time_h;
}

function replicatesOf(lanes: readonly NormalizedLane[]): Set<string> {
  return new Set(lanes.map((l) => l.replicate));
}

/**
 * Positive, finite values by replicate: ratios that can be logged. Sorted by replicate, so sums
 * (and so every output byte) do not depend on the order of input rows.
 */
function valuesOf(lanes: readonly NormalizedLane[], pick: (l: NormalizedLane) => number | null): ByReplicate {
  const out: ByReplicate = new Map();
  for (const lane of [...lanes].sort((a, b) => compareText(a.replicate, b.replicate))) {
    const v = pick(lane);
    if (v !== null && v > 0 && Number.isFinite(v)) out.set(lane.replicate, v);
  }
  return out;
}

function summarise(values: ByReplicate, level: number): RatioSummary {
  const interval = geometricMeanInterval([...values.values()], level);
  if (!interval) return { estimate: null, ciLow: null, ciHigh: null, n: 0, log2Mean: null, log2SD: null };
  return {
    estimate: interval.estimate, ciLow: interval.ciLow, ciHigh: interval.ciHigh, n: interval.n,
    log2Mean: interval.log2Mean, log2SD: interval.log2SD,
  };
}

function compareLevels(
  r: ByReplicate, s: ByReplicate, level: number, warnings: AnalysisWarning[],
  pair: ModelPair, condition: ConditionSummary, target: string, what: string,
): LevelComparison {
  return {
    resistant: summarise(r, level), sensitive: summarise(s, level),
    resistantVsSensitive: compareGroups(r, s, level, warnings, pair, condition, target, what),
  };
}

/**
 * Paired t on log2 values over the replicates both models share, when they share at least two
 * (or all of them); Welch's t otherwise, so that a single shared replicate does not throw away
 * a testable comparison. Unshared replicates in a paired comparison are left out, and said so.
 */
function compareGroups(
  r: ByReplicate, s: ByReplicate, level: number, warnings: AnalysisWarning[],
  pair: ModelPair, condition: ConditionSummary, target: string, what: string,
): GroupComparison {
  const shared = [...r.keys()].filter((rep) => s.has(rep));
  const empty = { ciLow: null, ciHigh: null, t: null, df: null, p: null, pAdjusted: null, nResistant: r.size, nSensitive: s.size };
  const pairable = shared.length >= 2 || (shared.length > 0 && shared.length === r.size && shared.length === s.size);
  if (pairable) {
    const unpaired = r.size + s.size - 2 * shared.length;
    if (unpaired > 0) warnings.push({ code: 'unpaired-replicates', message: m.unpairedReplicates(unpaired, what, target, pair.resistant, pair.sensitive) });
    const a = shared.map((rep) => Math.log2(r.get(rep)!));
    const b = shared.map((rep) => Math.log2(s.get(rep)!));
    const log2Ratio = mean(a.map((x, i) => x - b[i]!));
    const test = pairedT(a, b, level);
    if (!test) warnings.push({ code: 'too-few-replicates', message: m.tooFewForTest(what, target, pair.resistant, pair.sensitive, shared.length) });
    if (!test) return { ...empty, log2Ratio, test: 'paired-t', n: shared.length };
    return { log2Ratio, ciLow: test.ciLow, ciHigh: test.ciHigh, test: 'paired-t', t: test.t, df: test.df, p: test.p, pAdjusted: null, n: shared.length, nResistant: r.size, nSensitive: s.size };
  }
  const a = [...r.values()].map(Math.log2);
  const b = [...s.values()].map(Math.log2);
  const log2Ratio = a.length > 0 && b.length > 0 ? mean(a) - mean(b) : null;
  const test = welchT(a, b, level);
  if (!test && (a.length > 0 || b.length > 0)) warnings.push({ code: 'too-few-replicates', message: m.tooFewForTest(what, target, pair.resistant, pair.sensitive, Math.min(a.length, b.length)) });
  if (!test) return { ...empty, log2Ratio, test: 'welch-t', n: a.length + b.length };
  return { log2Ratio, ciLow: test.ciLow, ciHigh: test.ciHigh, test: 'welch-t', t: test.t, df: test.df, p: test.p, pAdjusted: null, n: a.length + b.length, nResistant: r.size, nSensitive: s.size };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/** Benjamini-Hochberg across the targets of one model and condition, separately for each comparison. */
function adjustFamily(family: Comparison[]): void {
  const groups: ((c: Comparison) => GroupComparison)[] = [
    (c) => c.resistantVsSensitive, (c) => c.basal.resistantVsSensitive, (c) => c.totalProtein.resistantVsSensitive,
  ];
  for (const pick of groups) {
    const adjusted = benjaminiHochberg(family.map((c) => pick(c).p));
    family.forEach((c, i) => { pick(c).pAdjusted = adjusted[i] ?? null; });
  }
}

function flagsOf(lanes: readonly NormalizedLane[]): QualityFlagCode[] {
  return [...new Set(lanes.flatMap((l) => l.flags))].sort();
}

function dedupe(warnings: AnalysisWarning[]): AnalysisWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}
