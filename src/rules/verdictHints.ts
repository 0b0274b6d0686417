/**
 * Hints added to a verdict whatever its mechanism: possible amplification or fusion loss (total
 * protein), quality flags, too few replicates, and adaptive rebound over a time course.
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
 * the estimates; added to every verdict of that series.
 */
export function reboundHints(verdicts: readonly Verdict[], comparisons: readonly Comparison[], ruleSet: RuleSet): Verdict[] {
  const t = ruleSet.thresholds;
  const seriesKey = (x: { line: string; versus: string; treatment: string; dose_nM: number | null }) => groupKey(x.line, x.versus, x.treatment, x.dose_nM);
  const bySeries = new Map<string, Hint[]>();
  for (const target of ruleSet.hints.adaptiveRebound) {
    const series = new Map<string, { line: string; points: { time: number; f: number }[] }>();
    for (const c of comparisons) {
      if (c.target !== target || c.time_h === null || c.fractionOfVehicle.estimate === null) continue;
      const key = seriesKey(c);
      const entry = series.get(key) ?? { line: c.line, points: [] };
      entry.points.push({ time: c.time_h, f: c.fractionOfVehicle.estimate });
      series.set(key, entry);
    }
    for (const [key, { line, points }] of series) {
      const sorted = [...points].sort((a, b) => a.time - b.time);
      const early = sorted.find((p) => p.time <= t.reboundEarlyMaxHours && zoneOf(p.f, t) === 'suppressed');
      const late = [...sorted].reverse().find((p) => p.time >= t.reboundLateMinHours && zoneOf(p.f, t) === 'sustained');
      if (!early || !late || early.time >= late.time) continue;
      bySeries.set(key, [...(bySeries.get(key) ?? []), {
        kind: 'adaptive-rebound', target,
        values: { earlyTime_h: early.time, earlyFraction: early.f, lateTime_h: late.time, lateFraction: late.f },
        sentence: m.rebound(target, line, early.time, early.f, late.time, late.f),
      }]);
    }
  }
  return verdicts.map((v) => {
    const extra = bySeries.get(seriesKey(v));
    if (!extra) return v;
    // A rebound explains what "no pattern" would send the reader to look for elsewhere.
    const steps = v.nextSteps.filter((s) => s !== m.next.noPattern);
    return { ...v, summary: v.summary.replace(m.next.noPattern, m.next.rebound), hints: [...v.hints, ...extra], nextSteps: [...new Set([...steps, m.next.rebound])] };
  });
}
