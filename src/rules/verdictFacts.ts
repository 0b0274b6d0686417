/**
 * The sentences a verdict is made of, beyond the rules' own evidence: the pattern it rests on, the
 * levels and drivers that made a rule fit, what nearly fitted when nothing did, and which proteins the
 * fusion-loss fold takes out of play.
 */
import { ruleMessages as m } from '../messages/rules.js';
import type { Levels } from '../stats/comparisonTypes.js';
import type { LeafResult, Status } from './evaluateCondition.js';
import type { RuleOutcome } from './evaluateRule.js';
import type { RuleSet } from './ruleSetTypes.js';

const holds = (s: Status): boolean => s === 'met' || s === 'weak';
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/**
 * Proteins whose total in the resistant model fell to the fusion-loss fold (estimate): their
 * phospho/total no longer reports on the inhibitor's target (SCIENCE.md, "Fusion loss").
 */
export function fusionLostTargets(levels: ReadonlyMap<string, Levels>, ruleSet: RuleSet): Set<string> {
  const lost = new Set<string>();
  for (const target of ruleSet.hints.fusionLoss) {
    const d = levels.get(target)?.totalProtein.resistantVsSensitive.log2Ratio;
    if (d !== undefined && d !== null && 2 ** d <= ruleSet.thresholds.fusionLossFold) lost.add(target);
  }
  return lost;
}

/**
 * The next step of a verdict no rule fits: on-target that fails only because pERK and pAKT do not
 * follow a sustained pTRK points at the pTRK readout itself; otherwise the general step.
 */
export function nearFitSteps(outcomes: readonly RuleOutcome[]): string[] {
  const onTarget = outcomes.find((o) => o.rule.mechanism === 'on-target' && o.status === 'not-met' && o.soleFailure);
  return onTarget ? [m.next.checkPtrkReadout, m.next.noPattern] : [m.next.noPattern];
}

/** Rules that fail on one condition only: what would have fitted, and what stood in the way. */
export function nearFits(outcomes: readonly RuleOutcome[]): string[] {
  return outcomes.flatMap((o) => (o.status === 'not-met' && o.soleFailure
    ? [m.factNearFit(o.rule.label, unique(o.soleFailure.map((l) => l.brief)).join(' and '))] : []));
}

/** "pERK stays at 80 % of vehicle and pAKT ... while pTRK falls to 8 %": the resistant model's fractions the rule read. */
export function patternFact(o: RuleOutcome): string {
  const leaves = [...o.leaves, ...o.optionalLeaves].filter((l) => l.kind === 'fraction' && l.role === 'resistant' && !(o.rule.drivers.required && o.namedCandidates.includes(l.target)));
  const sustained = unique(leaves.filter((l) => l.zone === 'sustained').map((l) => l.brief));
  const suppressed = unique(leaves.filter((l) => l.zone !== 'sustained').map((l) => l.brief));
  return [sustained.join(' and '), suppressed.join(' and ')].filter((x) => x !== '').join(' while ');
}

export const isLevelLeaf = (l: LeafResult): boolean => l.kind === 'higher' && (l.key.endsWith('.total') || l.key.endsWith('.basal')) && holds(l.status);

/** "total E-cadherin 0.12x KM12, total vimentin 6.8x KM12": the levels a rule without drivers rests on. */
export function levelFacts(o: RuleOutcome): string[] {
  return unique(o.leaves.filter(isLevelLeaf).map((l) => l.brief));
}

/** "basal pMET/MET 4.0x KM12": what made each named receptor a driver. */
export function driverFacts(o: RuleOutcome): string[] {
  return unique(o.leaves.filter((l) => l.kind === 'higher' && o.namedCandidates.includes(l.target)).map((l) => l.brief));
}
