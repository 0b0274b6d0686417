import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, prepareAnalysis } from '../../src/analyze.js';
import { planDoseResponses } from '../../src/stats/curvePlan.js';
import { doseSeries, seriesPoints, unitSeries } from '../../src/stats/doseResponses.js';

const example = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)))) });

describe('fitDoseResponses (through analyze)', () => {
  const results = analyze([example('trk-dose-response.csv')]);
  const curve = (line: string, target: string) => results.doseResponses.find((r) => r.line === line && r.target === target)!;

  it('fits one curve per model, treatment, time and target of the series, vehicle lanes included', () => {
    expect(results.doseResponses.map((r) => `${r.line}/${r.target}`)).toEqual(['KM12/TRK', 'KM12/AKT', 'KM12/ERK', 'KM12-LR/TRK', 'KM12-LR/AKT', 'KM12-LR/ERK']);
    const trk = curve('KM12', 'TRK');
    expect(trk).toMatchObject({ treatment: 'larotrectinib', time_h: 2, status: 'fitted', reason: null, top: 1, n: 24, replicates: 3, doses_nM: [1, 3, 10, 30, 100, 300, 1000] });
    // The truth is IC50 8 nM, bottom 4 %.
    expect(trk.ic50_nM.ciLow!).toBeLessThan(8);
    expect(trk.ic50_nM.ciHigh!).toBeGreaterThan(8);
    expect(trk.ic50_nM.ciLow!).toBeLessThan(trk.ic50_nM.estimate!);
    expect(trk.bottom!).toBeLessThan(0.15);
    expect(trk).not.toHaveProperty('versus');
  });

  it('gives the resistant model its partner and the fold shift with its interval', () => {
    const r = curve('KM12-LR', 'TRK');
    const s = curve('KM12', 'TRK');
    expect(r.versus).toBe('KM12');
    expect(r.ic50Fold!.estimate!).toBeCloseTo(r.ic50_nM.estimate! / s.ic50_nM.estimate!, 10);
    expect(r.ic50Fold!.ciLow!).toBeLessThan(1);
    expect(r.ic50Fold!.ciHigh!).toBeGreaterThan(1);
    expect(r.ic50Fold!.atLeast).toBeNull();
  });

  it('says not-reached, with the reason and a lower bound on the shift, where the signal is never halved', () => {
    const erk = curve('KM12-LR', 'ERK');
    expect(erk.status).toBe('not-reached');
    expect(erk.ic50_nM).toEqual({ estimate: null, ciLow: null, ciHigh: null });
    expect(erk.reason).toMatch(/still at \d+ % of vehicle at the highest dose \(1000 nM\): never halved/);
    expect(erk.fractionAtTopDose!).toBeGreaterThan(0.5);
    expect(erk.ic50Fold!.atLeast!).toBeCloseTo(1000 / curve('KM12', 'ERK').ic50_nM.estimate!, 10);
  });

  it('fits nothing for a single-dose experiment', () => {
    expect(analyze([example('trk-bypass-long.csv')]).doseResponses).toEqual([]);
  });
});

describe('doseSeries(lanes)', () => {
  const lane = (treatment: string, dose_nM: number | null, time_h: number | null, vehicle = false) => ({ treatment, dose_nM, time_h, vehicle });
  it('needs three doses besides the vehicle for each treatment and time', () => {
    const lanes = [lane('DMSO', 0, 2, true), lane('laro', 1, 2), lane('laro', 10, 2), lane('laro', 100, 2), lane('laro', 10, 24), lane('laro', 100, 24)];
    expect(doseSeries(lanes)).toEqual([{ treatment: 'laro', time_h: 2, doses: [1, 10, 100] }]);
  });
});

describe('unitSeries and seriesPoints: the series and points the curve stage fits', () => {
  it('lists, unit by unit, one series per curve in the order of the fitted curves, with the points it was fitted to', () => {
    const inputs = [example('trk-dose-response.csv')];
    const { normalized } = prepareAnalysis(inputs);
    const plan = planDoseResponses(normalized, 0.95);
    const series = plan.units.flatMap((unit) => unitSeries(plan.shared, unit));
    const fitted = analyze(inputs).doseResponses;
    expect(series.map((s) => `${s.line}/${s.target}/${s.treatment}/${s.time_h}`)).toEqual(fitted.map((r) => `${r.line}/${r.target}/${r.treatment}/${r.time_h}`));
    const trk = series.find((s) => s.line === 'KM12' && s.target === 'TRK')!;
    const { lanes, points } = seriesPoints(trk);
    // 7 doses x 3 replicates and 3 vehicle lanes, each point on log2 with its lane's block.
    expect(points).toHaveLength(fitted.find((r) => r.line === 'KM12' && r.target === 'TRK')!.n);
    expect(points.filter((p) => p.dose_nM === 0)).toHaveLength(trk.vehicle.length);
    expect(points[0]!.log2Signal).toBeCloseTo(Math.log2(lanes[0]!.phosphoTotalRatio!), 12);
    expect(new Set(points.map((p) => p.block)).size).toBe(3);
  });
});
