/**
 * The evidence lines of a verdict (decideVerdicts.ts): the assay's and each mechanism rule's outcome,
 * with the values and thresholds of the leaves it read and one sentence.
 */
import { ruleMessages as m } from '../messages/rules.js';
import type { LeafResult, Status } from './evaluateCondition.js';
import type { RuleOutcome } from './evaluateRule.js';
import type { Evidence } from './types.js';

/** A leaf or rule that fits: met, or met only weakly. */
export const holds = (s: Status): boolean => s === 'met' || s === 'weak';
export const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Leaves that are worth a sentence: each once. */
function sentences(leaves: readonly LeafResult[]): string[] {
  return unique(leaves.map((l) => l.fragment));
}

function evidenceFrom(rule: string, outcome: Evidence['outcome'], leaves: readonly LeafResult[], sentence: string): Evidence {
  const values: Record<string, number | null> = {};
  const thresholds: Record<string, number> = {};
  for (const l of leaves) {
    Object.assign(values, l.values);
    Object.assign(thresholds, l.thresholds);
  }
  return { rule, outcome, targets: unique(leaves.map((l) => l.target)), values, thresholds, sentence };
}

/** Step 1's evidence: the assay fails, cannot be read, is undecided, or holds. */
export function assayEvidenceOf(leaves: LeafResult[], failing: LeafResult[], missing: LeafResult[], spanning: LeafResult[]): Evidence {
  if (failing.length > 0) return evidenceFrom('assay-validity', 'not-fired', leaves, m.assayFails(sentences(failing)));
  if (missing.length > 0) return evidenceFrom('assay-validity', 'not-evaluable', leaves, m.assayNotEvaluable(sentences(missing)));
  if (spanning.length > 0) return evidenceFrom('assay-validity', 'not-evaluable', leaves, m.assayUndecided(sentences(spanning)));
  return evidenceFrom('assay-validity', 'fired', leaves, m.assayHolds(sentences(leaves)));
}

/** A mechanism rule's evidence, said against the rule that decided the verdict (`deciding`). */
export function ruleEvidenceOf(o: RuleOutcome, deciding: RuleOutcome | undefined): Evidence {
  const label = o.rule.label;
  const explained = [...sentences([...o.leaves, ...o.optionalLeaves]), ...(o.driverNote ? [o.driverNote] : [])];
  let outcome: Evidence['outcome'] = 'not-fired';
  let sentence: string;
  if (holds(o.status)) {
    outcome = 'fired';
    if (o === deciding) sentence = m.ruleFits(label, explained);
    else if (deciding && holds(deciding.status)) sentence = m.ruleAlsoFits(label, deciding.rule.label, explained);
    else sentence = m.ruleFitsAfterUndecided(label, deciding?.rule.label ?? '', explained);
  } else if (o.status === 'ambiguous') {
    outcome = 'not-evaluable';
    sentence = m.ruleUndecided(label, explained);
  } else if (o.status === 'not-evaluable') {
    outcome = 'not-evaluable';
    sentence = m.ruleNotEvaluable(label, explained);
  } else sentence = m.ruleNotFit(label, explained);
  return evidenceFrom(o.rule.id, outcome, o.all, sentence);
}
