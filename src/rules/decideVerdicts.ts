/**
 * The rules stage: one verdict per resistant model and drug condition, or per dose series and time
 * course (seriesVerdicts.ts).
 *
 *   comparisons -> group by (line, versus, treatment, dose, time)
 *     -> 1. assay validity (the drug suppresses the pathway in the sensitive model)
 *     -> 2. mechanism rules in order of precedence: the first that fits is the verdict; an
 *           undecided rule before it (grey zone, interval across both thresholds, a difference
 *           that is not significant) makes the verdict inconclusive
 *     -> 3. confidence (intervals, quality flags, replicates), hints, next steps
 *     -> 4. adaptive rebound across the time points of one model and treatment
 *     -> 5. one verdict per dose series and time course (seriesVerdicts.ts)
 */
import { groupKey } from '../groupKey.js';
import { conditionLabel, ruleMessages as m } from '../messages/rules.js';
import type { Comparison, Levels } from '../stats/comparisonTypes.js';
import { evaluateCondition, type GroupContext, type LeafResult } from './evaluateCondition.js';
import { evaluateRule, type RuleOutcome } from './evaluateRule.js';
import { groupHints, pathwayHints, reboundHints } from './verdictHints.js';
import { assayEvidenceOf, holds, ruleEvidenceOf, unique } from './verdictEvidence.js';
import { collapseSeries } from './seriesVerdicts.js';
import type { DoseResponse } from '../stats/doseResponseTypes.js';
import { driverFacts, fusionLostTargets, isLevelLeaf, levelFacts, nearFits, nearFitSteps, patternFact } from './verdictFacts.js';
import type { RuleSet, RulesUsed } from './ruleSetTypes.js';
import type { Confidence, Evidence, Mechanism, Verdict, WithheldReason } from './types.js';

export interface ActiveRules {
  ruleSet: RuleSet;
  /** `default`, or the rules file it came from. */
  source: string;
}

export function rulesUsed(active: ActiveRules): RulesUsed {
  const { ruleSet, source } = active;
  return {
    name: ruleSet.name, version: ruleSet.version, source, thresholds: { ...ruleSet.thresholds },
    precedence: ['assay-validity', ...ruleSet.mechanisms.map((r) => r.id)],
  };
}

/**
 * One verdict per resistant model, partner and drug condition (treatment, dose, time), in the order
 * the comparisons come in. Pure: the same comparisons and rule set give the same verdicts.
 *
 * Evidence: the first entry is `assay-validity` (`fired` = the assay is valid), then one entry per
 * mechanism rule in order of precedence (`fired` = the rule fits, whether or not it decided;
 * `not-evaluable` = undecided or data missing, the sentence says which).
 *
 * @param comparisons resistant-versus-sensitive comparisons from `compareModels`
 * @param ruleSet thresholds and rules (`defaultRuleSet()` or `parseRuleSet(...)`)
 * @param confidenceLevel the level of the comparisons' intervals, for the evidence sentences
 * @example
 * decideVerdicts(compareModels(normalized, 0.95).comparisons, defaultRuleSet(), 0.95)[0].mechanism; // => 'mapk-bypass'
 */
export function decideVerdicts(
  comparisons: readonly Comparison[], levels: readonly Levels[], ruleSet: RuleSet, confidenceLevel: number, doseResponses: readonly DoseResponse[] = [],
): Verdict[] {
  const groups = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    const key = groupKey(c.line, c.versus, c.treatment, c.dose_nM, c.time_h);
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const levelsAt = new Map<string, Map<string, Levels>>();
  for (const l of levels) {
    const key = groupKey(l.line, l.versus, l.time_h);
    const byTarget = levelsAt.get(key) ?? new Map<string, Levels>();
    byTarget.set(l.target, l);
    levelsAt.set(key, byTarget);
  }
  const verdicts = [...groups.values()].map((group) => {
    const first = group[0]!;
    // The basal levels at the vehicle time this condition was read against (any target's will do: they share it).
    const time = group.find((c) => c.vehicleTime_h !== null)?.vehicleTime_h ?? first.time_h;
    return decideGroup(group, levelsAt.get(groupKey(first.line, first.versus, time)) ?? new Map(), ruleSet, confidenceLevel);
  });
  return collapseSeries(reboundHints(verdicts, comparisons, ruleSet), comparisons, doseResponses, ruleSet, confidenceLevel);
}

