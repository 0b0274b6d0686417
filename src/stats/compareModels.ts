/**
 * Resistant versus sensitive, per condition and target.
 *
 *   lanes -> 1. per resistant model, partner and target: one blocked linear model on log2
 *               phospho/total (and one on log2 total/loading control) over every lane of both models
 *               (drug lanes below detection read at their limit: censoredCells.ts), and one on log2
 *               phospho/loading control for the basal amount of phosphorylated protein
 *            2. per drug condition: each model's fraction of vehicle, the resistant-versus-sensitive
 *               difference of log2 f (the interaction), and the absolute output (resistant drug over
 *               sensitive vehicle), from the model's contrasts
 *            3. per vehicle time: the basal difference (phospho/total, total and phospho protein), once
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
import { fitLanes, modelAbsoluteOutput, modelBasal, modelFraction, modelInteraction, ratioFromContrast } from './modelContrasts.js';
import { boundSummary, cellKey, differenceWithBound, readCensored, type CensoredReading } from './censoredCells.js';
import { EMPTY_SUMMARY, replicateTest, summariseReplicates, valuesByReplicate, type ByReplicate } from './replicateTests.js';
import type { Comparison, GroupComparison, LevelComparison, Levels, RatioSummary, TestName } from './comparisonTypes.js';
import { appendAll } from '../arrays.js';
import type { Lineage } from '../normalize/lineages.js';
import { mergeComparisons, planComparisons, pushTo, type ComparisonResult, type CompareShared, type DifferenceTest, type PairUnit } from './comparePlan.js';

export type { ComparisonResult, DifferenceTest } from './comparePlan.js';

interface TargetContext {
  resistant: string;
  sensitive: string;
  target: string;
  level: number;
  test: DifferenceTest;
  warnings: AnalysisWarning[];
  censoring: CensoredReading;
}

/**
 * `lineages` (docs/resistance-over-time.md): a stage of a lineage is fitted in one model with the
 * parental and every other stage, so that all stages are compared on one residual variance.
 *
 * Planned, run one pair at a time and merged in pair order: the threaded path (parallel/) runs the
 * same three steps, so its results are the same bytes.
 */
export function compareModels(data: NormalizedData, confidenceLevel: number, test: DifferenceTest = 'linear-model', lineages: readonly Lineage[] = []): ComparisonResult {
  const plan = planComparisons(data, confidenceLevel, test, lineages);
  return mergeComparisons(plan.units.map((unit) => comparePair(plan.shared, unit)));
}

