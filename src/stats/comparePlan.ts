/**
 * The resistant-versus-sensitive comparison as units of work (compareModels.ts): one unit per pair,
 * planned here, run by `comparePair`, merged here in pair order. The single-threaded path
 * (`compareModels`) and the worker threads (parallel/) run the same three steps, so the results are
 * the same bytes whatever the number of threads.
 */
import type { AnalysisWarning } from '../errors.js';
import type { Lineage } from '../normalize/lineages.js';
import type { ConditionSummary, NormalizedData, NormalizedLane } from '../normalize/types.js';
import type { ModelPair } from '../settings.js';
import type { Comparison, Levels } from './comparisonTypes.js';

/** The test behind every resistant-versus-sensitive difference (`--test`). */
export type DifferenceTest = 'linear-model' | 'paired' | 'welch';

export interface ComparisonResult {
  comparisons: Comparison[];
  levels: Levels[];
  warnings: AnalysisWarning[];
}

/**
 * What every pair's comparison reads besides its own lanes: plain data, so that a worker thread
 * (parallel/) can run a pair as the main thread does.
 */
export interface CompareShared {
  targets: NormalizedData['design']['targets'];
  conditions: ConditionSummary[];
  /** The vehicle times of the whole design. */
  designVehicleTimes: (number | null)[];
  confidenceLevel: number;
  test: DifferenceTest;
}

/** One unit of the comparison: a pair and the lanes of its models (of every stage of its lineage), each model's in input order. */
export interface PairUnit {
  pair: ModelPair;
  /** The lineage the resistant model is a stage of: its parental and every stage; null when none. */
  members: readonly string[] | null;
  lanes: NormalizedLane[];
}

export interface ComparisonPlan {
  shared: CompareShared;
  units: PairUnit[];
}

/** The pairs of the design as units of work, in pair order. */
export function planComparisons(data: NormalizedData, confidenceLevel: number, test: DifferenceTest = 'linear-model', lineages: readonly Lineage[] = []): ComparisonPlan {
  const byLine = new Map<string, NormalizedLane[]>();
  for (const lane of data.lanes) pushTo(byLine, lane.line, lane);
  const designVehicleTimes = [...new Set(data.lanes.filter((l) => l.vehicle).map((l) => l.time_h))];
  const lineageOf = new Map(lineages.flatMap((g) => g.stages.map((s) => [s.line, [g.parental, ...g.stages.map((x) => x.line)]] as const)));
  const units = data.design.pairs.map((pair): PairUnit => {
    const members = lineageOf.get(pair.resistant) ?? null;
    const lines = [...new Set([pair.resistant, pair.sensitive, ...(members ?? [])])];
    return { pair, members, lanes: lines.flatMap((line) => byLine.get(line) ?? []) };
  });
  return { shared: { targets: data.design.targets, conditions: data.design.conditions, designVehicleTimes, confidenceLevel, test }, units };
}

/** The results of every pair, in pair order; each warning once. */
export function mergeComparisons(results: readonly ComparisonResult[]): ComparisonResult {
  return {
    comparisons: results.flatMap((r) => r.comparisons),
    levels: results.flatMap((r) => r.levels),
    warnings: dedupe(results.flatMap((r) => r.warnings)),
  };
}

export function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dedupe(warnings: AnalysisWarning[]): AnalysisWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}
