/**
 * Data at the boundary between `rules` and `report`: one verdict per resistant model and condition.
 * Field names and the mechanism codes are part of the results.json contract (schemaVersion 1).
 */

export type Mechanism = 'on-target' | 'mapk-bypass' | 'pi3k-akt-bypass' | 'rtk-bypass' | 'inconclusive' | 'assay-invalid';

export type Confidence = 'strong' | 'moderate' | 'provisional';

/** One rule's judgement, with the numbers and thresholds it used, as data and as one plain sentence. */
export interface Evidence {
  /** Rule id, e.g. `assay-validity`, `mapk-bypass`. */
  rule: string;
  outcome: 'fired' | 'not-fired' | 'not-evaluable';
  /** Proteins the rule looked at. */
  targets: string[];
  /** The numbers the rule read (fractions of vehicle, CI bounds, log2 ratios, adjusted p, n). */
  values: Record<string, number | null>;
  /** The thresholds it compared them with. */
  thresholds: Record<string, number>;
  sentence: string;
}

export interface Hint {
  kind: 'amplification' | 'fusion-loss' | 'quality' | 'adaptive-rebound' | 'replicates';
  target: string | null;
  sentence: string;
  values: Record<string, number | null>;
}

/** A classified sequencing variant of the model (genotype issue). */
export interface GenotypeVariant {
  gene: string;
  proteinChange: string | null;
  /** e.g. `on-target` (with region), `possible-on-target`, `mapk-driver`, `amplification`, `other`. */
  class: string;
  region: string | null;
  vaf: number | null;
  copyNumber: number | null;
  sample: string;
  source: { file: string; row: number };
}

export interface Concordance {
  status: 'concordant' | 'discordant' | 'no-genotype';
  sentence: string;
}

export interface Verdict {
  line: string;
  versus: string;
  treatment: string;
  dose_nM: number | null;
  time_h: number | null;
  mechanism: Mechanism;
  /** Proteins named by the verdict, e.g. ["MET"] for receptor bypass, ["ERK"] for MAPK bypass. */
  drivers: string[];
  confidence: Confidence;
  /** One-line summary a scientist reads first. */
  summary: string;
  evidence: Evidence[];
  hints: Hint[];
  nextSteps: string[];
  /** Present once genotype evidence is given (--variants). */
  genotype?: GenotypeVariant[];
  concordance?: Concordance;
}
