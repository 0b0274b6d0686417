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
  /** The ratio on the linear scale (2^log2Mean): a fraction of vehicle, a vehicle level or an absolute output, as the field holding it says; null when not estimable. */
  estimate: number | null;
  /** Lower bound of the confidence interval at `settings.confidenceLevel`, on the ratio's scale; null when not estimable. */
  ciLow: number | null;
  /** Upper bound of the same interval, on the ratio's scale; null when not estimable. */
  ciHigh: number | null;
  /** Biological replicates behind the estimate (blocks in which both of its lanes were measured). */
  n: number;
  /** log2 of `estimate` (the model's contrast, or the mean of the per-replicate log2 ratios); null when not estimable. */
  log2Mean: number | null;
  /** Sample SD of the per-replicate log2 ratios (descriptive; null with fewer than 2). */
  log2SD: number | null;
  /** Standard error of log2Mean and the df of its interval (the model's residual df, or n - 1). */
  se: number | null;
  /** Degrees of freedom of the interval; null when not estimable. */
  df: number | null;
  /** Linear model only: `pooled` (one residual variance) or `per-model` (GLS, Satterthwaite df); docs/per-model-variance.md. */
  variance?: 'pooled' | 'per-model';
  /** Drug lanes behind the estimate that were read at their detection limit (normalize `censoredAt`); absent when none. */
  censoredLanes?: number;
  /** True when every drug lane behind the estimate was below detection: the estimate is an upper bound (f <= estimate). */
  upperBound?: boolean;
}

/** Quality flags of the lanes one readout reads (`loading-drift` left out where a ratio is formed within one lane). */
export interface FlagsRead {
  /** Flags of the resistant model's drug lanes and their vehicle lanes; empty when clean. */
  resistant: QualityFlagCode[];
  /** Flags of the sensitive partner's drug lanes and their vehicle lanes; empty when clean. */
  sensitive: QualityFlagCode[];
}

/** Resistant versus sensitive on log2 values. */
export interface GroupComparison {
  /** Estimated log2(resistant / sensitive). */
  log2Ratio: number | null;
  /** Confidence interval of log2Ratio. */
  ciLow: number | null;
  /** Upper bound of that interval (at `settings.confidenceLevel`), on log2; null when not estimable. */
  ciHigh: number | null;
  /** `linear-model` (the blocked linear model, default), `paired-t` (--test paired) or `welch-t` (--test welch). */
  test: TestName;
  /** Standard error of log2Ratio; null when not estimable. */
  se: number | null;
  /** t statistic of log2Ratio against 0; null when not estimable. */
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
  /** Replicates behind the sensitive model's value. */
  nSensitive: number;
  /** Linear model only: `pooled` (one residual variance) or `per-model` (GLS, Satterthwaite df); docs/per-model-variance.md. */
  variance?: 'pooled' | 'per-model';
  /** With per-model variances: each model's REML residual SD (log2) and residual df. */
  residualSD?: {
    /** The model (cell line). */
    line: string;
    /** Its REML residual SD, on log2. */
    sd: number;
    /** Its residual degrees of freedom. */
    df: number;
  }[];
}

/** A level measured in vehicle lanes (basal phospho/total, or total protein over loading control). */
export interface LevelComparison {
  /** Geometric mean of the model's per-replicate vehicle values (descriptive). */
  resistant: RatioSummary;
  /** Geometric mean of the sensitive partner's per-replicate vehicle values (descriptive). */
  sensitive: RatioSummary;
  /** log2 of resistant / sensitive vehicle values, from the model's contrast. */
  resistantVsSensitive: GroupComparison;
}

export interface Comparison {
  /** The resistant model. */
  line: string;
  /** Its sensitive partner. */
  versus: string;
  /** The drug as written in the input. */
  treatment: string;
  /** Dose in nM; null when the input gives none. */
  dose_nM: number | null;
  /** Time on drug in hours; null when the input gives none. */
  time_h: number | null;
  /** Time of the vehicle lanes this condition is read against (null when none matched). */
  vehicleTime_h: number | null;
  /** Protein: TRK, ERK, ... */
  target: string;
  /** How the ratio was formed: `phospho/total`, `phospho/loading` or `total/loading`. */
  ratioBasis: RatioBasis;
  /** f = ratio(drug) / ratio(vehicle) in the resistant model. */
  fractionOfVehicle: RatioSummary;
  /** f = ratio(drug) / ratio(vehicle) in the sensitive partner. */
  sensitiveFractionOfVehicle: RatioSummary;
  /** log2 f resistant versus log2 f sensitive (the model x condition interaction). */
  resistantVsSensitive: GroupComparison;
  /** Quality flags on any lane that fed this comparison. */
  flags: QualityFlagCode[];
  /**
   * Absolute output: the resistant model's phospho/total under the drug over the sensitive model's
   * vehicle (the same blocked model: basal difference + log2 f of the resistant model). Near 1 the
   * pathway runs under the drug as in the untreated sensitive line; far below, a sustained f does not
   * mean a sustained output.
   */
  absoluteOutput?: RatioSummary;
  /** Flags of the lanes each model's fraction of vehicle reads (drug lanes and their vehicle). */
  flagsRead?: FlagsRead;
}

/** Basal levels of one resistant model versus its partner at one vehicle time: results.json `levels`. */
export interface Levels {
  /** The resistant model. */
  line: string;
  /** Its sensitive partner. */
  versus: string;
  /** Time of the vehicle lanes (null when the design has no times). */
  time_h: number | null;
  /** The protein (TRK, ERK, ...). */
  target: string;
  /** How the basal ratio was formed: `phospho/total`, `phospho/loading` or `total/loading`. */
  ratioBasis: RatioBasis;
  /** Vehicle-lane phospho/total ratio, resistant versus sensitive. */
  basal: LevelComparison;
  /** Vehicle-lane total protein over loading control, resistant versus sensitive. */
  totalProtein: LevelComparison;
  /** Vehicle-lane phospho over loading control (how much phosphorylated protein), resistant versus sensitive; absent for total-only proteins. */
  phosphoProtein?: LevelComparison;
  /** Quality flags on any vehicle lane that fed these levels; empty when clean. */
  flags: QualityFlagCode[];
  /** Flags of the vehicle lanes each measure reads. */
  flagsRead?: {
    /** Flags of both models' vehicle lanes as the basal ratio reads them (`loading-drift` left out for a ratio formed within one lane). */
    basal: QualityFlagCode[];
    /** Flags of both models' vehicle lanes, for the total protein level. */
    total: QualityFlagCode[];
    /** Flags of both models' vehicle lanes, for the phospho protein level. */
    phospho: QualityFlagCode[];
  };
}
