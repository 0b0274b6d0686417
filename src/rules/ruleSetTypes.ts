/**
 * A rule set as data: thresholds, the assay-validity check, the mechanism rules in order of
 * precedence, and which proteins the hints look at. The default TRK set is `defaultRuleSet.ts`;
 * `--rules file.json` overrides thresholds or replaces sections (`parseRuleSet.ts`).
 */
import type { QualityFlagCode } from '../normalize/types.js';
import type { DrugClassSpec } from './drugClasses.js';
import type { Mechanism } from './types.js';

/** Every number a verdict rests on. Fractions are f = (phospho/total under drug) / (phospho/total under vehicle). */
export interface Thresholds {
  /** f at or below this is suppressed (0.20: at least 80 % inhibition). */
  suppressed: number;
  /** f at or above this is sustained (0.50); between the two is the grey zone. */
  sustained: number;
  /** A resistant-versus-sensitive difference counts from this |log2 ratio| (1 = 2-fold)... */
  minLog2Ratio: number;
  /** ...and when its p is below this (a rule's candidate drivers: adjusted together, Benjamini-Hochberg). */
  alpha: number;
  /** Amplification hint: total receptor in resistant at least this many times sensitive. */
  amplificationFold: number;
  /** Fusion-loss hint: total TRK in resistant at most this fraction of sensitive. */
  fusionLossFold: number;
  /** Replicates for a full verdict (3). */
  minReplicates: number;
  /** Replicates for a provisional verdict (2); fewer is descriptive only. */
  provisionalReplicates: number;
  /** Adaptive rebound: an early time point is at most this many hours... */
  reboundEarlyMaxHours: number;
  /** ...and a late one at least this many. */
  reboundLateMinHours: number;
  /**
   * Dose series: an IC50 shifted at least this many fold (resistant / sensitive) counts as resistance
   * of that protein's phosphorylation (10, a common working definition in cell-line models).
   */
  ic50FoldShift: number;
}

export type ModelRole = 'resistant' | 'sensitive';
export type FractionState = 'suppressed' | 'sustained' | 'not-suppressed' | 'not-sustained';
export type DifferenceMeasure = 'fraction' | 'basal' | 'total';

/** The placeholder for each candidate protein in `DriverSpec.candidateWhen`. */
export const CANDIDATE = '$candidate';

/** f of one protein in one model is in a state. */
export interface FractionCondition {
  target: string;
  in: ModelRole;
  is: FractionState;
}

/** The resistant model is above the sensitive one (fraction of vehicle, basal phospho/total, or total protein). */
export interface HigherCondition {
  target: string;
  higher: DifferenceMeasure;
}

/** The resistant model is below the sensitive one (e.g. an epithelial marker's total protein). */
export interface LowerCondition {
  target: string;
  lower: DifferenceMeasure;
}

export interface AnyOfCondition {
  anyOf: Condition[];
}

export interface AllOfCondition {
  allOf: Condition[];
}

export type Condition = FractionCondition | HigherCondition | LowerCondition | AnyOfCondition | AllOfCondition;

/** Proteins a verdict names: some always, plus each candidate whose conditions hold. */
export interface DriverSpec {
  always: string[];
  candidates: string[];
  /** Conditions with `$candidate` as target, tried for each candidate. */
  candidateWhen: Condition[];
  /** The rule only fires when at least one candidate qualifies. */
  required: boolean;
}

export interface MechanismRule {
  /** Unique id, e.g. `mapk-bypass`; named in the evidence. */
  id: string;
  mechanism: Exclude<Mechanism, 'inconclusive' | 'assay-invalid'>;
  /** Plain name, e.g. `MAPK bypass`. */
  label: string;
  /** Every condition must hold. */
  when: Condition[];
  drivers: DriverSpec;
  /** Next experiments and strategies, the most important first. */
  nextSteps: string[];
  /** Extra next steps for a driver that was named, put first (e.g. a MET inhibitor for MET). */
  driverNextSteps: Record<string, string[]>;
}

export interface RuleSet {
  name: string;
  version: string;
  description: string;
  thresholds: Thresholds;
  /** Assay validity: these proteins must be suppressed by the drug in the sensitive model. */
  assay: { suppressedInSensitive: string[] };
  /** Mechanism rules in order of precedence: the first that fires is the verdict. */
  mechanisms: MechanismRule[];
  hints: {
    /** Total protein raised by `amplificationFold` or more: possible amplification. */
    amplification: string[];
    /** Total protein down to `fusionLossFold` or less: possible loss of the fusion. */
    fusionLoss: string[];
    /** Suppressed early, sustained late in a time course. */
    adaptiveRebound: string[];
  };
  /** A quality flag of these kinds on a comparison the verdict rests on lowers `strong` to `moderate`. */
  qualityFlagsLowerConfidence: QualityFlagCode[];
  /** Drug names (as labs write them) to a class id, added to the drug table (drugClasses.ts). */
  drugs?: Record<string, string>;
  /** Classes added to the drug table, or built-in classes with other readouts. */
  drugClasses?: Record<string, DrugClassSpec>;
}

/** What results.json records of the rule set used. */
export interface RulesUsed {
  name: string;
  version: string;
  /** `default`, or the rules file given with --rules. */
  source: string;
  thresholds: Thresholds;
  /** Rule ids in order of precedence, assay validity first. */
  precedence: string[];
}
