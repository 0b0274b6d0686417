/**
 * Follow-up arms: one arm against another in the same model, on one readout, from the same blocked
 * linear model as the resistant-versus-sensitive comparisons (every lane of the resistant model and
 * its sensitive partner for that target, blocked by replicate and membranes; modelContrasts.ts):
 *
 *   log2 f(arm) - log2 f(reference arm) = cell(line, arm) - cell(line, reference)
 *
 * Both arms are read against the same vehicle cell, so it cancels. The follow-ups always use this
 * model, also under `--test paired|welch` (the per-replicate tests have no arm-versus-arm form).
 */
import { groupKey } from '../groupKey.js';
import type { ConditionSummary, NormalizedLane } from '../normalize/types.js';
import type { GroupComparison } from './comparisonTypes.js';
import { lanesByLineAndTarget } from './laneGroups.js';
import { cellContrast, sharedBlocks, type LinearModelFit } from './linearModel.js';
import { drugCell, fitLanes, groupFromContrast } from './modelContrasts.js';

/** One arm-versus-arm question: in `readIn` (one of the pair), `arm` against `reference`, on `target`. */
export interface ArmDifferenceRequest {
  resistant: string;
  sensitive: string;
  readIn: string;
  target: string;
  arm: ConditionSummary;
  reference: ConditionSummary;
}

/**
 * The difference of each request (null where the model cannot estimate it: an arm not measured in
 * that model, or no block shared with the rest of the fit), in request order.
 */
export function armDifferences(lanes: readonly NormalizedLane[], requests: readonly ArmDifferenceRequest[], level: number): (GroupComparison | null)[] {
  if (requests.length === 0) return [];
  const byLineTarget = lanesByLineAndTarget(lanes);
  const fits = new Map<string, LinearModelFit | null>();
  return requests.map((r) => {
    const key = groupKey(r.resistant, r.sensitive, r.target);
    if (!fits.has(key)) {
      const pairLanes = [...(byLineTarget.get(groupKey(r.resistant, r.target)) ?? []), ...(byLineTarget.get(groupKey(r.sensitive, r.target)) ?? [])];
      fits.set(key, pairLanes.length > 0 ? fitLanes(pairLanes, (l) => l.phosphoTotalRatio) : null);
    }
    const fit = fits.get(key) ?? null;
    if (!fit) return null;
    const armCell = drugCell(r.readIn, r.arm);
    const referenceCell = drugCell(r.readIn, r.reference);
    const contrast = cellContrast(fit, new Map([[armCell, 1], [referenceCell, -1]]), level);
    if (!contrast) return null;
    const n = sharedBlocks(fit, [armCell, referenceCell]);
    const inResistant = r.readIn === r.resistant;
    return groupFromContrast(contrast, fit, inResistant ? n : 0, inResistant ? 0 : n);
  });
}
