/**
 * Hints added to a verdict whatever its mechanism: possible amplification or fusion loss (total
 * protein), a receptor expressed but not activated, an output collapsed although f is sustained,
 * quality flags, too few replicates, and adaptive rebound over a time course (in either model).
 */
import { ruleMessages as m } from '../messages/rules.js';
import { groupKey } from '../groupKey.js';
import { compareText } from '../order.js';
import type { Comparison } from '../stats/comparisonTypes.js';
import { differenceN, zoneOf, type GroupContext } from './evaluateCondition.js';


import type { RuleSet } from './ruleSetTypes.js';
import type { Hint, Verdict } from './types.js';

export interface GroupHints {
  hints: Hint[];
  nextSteps: string[];
}

export function groupHints(group: readonly Comparison[], ruleSet: RuleSet, ctx: GroupContext, replicates: number): GroupHints {
  const t = ruleSet.thresholds;
  const hints: Hint[] = [];
  const nextSteps: string[] = [];
  const totalFold = (target: string) => {
    const g = ctx.levels.get(target)?.totalProtein.resistantVsSensitive;
    if (!g || g.log2Ratio === null) return null;
    return { x: 2 ** g.log2Ratio, values: { fold: 2 ** g.log2Ratio, log2Ratio: g.log2Ratio, p: g.p, n: differenceN(g) }, p: g.p, n: differenceN(g) };
  };
  for (const target of ruleSet.hints.amplification) {
    const total = totalFold(target);
    if (!total || total.x < t.amplificationFold) continue;
    hints.push({ kind: 'amplification', target, values: total.values, sentence: m.amplification(target, ctx.line, ctx.versus, total.x, total.p, total.n) });
    nextSteps.push(m.next.copyNumber(target));
  }
  for (const target of ruleSet.hints.fusionLoss) {
    const total = totalFold(target);
    if (!total || total.x > t.fusionLossFold) continue;
    hints.push({ kind: 'fusion-loss', target, values: total.values, sentence: m.fusionLoss(target, ctx.line, ctx.versus, total.x, total.p, total.n) });
    nextSteps.push(m.next.fusionLoss);
  }
  for (const target of ruleSet.hints.amplification) {
    const levels = ctx.levels.get(target);
    const total = levels?.totalProtein.resistantVsSensitive;
    if (!total || total.log2Ratio === null || total.p === null || total.log2Ratio < t.minLog2Ratio || total.p >= t.alpha) continue;
    const phosphoLog2 = levels?.phosphoProtein?.resistantVsSensitive.log2Ratio ?? null;
    const basalLog2 = levels?.basal.resistantVsSensitive.log2Ratio ?? null;
    const activeLog2 = phosphoLog2 ?? (basalLog2 === null ? null : basalLog2 + total.log2Ratio);
    if (activeLog2 === null || activeLog2 >= t.minLog2Ratio) continue;
    hints.push({
      kind: 'receptor-not-activated', target,
      values: { totalFold: 2 ** total.log2Ratio, phosphoFold: phosphoLog2 === null ? null : 2 ** phosphoLog2, basalFold: basalLog2 === null ? null : 2 ** basalLog2 },
      sentence: m.notActivated(target, ctx.line, ctx.versus, 2 ** total.log2Ratio, phosphoLog2 === null ? null : 2 ** phosphoLog2, basalLog2 === null ? null : 2 ** basalLog2),
    });
  }
  for (const target of ruleSet.hints.adaptiveRebound) {
    const c = ctx.byTarget.get(target);
    const f = c?.fractionOfVehicle.estimate ?? null;
    const absolute = c?.absoluteOutput?.estimate ?? null;
    // Said only when the output is shown to be under half the partner's untreated level (its interval
    // lies below it), not on the estimate alone.
    const upper = c?.absoluteOutput?.ciHigh ?? null;
    if (f === null || absolute === null || zoneOf(f, t) !== 'sustained' || absolute >= t.sustained || (upper !== null && upper >= t.sustained)) continue;
    hints.push({ kind: 'output-collapsed', target, values: { fraction: f, absoluteOutput: absolute }, sentence: m.outputCollapsed(target, ctx.line, ctx.versus, absolute, f) });
  }
  const flagged = new Map<string, string[]>();
  const flagsOf = (target: string, flags: readonly string[]) => { for (const flag of flags) flagged.set(flag, [...new Set([...(flagged.get(flag) ?? []), target])]); };
  for (const c of group) flagsOf(c.target, c.flags);
  for (const l of ctx.levels.values()) flagsOf(l.target, l.flags);
  for (const [flag, targets] of [...flagged.entries()].sort(([a], [b]) => compareText(a, b))) {
    hints.push({ kind: 'quality', target: targets.length === 1 ? targets[0]! : null, values: { comparisons: targets.length }, sentence: m.quality(flag, targets) });
  }
  if (replicates > 0 && replicates < t.minReplicates) {
    hints.push({ kind: 'replicates', target: null, values: { n: replicates }, sentence: m.replicates(replicates, t.minReplicates, replicates >= t.provisionalReplicates) });
  }
  return { hints, nextSteps };
}