interface Decision {
  mechanism: Mechanism;
  confidence: Confidence;
  drivers: string[];
  call: string;
  facts: string[];
  nextSteps: string[];
  decisive: LeafResult[];
  withheld?: WithheldReason;
  resembles?: Mechanism;
  confidenceNotes: string[];
}

function decideGroup(group: readonly Comparison[], levels: ReadonlyMap<string, Levels>, ruleSet: RuleSet, confidenceLevel: number): Verdict {
  const first = group[0]!;
  const t = ruleSet.thresholds;
  const ctx: GroupContext = {
    line: first.line, versus: first.versus, thresholds: t, confidenceLevel,
    byTarget: new Map(group.map((c) => [c.target, c])), levels,
    fusionLost: fusionLostTargets(levels, ruleSet),
  };
  // 1. assay validity
  const assayLeaves = ruleSet.assay.suppressedInSensitive.map((target) => evaluateCondition({ target, in: 'sensitive', is: 'suppressed' }, ctx).leaves[0]!);
  // The assay failed where the sensitive model is clearly not suppressed: its interval lies above the
  // suppressed threshold (or, with no interval, the estimate is sustained).
  // An estimate above the threshold whose interval still reaches it leaves the assay undecided.
  const unsuppressed = assayLeaves.filter((l) => l.status !== 'not-evaluable' && l.zone !== 'suppressed');
  // An upper bound (every drug lane below detection) never shows a failure: the true f may lie below the threshold.
  const clearlyFails = (l: LeafResult) => !l.upperBound && (l.mode !== 'descriptive' && l.ciLow !== null ? l.ciLow > t.suppressed : l.zone === 'sustained');
  const failing = unsuppressed.filter(clearlyFails);
  const missing = assayLeaves.filter((l) => l.status === 'not-evaluable');
  const spanning = [...assayLeaves.filter((l) => l.reason === 'interval-spans'), ...unsuppressed.filter((l) => !clearlyFails(l))];
  const assayEvidence = assayEvidenceOf(assayLeaves, failing, missing, spanning);

  let decision: Decision;
  let ruleEvidence: Evidence[];
  if (failing.length > 0 || missing.length > 0 || spanning.length > 0) {
    const skipped = ruleSet.mechanisms.map((rule): Evidence => ({
      rule: rule.id, outcome: 'not-evaluable', targets: [], values: {}, thresholds: {}, sentence: m.ruleSkipped(rule.label),
    }));
    ruleEvidence = skipped;
    if (failing.length > 0) decision = assayInvalid(failing, ruleSet);
    else if (missing.length > 0) decision = inconclusive('not-measured', missing, assayLeaves, [m.factNotMeasuredUnderDrug(missing.map((l) => `p${l.target}`), ctx.versus)], [m.next.measure(missing.map((l) => `p${l.target}/${l.target}`))]);
    else {
      const reason = spanning.some((l) => l.zone === 'grey') ? 'grey-zone' : 'interval-spans';
      decision = inconclusive(reason, spanning, assayLeaves, spanning.map((l) => l.brief), [reason === 'grey-zone' ? m.next.assayUndecided : m.next.intervalSpans]);
    }
  } else {
    // 2. mechanism rules
    const outcomes = ruleSet.mechanisms.map((rule) => evaluateRule(rule, ctx));
    const firstFit = outcomes.find((o) => holds(o.status) || o.status === 'ambiguous');
    // A rule undecided only for want of a significant driver does not block a later rule that fits:
    // the downstream bypass is established, its upstream cause is not (at most moderate, said why).
    const later = firstFit?.undecidedDriverOnly ? outcomes.slice(outcomes.indexOf(firstFit) + 1).find((o) => holds(o.status)) : undefined;
    const deciding = later ?? firstFit;
    ruleEvidence = outcomes.map((o) => ruleEvidenceOf(o, deciding));
    const untreated = group.every((c) => c.fractionOfVehicle.n === 0);
    decision = untreated ? inconclusive('not-measured', [], assayLeaves, [m.factNotTreated(ctx.line, first.treatment)], [m.next.treat(ctx.line, first.treatment)])
      : deciding ? decideFrom(deciding, assayLeaves, ruleSet, later ? firstFit : undefined)
        : outcomes.every((o) => o.status === 'not-evaluable')
          ? inconclusive('not-measured', [], assayLeaves, [], [m.next.measure(unique(outcomes.flatMap((o) => o.leaves.map((l) => l.target))))])
          : inconclusive('no-pattern', [], assayLeaves, [m.factNoPattern(ctx.line), ...nearFits(outcomes)], nearFitSteps(outcomes));
  }

  // 3. hints and next steps
  const replicates = minN(decision.decisive.length > 0 ? decision.decisive : assayLeaves);
  const hints = groupHints(group, ruleSet, ctx, replicates);
  hints.hints.push(...pathwayHints(decision.mechanism, decision.drivers, ctx));
  const nextSteps = unique([...decision.nextSteps, ...hints.nextSteps]);
  const condition = conditionLabel(first.treatment, first.dose_nM, first.time_h);
  return {
    line: first.line, versus: first.versus, treatment: first.treatment, dose_nM: first.dose_nM, time_h: first.time_h,
    mechanism: decision.mechanism,
    drivers: decision.drivers,
    confidence: decision.confidence,
    summary: m.summary(m.summaryHead(first.line, first.versus, condition), decision.call, decision.facts, nextSteps[0]),
    evidence: [assayEvidence, ...ruleEvidence],
    hints: hints.hints,
    nextSteps,
    replicates,
    ...(decision.withheld ? { withheld: decision.withheld } : {}),
    ...(decision.resembles ? { resembles: decision.resembles } : {}),
    confidenceNotes: decision.confidenceNotes,
  };
}

