/**
 * Resistant versus sensitive, per condition and target.
 *
 *   lanes -> 1. per resistant model, partner and target: one blocked linear model on log2
 *               phospho/total (and one on log2 total/loading control) over every lane of both models
 *            2. per drug condition: each model's fraction of vehicle and the resistant-versus-sensitive
 *               difference of log2 f (the interaction), from the model's contrasts
 *            3. per vehicle time: the basal difference (phospho/total and total protein), once
 *            4. panel-wide Benjamini-Hochberg for exploration (`pAdjusted`); the rules adjust within
 *               the families they pre-specify (rules/multiplicity.ts)
 *
 * `--test paired|welch` replaces step 1-3's model with per-replicate t-tests (replicateTests.ts).
 */
import type { AnalysisWarning } from '../errors.js';
import { statsMessages as m } from '../messages/stats.js';
import type { NormalizedData, NormalizedLane, ConditionSummary, QualityFlagCode } from '../normalize/types.js';
import { compareNullableNumber } from '../order.js';
import { lanesByLineAndTarget } from './laneGroups.js';
import { groupKey } from '../groupKey.js';
import { benjaminiHochberg } from './benjaminiHochberg.js';
import type { LinearModelFit } from './linearModel.js';
import { fitLanes, modelBasal, modelFraction, modelInteraction, ratioFromContrast } from './modelContrasts.js';
import { EMPTY_SUMMARY, replicateTest, summariseReplicates, valuesByReplicate, type ByReplicate } from './replicateTests.js';
import type { Comparison, GroupComparison, LevelComparison, Levels, RatioSummary, TestName } from './comparisonTypes.js';
import { appendAll } from '../arrays.js';
import type { Lineage } from '../normalize/lineages.js';

/** The test behind every resistant-versus-sensitive difference (`--test`). */
export type DifferenceTest = 'linear-model' | 'paired' | 'welch';

export interface ComparisonResult {
  comparisons: Comparison[];
  levels: Levels[];
  warnings: AnalysisWarning[];
}

interface TargetContext {
  resistant: string;
  sensitive: string;
  target: string;
  level: number;
  test: DifferenceTest;
  warnings: AnalysisWarning[];
}

/**
 * `lineages` (docs/resistance-over-time.md): a stage of a lineage is fitted in one model with the
 * parental and every other stage, so that all stages are compared on one residual variance.
 */
