/**
 * The residual spread of a pilot experiment, per resistant model, partner and target: the SD of
 * log2 phospho/total that the blocked linear model leaves unexplained (compareModels' model), with
 * its df, the replicates and the cells per model of the design. Feeds `blotbypass power`.
 */
import { lanesByLineAndTarget } from './laneGroups.js';
import type { NormalizedData } from '../normalize/types.js';
import { groupKey } from '../groupKey.js';
import { fitLanes } from './modelContrasts.js';

export interface PilotVariance {
  line: string;
  versus: string;
  target: string;
  /** Residual SD of log2 ratios; null when the pilot has no residual df. */
  sigma: number | null;
  df: number;
  /** Biological replicates (blocks) in the pilot. */
  replicates: number;
  /** Cells per model: vehicle time points plus drug conditions. */
  conditions: number;
}

export function pilotVariance(data: NormalizedData): PilotVariance[] {
  const byLineTarget = lanesByLineAndTarget(data.lanes);
  const out: PilotVariance[] = [];
  for (const pair of data.design.pairs) {
    for (const target of data.design.targets) {
      const lanes = [pair.resistant, pair.sensitive].flatMap((line) => byLineTarget.get(groupKey(line, target.protein)) ?? []);
      const fit = fitLanes(lanes, (l) => l.phosphoTotalRatio);
      if (!fit) continue;
      const blocks = new Set([...fit.cellBlocks.values()].flatMap((b) => [...b]));
      out.push({
        line: pair.resistant, versus: pair.sensitive, target: target.protein, sigma: fit.sigma, df: fit.df,
        replicates: blocks.size, conditions: Math.max(2, Math.round(fit.cells.length / 2)),
      });
    }
  }
  return out;
}
