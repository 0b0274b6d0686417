/**
 * Follow-up outcomes, from the fractions of vehicle (compareModels) and the arm-versus-arm
 * differences of the same blocked model (stats/armDifferences.ts):
 *
 * - combination or next-generation inhibitor, in the resistant model against the TRK inhibitor alone:
 *   `restored`      significantly lower (p < alpha) and in the suppressed range (f <= suppressed,
 *                   its interval below the sustained threshold);
 *   `partial`       significantly lower, f above suppressed, and f below sustained or the drop at least
 *                   the minimum fold (2-fold): a small drop that leaves f sustained is not-restored;
 *   `not-restored`  not `partial`, f above suppressed, and either f sustained (its interval above the
 *                   suppressed threshold) or the interval of the difference excluding the minimum fold;
 *   `inconclusive`  no TRK inhibitor alone to compare with, fewer than minReplicates, not measured, the
 *                   reference already suppressed, or none
 *                   of the above (grey zone, an interval across the thresholds, not significant).
 * - ligand with the TRK inhibitor, in the sensitive model: the mirror image (`rescued`: significantly
 *   higher and f in the sustained range; `partial`: significantly higher, f above suppressed or at least 2-fold higher; `not-rescued`: f below
 *   sustained and either suppressed or a 2-fold rise excluded).
 * - single agent against vehicle, on its own readout: `active` (f <= suppressed, interval below
 *   sustained), `inactive` (f >= sustained, interval above suppressed), `partial` (interval inside
 *   the grey zone), else inconclusive.
 */
import { groupKey } from '../groupKey.js';
import { followUpMessages as m, type ArmNumbers } from '../messages/followUp.js';
import type { Comparison, GroupComparison, RatioSummary } from '../stats/comparisonTypes.js';
import type { ArmDifferenceRequest } from '../stats/armDifferences.js';
import type { FollowUpQuestion } from './followUpQuestions.js';
import type { ArmFraction, FollowUp, FollowUpOutcome, FollowUpWithheld } from './followUpTypes.js';
import type { Thresholds } from './ruleSetTypes.js';

/** The arm-versus-arm differences the questions need, in the order `readFollowUps` reads them. */
export function differenceRequests(questions: readonly FollowUpQuestion[]): ArmDifferenceRequest[] {
  return questions.flatMap((q) => (q.reference === null ? [] : q.readouts.map((target) => ({
    resistant: q.line, sensitive: q.versus, readIn: q.readIn, target, arm: q.condition, reference: q.reference!,
  }))));
}

export function readFollowUps(
  questions: readonly FollowUpQuestion[], comparisons: readonly Comparison[], differences: readonly (GroupComparison | null)[],
  t: Thresholds, level: number,
): FollowUp[] {
  const byKey = new Map<string, Comparison>();
  for (const c of comparisons) byKey.set(groupKey(c.line, c.versus, c.treatment, c.dose_nM, c.time_h, c.target), c);
  const out: FollowUp[] = [];
  let next = 0;
  for (const q of questions) {
    const measured = q.readouts.filter((target) => byKey.has(groupKey(q.line, q.versus, q.condition.treatment, q.condition.dose_nM, q.condition.time_h, target)));
    q.readouts.forEach((target, i) => {
      const difference = q.reference === null ? null : (differences[next++] ?? null);
      // Unmeasured readouts are left out, unless none was measured: then the first says so.
      if (!measured.includes(target) && !(measured.length === 0 && i === 0)) return;
      out.push(readOne(q, target, measured[0] === target || measured.length === 0, byKey, difference, t, level));
    });
  }
  return out;
}

