/**
 * Data at the boundary between `stats` and `rules`: per resistant model, condition and target,
 * how the resistant model compares with its sensitive partner; and per resistant model, vehicle
 * time and target, how their basal levels compare. Field names are part of the results.json
 * contract (schemaVersion 2).
 */
import type { QualityFlagCode, RatioBasis } from '../normalize/types.js';

/** How a difference was tested: the blocked linear model (default), or the per-replicate t-tests of `--test paired|welch`. */
export type TestName = 'linear-model' | 'paired-t' | 'welch-t';

/**
 * A ratio on the linear scale with its confidence interval (computed on log2). Under the linear
 * model the estimate and interval are the model's contrast (residual df shared by both models and
 * every condition of the target); under `--test paired|welch`, the geometric mean of per-replicate
 * ratios with a t interval on n - 1 df.
 */
export interface RatioSummary {
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Biological replicates behind the estimate (blocks in which both of its lanes were measured). */
  n: number;
  log2Mean: number | null;
  /** Sample SD of the per-replicate log2 ratios (descriptive; null with fewer than 2). */
  log2SD: number | null;
  /** Standard error of log2Mean and the df of its interval (the model's residual df, or n - 1). */
  se: number | null;
  df: number | null;
  /** Linear model only: `pooled` (one residual variance) or `per-model` (GLS, Satterthwaite df); docs/per-model-variance.md. */
  variance?: 'pooled' | 'per-model';
}

/** Resistant versus sensitive on log2 values. */
export interface GroupComparison {
  /** Estimated log2(resistant / sensitive). */
  log2Ratio: number | null;
  /** Confidence interval of log2Ratio. */
  ciLow: number | null;
  ciHigh: number | null;
  test: TestName;
  se: number | null;
  t: number | null;
  /** Residual df of the linear model; n - 1 (paired) or Welch-Satterthwaite df. */
  df: number | null;
  /** Two-sided p value of this one contrast, unadjusted: the rules adjust within their own families. */
  p: number | null;
  /** Benjamini-Hochberg across the targets of the panel (exploration only; the verdicts do not read it). */
  pAdjusted: number | null;
  /** Linear model: lanes in the fit; paired-t: pairs; welch-t: values in both groups together. */
  n: number;
  /** Replicates of each model behind the contrast. */
  nResistant: number;
  nSensitive: number;
  /** Linear model only: `pooled` (one residual variance) or `per-model` (GLS, Satterthwaite df); docs/per-model-variance.md. */
  variance?: 'pooled' | 'per-model';
  /** With per-model variances: each model's REML residual SD (log2) and residual df. */
  residualSD?: { line: string; sd: number; df: number }[];
}

/** A level measured in vehicle lanes (basal phospho/total, or total protein over loading control). */
export interface LevelComparison {
  /** Geometric mean of the model's per-replicate vehicle values (descriptive). */
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
  /** Time of the vehicle lanes this condition is read against (null when none matched). */
  vehicleTime_h: number | null;
  /** Protein: TRK, ERK, ... */
  target: string;
  ratioBasis: RatioBasis;
  /** f = ratio(drug) / ratio(vehicle) in the resistant model. */
  fractionOfVehicle: RatioSummary;
  sensitiveFractionOfVehicle: RatioSummary;
  /** log2 f resistant versus log2 f sensitive (the model x condition interaction). */
  resistantVsSensitive: GroupComparison;
  /** Quality flags on any lane that fed this comparison. */
  flags: QualityFlagCode[];
}

/** Basal levels of one resistant model versus its partner at one vehicle time: results.json `levels`. */
export interface Levels {
  line: string;
  versus: string;
  /** Time of the vehicle lanes (null when the design has no times). */
  time_h: number | null;
  target: string;
  ratioBasis: RatioBasis;
  /** Vehicle-lane phospho/total ratio, resistant versus sensitive. */
  basal: LevelComparison;
  /** Vehicle-lane total protein over loading control, resistant versus sensitive. */
  totalProtein: LevelComparison;
  flags: QualityFlagCode[];
}
