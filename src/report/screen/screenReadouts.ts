/**
 * The key numbers of every verdict of a screen: the resistant model's fraction of vehicle for each
 * target of the panel, at the condition where the verdict was read (its reading dose of a dose
 * series, its reading time of a time course). Shared by the overview table and its heat map.
 */
import type { Results } from '../../results.js';
import type { Verdict } from '../../rules/types.js';
import type { Comparison } from '../../stats/comparisonTypes.js';

export interface VerdictReadouts {
  verdict: Verdict;
  /** The condition label the numbers were read at. */
  dose_nM: number | null;
  time_h: number | null;
  /** Fraction of vehicle of the resistant model per target (panel order); null where not measured. */
  fractions: (number | null)[];
}

const key = (line: string, versus: string, treatment: string, dose: number | null, time: number | null, target: string) =>
  JSON.stringify([line, versus, treatment, dose, time, target]);

export function verdictReadouts(results: Pick<Results, 'comparisons' | 'design'>, verdicts: readonly Verdict[]): VerdictReadouts[] {
  const byKey = new Map<string, Comparison>();
  for (const c of results.comparisons) byKey.set(key(c.line, c.versus, c.treatment, c.dose_nM, c.time_h, c.target), c);
  const targets = results.design.targets.map((t) => t.protein);
  return verdicts.map((verdict) => {
    const dose_nM = verdict.dose_nM ?? verdict.readingDose_nM ?? null;
    const time_h = verdict.time_h ?? verdict.readingTime_h ?? null;
    const fractions = targets.map((target) => byKey.get(key(verdict.line, verdict.versus, verdict.treatment, dose_nM, time_h, target))?.fractionOfVehicle.estimate ?? null);
    return { verdict, dose_nM, time_h, fractions };
  });
}