function readOne(
  q: FollowUpQuestion, target: string, primary: boolean, byKey: ReadonlyMap<string, Comparison>, d: GroupComparison | null, t: Thresholds, level: number,
): FollowUp {
  const at = (c: { treatment: string; dose_nM: number | null; time_h: number | null }) => byKey.get(groupKey(q.line, q.versus, c.treatment, c.dose_nM, c.time_h, target));
  const armComparison = at(q.condition);
  const inSensitive = q.readIn === q.versus;
  const side = (c: Comparison | undefined, sensitive: boolean): RatioSummary | null => {
    const s = c ? (sensitive ? c.sensitiveFractionOfVehicle : c.fractionOfVehicle) : null;
    return s && s.n > 0 ? s : null;
  };
  const fraction = (s: RatioSummary | null, c: { treatment: string; dose_nM: number | null; time_h: number | null }): ArmFraction | null =>
    (s ? { arm: c.treatment, dose_nM: c.dose_nM, time_h: c.time_h, fractionOfVehicle: s.estimate, ciLow: s.ciLow, ciHigh: s.ciHigh, n: s.n } : null);
  const armF = side(armComparison, inSensitive);
  const refF = q.reference ? side(at(q.reference), inSensitive) : null;
  const vehicle: ArmFraction = { arm: 'vehicle', dose_nM: null, time_h: q.condition.time_h, fractionOfVehicle: 1, ciLow: null, ciHigh: null, n: armF?.n ?? 0 };
  const reference = q.reference ? (fraction(refF, q.reference) ?? { ...emptyFraction(q.reference) }) : vehicle;
  const numbers: ArmNumbers = {
    arm: q.arm.treatment, readout: target, line: q.readIn, reference: reference.arm,
    f: armF?.estimate ?? null, fReference: reference.fractionOfVehicle,
    log2Ratio: d?.log2Ratio ?? null, ciLow: d?.ciLow ?? null, ciHigh: d?.ciHigh ?? null, pValue: d?.p ?? null,
    n: Math.min(armF?.n ?? 0, q.reference ? (refF?.n ?? 0) : (armF?.n ?? 0)), level,
  };
  const judged = q.kind !== 'single-agent' && q.reference === null ? withhold('no-reference', numbers, t)
    : q.kind === 'single-agent' ? judgeSingle(armF, numbers, t)
    : q.kind === 'ligand-rescue' ? judgeRescue(armF, refF, d, numbers, t)
      : judgeRestore(armF, refF, d, numbers, t);
  return {
    line: q.line, versus: q.versus, arm: q.arm.treatment, dose_nM: q.condition.dose_nM, time_h: q.condition.time_h,
    kind: q.kind, drugs: q.arm.drugs.map((x) => ({ name: x.name, class: x.class })), readIn: q.readIn,
    comparedWith: reference.arm, readout: target, primary, outcome: judged.outcome,
    ...(judged.withheld ? { withheld: judged.withheld } : {}),
    resistant: fraction(side(armComparison, false), q.condition), sensitive: fraction(side(armComparison, true), q.condition),
    reference,
    difference: q.reference === null ? null : { log2Ratio: d?.log2Ratio ?? null, ciLow: d?.ciLow ?? null, ciHigh: d?.ciHigh ?? null, p: d?.p ?? null },
    bears: 'neutral',
    verdict: q.verdict ? { treatment: q.verdict.treatment, dose_nM: q.verdict.dose_nM, time_h: q.verdict.time_h, mechanism: q.verdict.mechanism } : null,
    sentence: judged.sentence,
  };
}

const emptyFraction = (c: { treatment: string; dose_nM: number | null; time_h: number | null }): ArmFraction =>
  ({ arm: c.treatment, dose_nM: c.dose_nM, time_h: c.time_h, fractionOfVehicle: null, ciLow: null, ciHigh: null, n: 0 });

interface Judged { outcome: FollowUpOutcome; withheld?: FollowUpWithheld; sentence: string }

function withhold(reason: FollowUpWithheld, x: ArmNumbers, t: Thresholds): Judged {
  const why = reason === 'too-few-replicates' ? m.why[reason](x.n, t.minReplicates) : m.why[reason]();
  return { outcome: 'inconclusive', withheld: reason, sentence: m.inconclusive(x, why) };
}

