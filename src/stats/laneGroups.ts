/** Lanes grouped for the statistics: built once per analysis, looked up per model and target. */
import { groupKey } from '../groupKey.js';
import type { NormalizedLane } from '../normalize/types.js';

/** The lanes of each model and target, in input order; look up with `groupKey(line, target)`. */
export function lanesByLineAndTarget(lanes: readonly NormalizedLane[]): Map<string, NormalizedLane[]> {
  const byLineTarget = new Map<string, NormalizedLane[]>();
  for (const lane of lanes) {
    const key = groupKey(lane.line, lane.target);
    const list = byLineTarget.get(key);
    if (list) list.push(lane);
    else byLineTarget.set(key, [lane]);
  }
  return byLineTarget;
}
