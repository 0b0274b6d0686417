/**
 * Data at the boundary between `rules` and `report` for lineages: results.json `trajectories`
 * (docs/resistance-over-time.md documents every field). Present only when the input has a stage column.
 */
import type { Confidence, Mechanism } from './types.js';

export interface TrajectoryStage {
  line: string;
  /** Weeks on drug; null for a passage or stage order. */
  weeksOnDrug: number | null;
  /** Position in the lineage, 1 = the earliest stage (the parental is 0). */
  stage: number;
  /** The stage's own verdict, as in `verdicts`. */
  mechanism: Mechanism;
  drivers: string[];
  confidence: Confidence;
  replicates: number | null;
}

/** A call of the lineage: a mechanism and the stages that show it. */
export interface TrajectoryCall {
  mechanism: Mechanism;
  drivers: string[];
  weeksOnDrug: number | null;
  stage: number;
  line: string;
}

/** A run of consecutive confident calls of one mechanism, when the lineage changed mechanism. */
export interface TrajectoryChange {
  mechanism: Mechanism;
  drivers: string[];
  lines: string[];
  weeksOnDrug: (number | null)[];
  stages: number[];
}

export interface TrendEstimate {
  estimate: number;
  ciLow: number | null;
  ciHigh: number | null;
  p: number | null;
}

export interface TrajectoryTrend {
  target: string;
  /** The slope of the resistant-versus-parental difference of log2 f per week on drug (null for an order). */
  log2PerWeek: TrendEstimate | null;
  /** Per stage of a passage or stage order (null when weeks are known). */
  log2PerStage: TrendEstimate | null;
  /** Residual df of the lineage's model. */
  df: number;
  sentence: string;
}

export interface Trajectory {
  /** The stages' common name (KM12-LR), or `<parental> lineage`. */
  lineage: string;
  parental: string;
  treatment: string;
  dose_nM: number | null;
  time_h: number | null;
  /** `weeks` (weeks_on_drug, days_on_drug, time_on_drug) or `order` (passage, stage). */
  scale: 'weeks' | 'order';
  stages: TrajectoryStage[];
  /** The mechanism the last stage shows. */
  mechanism: Mechanism;
  drivers: string[];
  /** The first stage from which every later stage shows the last stage's mechanism at moderate or strong confidence. */
  emerged: TrajectoryCall | null;
  /** The first stage from which every later stage shows it strongly. */
  strongFrom: TrajectoryCall | null;
  /** Empty unless the confident calls name more than one mechanism along the lineage. */
  changes: TrajectoryChange[];
  trend: TrajectoryTrend | null;
  /** The first-screen line. */
  summary: string;
  nextSteps: string[];
}