/** Common gates: something to read, enough replicates. */
function gate(armF: RatioSummary | null, refF: RatioSummary | null, needReference: boolean, d: GroupComparison | null, x: ArmNumbers, t: Thresholds): Judged | null {
  if (!armF || armF.estimate === null || (needReference && (!refF || refF.estimate === null || !d || d.log2Ratio === null))) return withhold('not-measured', x, t);
  if (x.n < t.minReplicates) return withhold('too-few-replicates', x, t);
  return null;
}

function judgeRestore(armF: RatioSummary | null, refF: RatioSummary | null, d: GroupComparison | null, x: ArmNumbers, t: Thresholds): Judged {
  const stop = gate(armF, refF, true, d, x, t);
  if (stop) return stop;
  const f = armF!.estimate!;
  const diff = d!;
  if (refF!.estimate! <= t.suppressed) return withhold('nothing-to-restore', x, t);
  const significantDrop = diff.p !== null && diff.p < t.alpha && diff.log2Ratio! < 0;
  if (significantDrop && f <= t.suppressed) {
    return armF!.ciHigh !== null && armF!.ciHigh < t.sustained ? { outcome: 'restored', sentence: m.restored(x) } : withhold('interval-spans', x, t);
  }
  if (f <= t.suppressed) return withhold('not-significant', x, t);
  if (significantDrop && (f < t.sustained || diff.log2Ratio! <= -t.minLog2Ratio)) return { outcome: 'partial', sentence: m.partial(x, t.suppressed) };
  const sustained = f >= t.sustained && armF!.ciLow !== null && armF!.ciLow > t.suppressed;
  if (sustained || (diff.ciLow !== null && diff.ciLow > -t.minLog2Ratio)) return { outcome: 'not-restored', sentence: m.notRestored(x) };
  return withhold(significantDrop ? 'grey-zone' : 'not-significant', x, t);
}

function judgeRescue(armF: RatioSummary | null, refF: RatioSummary | null, d: GroupComparison | null, x: ArmNumbers, t: Thresholds): Judged {
  const stop = gate(armF, refF, true, d, x, t);
  if (stop) return stop;
  const f = armF!.estimate!;
  const diff = d!;
  const significantRise = diff.p !== null && diff.p < t.alpha && diff.log2Ratio! > 0;
  if (significantRise && f >= t.sustained) {
    return armF!.ciLow !== null && armF!.ciLow > t.suppressed ? { outcome: 'rescued', sentence: m.rescued(x) } : withhold('interval-spans', x, t);
  }
  if (f >= t.sustained) return withhold('not-significant', x, t);
  if (significantRise && (f > t.suppressed || diff.log2Ratio! >= t.minLog2Ratio)) return { outcome: 'partial', sentence: m.partialRescue(x, t.sustained) };
  const suppressed = f <= t.suppressed && armF!.ciHigh !== null && armF!.ciHigh < t.sustained;
  if (suppressed || (diff.ciHigh !== null && diff.ciHigh < t.minLog2Ratio)) return { outcome: 'not-rescued', sentence: m.notRescued(x) };
  return withhold(significantRise ? 'grey-zone' : 'not-significant', x, t);
}

function judgeSingle(armF: RatioSummary | null, x: ArmNumbers, t: Thresholds): Judged {
  const stop = gate(armF, null, false, null, x, t);
  if (stop) return stop;
  const { estimate, ciLow, ciHigh } = armF!;
  if (estimate! <= t.suppressed && ciHigh !== null && ciHigh < t.sustained) return { outcome: 'active', sentence: m.active(x) };
  if (estimate! >= t.sustained && ciLow !== null && ciLow > t.suppressed) return { outcome: 'inactive', sentence: m.inactive(x) };
  if (ciLow !== null && ciHigh !== null && ciLow > t.suppressed && ciHigh < t.sustained) return { outcome: 'partial', sentence: m.partlyActive(x) };
  return withhold(ciLow === null ? 'not-significant' : estimate! > t.suppressed && estimate! < t.sustained ? 'grey-zone' : 'interval-spans', x, t);
}
