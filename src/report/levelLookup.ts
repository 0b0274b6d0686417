import { groupKey } from '../groupKey.js';
import type { Comparison, Levels } from '../stats/comparisonTypes.js';

/** The basal levels a comparison was read against (same model pair and target, at its vehicle time). */
export function levelLookup(levels: readonly Levels[]): (c: Comparison) => Levels | undefined {
  const byKey = new Map(levels.map((l) => [groupKey(l.line, l.versus, l.target, l.time_h), l]));
  return (c) => byKey.get(groupKey(c.line, c.versus, c.target, c.vehicleTime_h ?? c.time_h));
}
