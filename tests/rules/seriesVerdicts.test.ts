import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { collapseSeries, trajectoryOf } from '../../src/rules/seriesVerdicts.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import type { Verdict } from '../../src/rules/types.js';
import type { DoseResponse } from '../../src/stats/doseResponseTypes.js';
import { simulateDoseSeries } from '../../bench/calibration/doseSeries.mjs';

const example = (name: string) => {
  const path = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
  return { name, bytes: new Uint8Array(readFileSync(path)) };
};
const simulated = (caseName: string, seed: number) => ({ name: 'series.csv', bytes: new TextEncoder().encode(simulateDoseSeries({ caseName, n: 3, cv: 0.15, seed })) });

describe('one verdict per dose series', () => {
  const results = analyze([example('trk-dose-response.csv')]);

  it('gives one verdict for the 7-dose series of KM12-LR, with dose_nM null, the doses, and the reading dose', () => {
    expect(results.verdicts).toHaveLength(1);
    const v = results.verdicts[0]!;
    expect(v).toMatchObject({ line: 'KM12-LR', versus: 'KM12', treatment: 'larotrectinib', dose_nM: null, time_h: 2, doses: [1, 3, 10, 30, 100, 300, 1000] });
    expect(v.doses).toContain(v.readingDose_nM);
    // Per-dose comparisons stay in results.json.
    expect(new Set(results.comparisons.map((c) => c.dose_nM))).toEqual(new Set([1, 3, 10, 30, 100, 300, 1000]));
  });

  it('calls MAPK bypass from pERK not reached while pTRK is intact, and says so with the curves', () => {
    const v = results.verdicts[0]!;
    expect(v.mechanism).toBe('mapk-bypass');
    expect(v.summary).toMatch(/larotrectinib 1-1000 nM \(7 doses\) 2 h \(read at \d+ nM\): MAPK bypass/);
    expect(v.summary).toMatch(/pERK IC50 > 1000 nM vs [\d.]+ nM in KM12 \(at least \d+-fold\)/);
    const curves = v.evidence.find((e) => e.rule === 'dose-response')!;
    expect(curves.outcome).toBe('fired');
    expect(curves.sentence).toMatch(/^Dose-response curves: pTRK IC50 .* in KM12-LR vs .* in KM12/);
    expect(curves.values['ERK.ic50FoldAtLeast']).toBeGreaterThan(10);
  });

  it('reads the series where the sensitive line is inhibited: low doses, where KM12 is not yet, never make it assay-invalid', () => {
    // At 1 nM KM12's pTRK is barely inhibited: a verdict of that dose alone would be assay-invalid.
    const trk1 = results.comparisons.find((c) => c.target === 'TRK' && c.dose_nM === 1)!;
    expect(trk1.sensitiveFractionOfVehicle.estimate!).toBeGreaterThan(0.5);
    expect(results.verdicts.some((v) => v.mechanism === 'assay-invalid')).toBe(false);
    const km12Trk = results.doseResponses.find((r) => r.line === 'KM12' && r.target === 'TRK')!;
    expect(km12Trk.status).toBe('fitted');
  });

  it('calls on-target from a shifted pTRK curve, read where the shift shows', () => {
    const r = analyze([simulated('on-target (pTRK IC50 100x)', 11)]);
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0]!.mechanism).toBe('on-target');
    const trk = r.doseResponses.find((d) => d.line === 'KM12-R' && d.target === 'TRK')!;
    expect(trk.ic50Fold!.estimate ?? trk.ic50Fold!.atLeast!).toBeGreaterThanOrEqual(10);
  });

  it('leaves unchanged signalling without a mechanism', () => {
    const r = analyze([simulated('unchanged signalling', 5)]);
    expect(r.verdicts.map((v) => v.mechanism)).toEqual(['inconclusive']);
  });
});