function minN(leaves: readonly LeafResult[]): number {
  const ns = leaves.map((l) => l.n).filter((n) => n > 0);
  return ns.length > 0 ? Math.min(...ns) : 0;
}

function assayInvalid(failing: LeafResult[], ruleSet: RuleSet): Decision {
  const t = ruleSet.thresholds;
  const nextSteps = unique([m.next.checkDose, ...(failing.some((l) => l.target === 'TRK') ? [m.next.checkTrkAntibody] : []), m.next.repeatBeforeReading]);
  const facts = failing.map((l) => l.brief);
  if (failing.some((l) => l.mode === 'descriptive')) return descriptive('assay-invalid', 'assay invalid', failing, facts, ruleSet);
  const notes: string[] = [];
  let confidence: Confidence = 'strong';
  if (failing.some((l) => l.mode === 'provisional')) {
    confidence = 'provisional';
    notes.push(m.noteProvisional(minN(failing)));
  } else {
    // Graded by its own interval: a failure is strong only where the sensitive model is clearly
    // sustained (the interval's lower bound at or above the sustained threshold), not where the
    // interval still reaches into the grey zone.
    notes.push(...failing.filter((l) => l.ciLow !== null && l.ciLow < t.sustained).map((l) => m.noteAssayCrosses(l.fragment)));
    notes.push(...flagNotes(failing, ruleSet));
    if (notes.length > 0) confidence = 'moderate';
  }
  return { mechanism: 'assay-invalid', confidence, drivers: [], call: m.callAssayInvalid(confidence), facts, nextSteps, decisive: failing, confidenceNotes: notes };
}

function inconclusive(reason: WithheldReason, shown: LeafResult[], assayLeaves: LeafResult[], facts: string[], nextSteps: string[]): Decision {
  return {
    mechanism: 'inconclusive', confidence: 'provisional', drivers: [], call: m.callInconclusive(), facts, nextSteps,
    decisive: [...assayLeaves, ...shown], withheld: reason, confidenceNotes: [m.noteInconclusive()],
  };
}

