/**
 * The reading of a lineage (docs/resistance-over-time.md): each stage keeps its own verdict; the
 * lineage gets the last stage's mechanism, when it emerged, whether it changed on the way, the
 * trend of its escape, and where to sequence and when to act.
 *
 *   lineages + verdicts + trends -> per lineage and drug condition:
 *     1. the stages' verdicts, in stage order
 *     2. `emerged`: walking back from the last stage while the stages show its mechanism at
 *        moderate or strong confidence (a provisional or inconclusive stage ends the run)
 *     3. `changes`: the runs of confident calls, when they name more than one mechanism
 *     4. the trend of the readout the mechanism names (TRK on-target, ERK MAPK, AKT PI3K-AKT, the
 *        receptor for receptor bypass; ERK when nothing is called)
 *     5. the first-screen line and the next steps
 */
import { groupKey } from '../groupKey.js';
import { trajectoryMessages as t, stageLabel } from '../messages/lineage.js';
import type { Lineage } from '../normalize/lineages.js';
import type { LineageTrend } from '../stats/lineageTrend.js';
import type { Trajectory, TrajectoryCall, TrajectoryChange, TrajectoryStage, TrajectoryTrend } from './trajectoryTypes.js';
import type { Mechanism, Verdict } from './types.js';

const READOUT: Partial<Record<Mechanism, string>> = { 'on-target': 'TRK', 'mapk-bypass': 'ERK', 'pi3k-akt-bypass': 'AKT' };
const DEFAULT_READOUT = 'ERK';

export function readTrajectories(lineages: readonly Lineage[], verdicts: readonly Verdict[], trends: readonly LineageTrend[], confidenceLevel: number): Trajectory[] {
  const trajectories: Trajectory[] = [];
  for (const lineage of lineages) {
    const lines = new Set(lineage.stages.map((s) => s.line));
    const conditions = new Map<string, Verdict>();
    for (const v of verdicts) if (lines.has(v.line) && v.versus === lineage.parental) conditions.set(conditionKey(v), conditions.get(conditionKey(v)) ?? v);
    for (const [key, first] of conditions) {
      const stages = stagesAt(lineage, verdicts, key);
      if (stages.length === 0) continue;
      trajectories.push(readOne(lineage, first, stages, trends, confidenceLevel));
    }
  }
  return trajectories;
}

function conditionKey(v: Verdict): string {
  return groupKey(v.treatment, v.dose_nM, v.time_h);
}

/** 1. One entry per stage with a verdict at the condition. */
function stagesAt(lineage: Lineage, verdicts: readonly Verdict[], key: string): TrajectoryStage[] {
  return lineage.stages.flatMap((s, i) => {
    const v = verdicts.find((x) => x.line === s.line && x.versus === lineage.parental && conditionKey(x) === key);
    if (!v) return [];
    return [{
      line: s.line, weeksOnDrug: lineage.scale === 'weeks' ? s.value : null, stage: i + 1,
      mechanism: v.mechanism, drivers: [...v.drivers], confidence: v.confidence, replicates: v.replicates ?? null,
    }];
  });
}

/** A mechanism call is the mechanism, and for receptor bypass the receptor too. */
function callOf(s: TrajectoryStage): string {
  return s.mechanism === 'rtk-bypass' ? `${s.mechanism}:${[...s.drivers].sort().join(',')}` : s.mechanism;
}

function confident(s: TrajectoryStage): boolean {
  return s.mechanism !== 'inconclusive' && s.mechanism !== 'assay-invalid' && (s.confidence === 'strong' || s.confidence === 'moderate');
}

function asCall(s: TrajectoryStage): TrajectoryCall {
  return { mechanism: s.mechanism, drivers: [...s.drivers], weeksOnDrug: s.weeksOnDrug, stage: s.stage, line: s.line };
}

/** 2. The first stage of the run of stages, up to the last, that pass `keep` with the last stage's call. */
export function runStart(stages: readonly TrajectoryStage[], keep: (s: TrajectoryStage) => boolean): TrajectoryStage | null {
  const last = stages[stages.length - 1];
  if (!last || !keep(last)) return null;
  let start = stages.length - 1;
  while (start > 0 && keep(stages[start - 1]!) && callOf(stages[start - 1]!) === callOf(last)) start--;
  return stages[start]!;
}

