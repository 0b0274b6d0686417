/**
 * Data at the boundary between `normalize` and `stats`: one record per sample and protein, with
 * every normalised value, and the loading-control table for the quality panel.
 */
import type { AnalysisWarning } from '../errors.js';
import type { Band, Status } from '../load/types.js';
import type { ModelPair } from '../settings.js';

export type QualityFlagCode =
  | 'saturated' | 'non-positive' | 'missing-signal' | 'loading-drift' | 'weak-reference'
  | 'missing-total' | 'missing-phospho' | 'no-loading-control' | 'no-vehicle'
  | 'below-detection' | 'loading-unusable' | 'saturated-loading' | 'no-total' | 'vehicle-other-time';

/** Every quality flag, for rules files and documentation. */
export const QUALITY_FLAGS: readonly QualityFlagCode[] = [
  'saturated', 'non-positive', 'missing-signal', 'loading-drift', 'weak-reference', 'missing-total', 'missing-phospho',
  'no-loading-control', 'no-vehicle', 'below-detection', 'loading-unusable', 'saturated-loading', 'no-total', 'vehicle-other-time',
];

/** The design shared by every lane of one sample: the design fields of a band. */
export type SampleDesign = Pick<Band, 'line' | 'status' | 'treatment' | 'vehicle' | 'dose_nM' | 'time_h' | 'replicate'>;

/** How `phosphoTotalRatio` was formed for a protein. `phospho/loading` is the fallback when no total was measured at all. */
export type RatioBasis = 'phospho/total' | 'phospho/loading' | 'total/loading';

/** One sample x one protein: the row of normalized.csv. */
export interface NormalizedLane extends SampleDesign {
  /** Membrane and lane of the phospho band (or of the total band when there is no phospho band). */
  membrane: string;
  lane: string;
  /** Canonical protein: TRK, ERK, ... */
  target: string;
  phosphoLabel: string | null;
  totalLabel: string | null;
  phospho: number | null;
  total: number | null;
  totalMembrane: string | null;
  totalLane: string | null;
  /** Loading-control protein used on the phospho band's membrane. */
  loadingControl: string | null;
  /** Loading-control signal in the phospho band's lane and in the total band's lane. */
  phosphoLaneLoading: number | null;
  totalLaneLoading: number | null;
  phosphoOverLoading: number | null;
  totalOverLoading: number | null;
  ratioBasis: RatioBasis;
  /** phospho/total (or the fallback named by ratioBasis). */
  phosphoTotalRatio: number | null;
  /** ratio / ratio of the vehicle lane of the same model and replicate (1 for the vehicle itself). */
  fractionOfVehicle: number | null;
  /** ratio / ratio of the reference lane: the sensitive partner's vehicle in the same replicate. */
  ratioVsReference: number | null;
  flags: QualityFlagCode[];
  /**
   * A phospho band under drug at or below zero (flag `below-detection`): the detection limit its
   * ratio was read at, and where that limit came from. The lane's ratio is an upper bound.
   */
  censoredAt?: CensoredAt;
}

/** The detection limit a censored band is read at (normalize/phosphoTotal.ts). */
export interface CensoredAt {
  /** Signal units of the band's own membrane and antibody. */
  limit: number;
  /** `antibody-noise` | `membrane-noise` (3 x RMS of readings at or below zero), `lowest-positive-band` (of that antibody's drug lanes on the membrane), `vehicle-lanes` (lowest vehicle band / 10). */
  source: 'antibody-noise' | 'membrane-noise' | 'lowest-positive-band' | 'vehicle-lanes';
}

/** The loading control of one lane, for the quality panel. */
export interface LoadingLane {
  membrane: string;
  lane: string;
  line: string;
  treatment: string;
  replicate: string;
  control: string;
  signal: number | null;
  /** signal / the membrane's median loading signal. */
  relativeToMembraneMedian: number | null;
  drift: boolean;
  saturated: boolean;
}

/** A band that was left out of the analysis or flagged, for the quality panel. */
export interface FlaggedBand {
  membrane: string;
  lane: string;
  line: string;
  targetLabel: string;
  signal: number | null;
  flag: QualityFlagCode;
  file: string;
  row: number | null;
}

export interface TargetSummary {
  protein: string;
  phosphoLabels: string[];
  totalLabels: string[];
  ratioBasis: RatioBasis;
  known: boolean;
}

export interface ModelSummary {
  line: string;
  status: Status;
}

export interface ConditionSummary {
  treatment: string;
  dose_nM: number | null;
  time_h: number | null;
}

export interface Design {
  models: ModelSummary[];
  pairs: ModelPair[];
  membranes: string[];
  replicates: string[];
  /** Drug conditions (not vehicle), sorted by treatment, dose, time. */
  conditions: ConditionSummary[];
  /** Phospho/total targets in panel order (TRK, AKT, ERK, EGFR, HER2, MET, then others). */
  targets: TargetSummary[];
  /** Loading control used on each membrane (null where none). */
  loadingControls: { membrane: string; control: string | null }[];
}

export interface NormalizedData {
  design: Design;
  lanes: NormalizedLane[];
  loading: LoadingLane[];
  flaggedBands: FlaggedBand[];
  warnings: AnalysisWarning[];
}
