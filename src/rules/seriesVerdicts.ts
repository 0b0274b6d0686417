/**
 * Whole experiments: one verdict per dose series and per time course instead of one per condition.
 *
 *   per-condition verdicts
 *     -> 1. dose series (a model, treatment and time with >= 3 doses): the verdict at the reading dose,
 *           the lowest dose where the sensitive model's fitted curve of every assay protein is at or
 *           below the suppressed threshold (where it should be inhibited: low doses never make an
 *           assay-invalid verdict); the highest dose when its curve never gets there. The curves'
 *           IC50s and fold shifts join the evidence; an on-target call needs pTRK's IC50 shifted by
 *           the rule set's `ic50FoldShift` (otherwise its confidence is lowered, said why).
 *     -> 2. time course (>= 3 times of one model, treatment and dose or dose series): the verdict at
 *           the latest time where the assay is valid (the sensitive model suppressed: its own later
 *           feedback rebound is biology, a hint, not a failed assay; the latest time when the assay
 *           is valid at none), with each key protein's trajectory (durable suppression, or early
 *           suppression with reactivation and the time it returns) in the evidence and, for a
 *           reactivation, in the verdict sentence. Hints of every time point are kept.
 *
 * Per-dose and per-time comparisons stay in results.json `comparisons`.
 */
import { groupKey } from '../groupKey.js';
import { conditionLabel, ruleMessages as rm } from '../messages/rules.js';
import { foldText, seriesMessages as m } from '../messages/series.js';
import type { Comparison } from '../stats/comparisonTypes.js';
import type { DoseResponse } from '../stats/doseResponseTypes.js';
import { MIN_SERIES_DOSES } from '../stats/doseResponses.js';
import { logLogistic } from '../stats/logLogisticFit.js';
import type { RuleSet } from './ruleSetTypes.js';
import type { Evidence, Hint, Verdict } from './types.js';
import { log10 } from '../stats/portableMath.js';

/** A time course needs this many time points. */
export const MIN_COURSE_TIMES = 3;

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

export function collapseSeries(
  verdicts: readonly Verdict[], comparisons: readonly Comparison[], responses: readonly DoseResponse[], ruleSet: RuleSet, level: number,
): Verdict[] {
  const overDoses = collapseDoseSeries(verdicts, responses, ruleSet, level);
  return collapseTimeCourses(overDoses, comparisons, ruleSet);
}

/** Groups in order of first appearance. */
function groupBy<T>(xs: readonly T[], key: (x: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = groups.get(k);
    if (list) list.push(x);
    else groups.set(k, [x]);
  }
  return [...groups.values()];
}

// ---- 1. dose series ---------------------------------------------------------------------------

