/**
 * The quality flags of the lanes a rule's leaf reads (README "How the verdict is reached",
 * confidence): a model's own f reads its drug and vehicle lanes, the absolute output and a difference
 * of f both models', a basal level the vehicle lanes of its measure. Comparisons without `flagsRead`
 * (written by hand, or by an older release) fall back to every flag of the comparison.
 */
import type { QualityFlagCode } from '../normalize/types.js';
import type { Comparison, Levels } from '../stats/comparisonTypes.js';
import type { DifferenceMeasure, FractionRole } from './ruleSetTypes.js';

export function flagsReadBy(c: Comparison | undefined, levels: Levels | undefined, role: FractionRole, measure: DifferenceMeasure | null): QualityFlagCode[] {
  if (measure !== null && measure !== 'fraction') {
    return levels?.flagsRead?.[measure === 'basal' ? 'basal' : measure === 'total' ? 'total' : 'phospho'] ?? levels?.flags ?? [];
  }
  if (!c) return [];
  if (!c.flagsRead) return c.flags;
  if (measure === 'fraction' || role === 'absolute') return [...c.flagsRead.resistant, ...c.flagsRead.sensitive];
  return role === 'resistant' ? c.flagsRead.resistant : c.flagsRead.sensitive;
}
