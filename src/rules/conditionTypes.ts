/**
 * The types of a rule's conditions as they are judged (evaluateCondition.ts): a leaf's status, mode and
 * zone, the comparisons of one group it reads (GroupContext), and what a leaf and a condition say.
 */
import type { QualityFlagCode } from '../normalize/types.js';
import type { Comparison, Levels } from '../stats/comparisonTypes.js';
import type { FractionRole, Thresholds } from './ruleSetTypes.js';

export type Status = 'met' | 'weak' | 'ambiguous' | 'not-evaluable' | 'not-met';
export type Mode = 'full' | 'provisional' | 'descriptive';
export type Zone = 'suppressed' | 'grey' | 'sustained';
export type AmbiguityReason = 'grey-zone' | 'interval-spans' | 'not-significant';

/** The comparisons of one resistant model, partner and drug condition, by protein. */
export interface GroupContext {
  line: string;
  versus: string;
  byTarget: ReadonlyMap<string, Comparison>;
  /** Basal levels (phospho/total, total protein) at the condition's vehicle time, by protein. */
  levels: ReadonlyMap<string, Levels>;
  thresholds: Thresholds;
  confidenceLevel: number;
  /**
   * p values adjusted within a rule's family of candidates (multiplicity.ts), by leaf key
   * (`MET.basal`); a difference not in it is a single pre-specified contrast read at its own p.
   */
  familyP?: ReadonlyMap<string, number | null>;
  /** How each family-adjusted p was adjusted (`BH` for a rule's candidates, `Holm` for an any-of), by leaf key. */
  familyMethod?: ReadonlyMap<string, 'BH' | 'Holm'>;
  /** Proteins whose total fell to the fusion-loss fold: their phospho fraction no longer reports on the drug's target. */
  fusionLost?: ReadonlySet<string>;
}

export interface LeafResult {
  target: string;
  status: Status;
  mode: Mode;
  n: number;
  /** For fraction leaves. */
  zone: Zone | null;
  reason: AmbiguityReason | null;
  /** The evidence sentence piece and the short form used in summaries. */
  fragment: string;
  brief: string;
  values: Record<string, number | null>;
  thresholds: Record<string, number>;
  flags: QualityFlagCode[];
  /** For fraction leaves: the interval's bounds, to grade assay failures. */
  ciLow: number | null;
  ciHigh: number | null;
  kind: 'fraction' | 'higher';
  role: FractionRole;
  /** Fractions: every drug lane was below detection, the estimate is an upper bound. */
  upperBound: boolean;
  /** `TARGET.measure` for differences (e.g. `MET.basal`), `TARGET.role` for fractions. */
  key: string;
  /** Differences: the unadjusted p of the contrast, and the p the leaf was judged on. */
  pRaw: number | null;
  /** Differences: the p in the direction the condition asks for (pRaw when the estimate lies that way, 1 otherwise): what a family adjusts. */
  pDirectional: number | null;
  pUsed: number | null;
}

export interface ConditionResult {
  status: Status;
  /** The leaves that explain the status (for met: all that were needed). */
  leaves: LeafResult[];
  /** Every leaf evaluated. */
  all: LeafResult[];
}
