/**
 * Data at the boundary between `rules` and `report` for lineages: results.json `trajectories`
 * (docs/resistance-over-time.md documents every field). Present only when the input has a stage column.
 */
import type { Confidence, Mechanism } from './types.js';

export interface TrajectoryStage {
  /** The stage's population (resistant model) as named in the input. */
  line: string;
  /** Weeks on drug; null for a passage or stage order. */
  weeksOnDrug: number | null;
  /** Position in the lineage, 1 = the earliest stage (the parental is 0). */
  stage: number;
  /** The stage's own verdict, as in `verdicts`. */
  mechanism: Mechanism;
  /** The targets that drive the stage's verdict (e.g. ERK), as in `verdicts[].drivers`. */
  drivers: string[];
  /** The stage verdict's confidence: `strong`, `moderate` or `provisional`. */
  confidence: Confidence;
  /** Replicates behind the stage's verdict; null when the verdict does not state them. */
  replicates: number | null;
}

/** A call of the lineage: a mechanism and the stages that show it. */
export interface TrajectoryCall {
  /** The mechanism called (a code of `verdicts[].mechanism`). */
  mechanism: Mechanism;
  /** The targets that drive it, as in `verdicts[].drivers`. */
  drivers: string[];
  /** Weeks on drug of the stage; null for a passage or stage order. */
  weeksOnDrug: number | null;
  /** Position of the stage in the lineage, 1 = the earliest. */
  stage: number;
  /** The stage's population as named in the input. */
  line: string;
}

/** A run of consecutive confident calls of one mechanism, when the lineage changed mechanism. */
export interface TrajectoryChange {
  /** The mechanism of this run of stages (a code of `verdicts[].mechanism`). */
  mechanism: Mechanism;
  /** The targets that drive it, as in `verdicts[].drivers`. */
  drivers: string[];
  /** The populations of the run's stages, in stage order. */
  lines: string[];
  /** Weeks on drug of each of those stages; null entries for a passage or stage order. */
  weeksOnDrug: (number | null)[];
  /** Positions of those stages in the lineage (1 = the earliest). */
  stages: number[];
}

export interface TrendEstimate {
  /** The slope, in log2 units of the resistant-versus-parental difference of log2 fraction of vehicle per week (or per stage); 2^(4 x estimate) is the fold change per 4 weeks. */
  estimate: number;
  /** Lower bound of the slope's confidence interval at `settings.confidenceLevel`, on log2; null when not estimable. */
  ciLow: number | null;
  /** Upper bound of the same interval, on log2; null when not estimable. */
  ciHigh: number | null;
  /** Two-sided p-value of the slope against 0 (t test on the lineage model's residual df); null when not estimable. */
  p: number | null;
}

export interface TrajectoryTrend {
  /** The readout the trend is of (the protein the mechanism names: TRK, ERK, AKT or the receptor; ERK when nothing is called). */
  target: string;
  /** The slope of the resistant-versus-parental difference of log2 f per week on drug (null for an order). */
  log2PerWeek: TrendEstimate | null;
  /** Per stage of a passage or stage order (null when weeks are known). */
  log2PerStage: TrendEstimate | null;
  /** Residual df of the lineage's model. */
  df: number;
  /** The trend in one sentence: grows, shrinks, or no detectable trend. */
  sentence: string;
}

export interface Trajectory {
  /** The stages' common name (KM12-LR), or `<parental> lineage`. */
  lineage: string;
  /** The lineage's parental (sensitive) model, stage 0. */
  parental: string;
  /** The drug, as in the stages' verdicts. */
  treatment: string;
  /** Dose in nM, as in the stages' verdicts; null for a dose series or when none is given. */
  dose_nM: number | null;
  /** Time on drug in hours, as in the stages' verdicts; null for a time course or when none is given. */
  time_h: number | null;
  /** `weeks` (weeks_on_drug, days_on_drug, time_on_drug) or `order` (passage, stage). */
  scale: 'weeks' | 'order';
  /** Every stage of the lineage with its own verdict, in stage order. */
  stages: TrajectoryStage[];
  /** The mechanism the last stage shows. */
  mechanism: Mechanism;
  /** The targets that drive the last stage's verdict. */
  drivers: string[];
  /** The first stage from which every later stage shows the last stage's mechanism at moderate or strong confidence. */
  emerged: TrajectoryCall | null;
  /** The first stage from which every later stage shows it strongly. */
  strongFrom: TrajectoryCall | null;
  /** Empty unless the confident calls name more than one mechanism along the lineage. */
  changes: TrajectoryChange[];
  /** The trend of the mechanism's readout over the stages; null when not estimable. */
  trend: TrajectoryTrend | null;
  /** The first-screen line. */
  summary: string;
  /** Where to sequence and when to act, or what to profile next. */
  nextSteps: string[];
}
