/**
 * Fraction of vehicle (drug lane / the same model's vehicle lane, same replicate) and ratio vs
 * reference (any lane / the sensitive partner's vehicle lane, same replicate), through normalize().
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { vehicleFor } from '../../src/normalize/referenceLanes.js';
import type { NormalizedLane } from '../../src/normalize/types.js';
import { bandsOf, fixtureBands, settings } from '../helpers/bands.js';
import { said } from '../helpers/inputs.js';

const HEADER = ['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'time_h', 'replicate', 'target', 'signal'];
const lanesOf = (rows: (string | number)[][], name = 'ref.csv') => normalize(bandsOf(name, [HEADER, ...rows]), settings());
const find = (lanes: readonly NormalizedLane[], line: string, treatment: string, replicate: string, target = 'ERK') =>
  lanes.find((l) => l.line === line && l.treatment === treatment && l.replicate === replicate && l.target === target)!;

describe('normalize(bands): fraction of vehicle and ratio vs reference', () => {
  const data = normalize(fixtureBands('paired-three-targets.csv'), settings());

  it('fraction of vehicle = drug ratio / vehicle ratio of the same model and replicate; the vehicle itself is 1', () => {
    // KM12 rep 1 ERK: vehicle 2000 / 1000 = 2; drug 84 / 1000 = 0.084; f = 0.042
    // KM12-LR rep 1 ERK: vehicle 1200 / 800 = 1.5; drug 261 / 2000 = 0.1305; f = 0.087
    expect(find(data.lanes, 'KM12', 'DMSO', '1').fractionOfVehicle).toBe(1);
    expect(find(data.lanes, 'KM12', 'larotrectinib', '1').fractionOfVehicle).toBeCloseTo(0.042, 14);
    expect(find(data.lanes, 'KM12-LR', 'larotrectinib', '1').fractionOfVehicle).toBeCloseTo(0.087, 14);
    // KM12-LR rep 3 TRK: vehicle 700 / 1400 = 0.5; drug 70 / 2000 = 0.035; f = 0.07
    expect(find(data.lanes, 'KM12-LR', 'larotrectinib', '3', 'TRK').fractionOfVehicle).toBeCloseTo(0.07, 14);
  });

  it('ratio vs reference = lane ratio / the sensitive vehicle ratio in the same replicate', () => {
    // reference for replicate 1 ERK: KM12 vehicle 2; KM12-LR vehicle 1.5 / 2 = 0.75; KM12-LR drug 0.1305 / 2 = 0.06525
    expect(find(data.lanes, 'KM12', 'DMSO', '1').ratioVsReference).toBe(1);
    expect(find(data.lanes, 'KM12-LR', 'DMSO', '1').ratioVsReference).toBeCloseTo(0.75, 14);
    expect(find(data.lanes, 'KM12-LR', 'larotrectinib', '1').ratioVsReference).toBeCloseTo(0.06525, 14);
    // replicate 2: KM12 vehicle 1000 / 1000 = 1; KM12-LR drug 49 / 1000 = 0.049
    expect(find(data.lanes, 'KM12-LR', 'larotrectinib', '2').ratioVsReference).toBeCloseTo(0.049, 14);
  });

  it('matches vehicle lanes by time point; a vehicle of another time never stands in when the design has time-matched ones', () => {
    const d = lanesOf([
      ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'pERK', 100], ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'ERK', 100],
      ['B', 2, 'KM12', 'sensitive', 'DMSO', 0, 24, 1, 'pERK', 200], ['B', 2, 'KM12', 'sensitive', 'DMSO', 0, 24, 1, 'ERK', 100],
      ['B', 3, 'KM12', 'sensitive', 'laro', 100, 2, 1, 'pERK', 10], ['B', 3, 'KM12', 'sensitive', 'laro', 100, 2, 1, 'ERK', 100],
      ['B', 4, 'KM12', 'sensitive', 'laro', 100, 24, 1, 'pERK', 10], ['B', 4, 'KM12', 'sensitive', 'laro', 100, 24, 1, 'ERK', 100],
      ['B', 5, 'KM12-LR', 'resistant', 'DMSO', 0, 2, 1, 'pERK', 100], ['B', 5, 'KM12-LR', 'resistant', 'DMSO', 0, 2, 1, 'ERK', 100],
      ['B', 6, 'KM12-LR', 'resistant', 'laro', 100, 24, 1, 'pERK', 50], ['B', 6, 'KM12-LR', 'resistant', 'laro', 100, 24, 1, 'ERK', 100],
    ]);
    const f = (line: string, time: number) => d.lanes.find((l) => l.line === line && !l.vehicle && l.time_h === time)!;
    expect(f('KM12', 2).fractionOfVehicle).toBeCloseTo(0.1, 14); // 0.1 / 1 (2 h vehicle)
    expect(f('KM12', 24).fractionOfVehicle).toBeCloseTo(0.05, 14); // 0.1 / 2 (24 h vehicle)
    // Its only vehicle is at 2 h, and the design has 24 h vehicles (KM12's): no fraction, said so.
    expect(f('KM12-LR', 24).fractionOfVehicle).toBeNull();
    expect(d.warnings.map((w) => w.code)).toContain('no-vehicle-at-time');
    expect(f('KM12-LR', 24).ratioVsReference).toBeCloseTo(0.25, 14); // 0.5 / 2 (KM12's 24 h vehicle)
  });

  it('with vehicles at other times only (and time-matched vehicles elsewhere), gives no fraction and says so', () => {
    const d = lanesOf([
      ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'pERK', 100],
      ['B', 2, 'KM12', 'sensitive', 'DMSO', 0, 24, 1, 'pERK', 200],
      ['B', 3, 'KM12', 'sensitive', 'laro', 100, 6, 1, 'pERK', 10],
      ['B', 4, 'KM12-LR', 'resistant', 'DMSO', 0, 6, 1, 'pERK', 10],
    ]);
    const drug = d.lanes.find((l) => !l.vehicle)!;
    expect(drug.fractionOfVehicle).toBeNull();
    expect(drug.flags).toContain('no-vehicle');
    expect(said(d.warnings.filter((w) => w.code === 'no-vehicle-at-time'))).toEqual([
      { code: 'no-vehicle-at-time', message: '"KM12" replicate "1" has vehicle lanes at 2, 24 h but none at 6 h, which other lanes of the design have; those drug lanes have no fraction of vehicle (a vehicle of another time does not stand in)' },
    ]);
  });

  it('a replicate without a vehicle lane for a model: no fraction, flagged and warned', () => {
    const d = lanesOf([
      ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'pERK', 100], ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'ERK', 100],
      ['B', 2, 'KM12', 'sensitive', 'laro', 100, 2, 1, 'pERK', 10], ['B', 2, 'KM12', 'sensitive', 'laro', 100, 2, 1, 'ERK', 100],
      ['B', 3, 'KM12-LR', 'resistant', 'laro', 100, 2, 1, 'pERK', 20], ['B', 3, 'KM12-LR', 'resistant', 'laro', 100, 2, 1, 'ERK', 100],
    ]);
    const resistantDrug = d.lanes.find((l) => l.line === 'KM12-LR')!;
    expect(resistantDrug.fractionOfVehicle).toBeNull();
    expect(resistantDrug.flags).toContain('no-vehicle');
    // the sensitive partner's vehicle (100 / 100 = 1) still gives a ratio vs reference: 0.2 / 1
    expect(resistantDrug.ratioVsReference).toBeCloseTo(0.2, 14);
    expect(said(d.warnings.filter((w) => w.code === 'no-vehicle'))).toEqual([
      { code: 'no-vehicle', message: 'no vehicle lane for "KM12-LR" in replicate "1": its drug lanes have no fraction of vehicle' },
    ]);
  });

  it('flags a weak reference lane: vehicle phospho below 10 % of the other vehicle lanes of that antibody on the membrane', () => {
    // pERK vehicle lanes on B: 50 and 1200; 50 / 1200 = 4.2 % < 10 % (drug lanes do not count)
    const d = lanesOf([
      ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'pERK', 50], ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'ERK', 1000],
      ['B', 2, 'KM12', 'sensitive', 'laro', 100, 2, 1, 'pERK', 1000], ['B', 2, 'KM12', 'sensitive', 'laro', 100, 2, 1, 'ERK', 1000],
      ['B', 3, 'KM12-LR', 'resistant', 'DMSO', 0, 2, 1, 'pERK', 1200], ['B', 3, 'KM12-LR', 'resistant', 'DMSO', 0, 2, 1, 'ERK', 1000],
      ['B', 4, 'KM12-LR', 'resistant', 'laro', 100, 2, 1, 'pERK', 900], ['B', 4, 'KM12-LR', 'resistant', 'laro', 100, 2, 1, 'ERK', 1000],
    ]);
    expect(d.lanes.filter((l) => l.flags.includes('weak-reference')).map((l) => [l.line, l.lane])).toEqual([['KM12', '1']]);
    expect(said(d.warnings.filter((w) => w.code === 'weak-reference'))).toEqual([
      { code: 'weak-reference', message: 'reference lane "1" on membrane "B": pERK is only 4 % of the other vehicle lanes\' median (limit 10 %); ratios to it have inflated variance' },
    ]);
    // --weak-reference 0.04: 4.2 % is no longer below the limit
    const relaxed = normalize(bandsOf('ref.csv', [HEADER, ...[
      ['B', 1, 'KM12', 'sensitive', 'DMSO', 0, 2, 1, 'pERK', 50], ['B', 2, 'KM12', 'sensitive', 'laro', 100, 2, 1, 'pERK', 1000],
      ['B', 3, 'KM12-LR', 'resistant', 'DMSO', 0, 2, 1, 'pERK', 1200], ['B', 4, 'KM12-LR', 'resistant', 'laro', 100, 2, 1, 'pERK', 900],
    ]]), settings({ weakReferenceFraction: 0.04 }));
    expect(relaxed.warnings.filter((w) => w.code === 'weak-reference')).toEqual([]);
  });
});

describe('vehicleFor(candidates, time_h, designTimes)', () => {
  const lane = (time_h: number | null) => ({ time_h }) as NormalizedLane;
  it('is the lane at the same time; another time only when the design has vehicles at one time', () => {
    const two = [lane(2), lane(24)];
    expect(vehicleFor(two, 24, new Set([2, 24]))).toEqual({ kind: 'found', lane: two[1] });
    expect(vehicleFor([lane(2)], 48, new Set([2]))).toEqual({ kind: 'found', lane: lane(2) });
    // Issue 17.7: the 24 h vehicle of this replicate is missing but the design has 24 h vehicles elsewhere.
    expect(vehicleFor([lane(2)], 24, new Set([2, 24]))).toEqual({ kind: 'other-time', times: [2] });
    expect(vehicleFor(two, 6, new Set([2, 24]))).toEqual({ kind: 'other-time', times: [2, 24] });
    expect(vehicleFor([], 2, new Set([2]))).toEqual({ kind: 'none' });
  });
});