describe('one verdict per time course', () => {
  const results = analyze([example('trk-time-course.csv')]);

  it('gives one verdict read at the latest time, with time_h null and the times', () => {
    expect(results.verdicts).toHaveLength(1);
    expect(results.verdicts[0]).toMatchObject({ dose_nM: 100, time_h: null, times: [1, 6, 24, 48], readingTime_h: 48, mechanism: 'mapk-bypass' });
  });

  it('puts the adaptive reactivation into the verdict sentence, the trajectories into the evidence, and keeps the rebound hint', () => {
    const v = results.verdicts[0]!;
    expect(v.summary).toMatch(/^KM12-LR vs KM12, larotrectinib 100 nM over 1, 6, 24, 48 h: MAPK bypass/);
    expect(v.summary).toContain('pERK reactivated over time in KM12-LR');
    const course = v.evidence.find((e) => e.rule === 'time-course')!;
    expect(course.sentence).toMatch(/pERK in KM12-LR .*\(1 h\).*\(48 h\): suppressed early, back above the sustained threshold from 24 h/);
    expect(course.sentence).toMatch(/pERK in KM12 .*: suppressed throughout/);
    expect(v.hints.filter((h) => h.kind === 'adaptive-rebound').map((h) => h.target)).toEqual(['ERK']);
  });
});

describe('trajectoryOf(points, suppressed, sustained)', () => {
  const at = (...fs: (number | null)[]) => fs.map((f, i) => ({ time: [1, 6, 24, 48][i]!, f }));
  it('tells durable suppression, reactivation (and when), sustained and neither apart', () => {
    expect(trajectoryOf(at(0.05, 0.1, 0.12, 0.2), 0.2, 0.5)).toEqual({ kind: 'durable' });
    expect(trajectoryOf(at(0.08, 0.35, 0.85, 0.95), 0.2, 0.5)).toEqual({ kind: 'reactivated', returnsAt: 24 });
    expect(trajectoryOf(at(0.9, 0.8, 0.7, 0.6), 0.2, 0.5)).toEqual({ kind: 'sustained' });
    expect(trajectoryOf(at(0.1, 0.6, 0.1, 0.1), 0.2, 0.5)).toEqual({ kind: 'partial' });
    expect(trajectoryOf(at(null, 0.1, null, 0.7), 0.2, 0.5)).toEqual({ kind: 'reactivated', returnsAt: 48 });
  });
});

