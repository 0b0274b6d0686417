/**
 * Data at the boundary between `rules` and `report`: one verdict per resistant model and condition.
 * Field names and the mechanism codes are part of the results.json contract (schemaVersion 2).
 */

import type { FollowUpLink } from './followUpTypes.js';

export type Mechanism = 'on-target' | 'mapk-bypass' | 'pi3k-akt-bypass' | 'rtk-bypass' | 'non-genetic' | 'inconclusive' | 'assay-invalid';

export type Confidence = 'strong' | 'moderate' | 'provisional';

/** Why an inconclusive verdict names no mechanism. */
export type WithheldReason = 'grey-zone' | 'interval-spans' | 'not-significant' | 'descriptive-only' | 'no-pattern' | 'not-measured';

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
  kind: 'amplification' | 'fusion-loss' | 'quality' | 'adaptive-rebound' | 'replicates' | 'pathway-marker';
  target: string | null;
  sentence: string;
  values: Record<string, number | null>;
}

/** A classified sequencing variant of the model (genotype stage, src/genotype/). */
export interface GenotypeVariant {
  /** HGNC symbol, upper case (HER2 written as ERBB2). */
  gene: string;
  /** HGVS short form (`p.G595R`) for substitutions, the text as written for other changes, null for amplifications. */
  proteinChange: string | null;
  /** `on-target`, `possible-on-target`, `mapk-driver`, `amplification` or `other` (src/genotype/knownVariants.ts). */
  class: string;
  /** `solvent front`, `gatekeeper`, `xDFG`, `kinase domain`, `codon 12`, `V600`; for amplifications how they were called (`copy number >= 6`, `as reported`); null for `other`. */
  region: string | null;
  vaf: number | null;
  copyNumber: number | null;
  sample: string;
  source: { file: string; row: number };
  /** The blot model the sample maps to. */
  line: string;
  /** False when the sensitive partner carries it too (pre-existing, not counted as evidence); null when the partner was not sequenced. */
  acquired: boolean | null;
  /** The sensitive partner's allele frequency of the same alteration; null when it does not carry it, was not sequenced, or no VAF was given. */
  partnerVaf?: number | null;
  /** vaf / partnerVaf; null when either is unknown or partnerVaf is 0. */
  vafFold?: number | null;
  /**
   * The partner carries it too but its VAF rose at least `genotype.selectedSubcloneMinFold` (or from 0):
   * a subclone selected by the drug, counted as evidence although `acquired` is false. Null when the
   * partner does not carry it (or was not sequenced) or a VAF is missing. See docs/genotype-hierarchy.md.
   */
  selected?: boolean | null;
  /** Variant_Classification (MAF) or the table's classification, as written. */
  variantClassification: string | null;
}

/**
 * Blots versus genotype. `concordant`: a variant supports the verdict's mechanism. `discordant`: the
 * genotype points to another mechanism. `unsupported`: the model was sequenced but no variant bears
 * on the verdict. `genotype-only`: the blots make no call (inconclusive, assay-invalid) and the
 * genotype suggests one. `no-genotype`: no sample maps to the model.
 */
export interface Concordance {
  /**
   * `explained-downstream` (schema addition): the blots call receptor bypass and an acquired or
   * selected RAS, RAF or MEK mutation sits below every receptor, so it explains the MAPK
   * reactivation whatever the receptor does (docs/genotype-hierarchy.md).
   */
  status: 'concordant' | 'discordant' | 'unsupported' | 'genotype-only' | 'no-genotype' | 'explained-downstream';
  sentence: string;
  /** What the acquired variants alone point to; null when the model was not sequenced. */
  genotypeSuggests: 'on-target' | 'possible-on-target' | 'bypass' | 'on-target-and-bypass' | 'nothing' | null;
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
  /** Smallest number of biological replicates behind a comparison the verdict rests on. */
  replicates?: number;
  /** Inconclusive verdicts: why no mechanism was called. */
  withheld?: WithheldReason;
  /** Descriptive-only verdicts (too few replicates): the mechanism the pattern looks like. */
  resembles?: Mechanism;
  /** Why the confidence is not `strong` (empty when it is). */
  confidenceNotes?: string[];
  /**
   * A verdict over a dose series (dose_nM is null): the doses of the series, and the dose its rules
   * were read at (the lowest where the sensitive model's fitted curve is suppressed).
   */
  doses?: number[];
  readingDose_nM?: number;
  /** A verdict over a time course (time_h is null): the times, and the time it was read at (the latest). */
  times?: number[];
  readingTime_h?: number;
  /** Follow-up arms read against this verdict's arm (docs/follow-up.md); absent when there are none. */
  followUps?: FollowUpLink[];
  /** Present once genotype evidence is given (--variants). */
  genotype?: GenotypeVariant[];
  concordance?: Concordance;
}