function descriptive(resembles: Mechanism, label: string, decisive: LeafResult[], facts: string[], ruleSet: RuleSet): Decision {
  return {
    mechanism: 'inconclusive', confidence: 'provisional', drivers: [], call: m.callDescriptive(minN(decisive), label), facts,
    nextSteps: [m.next.descriptive(ruleSet.thresholds.minReplicates)], decisive, withheld: 'descriptive-only', resembles,
    confidenceNotes: [m.noteInconclusive()],
  };
}

const REASON_ORDER: readonly WithheldReason[] = ['grey-zone', 'interval-spans', 'not-significant'];
const REASON_STEP: Readonly<Record<string, string>> = {
  'grey-zone': m.next.greyZone, 'interval-spans': m.next.intervalSpans, 'not-significant': m.next.notSignificant,
};

function decideFrom(o: RuleOutcome, assayLeaves: LeafResult[], ruleSet: RuleSet, undecidedBefore?: RuleOutcome): Decision {
  if (o.status === 'ambiguous') {
    const undecided = o.leaves.filter((l) => l.status === 'ambiguous');
    const reason = REASON_ORDER.find((r) => undecided.some((l) => l.reason === r)) ?? 'grey-zone';
    return inconclusive(reason, undecided, assayLeaves, unique(undecided.map((l) => l.brief)), [REASON_STEP[reason]!]);
  }
  const decisive = [...assayLeaves, ...o.leaves];
  const noCandidates = o.rule.drivers.candidates.length === 0;
  const facts = [patternFact(o), ...(o.rule.drivers.required ? driverFacts(o) : []), ...(noCandidates ? levelFacts(o) : [])].filter((f) => f !== '');
  const nextSteps = unique([...o.namedCandidates.flatMap((d) => o.rule.driverNextSteps[d] ?? []), ...o.rule.nextSteps]);
  if (decisive.some((l) => l.mode === 'descriptive')) return descriptive(o.rule.mechanism, o.rule.label, decisive, facts, ruleSet);
  const notes: string[] = [];
  let confidence: Confidence = 'strong';
  if (decisive.some((l) => l.mode === 'provisional')) {
    confidence = 'provisional';
    notes.push(m.noteProvisional(minN(decisive)));
    nextSteps.push(m.next.provisional(ruleSet.thresholds.minReplicates));
  } else {
    notes.push(...decisive.filter((l) => l.status === 'weak').map((l) => (l.role === 'absolute' && l.zone === 'grey' ? m.noteOutputGrey(l.fragment) : m.noteCrosses(l.fragment))));
    notes.push(...flagNotes(decisive, ruleSet));
    if (undecidedBefore) notes.push(m.noteUndecidedDriver(undecidedBefore.rule.label, unique(undecidedBefore.leaves.filter((l) => l.status === 'ambiguous').map((l) => l.brief))));
    if (notes.length > 0) confidence = 'moderate';
  }
  if (undecidedBefore) nextSteps.push(m.next.notSignificant);
  const joiner = o.rule.drivers.required ? 'via' : 'with';
  // A rule with no driver table (non-genetic resistance) names the proteins whose levels made it fit.
  const drivers = o.drivers.length === 0 && noCandidates ? unique(o.leaves.filter(isLevelLeaf).map((l) => l.target)) : o.drivers;
  return {
    mechanism: o.rule.mechanism, confidence, drivers,
    call: m.callFired(o.rule.label, o.namedCandidates, joiner, confidence),
    facts, nextSteps, decisive, confidenceNotes: notes,
  };
}

/** Quality flags (of the kinds that lower confidence) on the proteins the verdict rests on. */
function flagNotes(leaves: readonly LeafResult[], ruleSet: RuleSet): string[] {
  const byFlag = new Map<string, string[]>();
  for (const l of leaves) {
    for (const flag of l.flags) {
      if (!ruleSet.qualityFlagsLowerConfidence.includes(flag)) continue;
      byFlag.set(flag, unique([...(byFlag.get(flag) ?? []), l.target]));
    }
  }
  return [...byFlag.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([flag, targets]) => m.noteFlag(flag, targets));
}
