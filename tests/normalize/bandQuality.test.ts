/**
 * Which bands are quantifiable: saturated (by the `saturated` column or by --saturation), zero or
 * negative, missing. Checked on single bands and through normalize(), where they are left out,
 * flagged and counted in warnings.
 */
import { describe, expect, it } from 'vitest';
import { bandProblem, isSaturated, isUsable } from '../../src/normalize/bandQuality.js';
import { normalize } from '../../src/normalize/normalize.js';
import { bandsOf, settings } from '../helpers/bands.js';
import { said } from '../helpers/inputs.js';

const HEADER = ['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal', 'saturated'];
const sample = (lane: number, line: string, status: string, treatment: string, dose: number) =>
  (target: string, signal: string | number, saturated = '') => ['B', lane, line, status, treatment, dose, 1, target, signal, saturated];

const sv = sample(1, 'KM12', 'sensitive', 'DMSO', 0);
const sd = sample(2, 'KM12', 'sensitive', 'laro', 100);
const rv = sample(3, 'KM12-LR', 'resistant', 'DMSO', 0);
const rd = sample(4, 'KM12-LR', 'resistant', 'laro', 100);

describe('bandProblem(band, settings)', () => {
  const [ok, sat, big, zero, neg, missing] = bandsOf('q.csv', [
    HEADER, sv('pERK', 100), sv('ERK', 100, 'yes'), sv('AKT', 65535), sv('pAKT', 0), sv('GAPDH', -12), sv('pTRK', 'NA'),
  ]);

  it('is null for a usable band', () => {
    expect(bandProblem(ok!, settings())).toBeNull();
    expect(isUsable(ok!, settings())).toBe(true);
  });

  it('is saturated when the saturated column says yes, or the signal reaches --saturation', () => {
    expect(bandProblem(sat!, settings())).toBe('saturated');
    expect(bandProblem(big!, settings())).toBeNull();
    expect(bandProblem(big!, settings({ saturation: 65535 }))).toBe('saturated');
    expect(bandProblem(big!, settings({ saturation: 70000 }))).toBeNull();
  });

  it('keeps saturated bands with --keep-saturated (still reported as saturated)', () => {
    expect(bandProblem(sat!, settings({ keepSaturated: true }))).toBeNull();
    expect(isSaturated(sat!, settings())).toBe(true);
  });

  it('is non-positive for zero or negative signals, missing-signal for NA', () => {
    expect(bandProblem(zero!, settings())).toBe('non-positive');
    expect(bandProblem(neg!, settings())).toBe('non-positive');
    expect(bandProblem(missing!, settings())).toBe('missing-signal');
  });
});