function collapseDoseSeries(verdicts: readonly Verdict[], responses: readonly DoseResponse[], ruleSet: RuleSet, level: number): Verdict[] {
  const curveOf = new Map(responses.map((r) => [groupKey(r.line, r.treatment, r.time_h, r.target), r]));
  return groupBy(verdicts, (v) => groupKey(v.line, v.versus, v.treatment, v.time_h)).flatMap((group) => {
    const doses = unique(group.map((v) => v.dose_nM).filter((d): d is number => d !== null && d > 0)).sort((a, b) => a - b);
    if (doses.length < MIN_SERIES_DOSES) return group;
    const first = group[0]!;
    const curve = (line: string, target: string) => curveOf.get(groupKey(line, first.treatment, first.time_h, target));
    const reading = readingDoses(doses, first.versus, ruleSet, (target) => curve(first.versus, target));
    const at = (d: number | null) => group.find((v) => v.dose_nM === d);
    // On-target resistance fades at high doses by its nature (a shifted curve is still inhibited far
    // above its IC50): it is also read where the sensitive line is first suppressed.
    const early = reading.first !== null && reading.first !== reading.clear ? at(reading.first) : undefined;
    const onTargetEarly = early?.mechanism === 'on-target' && at(reading.clear)?.mechanism !== 'on-target'
      && onTargetCheck(early, curve(first.line, 'TRK'), ruleSet, level).note === null;
    const dose = onTargetEarly ? reading.first! : reading.clear;
    const chosen = at(dose) ?? group[group.length - 1]!;
    const targets = unique([...ruleSet.assay.suppressedInSensitive, ...chosen.drivers, ...ruleSet.hints.adaptiveRebound])
      .filter((t) => curve(first.line, t) !== undefined);
    const facts = targets.map((t) => m.curvePair(t, first.line, first.versus, curve(first.line, t)!, curve(first.versus, t), level));
    const check = onTargetCheck(chosen, curve(first.line, 'TRK'), ruleSet, level);
    const evidence: Evidence = {
      rule: 'dose-response',
      outcome: check.note ? 'not-fired' : chosen.mechanism === 'inconclusive' || chosen.mechanism === 'assay-invalid' ? 'not-evaluable' : 'fired',
      targets, values: curveValues(targets, first.line, first.versus, curve), thresholds: { suppressed: ruleSet.thresholds.suppressed, ic50FoldShift: ruleSet.thresholds.ic50FoldShift },
      sentence: m.curveEvidence(facts, onTargetEarly ? m.readAtOnTarget(dose, reading.sentence) : reading.sentence),
    };
    const head = rm.summaryHead(first.line, first.versus, m.doseHead(first.treatment, doses, first.time_h, dose));
    const verdict: Verdict = {
      ...chosen,
      dose_nM: null, doses, readingDose_nM: dose,
      confidence: check.note && chosen.confidence === 'strong' ? 'moderate' : chosen.confidence,
      summary: rewriteSummary(chosen, head, check.note ? [check.note] : headline(chosen, ruleSet, (line, t) => curve(line, t)), check.note && chosen.confidence === 'strong' ? 'moderate' : null),
      evidence: [...chosen.evidence, evidence],
      hints: chosen.hints,
      confidenceNotes: [...(chosen.confidenceNotes ?? []), ...(check.note ? [check.note] : [])],
    };
    return [verdict];
  });
}

/** The summary's curve facts: the verdict's key protein first, then pTRK ("pERK IC50 > 1000 nM vs 9.4 nM in KM12 (at least 107-fold), pTRK IC50 10 nM vs 10 nM in KM12 (0.99-fold)"). */
function headline(v: Verdict, ruleSet: RuleSet, curve: (line: string, target: string) => DoseResponse | undefined): string[] {
  const key = v.mechanism === 'mapk-bypass' ? 'ERK' : v.mechanism === 'pi3k-akt-bypass' ? 'AKT' : v.mechanism === 'rtk-bypass' ? v.drivers[0] : undefined;
  const assay = ruleSet.assay.suppressedInSensitive[0];
  return unique([key, assay].filter((t): t is string => t !== undefined))
    .filter((t) => curve(v.line, t) !== undefined)
    .map((t) => m.curveBrief(t, v.versus, curve(v.line, t)!, curve(v.versus, t)));
}

/**
 * The lowest dose where the sensitive model's fitted curve of every assay protein is clearly
 * suppressed: at or below half the suppressed threshold (f <= 0.10 by default), so that one dose's
 * noisy estimate does not straddle the threshold; failing that, at or below the threshold itself;
 * the highest dose when a curve never gets there (or none was fitted).
 */
function readingDoses(doses: readonly number[], versus: string, ruleSet: RuleSet, curve: (target: string) => DoseResponse | undefined):
  { clear: number; first: number | null; sentence: string } {
  const t = ruleSet.thresholds;
  const top = doses[doses.length - 1]!;
  const assay = ruleSet.assay.suppressedInSensitive.filter((target) => curve(target) !== undefined);
  const firstAtOrBelow = (level: number) => assay.map((target) => {
    const r = curve(target)!;
    if (r.status !== 'fitted' || r.ic50_nM.estimate === null || r.bottom === null || r.hill === null) return undefined;
    const log10Ic50 = log10(r.ic50_nM.estimate);
    return doses.find((d) => logLogistic(d, r.bottom!, log10Ic50, r.hill!) <= level);
  });
  const doseAt = (level: number): number | null => {
    const found = firstAtOrBelow(level);
    return assay.length > 0 && found.every((d) => d !== undefined) ? Math.max(...(found as number[])) : null;
  };
  const first = doseAt(t.suppressed);
  const clear = doseAt(t.suppressed / 2);
  if (clear !== null) return { clear, first, sentence: m.readAt(clear, versus, assay, t.suppressed / 2) };
  if (first !== null) return { clear: first, first, sentence: m.readAt(first, versus, assay, t.suppressed) };
  return { clear: top, first: null, sentence: m.readAtTop(top, versus, assay.length > 0 ? assay : ruleSet.assay.suppressedInSensitive, t.suppressed) };
}