describe('collapseSeries(verdicts, comparisons, doseResponses, ruleSet, level)', () => {
  const ruleSet = defaultRuleSet();
  const DOSES = [1, 10, 100, 1000];
  const verdictAt = (dose: number, mechanism: Verdict['mechanism']): Verdict => ({
    line: 'R', versus: 'S', treatment: 'drug', dose_nM: dose, time_h: 2, mechanism, drivers: mechanism === 'on-target' ? ['TRK'] : [],
    confidence: 'strong', summary: `R vs S, drug ${dose} nM 2 h: ${mechanism} (strong) - fact; next: step`, evidence: [], hints: [], nextSteps: ['step'], replicates: 3, confidenceNotes: [],
  });
  const curve = (line: string, target: string, ic50: number | null, fold: number | null): DoseResponse => ({
    line, treatment: 'drug', time_h: 2, target, status: ic50 === null ? 'not-reached' : 'fitted', reason: null, doses_nM: DOSES,
    ic50_nM: { estimate: ic50, ciLow: ic50 === null ? null : ic50 / 2, ciHigh: ic50 === null ? null : ic50 * 2 },
    fittedIc50_nM: ic50, hill: 1, bottom: 0.02, top: 1, n: 15, replicates: 3, fractionAtTopDose: 0.05,
    ...(line === 'R' ? { versus: 'S', ic50Fold: { estimate: fold, ciLow: fold === null ? null : fold / 3, ciHigh: fold === null ? null : fold * 3, atLeast: null } } : {}),
  });
  // S's pTRK and pERK curves (IC50 5 nM) fall to 10 % by 100 nM: the reading dose.
  const sensitive = [curve('S', 'TRK', 5, null), curve('S', 'ERK', 5, null)];

  it('reads the verdict at the dose where the sensitive line is clearly inhibited, whatever the lower doses say', () => {
    const verdicts = [verdictAt(1, 'assay-invalid'), verdictAt(10, 'inconclusive'), verdictAt(100, 'mapk-bypass'), verdictAt(1000, 'mapk-bypass')];
    const [v, ...rest] = collapseSeries(verdicts, [], [...sensitive, curve('R', 'TRK', 6, 1.2), curve('R', 'ERK', null, null)], ruleSet, 0.95);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ mechanism: 'mapk-bypass', dose_nM: null, doses: DOSES, readingDose_nM: 100, confidence: 'strong' });
    expect(v!.summary).toMatch(/^R vs S, drug 1, 10, 100, 1000 nM 2 h \(read at 100 nM\): mapk-bypass \(strong\) - fact, pERK IC50 > 1000 nM vs 5 nM in S, pTRK IC50 6 nM vs 5 nM in S \(1\.2-fold\); next: step$/);
  });

  it('lowers an on-target call to moderate, and says why, when pTRK\'s IC50 shifted less than ic50FoldShift', () => {
    const verdicts = DOSES.map((d) => verdictAt(d, 'on-target'));
    const [v] = collapseSeries(verdicts, [], [...sensitive, curve('R', 'TRK', 20, 4), curve('R', 'ERK', 20, 4)], ruleSet, 0.95);
    expect(v!.confidence).toBe('moderate');
    expect(v!.summary).toContain('on-target (moderate)');
    expect(v!.confidenceNotes!.at(-1)).toMatch(/^pTRK's IC50 shifted 4\.0-fold \(95 % CI 1\.3 to 12\), less than the 10-fold that defines resistance$/);
    expect(v!.evidence.at(-1)!.outcome).toBe('not-fired');
  });

  it('reads on-target where the sensitive line is first suppressed when it shows only there', () => {
    // S falls to 20 % at 10 nM... (IC50 2 nM: f(10) = 0.18) and to 10 % at 100 nM.
    const s = [curve('S', 'TRK', 2, null), curve('S', 'ERK', 2, null)];
    const verdicts = [verdictAt(1, 'assay-invalid'), verdictAt(10, 'on-target'), verdictAt(100, 'inconclusive'), verdictAt(1000, 'inconclusive')];
    const [v] = collapseSeries(verdicts, [], [...s, curve('R', 'TRK', 60, 30), curve('R', 'ERK', 60, 30)], ruleSet, 0.95);
    expect(v).toMatchObject({ mechanism: 'on-target', readingDose_nM: 10, confidence: 'strong' });
    expect(v!.evidence.at(-1)!.sentence).toMatch(/on-target resistance, which fades at high doses, was read at 10 nM/);
  });

  it('reads at the highest dose when the sensitive line never gets suppressed (the assay can fail there)', () => {
    const s = [curve('S', 'TRK', null, null), curve('S', 'ERK', 5, null)];
    const verdicts = DOSES.map((d) => verdictAt(d, d === 1000 ? 'assay-invalid' : 'inconclusive'));
    const [v] = collapseSeries(verdicts, [], s, ruleSet, 0.95);
    expect(v).toMatchObject({ mechanism: 'assay-invalid', readingDose_nM: 1000 });
    expect(v!.evidence.at(-1)!.sentence).toMatch(/read at the highest dose, 1000 nM: S's fitted pTRK and pERK never fall to 20 % of vehicle/);
  });

  it('leaves two-dose designs as they are', () => {
    const verdicts = [verdictAt(10, 'mapk-bypass'), verdictAt(100, 'mapk-bypass')];
    expect(collapseSeries(verdicts, [], sensitive, ruleSet, 0.95)).toEqual(verdicts);
  });
});
