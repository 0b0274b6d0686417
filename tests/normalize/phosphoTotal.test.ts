/**
 * Phospho/total per sample: in one lane the loading control cancels; across membranes each band is
 * divided by its own lane's loading control and the two are joined by sample. Expected values are
 * worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { buildLoadingTable } from '../../src/normalize/loadingControl.js';
import { normalize } from '../../src/normalize/normalize.js';
import { phosphoTotalRatios, sampleKey } from '../../src/normalize/phosphoTotal.js';
import type { Band } from '../../src/load/types.js';
import { bandsOf, fixtureBands, settings } from '../helpers/bands.js';
import { inputErrorOf, said } from '../helpers/inputs.js';

const ratiosOf = (bands: Band[], s = settings()) => phosphoTotalRatios(bands, buildLoadingTable(bands, s), s);

const HEADER = ['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal'];

describe('phosphoTotalRatios(bands, loading, settings)', () => {
  it('phospho and total in the same lane: ratio = phospho / total, the loading control cancels', () => {
    const bands = bandsOf('same.csv', [
      HEADER,
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pERK', 1500],
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'ERK', 3000],
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'GAPDH', 24000],
    ]);
    const { lanes, basisOf, warnings } = ratiosOf(bands);
    expect(lanes).toHaveLength(1);
    // 1500 / 3000 = 0.5 (not (1500/24000)/(3000/24000) computed with rounding: exactly p/t)
    expect(lanes[0]).toMatchObject({
      target: 'ERK', ratioBasis: 'phospho/total', phosphoTotalRatio: 0.5, phospho: 1500, total: 3000,
      membrane: 'B1', lane: '1', totalMembrane: 'B1', totalLane: '1', loadingControl: 'GAPDH',
      phosphoLaneLoading: 24000, totalLaneLoading: 24000, phosphoOverLoading: 1500 / 24000, totalOverLoading: 3000 / 24000, flags: [],
    });
    expect(basisOf.get('ERK')).toBe('phospho/total');
    expect(warnings).toEqual([]);
  });

  it('phospho and total on different membranes (one file each): each over its own lane\'s GAPDH, joined by sample', () => {
    // membrane-M1.csv holds pERK1/2 + GAPDH, membrane-M2.csv ERK1/2 + GAPDH, lanes 1-4 on each.
    // KM12 DMSO:        (1000 / 20000) / (2000 / 10000) = 0.05 / 0.2   = 0.25
    // KM12 laro:        (100 / 25000)  / (2400 / 12000) = 0.004 / 0.2  = 0.02
    // KM12-LR DMSO:     (1200 / 16000) / (3000 / 15000) = 0.075 / 0.2  = 0.375
    // KM12-LR laro:     (900 / 20000)  / (1500 / 10000) = 0.045 / 0.15 = 0.3
    // (the raw 900 / 1500 = 0.6 would be wrong: the lanes were loaded differently)
    const { lanes } = ratiosOf(fixtureBands('membrane-M1.csv', 'membrane-M2.csv'));
    expect(lanes.map((l) => [l.line, l.treatment, l.membrane, l.lane, l.totalMembrane, l.totalLane])).toEqual([
      ['KM12', 'DMSO', 'membrane-M1', '1', 'membrane-M2', '1'],
      ['KM12', 'larotrectinib', 'membrane-M1', '2', 'membrane-M2', '2'],
      ['KM12-LR', 'DMSO', 'membrane-M1', '3', 'membrane-M2', '3'],
      ['KM12-LR', 'larotrectinib', 'membrane-M1', '4', 'membrane-M2', '4'],
    ]);
    const expected = [0.25, 0.02, 0.375, 0.3];
    lanes.forEach((l, i) => expect(l.phosphoTotalRatio).toBeCloseTo(expected[i]!, 12));
    expect(lanes[3]).toMatchObject({ phosphoLaneLoading: 20000, totalLaneLoading: 10000, flags: [] });
    expect(lanes[3]!.phosphoOverLoading).toBeCloseTo(0.045, 12);
    expect(lanes[3]!.totalOverLoading).toBeCloseTo(0.15, 12);
  });

  it('different membranes without loading controls: ratio p / t, flagged as assuming equal loading', () => {
    const bands = bandsOf('noload.csv', [
      HEADER,
      ['M1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pERK', 400],
      ['M2', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'ERK', 800],
    ]);
    const { lanes } = ratiosOf(bands);
    expect(lanes[0]).toMatchObject({ phosphoTotalRatio: 0.5, flags: ['no-loading-control'] });
  });

  it('a phospho target never measured as total falls back to phospho / loading control, with a warning', () => {
    const bands = bandsOf('pmet.csv', [
      HEADER,
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pMET', 600],
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'GAPDH', 20000],
    ]);
    const { lanes, warnings } = ratiosOf(bands);
    expect(lanes[0]).toMatchObject({ target: 'MET', ratioBasis: 'phospho/loading', phosphoTotalRatio: 0.03 });
    expect(said(warnings)).toEqual([
      { code: 'phospho-without-total', message: 'pMET has no total MET band anywhere in the input; pMET is normalised to the loading control of its lane instead of total MET (flagged no-total)' },
    ]);
  });

  it('a total target alone is total / loading control', () => {
    const bands = bandsOf('t.csv', [HEADER, ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'MET', 5000], ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'GAPDH', 20000]]);
    expect(ratiosOf(bands).lanes[0]).toMatchObject({ ratioBasis: 'total/loading', phosphoTotalRatio: 0.25, phospho: null });
  });

  it('a sample with phospho but no total (when other samples have both) is flagged and counted', () => {
    const bands = bandsOf('half.csv', [
      HEADER,
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pERK', 100],
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'ERK', 200],
      ['B1', 2, 'KM12', 'sensitive', 'laro', 100, 1, 'pERK', 10],
      ['B1', 3, 'KM12', 'sensitive', 'laro', 100, 2, 'ERK', 10],
    ]);
    const { lanes, warnings } = ratiosOf(bands);
    expect(lanes.map((l) => [l.lane, l.phosphoTotalRatio, l.flags])).toEqual([
      ['1', 0.5, []], ['2', null, ['missing-total']], ['3', null, ['missing-phospho']],
    ]);
    expect(said(warnings)).toEqual([{
      code: 'missing-total',
      message: '1 sample has phospho-ERK but no total ERK; left out of the ERK ratio - bands on different membranes are joined by line, treatment, dose, time and replicate: add a replicate column when one experiment spans several membranes',
    }]);
  });

  it('two phospho bands of one protein in one sample is an error naming both places', () => {
    const bands = bandsOf('dup.csv', [
      HEADER,
      ['M1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pERK', 100],
      ['M2', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'p-ERK1/2', 110],
    ]);
    const e = inputErrorOf(() => ratiosOf(bands));
    expect(e.code).toBe('duplicate-sample');
    expect(e.format()).toBe(
      'dup.csv:3 (column "signal"): pERK of "KM12" (replicate "1") is measured twice in the same condition: dup.csv:2 (column "signal") and dup.csv:3 (column "signal") - give each biological repeat its own replicate value, or remove the extra band',
    );
  });

  it('two membranes without a replicate column are two replicates, so a cross-membrane pair does not join', () => {
    // "no replicate = the blot": pERK on M1 and ERK on M2 are then different samples (documented default)
    const bands = bandsOf('norep.csv', [
      ['blot', 'lane', 'line', 'status', 'treatment', 'target', 'signal'],
      ['M1', 1, 'KM12', 'sensitive', 'DMSO', 'pERK', 100],
      ['M2', 1, 'KM12', 'sensitive', 'DMSO', 'ERK', 200],
    ]);
    const { lanes, warnings } = ratiosOf(bands);
    expect(lanes.map((l) => [l.replicate, l.phosphoTotalRatio, l.flags])).toEqual([['M1', null, ['missing-total']], ['M2', null, ['missing-phospho']]]);
    expect(warnings.map((w) => w.code)).toEqual(['missing-total']);
  });
});

describe('sampleKey(design)', () => {
  it('joins on line, treatment, dose, time and replicate, not on membrane or lane', () => {
    const [a, b] = fixtureBands('membrane-M1.csv', 'membrane-M2.csv').filter((x) => x.lane === '4' && x.target.form !== 'loading');
    expect(a!.membrane).not.toBe(b!.membrane);
    expect(sampleKey(a!)).toBe(sampleKey(b!));
  });
});

describe('normalize(bands) with phospho and total on different membranes', () => {
  it('gives fraction of vehicle and ratio vs reference from the joined ratios', () => {
    // KM12 laro f = 0.02 / 0.25 = 0.08; KM12-LR laro f = 0.3 / 0.375 = 0.8
    // ratio vs the sensitive vehicle (0.25): KM12-LR DMSO 0.375 / 0.25 = 1.5, KM12-LR laro 0.3 / 0.25 = 1.2
    const data = normalize(fixtureBands('membrane-M1.csv', 'membrane-M2.csv'), settings());
    const view = data.lanes.map((l) => [l.line, l.treatment, l.fractionOfVehicle, l.ratioVsReference]);
    const expected = [['KM12', 'DMSO', 1, 1], ['KM12', 'larotrectinib', 0.08, 0.08], ['KM12-LR', 'DMSO', 1, 1.5], ['KM12-LR', 'larotrectinib', 0.8, 1.2]];
    view.forEach((row, i) => {
      expect(row.slice(0, 2)).toEqual(expected[i]!.slice(0, 2));
      expect(row[2]).toBeCloseTo(expected[i]![2] as number, 12);
      expect(row[3]).toBeCloseTo(expected[i]![3] as number, 12);
    });
    expect(data.design.loadingControls).toEqual([{ membrane: 'membrane-M1', control: 'GAPDH' }, { membrane: 'membrane-M2', control: 'GAPDH' }]);
  });
});