/** 3. Runs of confident calls, when more than one mechanism is called. */
export function changesOf(stages: readonly TrajectoryStage[]): TrajectoryChange[] {
  const runs: TrajectoryChange[] = [];
  const calls: string[] = [];
  for (const s of stages.filter(confident)) {
    if (callOf(s) !== calls[calls.length - 1]) {
      runs.push({ mechanism: s.mechanism, drivers: [...s.drivers], lines: [], weeksOnDrug: [], stages: [] });
      calls.push(callOf(s));
    }
    const run = runs[runs.length - 1]!;
    run.lines.push(s.line);
    run.weeksOnDrug.push(s.weeksOnDrug);
    run.stages.push(s.stage);
  }
  return new Set(calls).size > 1 ? runs : [];
}

function readOne(lineage: Lineage, first: Verdict, stages: TrajectoryStage[], trends: readonly LineageTrend[], level: number): Trajectory {
  const last = stages[stages.length - 1]!;
  const emergedStage = runStart(stages, confident);
  const strongStage = emergedStage ? runStart(stages, (s) => confident(s) && s.confidence === 'strong') : null;
  const changes = changesOf(stages);
  const trend = trendOf(lineage, first, last, trends, level);
  const label = (s: { weeksOnDrug: number | null; stage: number }) => stageLabel(s.weeksOnDrug ?? s.stage, lineage.scale);
  const firstShowing = stages.find((s) => s.mechanism !== 'inconclusive' && s.mechanism !== 'assay-invalid' && callOf(s) === callOf(last)) ?? null;
  const before = emergedStage ? stages[stages.indexOf(emergedStage) - 1] ?? null : null;
  const growing = trend ? trendDirection(trend, level) : 0;
  const summary = t.summary({
    lineage: lineage.name, mechanism: last.mechanism, drivers: last.drivers,
    emerged: emergedStage ? label(emergedStage) : null, strongFrom: strongStage ? label(strongStage) : null,
    lastStage: label(last), lastConfidence: last.confidence,
    changes: changes.map((c) => ({ mechanism: c.mechanism, drivers: c.drivers, stages: c.stages.map((s, i) => stageLabel(c.weeksOnDrug[i] ?? s, lineage.scale)) })),
    trend: trend && growing !== 0 ? { target: trend.target, direction: growing, scale: lineage.scale } : null,
  });
  const nextSteps = emergedStage
    ? [
      t.sequenceStep(firstShowing!.line, label(firstShowing!), lineage.parental, last.mechanism, last.drivers),
      t.startStep(last.mechanism, last.drivers, label(emergedStage), before ? label(before) : null),
    ]
    : [t.noEmergenceStep(label(last), growing === 1 && trend ? trend.target : null)];
  return {
    lineage: lineage.name, parental: lineage.parental, treatment: first.treatment, dose_nM: first.dose_nM, time_h: first.time_h,
    scale: lineage.scale, stages, mechanism: last.mechanism, drivers: [...last.drivers],
    emerged: emergedStage ? asCall(emergedStage) : null, strongFrom: strongStage ? asCall(strongStage) : null,
    changes, trend, summary, nextSteps,
  };
}

/** +1 growing, -1 receding (the interval excludes 0 at the analysis' level), 0 no detectable trend. */
function trendDirection(trend: TrajectoryTrend, level: number): -1 | 0 | 1 {
  const e = trend.log2PerWeek ?? trend.log2PerStage;
  if (!e || e.p === null || !(e.p < 1 - level)) return 0;
  return e.estimate > 0 ? 1 : -1;
}

/** 4. The trend of the readout of the last stage's mechanism at the verdicts' condition. */
function trendOf(lineage: Lineage, first: Verdict, last: TrajectoryStage, trends: readonly LineageTrend[], level: number): TrajectoryTrend | null {
  const dose = first.dose_nM ?? first.readingDose_nM ?? null;
  const time = first.time_h ?? first.readingTime_h ?? null;
  const candidates = [...last.drivers, READOUT[last.mechanism] ?? DEFAULT_READOUT];
  for (const target of candidates) {
    const found = trends.find((x) => x.lineage === lineage.name && x.target === target && x.treatment === first.treatment && x.dose_nM === dose && x.time_h === time);
    if (!found) continue;
    const s = found.slope;
    const estimate = { estimate: s.estimate, ciLow: s.ciLow, ciHigh: s.ciHigh, p: s.p };
    const trend: TrajectoryTrend = {
      target, log2PerWeek: found.scale === 'weeks' ? estimate : null, log2PerStage: found.scale === 'order' ? estimate : null, df: s.df, sentence: '',
    };
    trend.sentence = t.trendSentence(target, found.scale, estimate, level, trendDirection(trend, level));
    return trend;
  }
  return null;
}
