/**
 * The trend of a lineage (docs/resistance-over-time.md): does the escape from the drug grow with time
 * on it?
 *
 *   lanes of the parental and every stage, one target -> 1. one blocked linear model
 *   (`fitLanes`, as for the pairs: `log2 ratio ~ block + cell`) -> 2. per drug condition, the linear
 *   trend contrast of log2 f across the lineage: sum_k c_k (drug_k - vehicle_k), with
 *   c_k = (x_k - mean x) / sum (x_j - mean x)^2
 *
 * x_k is weeks on drug (the parental at 0) when the stage column gives time, and the stage's position
 * (parental 0, then 1, 2, ...) for a passage or stage order. The weights sum to zero, so the contrast
 * is the least-squares slope of the resistant-versus-parental difference of log2 f against x, the
 * parental's own difference (0) at x = 0 included: log2 of the fold change of escape per week (or
 * per stage), on the residual variance of the whole lineage. Equivalent R: `emmeans(lm(y ~ block +
 * cell), ~ cell)` and `contrast(..., list(trend = c_k on drug cells, -c_k on vehicle cells))`.
 *
 * Why weeks and not stage order when weeks are known: stages are rarely evenly spaced (2, 4, 8, 16
 * weeks), and a slope per stage would count 2 -> 4 weeks like 8 -> 16; per week it means the same in
 * every lab, and "x-fold per 4 weeks" is what a plan of when to act needs.
 */
import { groupKey } from '../groupKey.js';
import type { Lineage } from '../normalize/lineages.js';
import type { ConditionSummary, NormalizedData, NormalizedLane } from '../normalize/types.js';
import { lanesByLineAndTarget } from './laneGroups.js';
import { cellContrast, type ContrastEstimate, type LinearModelFit } from './linearModel.js';
import { drugCell, fitLanes, vehicleCell } from './modelContrasts.js';

export interface LineageTrend {
  lineage: string;
  target: string;
  treatment: string;
  dose_nM: number | null;
  time_h: number | null;
  /** `weeks`: log2 per week on drug; `order`: log2 per stage. */
  scale: Lineage['scale'];
  /** The lines whose log2 f entered the contrast (the parental first), and their x. */
  lines: string[];
  x: number[];
  slope: ContrastEstimate;
}

/** Every lineage x target x drug condition with at least the parental and one stage measured. */
export function lineageTrends(data: NormalizedData, lineages: readonly Lineage[], level: number): LineageTrend[] {
  if (lineages.length === 0) return [];
  const byLineTarget = lanesByLineAndTarget(data.lanes);
  const trends: LineageTrend[] = [];
  for (const lineage of lineages) {
    const members = [
      { line: lineage.parental, x: 0 },
      ...lineage.stages.map((s, i) => ({ line: s.line, x: lineage.scale === 'weeks' ? s.value : i + 1 })),
    ];
    for (const target of data.design.targets) {
      const lanes = members.flatMap((m) => byLineTarget.get(groupKey(m.line, target.protein)) ?? []);
      const fit = fitLanes(lanes, (l) => l.phosphoTotalRatio);
      if (!fit) continue;
      for (const condition of data.design.conditions) {
        const present = members
          .map((m) => ({ ...m, cells: fractionCells(fit, lanes, m.line, condition) }))
          .filter((m): m is typeof m & { cells: [string, string] } => m.cells !== null);
        if (present.length < 2 || present[0]!.line !== lineage.parental) continue;
        const slope = trendContrast(fit, present, level);
        if (!slope) continue;
        trends.push({
          lineage: lineage.name, target: target.protein, treatment: condition.treatment, dose_nM: condition.dose_nM, time_h: condition.time_h,
          scale: lineage.scale, lines: present.map((m) => m.line), x: present.map((m) => m.x), slope,
        });
      }
    }
  }
  return trends;
}

/** The trend weights c_k = (x_k - mean x) / sum (x_j - mean x)^2; null when every x is equal. */
export function trendWeights(x: readonly number[]): number[] | null {
  if (x.length < 2) return null;
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const ss = x.reduce((a, b) => a + (b - mean) ** 2, 0);
  return ss > 0 ? x.map((v) => (v - mean) / ss) : null;
}

function trendContrast(fit: LinearModelFit, members: readonly { x: number; cells: [string, string] }[], level: number): ContrastEstimate | null {
  const c = trendWeights(members.map((m) => m.x));
  if (!c) return null;
  const weights = new Map<string, number>();
  members.forEach((m, k) => {
    weights.set(m.cells[0], (weights.get(m.cells[0]) ?? 0) + c[k]!);
    weights.set(m.cells[1], (weights.get(m.cells[1]) ?? 0) - c[k]!);
  });
  return cellContrast(fit, weights, level);
}

/**
 * A line's drug cell at the condition and its vehicle cell: at the same time when the line has
 * vehicle lanes then, else its one vehicle time (as compareModels matches them); null when absent.
 */
function fractionCells(fit: LinearModelFit, lanes: readonly NormalizedLane[], line: string, condition: ConditionSummary): [string, string] | null {
  const drug = drugCell(line, condition);
  if (!fit.cellColumn.has(drug)) return null;
  const times = new Set(lanes.filter((l) => l.line === line && l.vehicle).map((l) => l.time_h));
  const time = times.has(condition.time_h) ? condition.time_h : times.size === 1 ? [...times][0]! : undefined;
  if (time === undefined) return null;
  const vehicle = vehicleCell(line, time);
  return fit.cellColumn.has(vehicle) ? [drug, vehicle] : null;
}
