/**
 * A design with one model: the resistant line alone (KM12-LR, its parental run another day) and the
 * parental alone (KM12: does the drug work). Analysed, not refused: fractions of vehicle with their
 * intervals, zones, and a reading that says how far it goes, at most provisional; no verdict.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import { singleModelReadings } from '../../src/rules/singleModelReading.js';
import type { NormalizedLane } from '../../src/normalize/types.js';

const EXAMPLE = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');
const only = (line: string) => EXAMPLE.split('\n').filter((l, i) => i === 0 || l.split(',')[2] === line || l === '').join('\n');
const run = (csv: string) => analyze([{ name: 'blot.csv', bytes: new TextEncoder().encode(csv) }]);

describe('the resistant line alone', () => {
  const r = run(only('KM12-LR'));

  it('gives no verdict, a warning that the comparison is missing, and the readings', () => {
    expect(r.verdicts).toEqual([]);
    expect(r.comparisons).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('single-model');
    expect(r.singleModelReadings).toHaveLength(1);
  });

  it('fractions of vehicle with t intervals on log2 over the replicates', () => {
    // scipy 1.x, from normalized.csv's fractionOfVehicle of the three larotrectinib lanes:
    //   x = log2([0.09545918674, 0.1197917643, 0.1267284053]); m = mean(x); h = t.ppf(0.975, 2) * tstd(x) / sqrt(3)
    //   2**m -> 0.1131634607, 2**(m-h) -> 0.0779603422, 2**(m+h) -> 0.1642626043        (TRK)
    //   ERK: [0.7564126648, 0.7282387591, 0.6834349714] -> 0.7220654967 [0.6357320228, 0.8201232011]
    const reading = r.singleModelReadings![0]!;
    const trk = reading.targets.find((t) => t.target === 'TRK')!;
    const erk = reading.targets.find((t) => t.target === 'ERK')!;
    expect([trk.fractionOfVehicle, trk.ciLow, trk.ciHigh, trk.n]).toEqual([expect.closeTo(0.1131634607, 8), expect.closeTo(0.0779603422, 8), expect.closeTo(0.1642626043, 8), 3]);
    expect([erk.fractionOfVehicle, erk.ciLow, erk.ciHigh]).toEqual([expect.closeTo(0.7220654967, 8), expect.closeTo(0.6357320228, 8), expect.closeTo(0.8201232011, 8)]);
    expect([trk.zone, erk.zone]).toEqual(['suppressed', 'sustained']);
  });

  it('reads the pattern, provisional, and says what to run', () => {
    const reading = r.singleModelReadings![0]!;
    expect(reading).toMatchObject({ line: 'KM12-LR', status: 'resistant', missing: 'sensitive', pattern: 'mapk-bypass', assayValid: null, confidence: 'provisional' });
    expect(reading.sentence).toMatch(/^KM12-LR alone: pTRK suppressed, .*pERK sustained.* under larotrectinib 100 nM 2 h: the pattern of a MAPK bypass; without the parental \(sensitive\) line on the same membranes this is provisional: run KM12-LR beside its parental line to compare them$/);
  });
});

describe('the parental line alone', () => {
  it('gives the assay-validity reading', () => {
    const r = run(only('KM12'));
    expect(r.verdicts).toEqual([]);
    const reading = r.singleModelReadings![0]!;
    expect(reading).toMatchObject({ line: 'KM12', status: 'sensitive', missing: 'resistant', pattern: null, assayValid: true, confidence: 'provisional' });
    expect(reading.sentence).toMatch(/the drug suppresses pTRK and pERK at this dose and time: the assay works \(provisional; no resistant line to compare with\)$/);
  });
});

describe('singleModelReadings(lanes, ruleSet, level)', () => {
  const lane = (target: string, replicate: string, fraction: number | null, vehicle = false): NormalizedLane => ({
    line: 'KM12-LR', status: 'resistant', treatment: vehicle ? 'DMSO' : 'larotrectinib', vehicle, dose_nM: vehicle ? 0 : 100, time_h: 2, replicate, target, fractionOfVehicle: fraction,
  }) as NormalizedLane;

  it('pTRK sustained reads as on-target; one replicate is "insufficient"; a lane without a fraction is left out', () => {
    const readings = singleModelReadings([lane('TRK', '1', 0.9), lane('TRK', '1', 1, true), lane('ERK', '1', null)], defaultRuleSet(), 0.95);
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ pattern: 'on-target', confidence: 'insufficient', targets: [{ target: 'TRK', n: 1, ciLow: null, ciHigh: null, zone: 'sustained' }] });
    expect(readings[0]!.sentence).toMatch(/too few replicates to read \(insufficient\)/);
  });

  it('a sensitive line whose drug leaves pERK sustained: the assay does not show the drug working', () => {
    const sensitive = (target: string, r: string, f: number) => ({ ...lane(target, r, f), line: 'KM12', status: 'sensitive' }) as NormalizedLane;
    const [reading] = singleModelReadings([sensitive('TRK', '1', 0.1), sensitive('TRK', '2', 0.12), sensitive('ERK', '1', 0.8), sensitive('ERK', '2', 0.7)], defaultRuleSet(), 0.95);
    expect(reading).toMatchObject({ assayValid: false, confidence: 'provisional' });
    expect(reading!.sentence).toMatch(/the drug does not suppress pTRK and pERK at this dose and time: check the drug/);
  });
});
