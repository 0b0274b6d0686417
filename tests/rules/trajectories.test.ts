/**
 * readTrajectories(lineages, verdicts, trends, level): each stage keeps its verdict; the lineage gets
 * the last stage's mechanism, `emerged`, `changes`, the trend and its sentence, and next steps.
 * Verdicts are hand-made here (the rules engine has its own tests); the trend numbers are invented
 * (the trend's arithmetic is checked against R in tests/stats/lineageTrend.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Lineage } from '../../src/normalize/lineages.js';
import { changesOf, readTrajectories } from '../../src/rules/trajectories.js';
import type { TrajectoryStage } from '../../src/rules/trajectoryTypes.js';
import type { Confidence, Mechanism, Verdict } from '../../src/rules/types.js';
import type { LineageTrend } from '../../src/stats/lineageTrend.js';

const LINEAGE: Lineage = {
  name: 'KM12-LR', parental: 'KM12', scale: 'weeks',
  stages: [{ line: 'LR w2', value: 2 }, { line: 'LR w4', value: 4 }, { line: 'LR w8', value: 8 }, { line: 'LR w16', value: 16 }],
};
const DRIVERS: Partial<Record<Mechanism, string[]>> = { 'mapk-bypass': ['ERK'], 'on-target': ['TRK'], 'pi3k-akt-bypass': ['AKT'] };

function verdict(line: string, mechanism: Mechanism, confidence: Confidence): Verdict {
  return {
    line, versus: 'KM12', treatment: 'larotrectinib', dose_nM: 100, time_h: null, mechanism, drivers: DRIVERS[mechanism] ?? [], confidence,
    summary: '', evidence: [], hints: [], nextSteps: [], replicates: 3,
  };
}

/** The four stages' calls, earliest first. */
function calls(...stages: [Mechanism, Confidence][]): Verdict[] {
  return stages.map(([mechanism, confidence], i) => verdict(LINEAGE.stages[i]!.line, mechanism, confidence));
}

function trend(target: string, estimate: number, p: number): LineageTrend {
  return {
    lineage: 'KM12-LR', target, treatment: 'larotrectinib', dose_nM: 100, time_h: null, scale: 'weeks', lines: [], x: [],
    slope: { estimate, se: 0.02, df: 18, t: estimate / 0.02, p, ciLow: estimate - 0.04, ciHigh: estimate + 0.04, variance: 'pooled' },
  };
}

