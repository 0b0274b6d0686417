/**
 * Comparison records written by hand, for unit tests of the rule engine without the pipeline:
 * every number is stated, nothing is computed.
 */
import type { Comparison, GroupComparison, Levels, RatioSummary } from '../../src/stats/comparisonTypes.js';

/** [estimate, ciLow, ciHigh, n] */
export type Summary = readonly [number, number | null, number | null, number];
/** [log2Ratio, p, n] (paired) */
export type Difference = readonly [number, number | null, number];

export function summary([estimate, ciLow, ciHigh, n]: Summary): RatioSummary {
  return { estimate, ciLow, ciHigh, n, log2Mean: Math.log2(estimate), log2SD: null, se: null, df: null };
}

export function difference([log2Ratio, p, n]: Difference): GroupComparison {
  return { log2Ratio, ciLow: null, ciHigh: null, test: 'paired-t', se: null, t: null, df: n - 1, p, pAdjusted: p, n, nResistant: n, nSensitive: n };
}

const NONE: Difference = [0, 0.9, 3];

export interface HandMade {
  target: string;
  fR: Summary;
  fS?: Summary;
  diff?: Difference;
  basal?: Difference;
  total?: Difference;
  /** Basal phospho over loading (how much phosphorylated protein); default none. */
  phospho?: Difference;
  flags?: Comparison['flags'];
  time_h?: number;
  /** The absolute output (resistant drug over sensitive vehicle); default: fR (equal basal levels). */
  abs?: Summary;
  /** Flags of the lanes each model's f reads; default: none read. */
  flagsRead?: Comparison['flagsRead'];
}

export function comparison(h: HandMade): Comparison {
  return {
    line: 'R1', versus: 'S1', treatment: 'drug', dose_nM: 10, time_h: h.time_h ?? 2, vehicleTime_h: h.time_h ?? 2,
    target: h.target, ratioBasis: 'phospho/total',
    fractionOfVehicle: summary(h.fR),
    sensitiveFractionOfVehicle: summary(h.fS ?? [0.08, 0.06, 0.1, 3]),
    resistantVsSensitive: difference(h.diff ?? NONE),
    absoluteOutput: summary(h.abs ?? h.fR),
    flags: h.flags ?? [],
    ...(h.flagsRead ? { flagsRead: h.flagsRead } : {}),
  };
}

/** The basal levels of a hand-made target, at its vehicle time. */
export function levels(h: HandMade): Levels {
  const level = (d: Difference) => ({ resistant: summary([1, null, null, d[2]]), sensitive: summary([1, null, null, d[2]]), resistantVsSensitive: difference(d) });
  return {
    line: 'R1', versus: 'S1', time_h: h.time_h ?? 2, target: h.target, ratioBasis: 'phospho/total',
    basal: level(h.basal ?? NONE), totalProtein: level(h.total ?? NONE), phosphoProtein: level(h.phospho ?? NONE), flags: [],
  };
}