/**
 * The curves check the call: on-target needs pTRK's IC50 shifted by at least the rule set's fold; a
 * bypass (or non-genetic) call with pTRK's IC50 shifted that much leaves on-target resistance open.
 * Either disagreement lowers a strong verdict to moderate, with the reason.
 */
function onTargetCheck(v: Verdict, trk: DoseResponse | undefined, ruleSet: RuleSet, level: number): { note: string | null } {
  const shift = trk?.ic50Fold?.atLeast ?? trk?.ic50Fold?.estimate ?? null;
  if (v.mechanism !== 'on-target') {
    const bypass = v.mechanism !== 'inconclusive' && v.mechanism !== 'assay-invalid';
    return { note: bypass && trk && shift !== null && shift >= ruleSet.thresholds.ic50FoldShift ? m.bypassButTrkShifted(foldText(trk, level), ruleSet.thresholds.ic50FoldShift) : null };
  }
  if (!trk || shift === null) return { note: m.onTargetShiftUnknown() };
  if (shift >= ruleSet.thresholds.ic50FoldShift) return { note: null };
  return { note: m.onTargetShiftTooSmall(foldText(trk, level), ruleSet.thresholds.ic50FoldShift) };
}

function curveValues(targets: readonly string[], line: string, versus: string, curve: (line: string, target: string) => DoseResponse | undefined): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const t of targets) {
    const r = curve(line, t);
    const s = curve(versus, t);
    values[`${t}.resistant.ic50_nM`] = r?.ic50_nM.estimate ?? null;
    values[`${t}.sensitive.ic50_nM`] = s?.ic50_nM.estimate ?? null;
    values[`${t}.ic50Fold`] = r?.ic50Fold?.estimate ?? null;
    values[`${t}.ic50FoldAtLeast`] = r?.ic50Fold?.atLeast ?? null;
    values[`${t}.resistant.bottom`] = r?.bottom ?? null;
  }
  return values;
}

// ---- 2. time courses --------------------------------------------------------------------------

function collapseTimeCourses(verdicts: readonly Verdict[], comparisons: readonly Comparison[], ruleSet: RuleSet): Verdict[] {
  const fractionAt = new Map<string, Comparison>();
  for (const c of comparisons) fractionAt.set(groupKey(c.line, c.versus, c.treatment, c.dose_nM, c.time_h, c.target), c);
  const t = ruleSet.thresholds;
  return groupBy(verdicts, (v) => groupKey(v.line, v.versus, v.treatment, v.dose_nM, v.doses?.join(',') ?? null)).flatMap((group) => {
    const times = unique(group.map((v) => v.time_h).filter((x): x is number => x !== null)).sort((a, b) => a - b);
    if (times.length < MIN_COURSE_TIMES) return group;
    const latest = times[times.length - 1]!;
    const valid = times.filter((time) => group.find((v) => v.time_h === time)?.evidence[0]?.outcome === 'fired');
    const reading = valid.length > 0 ? valid[valid.length - 1]! : latest;
    const chosen = group.find((v) => v.time_h === reading)!;
    const atTime = new Map(group.map((v) => [v.time_h, v]));
    const targets = unique([...ruleSet.assay.suppressedInSensitive, ...ruleSet.hints.adaptiveRebound, ...chosen.drivers]);
    const facts: string[] = [];
    const reactivated: string[] = [];
    const values: Record<string, number | null> = {};
    for (const target of targets) {
      for (const role of ['resistant', 'sensitive'] as const) {
        const points = times.map((time) => {
          const v = atTime.get(time);
          const dose = v?.readingDose_nM ?? v?.dose_nM ?? null;
          const c = fractionAt.get(groupKey(chosen.line, chosen.versus, chosen.treatment, dose, time, target));
          const summary = role === 'resistant' ? c?.fractionOfVehicle : c?.sensitiveFractionOfVehicle;
          return { time, f: summary?.estimate ?? null };
        });
        if (points.every((p) => p.f === null)) continue;
        const course = trajectoryOf(points, t.suppressed, t.sustained);
        if (course.kind === 'reactivated' && role === 'resistant') reactivated.push(target);
        for (const p of points) values[`${target}.${role}.${p.time}h`] = p.f;
        const line = role === 'resistant' ? chosen.line : chosen.versus;
        facts.push(m.trajectory(target, line, points, course.kind === 'reactivated' ? m.reactivated(course.returnsAt) : course.kind === 'durable' ? m.durable() : course.kind === 'sustained' ? m.sustainedThroughout() : m.partial()));
      }
    }
    const evidence: Evidence = {
      rule: 'time-course', outcome: chosen.mechanism === 'inconclusive' || chosen.mechanism === 'assay-invalid' ? 'not-evaluable' : 'fired',
      targets, values, thresholds: { suppressed: t.suppressed, sustained: t.sustained },
      sentence: reading === latest ? m.timeEvidence(facts, latest) : m.timeEvidenceAt(facts, reading, times.filter((time) => time > reading)),
    };
    const doseLabel = chosen.doses ? `${chosen.doses[0]}-${chosen.doses[chosen.doses.length - 1]} nM` : chosen.dose_nM === null ? null : `${chosen.dose_nM} nM`;
    const head = rm.summaryHead(chosen.line, chosen.versus, m.timeHead(chosen.treatment, doseLabel, times, reading === latest ? undefined : reading));
    const extra = reactivated.length > 0 ? [m.reactivationInVerdict(reactivated, chosen.line)] : [];
    return [{
      ...chosen,
      time_h: null, times, readingTime_h: reading,
      summary: rewriteSummary(chosen, head, extra, null),
      evidence: [...chosen.evidence, evidence],
      hints: mergeHints(group),
    }];
  });
}