/** Markers that place a bypass on its pathway (SCIENCE.md): upstream and downstream of ERK, and mTORC1 downstream of AKT. */
const MAPK_MARKERS: readonly string[] = ['MEK', 'RAF', 'RSK'];
const MTOR_MARKERS: readonly string[] = ['S6', '4E-BP1'];

/**
 * Pathway markers, when probed, as supporting evidence for a bypass verdict: never deciding it.
 * pMEK or pCRAF sustained with pERK place the bypass at or above RAF/MEK; suppressed while pERK stays
 * up, below MEK. pS6 or p4E-BP1 say whether mTORC1 output follows a sustained pAKT.
 */
export function pathwayHints(mechanism: string, drivers: readonly string[], ctx: GroupContext): Hint[] {
  const hints: Hint[] = [];
  const zoneOfTarget = (target: string) => {
    const f = ctx.byTarget.get(target)?.fractionOfVehicle;
    return f && f.estimate !== null && f.n > 0 ? { f: f.estimate, zone: zoneOf(f.estimate, ctx.thresholds) } : null;
  };
  const mapk = mechanism === 'mapk-bypass' || mechanism === 'rtk-bypass';
  const akt = mechanism === 'pi3k-akt-bypass' || drivers.includes('AKT');
  for (const [active, markers, along] of [[mapk, MAPK_MARKERS, 'ERK'], [akt, MTOR_MARKERS, 'AKT']] as const) {
    if (!active) continue;
    for (const target of markers) {
      const z = zoneOfTarget(target);
      if (!z || z.zone === 'grey') continue;
      hints.push({ kind: 'pathway-marker', target, values: { fraction: z.f }, sentence: m.pathwayMarker(target, along, ctx.line, z.f, z.zone === 'sustained') });
    }
  }
  return hints;
}

/**
 * Adaptive rebound (SCIENCE.md rule 6): for one resistant model, partner, treatment and dose with
 * several time points, a protein suppressed at an early time and sustained at a late one. Judged on
 * the estimates; added to every verdict of that series. In the resistant model it is a finding with
 * its next step; in the sensitive model it is the feedback rebound of a sensitive line (a hint only:
 * the time course is read where that line is still suppressed, seriesVerdicts.ts).
 */
export function reboundHints(verdicts: readonly Verdict[], comparisons: readonly Comparison[], ruleSet: RuleSet): Verdict[] {
  const t = ruleSet.thresholds;
  const seriesKey = (x: { line: string; versus: string; treatment: string; dose_nM: number | null }) => groupKey(x.line, x.versus, x.treatment, x.dose_nM);
  const bySeries = new Map<string, Hint[]>();
  const sensitiveBySeries = new Map<string, Hint[]>();
  for (const target of ruleSet.hints.adaptiveRebound) {
    for (const role of ['resistant', 'sensitive'] as const) {
      const series = new Map<string, { line: string; points: { time: number; f: number }[] }>();
      for (const c of comparisons) {
        const f = role === 'resistant' ? c.fractionOfVehicle.estimate : c.sensitiveFractionOfVehicle.estimate;
        if (c.target !== target || c.time_h === null || f === null) continue;
        const key = seriesKey(c);
        const entry = series.get(key) ?? { line: role === 'resistant' ? c.line : c.versus, points: [] };
        entry.points.push({ time: c.time_h, f });
        series.set(key, entry);
      }
      const into = role === 'resistant' ? bySeries : sensitiveBySeries;
      for (const [key, { line, points }] of series) {
        const rebound = reboundOf(points, t);
        if (!rebound) continue;
        const { early, late } = rebound;
        into.set(key, [...(into.get(key) ?? []), {
          kind: 'adaptive-rebound', target,
          values: { earlyTime_h: early.time, earlyFraction: early.f, lateTime_h: late.time, lateFraction: late.f },
          sentence: (role === 'resistant' ? m.rebound : m.sensitiveRebound)(target, line, early.time, early.f, late.time, late.f),
        }]);
      }
    }
  }
  return verdicts.map((v) => {
    const extra = bySeries.get(seriesKey(v));
    const parental = sensitiveBySeries.get(seriesKey(v)) ?? [];
    if (!extra) return parental.length > 0 ? { ...v, hints: [...v.hints, ...parental] } : v;
    // A rebound explains what "no pattern" would send the reader to look for elsewhere.
    const steps = v.nextSteps.filter((s) => s !== m.next.noPattern);
    return { ...v, summary: v.summary.replace(m.next.noPattern, m.next.rebound), hints: [...v.hints, ...extra, ...parental], nextSteps: [...new Set([...steps, m.next.rebound])] };
  });
}

/** Suppressed at an early time and sustained at a late one (judged on the estimates). */
function reboundOf(points: readonly { time: number; f: number }[], t: RuleSet['thresholds']): { early: { time: number; f: number }; late: { time: number; f: number } } | null {
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const early = sorted.find((p) => p.time <= t.reboundEarlyMaxHours && zoneOf(p.f, t) === 'suppressed');
  const late = [...sorted].reverse().find((p) => p.time >= t.reboundLateMinHours && zoneOf(p.f, t) === 'sustained');
  return early && late && early.time < late.time ? { early, late } : null;
}
