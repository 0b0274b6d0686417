/**
 * Data at the boundary between `stats` and `rules`: per resistant model, condition and target,
 * how the resistant model compares with its sensitive partner. Field names are part of the
 * results.json contract (schemaVersion 1).
 */
import type { QualityFlagCode, RatioBasis } from '../normalize/types.js';

/** A geometric mean of per-replicate ratios with its t-based confidence interval (computed on log2). */
export interface RatioSummary {
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  log2Mean: number | null;
  log2SD: number | null;
}

/** Resistant versus sensitive on log2 values: paired by replicate when the models share replicates, Welch otherwise. */
export interface GroupComparison {
  /** Mean log2(resistant / sensitive). */
  log2Ratio: number | null;
  /** Confidence interval of log2Ratio. */
  ciLow: number | null;
  ciHigh: number | null;
  test: 'paired-t' | 'welch-t';
  t: number | null;
  df: number | null;
  p: number | null;
  /** Benjamini-Hochberg across the targets of the same model and condition. */
  pAdjusted: number | null;
  /** Pairs (paired-t) or values in both groups together (welch-t). */
  n: number;
  nResistant: number;
  nSensitive: number;
}

/** A level measured in vehicle lanes (basal phospho/total, or total protein over loading control). */
export interface LevelComparison {
  resistant: RatioSummary;
  sensitive: RatioSummary;
  resistantVsSensitive: GroupComparison;
}

export interface Comparison {
  /** The resistant model. */
  line: string;
  /** Its sensitive partner. */
  versus: string;
  treatment: string;
  dose_nM: number | null;
  time_h: number | null;
  /** Protein: TRK, ERK, ... */
  target: string;
  ratioBasis: RatioBasis;
  /** f = ratio(drug) / ratio(vehicle) in the resistant model, per replicate, summarised. */
  fractionOfVehicle: RatioSummary;
  sensitiveFractionOfVehicle: RatioSummary;
  /** log2 f resistant versus log2 f sensitive. */
  resistantVsSensitive: GroupComparison;
  /** Vehicle-lane phospho/total ratio, resistant versus sensitive. */
  basal: LevelComparison;
  /** Vehicle-lane total protein over loading control, resistant versus sensitive. */
  totalProtein: LevelComparison;
  /** Quality flags on any lane that fed this comparison. */
  flags: QualityFlagCode[];
}