/** Steps 1-4 for one pair (its warnings not yet deduplicated: mergeComparisons does that). */
export function comparePair(shared: CompareShared, unit: PairUnit): ComparisonResult {
  const { confidenceLevel, test } = shared;
  const { pair, members } = unit;
  const warnings: AnalysisWarning[] = [];
  const comparisons: Comparison[] = [];
  const levels: Levels[] = [];
  const byLineTarget = lanesByLineAndTarget(unit.lanes);
  const designVehicleTimes = new Set(shared.designVehicleTimes);
  const perCondition = new Map<string, Comparison[]>();
  const perTime = new Map<string, Levels[]>();
  for (const target of shared.targets) {
    const lanesR = byLineTarget.get(groupKey(pair.resistant, target.protein)) ?? [];
    const lanesS = byLineTarget.get(groupKey(pair.sensitive, target.protein)) ?? [];
    if (lanesR.length === 0 && lanesS.length === 0) continue;
    const all = members ? members.flatMap((line) => byLineTarget.get(groupKey(line, target.protein)) ?? []) : [...lanesR, ...lanesS];
    const censoring = readCensored(all);
    const ctx: TargetContext = { resistant: pair.resistant, sensitive: pair.sensitive, target: target.protein, level: confidenceLevel, test, warnings, censoring };
    const bounded = (l: NormalizedLane) => !l.vehicle && censoring.cells.get(cellKey(l.line, l.treatment, l.dose_nM, l.time_h))?.all === true;
    const fitRatio = test === 'linear-model' ? fitLanes(all.filter((l) => !bounded(l)), (l) => censoring.ratioOf.get(l) ?? l.phosphoTotalRatio) : null;
    const fitTotal = test === 'linear-model' ? fitLanes(all, (l) => l.totalOverLoading) : null;
    // Phosphorylated protein over loading: the phospho/loading ratio itself where there is no total.
    const fitPhospho = test !== 'linear-model' || target.ratioBasis === 'total/loading' ? null
      : target.ratioBasis === 'phospho/loading' ? fitRatio : fitLanes(all.filter((l) => l.censoredAt === undefined), (l) => l.phosphoOverLoading);
    if (fitRatio && fitRatio.df === 0 && fitRatio.n > 0) warnings.push({ code: 'estimate-only', message: m.estimateOnly(target.protein, pair.resistant, pair.sensitive) });
    const vehicleTimesR = new Set(lanesR.filter((l) => l.vehicle).map((l) => l.time_h));
    const vehicleTimesS = new Set(lanesS.filter((l) => l.vehicle).map((l) => l.time_h));
    for (const condition of shared.conditions) {
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
        flagsRead: {
          resistant: ratioFlagsOf([...drugR, ...vehicleLanes.filter((l) => l.line === pair.resistant)]),
          sensitive: ratioFlagsOf([...drugS, ...vehicleLanes.filter((l) => l.line === pair.sensitive)]),
        },
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
        // Said nothing about: its gaps are those of the basal ratio and total protein, already warned.
        ...(target.ratioBasis === 'total/loading' ? {} : { phosphoProtein: levelComparison({ ...ctx, warnings: [] }, fitPhospho, time, vehR, vehS, (l) => l.phosphoOverLoading, 'phospho protein') }),
        flags: flagsOf([...vehR, ...vehS]),
        flagsRead: { basal: ratioFlagsOf([...vehR, ...vehS]), total: flagsOf([...vehR, ...vehS]), phospho: flagsOf([...vehR, ...vehS]) },
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
  return { comparisons, levels, warnings };
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
): Pick<Comparison, 'fractionOfVehicle' | 'sensitiveFractionOfVehicle' | 'resistantVsSensitive' | 'absoluteOutput'> {
  const fR = valuesByReplicate(drugR, fractionOf);
  const fS = valuesByReplicate(drugS, fractionOf);
  const cellOf = (line: string) => ctx.censoring.cells.get(cellKey(line, condition.treatment, condition.dose_nM, condition.time_h));
  const censored = (line: string): Pick<RatioSummary, 'censoredLanes' | 'upperBound'> => {
    const cell = cellOf(line);
    return cell ? { censoredLanes: cell.censored, ...(cell.all ? { upperBound: true } : {}) } : {};
  };
  const withCensoring = (summary: RatioSummary, line: string): RatioSummary => (summary.n > 0 ? { ...summary, ...censored(line) } : summary);
  if (ctx.test !== 'linear-model') {
    return {
      fractionOfVehicle: withCensoring(summariseReplicates(fR, ctx.level), ctx.resistant),
      sensitiveFractionOfVehicle: withCensoring(summariseReplicates(fS, ctx.level), ctx.sensitive),
      resistantVsSensitive: legacyTest(ctx, fR, fS, 'fraction of vehicle'),
      absoluteOutput: withCensoring(summariseReplicates(valuesByReplicate(drugR, (l) => l.ratioVsReference), ctx.level), ctx.resistant),
    };
  }
  const summary = (line: string, time: number | null | undefined, values: ByReplicate): RatioSummary => {
    if (!fit || time === undefined) return { ...EMPTY_SUMMARY };
    const cell = cellOf(line);
    if (cell?.all) return boundSummary(values, cell);
    const f = modelFraction(fit, line, condition, time, ctx.level);
    return f ? withCensoring(ratioFromContrast(f.contrast, f.n, log2SDOf(values)), line) : { ...EMPTY_SUMMARY };
  };
  const resistantBound = cellOf(ctx.resistant)?.all === true;
  const absolute = fit && timeS !== undefined && drugR.length > 0 && !resistantBound ? modelAbsoluteOutput(fit, ctx.resistant, ctx.sensitive, condition, timeS, ctx.level) : null;
  const fractionR = summary(ctx.resistant, timeR, fR);
  const fractionS = summary(ctx.sensitive, timeS, fS);
  if (resistantBound || cellOf(ctx.sensitive)?.all === true) {
    const cellR = cellOf(ctx.resistant);
    return {
      fractionOfVehicle: fractionR, sensitiveFractionOfVehicle: fractionS,
      resistantVsSensitive: differenceWithBound(fractionR, fractionS, ctx.level, fit?.n ?? 0) ?? emptyGroup('linear-model', fR.size, fS.size),
      absoluteOutput: absolute ? withCensoring(ratioFromContrast(absolute.contrast, absolute.n, null), ctx.resistant)
        : resistantBound && cellR ? boundSummary(valuesByReplicate(drugR, (l) => l.ratioVsReference), cellR) : { ...EMPTY_SUMMARY },
    };
  }
  const interaction = fit && timeR !== undefined && timeS !== undefined
    ? modelInteraction(fit, ctx.resistant, ctx.sensitive, condition, timeR, timeS, ctx.level) : null;
  if (!interaction && fit && timeR !== undefined && timeS !== undefined && drugR.length > 0 && drugS.length > 0) {
    ctx.warnings.push({ code: 'not-estimable', message: m.notEstimable('fraction of vehicle', ctx.target, ctx.resistant, ctx.sensitive) });
  }
  return {
    fractionOfVehicle: fractionR,
    sensitiveFractionOfVehicle: fractionS,
    resistantVsSensitive: interaction ?? emptyGroup('linear-model', fR.size, fS.size),
    absoluteOutput: absolute ? withCensoring(ratioFromContrast(absolute.contrast, absolute.n, null), ctx.resistant) : { ...EMPTY_SUMMARY },
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

/** A ratio formed within one lane (phospho and total on the same membrane lane) does not read the loading control: its drift does not touch it. */
const withinLane = (l: NormalizedLane): boolean => l.ratioBasis === 'phospho/total' && l.totalMembrane === l.membrane && l.totalLane === l.lane;

/** The flags a phospho/total readout reads. */
function ratioFlagsOf(lanes: readonly NormalizedLane[]): QualityFlagCode[] {
  return [...new Set(lanes.flatMap((l) => (withinLane(l) ? l.flags.filter((f) => f !== 'loading-drift') : l.flags)))].sort();
}
