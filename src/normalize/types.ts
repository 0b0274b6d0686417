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
  /** Lane of the phospho band (or of the total band when there is no phospho band) within `membrane`. */
  lane: string;
  /** Canonical protein: TRK, ERK, ... */
  target: string;
  /** The phospho antibody's label as written in the input (e.g. pERK); null when no phospho band was measured. */
  phosphoLabel: string | null;
  /** The total antibody's label as written in the input (e.g. ERK); null when no total band was measured. */
  totalLabel: string | null;
  /** The phospho band's signal as read (background-corrected, input units); null when missing. */
  phospho: number | null;
  /** The total band's signal as read (background-corrected, input units); null when missing. */
  total: number | null;
  /** Membrane of the total band (may differ from the phospho band's when the blot was stripped or run twice); null without a total band. */
  totalMembrane: string | null;
  /** Lane of the total band on `totalMembrane`; null without a total band. */
  totalLane: string | null;
  /** Loading-control protein used on the phospho band's membrane. */
  loadingControl: string | null;
  /** Loading-control signal in the phospho band's lane and in the total band's lane. */
  phosphoLaneLoading: number | null;
  /** Loading-control signal in the total band's lane; null without a total band or a usable loading band there. */
  totalLaneLoading: number | null;
  /** Usable phospho signal / `phosphoLaneLoading` (a band below detection counts at the detection limit); null when either is missing or unusable. */
  phosphoOverLoading: number | null;
  /** Usable total signal / `totalLaneLoading`; null when either is missing or unusable. */
  totalOverLoading: number | null;
  /** How `phosphoTotalRatio` was formed: `phospho/total`, `phospho/loading` (no total measured for this protein) or `total/loading` (a total-only protein). */
  ratioBasis: RatioBasis;
  /** phospho/total (or the fallback named by ratioBasis). */
  phosphoTotalRatio: number | null;
  /** ratio / ratio of the vehicle lane of the same model and replicate (1 for the vehicle itself). */
  fractionOfVehicle: number | null;
  /** ratio / ratio of the reference lane: the sensitive partner's vehicle in the same replicate. */
  ratioVsReference: number | null;
  /** Quality flags of this lane and protein (e.g. `saturated`, `loading-drift`, `below-detection`); empty when clean. */
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
  /** The membrane. */
  membrane: string;
  /** The lane within the membrane. */
  lane: string;
  /** The lane's model (cell line). */
  line: string;
  /** The lane's treatment as written in the input. */
  treatment: string;
  /** The lane's biological replicate. */
  replicate: string;
  /** The loading-control protein used on this membrane (e.g. GAPDH, total-protein). */
  control: string;
  /** The loading-control band's signal as read; null when missing. */
  signal: number | null;
  /** signal / the membrane's median loading signal. */
  relativeToMembraneMedian: number | null;
  /** True when the usable signal lies more than `settings.loadingDriftFold` from the membrane median (either way). */
  drift: boolean;
  /** The input's `saturated` column for this band (a signal at or above `settings.saturation` is not reflected here). */
  saturated: boolean;
}

/** A band that was left out of the analysis or flagged, for the quality panel. */
export interface FlaggedBand {
  /** The band's membrane. */
  membrane: string;
  /** The band's lane within the membrane. */
  lane: string;
  /** The lane's model (cell line). */
  line: string;
  /** The antibody label as written in the input. */
  targetLabel: string;
  /** The band's signal as read; null when missing. */
  signal: number | null;
  /** Why it is listed: `saturated` (kept, or left out without --keep-saturated), `non-positive` (zero or below, left out) or `below-detection` (counted at the detection limit). */
  flag: QualityFlagCode;
  /** The input file the band was read from. */
  file: string;
  /** 1-based row of the band in that file (header = row 1); null when the input has no row for it. */
  row: number | null;
}

export interface TargetSummary {
  /** Canonical protein name (TRK, ERK, ... or the label's own name when unknown). */
  protein: string;
  /** Phospho antibody labels read for it, as written, sorted. */
  phosphoLabels: string[];
  /** Total antibody labels read for it, as written, sorted. */
  totalLabels: string[];
  /** How its ratio is formed: `phospho/total`, `phospho/loading` (no total measured) or `total/loading` (total only). */
  ratioBasis: RatioBasis;
  /** False when a label matched no known protein (kept under its own name, with a warning). */
  known: boolean;
}

export interface ModelSummary {
  /** The model (cell line) as named in the input. */
  line: string;
  /** `sensitive` (parental) or `resistant`. */
  status: Status;
}

export interface ConditionSummary {
  /** The drug as written in the input. */
  treatment: string;
  /** Dose in nM; null when the input gives none. */
  dose_nM: number | null;
  /** Time on drug in hours; null when the input gives none. */
  time_h: number | null;
}

export interface Design {
  /** Every model, sensitive ones first, then by name. */
  models: ModelSummary[];
  /** Resistant -> sensitive pairs compared (given with --pair or found automatically). */
  pairs: ModelPair[];
  /** Every membrane (blot) identifier. */
  membranes: string[];
  /** Every biological replicate identifier. */
  replicates: string[];
  /** Drug conditions (not vehicle), sorted by treatment, dose, time. */
  conditions: ConditionSummary[];
  /** Phospho/total targets in panel order (TRK, AKT, ERK, EGFR, HER2, MET, then others). */
  targets: TargetSummary[];
  /** Loading control used on each membrane (null where none). */
  loadingControls: {
    /** The membrane. */
    membrane: string;
    /** The loading-control protein used on it (e.g. GAPDH, total-protein); null when it has none. */
    control: string | null;
  }[];
}

export interface NormalizedData {
  design: Design;
  lanes: NormalizedLane[];
  loading: LoadingLane[];
  flaggedBands: FlaggedBand[];
  warnings: AnalysisWarning[];
}