export function compareModels(data: NormalizedData, confidenceLevel: number, test: DifferenceTest = 'linear-model', lineages: readonly Lineage[] = []): ComparisonResult {
  const warnings: AnalysisWarning[] = [];
  const comparisons: Comparison[] = [];
  const levels: Levels[] = [];
  const byLineTarget = lanesByLineAndTarget(data.lanes);
  const designVehicleTimes = new Set(data.lanes.filter((l) => l.vehicle).map((l) => l.time_h));
  const lineageOf = new Map(lineages.flatMap((g) => g.stages.map((s) => [s.line, [g.parental, ...g.stages.map((x) => x.line)]] as const)));
  for (const pair of data.design.pairs) {
    const perCondition = new Map<string, Comparison[]>();
    const perTime = new Map<string, Levels[]>();
    for (const target of data.design.targets) {
      const lanesR = byLineTarget.get(groupKey(pair.resistant, target.protein)) ?? [];
      const lanesS = byLineTarget.get(groupKey(pair.sensitive, target.protein)) ?? [];
      if (lanesR.length === 0 && lanesS.length === 0) continue;
      const ctx: TargetContext = { resistant: pair.resistant, sensitive: pair.sensitive, target: target.protein, level: confidenceLevel, test, warnings };
      const members = lineageOf.get(pair.resistant);
      const all = members ? members.flatMap((line) => byLineTarget.get(groupKey(line, target.protein)) ?? []) : [...lanesR, ...lanesS];
      const fitRatio = test === 'linear-model' ? fitLanes(all, (l) => l.phosphoTotalRatio) : null;
      const fitTotal = test === 'linear-model' ? fitLanes(all, (l) => l.totalOverLoading) : null;
      if (fitRatio && fitRatio.df === 0 && fitRatio.n > 0) warnings.push({ code: 'estimate-only', message: m.estimateOnly(target.protein, pair.resistant, pair.sensitive) });
      const vehicleTimesR = new Set(lanesR.filter((l) => l.vehicle).map((l) => l.time_h));
      const vehicleTimesS = new Set(lanesS.filter((l) => l.vehicle).map((l) => l.time_h));
      for (const condition of data.design.conditions) {
        const drugR = lanesR.filter((l) => !l.vehicle && sameCondition(l, condition));
        const drugS = lanesS.filter((l) => !l.vehicle && sameCondition(l, condition));
        if (drugR.length === 0 && drugS.length === 0) continue;
        const timeR = drugR.length > 0 ? matchVehicleTime(vehicleTimesR, condition.time_h, designVehicleTimes, pair.resistant, target.protein, warnings) : undefined;
        const timeS = drugS.length > 0 ? matchVehicleTime(vehicleTimesS, condition.time_h, designVehicleTimes, pair.sensitive, target.protein, warnings) : undefined;
        const vehicleLanes = [
          ...lanesR.filter((l) => l.vehicle && timeR !== undefined && l.time_h === timeR),
          ...lanesS.filter((l) => l.vehicle && timeS !== undefined && l.time_h === timeS),
        ];
        const comparison: Comparison = {
          line: pair.resistant, versus: pair.sensitive, treatment: condition.treatment, dose_nM: condition.dose_nM, time_h: condition.time_h,
          vehicleTime_h: timeR ?? timeS ?? null,
          target: target.protein, ratioBasis: target.ratioBasis,
          ...fractions(ctx, fitRatio, condition, drugR, drugS, timeR, timeS),
          flags: flagsOf([...drugR, ...drugS, ...vehicleLanes]),
        };
        pushTo(perCondition, groupKey(condition.treatment, condition.dose_nM, condition.time_h), comparison);
      }
      const times = [...new Set([...vehicleTimesR, ...vehicleTimesS])].sort(compareNullableNumber);
      for (const time of times) {
        const vehR = lanesR.filter((l) => l.vehicle && l.time_h === time);
        const vehS = lanesS.filter((l) => l.vehicle && l.time_h === time);
        const level: Levels = {
          line: pair.resistant, versus: pair.sensitive, time_h: time, target: target.protein, ratioBasis: target.ratioBasis,
          basal: levelComparison(ctx, fitRatio, time, vehR, vehS, (l) => l.phosphoTotalRatio, 'basal ratio'),
          totalProtein: levelComparison(ctx, fitTotal, time, vehR, vehS, (l) => l.totalOverLoading, 'total protein'),
          flags: flagsOf([...vehR, ...vehS]),
        };
        pushTo(perTime, groupKey(time), level);
      }
    }
    // 4. Exploration only: BH across the panel's targets.
    for (const family of perCondition.values()) {
      adjustAcrossPanel(family.map((c) => c.resistantVsSensitive));
      appendAll(comparisons, family);
    }
    for (const family of perTime.values()) {
      adjustAcrossPanel(family.map((l) => l.basal.resistantVsSensitive));
      adjustAcrossPanel(family.map((l) => l.totalProtein.resistantVsSensitive));
      appendAll(levels, family);
    }
  }
  return { comparisons, levels, warnings: dedupe(warnings) };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameCondition(a: ConditionSummary, b: ConditionSummary): boolean {
  return a.treatment === b.treatment && a.dose_nM === b.dose_nM && a.time_h === b.time_h;
}

/**
 * The vehicle time a drug condition is read against: the same time when the model has vehicle lanes
 * then; the one vehicle time of the whole design otherwise (warned); none when vehicles at that time
 * exist elsewhere in the design (a missing vehicle is not replaced by one from another time).
 */
function matchVehicleTime(
  modelTimes: ReadonlySet<number | null>, time: number | null, designTimes: ReadonlySet<number | null>,
  line: string, target: string, warnings: AnalysisWarning[],
): number | null | undefined {
  if (modelTimes.has(time)) return time;
  // Warned per lane by normalize (vehicle-other-time).
  if (designTimes.size === 1 && modelTimes.size === 1) return [...modelTimes][0]!;
  if (modelTimes.size > 0) warnings.push({ code: 'no-matched-vehicle', message: m.noMatchedVehicle(line, target, time) });
  return undefined;
}

const fractionOf = (l: NormalizedLane) => l.fractionOfVehicle;

function log2SDOf(values: ByReplicate): number | null {
  return summariseReplicates(values, 0.95).log2SD;
}

/** Step 2: each model's fraction of vehicle and their difference. */
function fractions(
  ctx: TargetContext, fit: LinearModelFit | null, condition: ConditionSummary,
  drugR: readonly NormalizedLane[], drugS: readonly NormalizedLane[], timeR: number | null | undefined, timeS: number | null | undefined,
): Pick<Comparison, 'fractionOfVehicle' | 'sensitiveFractionOfVehicle' | 'resistantVsSensitive'> {
  const fR = valuesByReplicate(drugR, fractionOf);
  const fS = valuesByReplicate(drugS, fractionOf);
  if (ctx.test !== 'linear-model') {
    return {
      fractionOfVehicle: summariseReplicates(fR, ctx.level),
      sensitiveFractionOfVehicle: summariseReplicates(fS, ctx.level),
      resistantVsSensitive: legacyTest(ctx, fR, fS, 'fraction of vehicle'),
    };
  }
  const summary = (line: string, time: number | null | undefined, values: ByReplicate): RatioSummary => {
    if (!fit || time === undefined) return { ...EMPTY_SUMMARY };
    const f = modelFraction(fit, line, condition, time, ctx.level);
    return f ? ratioFromContrast(f.contrast, f.n, log2SDOf(values)) : { ...EMPTY_SUMMARY };
  };
  const interaction = fit && timeR !== undefined && timeS !== undefined
    ? modelInteraction(fit, ctx.resistant, ctx.sensitive, condition, timeR, timeS, ctx.level) : null;
  if (!interaction && fit && timeR !== undefined && timeS !== undefined && drugR.length > 0 && drugS.length > 0) {
    ctx.warnings.push({ code: 'not-estimable', message: m.notEstimable('fraction of vehicle', ctx.target, ctx.resistant, ctx.sensitive) });
  }
  return {
    fractionOfVehicle: summary(ctx.resistant, timeR, fR),
    sensitiveFractionOfVehicle: summary(ctx.sensitive, timeS, fS),
    resistantVsSensitive: interaction ?? emptyGroup('linear-model', fR.size, fS.size),
  };
}

/** Step 3: a basal level (phospho/total or total/loading) at one vehicle time. */
function levelComparison(
  ctx: TargetContext, fit: LinearModelFit | null, time: number | null,
  vehR: readonly NormalizedLane[], vehS: readonly NormalizedLane[], pick: (l: NormalizedLane) => number | null, what: string,
): LevelComparison {
  const r = valuesByReplicate(vehR, pick);
  const s = valuesByReplicate(vehS, pick);
  const resistant = summariseReplicates(r, ctx.level);
  const sensitive = summariseReplicates(s, ctx.level);
  if (ctx.test !== 'linear-model') return { resistant, sensitive, resistantVsSensitive: legacyTest(ctx, r, s, what) };
  const g = fit && r.size > 0 && s.size > 0 ? modelBasal(fit, ctx.resistant, ctx.sensitive, time, ctx.level) : null;
  if (!g && r.size > 0 && s.size > 0) ctx.warnings.push({ code: 'not-estimable', message: m.notEstimable(what, ctx.target, ctx.resistant, ctx.sensitive) });
  return { resistant, sensitive, resistantVsSensitive: g ?? emptyGroup('linear-model', r.size, s.size) };
}

function legacyTest(ctx: TargetContext, r: ByReplicate, s: ByReplicate, what: string): GroupComparison {
  const outcome = replicateTest(r, s, ctx.level, ctx.test === 'paired' ? 'paired' : 'welch');
  if (outcome.unpaired > 0) ctx.warnings.push({ code: 'unpaired-replicates', message: m.unpairedReplicates(outcome.unpaired, what, ctx.target, ctx.resistant, ctx.sensitive) });
  if (outcome.tooFew) ctx.warnings.push({ code: 'too-few-replicates', message: m.tooFewForTest(what, ctx.target, ctx.resistant, ctx.sensitive, Math.min(r.size, s.size)) });
  return outcome.comparison;
}

function emptyGroup(test: TestName, nResistant: number, nSensitive: number): GroupComparison {
  return { log2Ratio: null, ciLow: null, ciHigh: null, test, se: null, t: null, df: null, p: null, pAdjusted: null, n: 0, nResistant, nSensitive };
}

function adjustAcrossPanel(family: GroupComparison[]): void {
  const adjusted = benjaminiHochberg(family.map((g) => g.p));
  family.forEach((g, i) => { g.pAdjusted = adjusted[i] ?? null; });
}

function flagsOf(lanes: readonly NormalizedLane[]): QualityFlagCode[] {
  return [...new Set(lanes.flatMap((l) => l.flags))].sort();
}

function dedupe(warnings: AnalysisWarning[]): AnalysisWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}
