/**
 * The active rule set in plain language (`blotbypass rules`) with every threshold, and as a
 * complete rules file (`blotbypass rules --json`) to start a custom set from.
 */
import { ruleSetDescriptionMessages } from '../messages/ruleSetDescription.js';
import { VEHICLE_RANGE_FOLD } from '../normalize/phosphoTotal.js';
import type { ActiveRules } from './decideVerdicts.js';
import { describeDrugTable } from './describeDrugTable.js';
import { drugTableOf } from './followUps.js';
import { CANDIDATE, type Condition, type RuleSet, type Thresholds } from './ruleSetTypes.js';

const d = ruleSetDescriptionMessages;

export function describeRuleSet(active: ActiveRules): string {
  const { ruleSet: r, source } = active;
  const t = r.thresholds;
  const lines: string[] = [
    d.header(r.name, r.version, source, r.description),
    '',
    d.fractionDefinition(),
    '',
    `${d.thresholdsTitle()}:`,
    ...[
      d.suppressed(t.suppressed), d.sustained(t.sustained), d.grey(t.suppressed, t.sustained),
      d.difference(t.minLog2Ratio, t.alpha),
      d.replicates(t.minReplicates, t.provisionalReplicates),
      d.amplification(t.amplificationFold, r.hints.amplification),
      d.fusionLoss(t.fusionLossFold, r.hints.fusionLoss),
      d.rebound(t.reboundEarlyMaxHours, t.reboundLateMinHours, r.hints.adaptiveRebound),
      d.ic50Shift(t.ic50FoldShift, t.suppressed),
      d.timeCourse(),
      d.absolute(),
      d.censored(VEHICLE_RANGE_FOLD),
    ].map((s) => `  ${s}`),
    '',
    `${d.confidenceTitle()}:`,
    ...d.confidence(t.suppressed, t.sustained, t.minReplicates, t.provisionalReplicates, r.qualityFlagsLowerConfidence).map((s) => `  - ${s}`),
    '',
    `${d.precedenceTitle()}:`,
    `  0. ${d.assay(r.assay.suppressedInSensitive, t.suppressed)}`,
  ];
  r.mechanisms.forEach((rule, i) => {
    lines.push(`  ${d.rule(i + 1, rule.label, rule.mechanism, describeConditions(rule.when, t))}`);
    const drivers = d.drivers(rule.drivers.always, rule.drivers.candidates, describeConditions(rule.drivers.candidateWhen, t), rule.drivers.required);
    if (drivers) lines.push(`  ${drivers}`);
    lines.push(`  ${d.nextSteps(rule.nextSteps)}`);
    for (const [driver, steps] of Object.entries(rule.driverNextSteps)) lines.push(`     with ${driver}: ${steps.join('; ')}`);
  });
  lines.push(`  ${r.mechanisms.length + 1}. ${d.fallback()}`, '', `${d.hintsTitle()}:`, `  ${d.qualityHint(r.qualityFlagsLowerConfidence)}`, '');
  lines.push(...describeDrugTable(drugTableOf(r)), '', d.fileFormat());
  return `${lines.join('\n')}\n`;
}

function describeConditions(conditions: readonly Condition[], t: Thresholds): string {
  return d.condAll(conditions.map((c) => describeCondition(c, t)));
}

function describeCondition(c: Condition, t: Thresholds): string {
  if ('anyOf' in c) return d.condAny(c.anyOf.map((x) => describeCondition(x, t)));
  if ('allOf' in c) return d.condAll(c.allOf.map((x) => describeCondition(x, t)));
  const target = c.target === CANDIDATE ? 'X' : c.target;
  if ('higher' in c) return d.condHigher(c.higher, target);
  if ('lower' in c) return d.condLower(c.lower, target);
  return d.condFraction(target, c.in, c.is, t.suppressed, t.sustained);
}

/** The rule set as a complete rules file (`"extends": "none"`), stable key order. */
export function ruleSetToJson(ruleSet: RuleSet): string {
  const file = { extends: 'none', ...ruleSet };
  return `${JSON.stringify(file, null, 2)}\n`;
}