describe('normalize(bands) leaves out and reports problem bands', () => {
  const rows = [
    HEADER,
    sv('pERK', 1000), sv('ERK', 1000), sv('GAPDH', 20000),
    sd('pERK', 100, 'yes'), sd('ERK', 1000), sd('GAPDH', 20000),
    rv('pERK', 0), rv('ERK', 1000), rv('GAPDH', 20000),
    rd('pERK', -5), rd('ERK', 65535), rd('GAPDH', 20000),
  ];

  it('a band saturated by the column is left out of its ratio, flagged, and counted', () => {
    const d = normalize(bandsOf('q.csv', rows), settings());
    const drug = d.lanes.find((l) => l.line === 'KM12' && !l.vehicle)!;
    expect(drug).toMatchObject({ phospho: 100, phosphoTotalRatio: null, fractionOfVehicle: null, flags: ['saturated'] });
    expect(d.flaggedBands.filter((b) => b.flag === 'saturated')).toEqual([
      { membrane: 'B', lane: '2', line: 'KM12', targetLabel: 'pERK', signal: 100, flag: 'saturated', file: 'q.csv', row: 5 },
    ]);
    expect(said(d.warnings.filter((w) => w.code === 'saturated'))).toEqual([
      { code: 'saturated', message: '1 saturated pERK band left out of the analysis (outside the linear range)' },
    ]);
  });

  it('--saturation 65535 also catches bands at the ceiling of a 16-bit image', () => {
    const d = normalize(bandsOf('q.csv', rows), settings({ saturation: 65535 }));
    expect(d.flaggedBands.filter((b) => b.flag === 'saturated').map((b) => [b.lane, b.targetLabel, b.signal])).toEqual([['2', 'pERK', 100], ['4', 'ERK', 65535]]);
    expect(said(d.warnings.filter((w) => w.code === 'saturated')).map((w) => w.message).sort()).toEqual([
      '1 saturated ERK band left out of the analysis (outside the linear range)',
      '1 saturated pERK band left out of the analysis (outside the linear range)',
    ]);
  });

  it('--keep-saturated keeps them in the ratio, flagged, and says the ratio underestimates', () => {
    const d = normalize(bandsOf('q.csv', rows), settings({ keepSaturated: true }));
    const drug = d.lanes.find((l) => l.line === 'KM12' && !l.vehicle)!;
    expect(drug.phosphoTotalRatio).toBe(0.1);
    expect(drug.fractionOfVehicle).toBeCloseTo(0.1, 14);
    expect(drug.flags).toEqual(['saturated']);
    expect(said(d.warnings.filter((w) => w.code === 'saturated'))).toEqual([
      { code: 'saturated', message: '1 saturated pERK band kept in the analysis (--keep-saturated); their ratios underestimate the signal' },
    ]);
  });

  it('a vehicle band at zero is left out (non-positive); a drug band below zero is censored at the antibody\'s noise on its membrane', () => {
    const d = normalize(bandsOf('q.csv', rows), settings());
    expect(d.lanes.filter((l) => l.flags.includes('non-positive')).map((l) => [l.line, l.treatment, l.phosphoTotalRatio])).toEqual([
      ['KM12-LR', 'DMSO', null],
    ]);
    // pERK readings at or below 0 on membrane B: 0 and -5 -> 3 x RMS = 3 x sqrt(25 / 2).
    // python3: 3 * (25 / 2) ** 0.5 -> 10.606601717798213
    const censored = d.lanes.find((l) => l.line === 'KM12-LR' && !l.vehicle)!;
    expect(censored.flags).toContain('below-detection');
    expect(censored.censoredAt?.source).toBe('antibody-noise');
    expect(censored.censoredAt?.limit).toBeCloseTo(10.606601717798213, 12);
    expect(censored.fractionOfVehicle).toBeNull();
    expect(said(d.warnings.filter((w) => w.code === 'non-positive'))).toEqual([
      { code: 'non-positive', message: '1 pERK band has a signal of zero or below and was left out' },
    ]);
  });

  it('a phospho band under drug at exactly zero, with no noise to read, is censored at the lowest positive drug-lane band of its membrane and antibody', () => {
    const d = normalize(bandsOf('q.csv', [HEADER, sv('pERK', 1000), sv('ERK', 1000), sd('pERK', 90), sd('ERK', 1000), rv('pERK', 800), rv('ERK', 1000), rd('pERK', 0), rd('ERK', 1000)]), settings());
    const censored = d.lanes.find((l) => l.line === 'KM12-LR' && !l.vehicle)!;
    expect(censored.flags).toContain('below-detection');
    expect(censored.censoredAt).toEqual({ limit: 90, source: 'lowest-positive-band' });
    expect(censored.phosphoTotalRatio).toBeCloseTo(90 / 1000, 14);
    expect(censored.fractionOfVehicle).toBeCloseTo(90 / 800, 14);
    expect(d.flaggedBands.filter((b) => b.flag === 'below-detection').map((b) => [b.line, b.signal])).toEqual([['KM12-LR', 0]]);
    expect(said(d.warnings.filter((w) => w.code === 'below-detection'))).toHaveLength(1);
    expect(d.warnings.filter((w) => w.code === 'non-positive')).toEqual([]);
  });

  it('with no positive drug band and no noise, the limit is the membrane\'s lowest vehicle band of that antibody over 10; the membrane\'s noise comes before it', () => {
    const zeros = [HEADER, sv('pERK', 1000), sv('ERK', 1000), sd('pERK', 0), sd('ERK', 1000), rv('pERK', 800), rv('ERK', 1000), rd('pERK', 0), rd('ERK', 1000)];
    const byVehicle = normalize(bandsOf('q.csv', zeros), settings());
    expect(byVehicle.lanes.filter((l) => l.censoredAt).map((l) => l.censoredAt)).toEqual([
      { limit: 80, source: 'vehicle-lanes' }, { limit: 80, source: 'vehicle-lanes' },
    ]);
    // Another antibody's blank on the same membrane at -20: the membrane's noise, 3 x RMS(0, 0, -20).
    // python3: 3 * ((0 + 0 + 400) / 3) ** 0.5 -> 34.64101615137755
    const byNoise = normalize(bandsOf('q.csv', [...zeros, rd('pAKT', -20), rd('AKT', 500)]), settings());
    const limits = byNoise.lanes.filter((l) => l.target === 'ERK' && l.censoredAt).map((l) => l.censoredAt!);
    expect(limits.map((c) => c.source)).toEqual(['membrane-noise', 'membrane-noise']);
    expect(limits[0]!.limit).toBeCloseTo(34.64101615137755, 12);
  });

  it('a saturated loading-control band cannot normalise its lane', () => {
    const d = normalize(bandsOf('q.csv', [HEADER, sv('pMET', 10), sv('GAPDH', 20000, 'yes'), rv('pMET', 20), rv('GAPDH', 20000)]), settings());
    expect(d.lanes.map((l) => l.phosphoTotalRatio)).toEqual([null, 0.001]);
    expect(d.loading.map((l) => [l.lane, l.saturated, l.relativeToMembraneMedian])).toEqual([['1', true, null], ['3', false, 1]]);
  });
});
