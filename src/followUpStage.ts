/**
 * Step 4's arms, for `analyze()`: which comparisons the verdicts are read on (before they are
 * decided), then the follow-up arms read against those verdicts (rules/followUps.ts), with the one
 * statistic they need from the stats stage (stats/armDifferences.ts). Pure.
 */
import type { NormalizedLane, ConditionSummary } from './normalize/types.js';
import type { Comparison } from './stats/comparisonTypes.js';
import type { DoseResponse } from './stats/doseResponseTypes.js';
import { armDifferences } from './stats/armDifferences.js';
import type { DrugTable } from './rules/drugClasses.js';
import type { FollowUp } from './rules/followUpTypes.js';
import { differenceRequests, drugTableOf, followUpQuestions, linkFollowUps, planArms, readFollowUps, type ArmPlan } from './rules/followUps.js';
import type { RuleSet } from './rules/ruleSetTypes.js';
import type { Verdict } from './rules/types.js';

export interface SplitArms {
  plan: ArmPlan;
  table: DrugTable;
  verdictComparisons: readonly Comparison[];
  verdictDoseResponses: readonly DoseResponse[];
}

export function splitArms(
  conditions: readonly ConditionSummary[], comparisons: readonly Comparison[], doseResponses: readonly DoseResponse[],
  ruleSet: RuleSet, drugClasses?: Readonly<Record<string, string>>,
): SplitArms {
  const table = drugTableOf(ruleSet, drugClasses);
  const plan = planArms(conditions, table);
  if (plan.legacy || plan.verdictArms.size === plan.arms.size) return { plan, table, verdictComparisons: comparisons, verdictDoseResponses: doseResponses };
  return {
    plan, table,
    verdictComparisons: comparisons.filter((c) => plan.verdictArms.has(c.treatment)),
    verdictDoseResponses: doseResponses.filter((d) => plan.verdictArms.has(d.treatment)),
  };
}

export function readFollowUpArms(
  arms: SplitArms, verdicts: Verdict[], lanes: readonly NormalizedLane[], comparisons: readonly Comparison[], ruleSet: RuleSet, level: number,
): { verdicts: Verdict[]; followUps: FollowUp[] } {
  const questions = followUpQuestions(arms.plan, comparisons, verdicts, arms.table, ruleSet.thresholds);
  if (questions.length === 0) return { verdicts, followUps: [] };
  const differences = armDifferences(lanes, differenceRequests(questions), level);
  const followUps = readFollowUps(questions, comparisons, differences, ruleSet.thresholds, level);
  return linkFollowUps(verdicts, followUps, arms.table, ruleSet.thresholds);
}
