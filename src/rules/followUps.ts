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
import { InputError, InputErrors } from '../errors.js';
import { followUpMessages } from '../messages/followUp.js';
import type { DrugTable } from './drugClasses.js';
import { defaultDrugTable, extendDrugTable } from './drugClasses.js';
import type { RuleSet } from './ruleSetTypes.js';

const m = followUpMessages.drugClass;

/**
 * The drug table of an analysis: built in, then the rules file's `drugs`/`drugClasses`, then `--drug-class`.
 * @throws InputError (`bad-drug-class`) for a class that is not in the table.
 */
export function drugTableOf(ruleSet: RuleSet, drugClasses: Readonly<Record<string, string>> = {}): DrugTable {
  const fromRules = extendDrugTable(defaultDrugTable(), ruleSet.drugs ?? {}, ruleSet.drugClasses ?? {});
  const classes = Object.keys(fromRules.classes);
  const unknown = Object.entries(drugClasses).filter(([, cls]) => !classes.includes(cls))
    .map(([name, cls]) => new InputError('bad-drug-class', m.unknownClass(name, cls, classes), undefined, m.hint()));
  if (unknown.length === 1) throw unknown[0]!;
  if (unknown.length > 1) throw new InputErrors(unknown);
  return Object.keys(drugClasses).length === 0 ? fromRules : extendDrugTable(fromRules, drugClasses);
}

export { planArms, type ArmPlan } from './planArms.js';
export { followUpQuestions } from './followUpQuestions.js';
export { differenceRequests, readFollowUps } from './readFollowUps.js';
export { linkFollowUps } from './linkFollowUps.js';
