/**
 * The follow-up experiment, around the verdicts of step 4 (docs/follow-up.md):
 *
 *   design conditions -> a. planArms: which arm gets a verdict, which is a follow-up, which is not read
 *     -> (decideVerdicts on the verdict arms' comparisons only)
 *     -> b. followUpQuestions: each follow-up arm's reference arm, model and readouts
 *     -> c. stats/armDifferences: arm versus reference in the same blocked model
 *     -> d. readFollowUps: restored / partial / not-restored / inconclusive (and the single-agent
 *           and ligand outcomes)
 *     -> e. linkFollowUps: confirms / contradicts / neutral; the verdicts carry their follow-ups
 */
import type { DrugTable } from './drugClasses.js';
import { defaultDrugTable, extendDrugTable } from './drugClasses.js';
import type { RuleSet } from './ruleSetTypes.js';

/** The drug table of an analysis: built in, then the rules file's `drugs`/`drugClasses`, then `--drug-class`. */
export function drugTableOf(ruleSet: RuleSet, drugClasses: Readonly<Record<string, string>> = {}): DrugTable {
  const fromRules = extendDrugTable(defaultDrugTable(), ruleSet.drugs ?? {}, ruleSet.drugClasses ?? {});
  return Object.keys(drugClasses).length === 0 ? fromRules : extendDrugTable(fromRules, drugClasses);
}

export { planArms, type ArmPlan } from './planArms.js';
export { followUpQuestions } from './followUpQuestions.js';
export { differenceRequests, readFollowUps } from './readFollowUps.js';
export { linkFollowUps } from './linkFollowUps.js';