type Trajectory = { kind: 'durable' | 'sustained' | 'partial' } | { kind: 'reactivated'; returnsAt: number };

/** Durable suppression, early suppression with reactivation (and when), sustained, or neither. */
export function trajectoryOf(points: readonly { time: number; f: number | null }[], suppressed: number, sustained: number): Trajectory {
  const measured = points.filter((p): p is { time: number; f: number } => p.f !== null);
  if (measured.length > 0 && measured.every((p) => p.f <= suppressed)) return { kind: 'durable' };
  if (measured.length > 0 && measured.every((p) => p.f >= sustained)) return { kind: 'sustained' };
  const firstSuppressed = measured.findIndex((p) => p.f <= suppressed);
  if (firstSuppressed >= 0) {
    const back = measured.slice(firstSuppressed + 1).find((p) => p.f >= sustained);
    // Reactivated: back above the sustained threshold and staying there.
    if (back && measured.filter((p) => p.time >= back.time).every((p) => p.f >= sustained)) return { kind: 'reactivated', returnsAt: back.time };
  }
  return { kind: 'partial' };
}

// ---- shared -----------------------------------------------------------------------------------

/** The head the per-condition summary was written with. */
function summaryHeadOf(v: Verdict): string {
  const condition = v.doses ? m.doseHead(v.treatment, v.doses, v.time_h, v.readingDose_nM) : conditionLabel(v.treatment, v.dose_nM, v.time_h);
  return rm.summaryHead(v.line, v.versus, condition);
}

/**
 * The per-condition summary with the series' head, extra facts after its own, and the confidence in
 * the call replaced when the series lowered it.
 */
function rewriteSummary(v: Verdict, head: string, extra: readonly string[], confidence: string | null): string {
  let rest = v.summary.slice(summaryHeadOf(v).length);
  if (confidence) rest = rest.replace(`(${v.confidence})`, `(${confidence})`);
  const nextAt = rest.indexOf('; next: ');
  const body = nextAt >= 0 ? rest.slice(0, nextAt) : rest;
  const next = nextAt >= 0 ? rest.slice(nextAt) : '';
  const facts = extra.length > 0 ? `${body.includes(' - ') ? ', ' : ' - '}${extra.join(', ')}` : '';
  return `${head}${body}${facts}${next}`;
}

/** Every hint of a time course once (the rebound hint is attached to each of its time points). */
function mergeHints(group: readonly Verdict[]): Hint[] {
  const seen = new Set<string>();
  return group.flatMap((v) => v.hints).filter((h) => {
    const key = `${h.kind}|${h.target ?? ''}|${h.sentence}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