describe('readTrajectories(lineages, verdicts, trends, level)', () => {
  it('reads a MAPK bypass that emerged at week 8: stages in order, emerged, the trend sentence, the first-screen line, next steps', () => {
    const [t] = readTrajectories([LINEAGE], calls(['inconclusive', 'provisional'], ['inconclusive', 'moderate'], ['mapk-bypass', 'strong'], ['mapk-bypass', 'strong']), [trend('ERK', 0.28, 1e-6), trend('TRK', 0.01, 0.5)], 0.95);
    expect(t!.stages.map((s) => [s.line, s.weeksOnDrug, s.stage, s.mechanism, s.confidence])).toEqual([
      ['LR w2', 2, 1, 'inconclusive', 'provisional'], ['LR w4', 4, 2, 'inconclusive', 'moderate'], ['LR w8', 8, 3, 'mapk-bypass', 'strong'], ['LR w16', 16, 4, 'mapk-bypass', 'strong'],
    ]);
    expect(t!.mechanism).toBe('mapk-bypass');
    expect(t!.emerged).toEqual({ mechanism: 'mapk-bypass', drivers: ['ERK'], weeksOnDrug: 8, stage: 3, line: 'LR w8' });
    expect(t!.changes).toEqual([]);
    expect(t!.trend).toMatchObject({ target: 'ERK', log2PerWeek: { estimate: 0.28, p: 1e-6 }, log2PerStage: null, df: 18 });
    // 2^(4 x 0.28) = 2.17; 2^(4 x 0.24) = 1.95; 2^(4 x 0.32) = 2.43
    expect(t!.trend!.sentence).toBe("pERK's escape grows with time on drug: 2.2-fold per 4 weeks (95 % CI 1.9 to 2.4), p < 0.001");
    expect(t!.summary).toBe('KM12-LR: MAPK bypass emerged by week 8, strong from week 8; pERK escape grows with time on drug');
    expect(t!.nextSteps[0]).toMatch(/^sequence "LR w8" \(week 8, the first stage that shows MAPK bypass\) against the parental "KM12"/);
    expect(t!.nextSteps[1]).toBe('a TRK + MEK inhibitor combination would have to start before week 8: at week 4 the mechanism was not yet confidently there');
  });

  it('starts `emerged` after the last stage that does not show the mechanism confidently (a provisional call ends the run)', () => {
    const [t] = readTrajectories([LINEAGE], calls(['mapk-bypass', 'moderate'], ['mapk-bypass', 'provisional'], ['mapk-bypass', 'moderate'], ['mapk-bypass', 'strong']), [], 0.95);
    expect(t!.emerged?.weeksOnDrug).toBe(8);
    expect(t!.strongFrom?.weeksOnDrug).toBe(16);
    expect(t!.trend).toBeNull();
    // the first stage showing the mechanism at any confidence is where to sequence
    expect(t!.nextSteps[0]).toMatch(/^sequence "LR w2" \(week 2,/);
  });

  it('names both mechanisms of a lineage that changed, each with its stages', () => {
    const [t] = readTrajectories([LINEAGE], calls(['on-target', 'moderate'], ['on-target', 'strong'], ['mapk-bypass', 'strong'], ['mapk-bypass', 'strong']), [], 0.95);
    expect(t!.changes).toEqual([
      { mechanism: 'on-target', drivers: ['TRK'], lines: ['LR w2', 'LR w4'], weeksOnDrug: [2, 4], stages: [1, 2] },
      { mechanism: 'mapk-bypass', drivers: ['ERK'], lines: ['LR w8', 'LR w16'], weeksOnDrug: [8, 16], stages: [3, 4] },
    ]);
    expect(t!.emerged?.weeksOnDrug).toBe(8);
    expect(t!.summary).toBe('KM12-LR: MAPK bypass emerged by week 8, strong from week 8; changed: on-target resistance (weeks 2-4), then MAPK bypass (weeks 8-16)');
  });

  it('reports no emergence for a lineage that never escapes, and says what to do', () => {
    const [t] = readTrajectories([LINEAGE], calls(['inconclusive', 'strong'], ['inconclusive', 'strong'], ['inconclusive', 'strong'], ['inconclusive', 'strong']), [trend('ERK', 0.001, 0.8)], 0.95);
    expect(t!.emerged).toBeNull();
    expect(t!.changes).toEqual([]);
    expect(t!.trend!.sentence).toBe("no detectable trend in pERK's escape: 1.0-fold per 4 weeks (95 % CI 0.90 to 1.1), p = 0.80");
    expect(t!.summary).toBe('KM12-LR: no mechanism called by week 16');
    expect(t!.nextSteps).toEqual(['no stage confidently shows a mechanism by week 16: profile a later stage, or add replicates to stages with provisional calls']);
  });

  it('reads a passage or stage order by stage: no weeks, a trend per stage, "along the stages"', () => {
    const order: Lineage = { ...LINEAGE, scale: 'order', stages: LINEAGE.stages.map((s, i) => ({ ...s, value: i + 1 })) };
    const orderTrend = { ...trend('ERK', 1.1, 1e-6), scale: 'order' as const };
    const [t] = readTrajectories([order], calls(['inconclusive', 'strong'], ['inconclusive', 'strong'], ['mapk-bypass', 'strong'], ['mapk-bypass', 'moderate']), [orderTrend], 0.95);
    expect(t!.emerged).toEqual({ mechanism: 'mapk-bypass', drivers: ['ERK'], weeksOnDrug: null, stage: 3, line: 'LR w8' });
    expect(t!.strongFrom).toBeNull();
    expect(t!.trend).toMatchObject({ log2PerWeek: null, log2PerStage: { estimate: 1.1 } });
    // 2^1.1 = 2.14; 2^1.06 = 2.08; 2^1.14 = 2.20
    expect(t!.trend!.sentence).toBe("pERK's escape grows along the stages: 2.1-fold per stage (95 % CI 2.1 to 2.2), p < 0.001");
    expect(t!.summary).toBe('KM12-LR: MAPK bypass emerged by stage 3; pERK escape grows along the stages');
  });

  it('gives no trajectory for a lineage whose stages have no verdict', () => {
    expect(readTrajectories([LINEAGE], [], [], 0.95)).toEqual([]);
  });
});

describe('changesOf(stages)', () => {
  const s = (mechanism: Mechanism, confidence: Confidence, stage: number, drivers: string[] = []): TrajectoryStage =>
    ({ line: `s${stage}`, weeksOnDrug: stage, stage, mechanism, drivers, confidence, replicates: 3 });

  it('skips provisional and inconclusive stages and tells receptors apart', () => {
    expect(changesOf([s('mapk-bypass', 'strong', 1), s('inconclusive', 'strong', 2), s('mapk-bypass', 'moderate', 3)])).toEqual([]);
    expect(changesOf([s('rtk-bypass', 'strong', 1, ['MET']), s('rtk-bypass', 'strong', 2, ['EGFR'])]).map((c) => c.drivers)).toEqual([['MET'], ['EGFR']]);
  });
});
