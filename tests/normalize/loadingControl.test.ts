import { describe, expect, it } from 'vitest';
import { buildLoadingTable, laneKey } from '../../src/normalize/loadingControl.js';
import { normalize } from '../../src/normalize/normalize.js';
import { bandsOf, fixtureBands, settings } from '../helpers/bands.js';
import { inputErrorOf } from '../helpers/inputs.js';

const HEADER = ['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal'];

/** One membrane with a total-protein stain and GAPDH side by side, pMET alone (normalised to loading). */
const TWO_CONTROLS = [
  HEADER,
  ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pMET', 300],
  ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'GAPDH', 15000],
  ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'REVERT Total Protein Stain', 60000],
  ['B1', 2, 'KM12-LR', 'resistant', 'DMSO', 0, 1, 'pMET', 600],
  ['B1', 2, 'KM12-LR', 'resistant', 'DMSO', 0, 1, 'GAPDH', 20000],
  ['B1', 2, 'KM12-LR', 'resistant', 'DMSO', 0, 1, 'REVERT Total Protein Stain', 60000],
];

describe('buildLoadingTable(bands, settings) chooses the loading control', () => {
  it('prefers a total-protein stain over GAPDH by default', () => {
    const table = buildLoadingTable(bandsOf('two.csv', TWO_CONTROLS), settings());
    expect(table.controlOf.get('B1')).toBe('total-protein');
    expect(table.signalOf.get(laneKey('B1', '2'))).toBe(60000);
  });

  it('uses GAPDH when asked (--loading GAPDH), by label or protein name', () => {
    for (const label of ['GAPDH', 'gapdh']) {
      const table = buildLoadingTable(bandsOf('two.csv', TWO_CONTROLS), settings({ loadingControl: label }));
      expect(table.controlOf.get('B1')).toBe('GAPDH');
      expect(table.signalOf.get(laneKey('B1', '1'))).toBe(15000);
    }
  });

  it('the choice changes the normalised values: pMET / stain = 0.005 and 0.01; pMET / GAPDH = 0.02 and 0.03', () => {
    const byStain = normalize(bandsOf('two.csv', TWO_CONTROLS), settings()).lanes.map((l) => l.phosphoTotalRatio);
    const byGapdh = normalize(bandsOf('two.csv', TWO_CONTROLS), settings({ loadingControl: 'GAPDH' })).lanes.map((l) => l.phosphoTotalRatio);
    expect(byStain).toEqual([300 / 60000, 600 / 60000]);
    expect(byGapdh).toEqual([300 / 15000, 600 / 20000]);
  });

  it('a --loading control found on no membrane is an error listing the controls present', () => {
    const e = inputErrorOf(() => buildLoadingTable(bandsOf('two.csv', TWO_CONTROLS), settings({ loadingControl: 'vinculin' })));
    expect(e.code).toBe('loading-not-found');
    expect(e.format()).toBe('loading control "vinculin" (--loading) is on no membrane - loading controls in the input: GAPDH, REVERT Total Protein Stain');
  });

  it('a --loading control missing from one membrane leaves that membrane un-normalised, with a warning', () => {
    const bands = bandsOf('mixed.csv', [
      HEADER,
      ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'GAPDH', 1000],
      ['B2', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'β-actin', 1000],
      ['B2', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pMET', 10],
    ]);
    const table = buildLoadingTable(bands, settings({ loadingControl: 'GAPDH' }));
    expect(table.controlOf.get('B2')).toBeNull();
    expect(table.warnings).toEqual([{ code: 'no-loading-control', message: 'membrane "B2" has no GAPDH band; its lanes are not loading-normalised' }]);
  });

  it('a membrane without any loading control is warned about', () => {
    const bands = bandsOf('none.csv', [HEADER, ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'pERK', 10], ['B1', 1, 'KM12', 'sensitive', 'DMSO', 0, 1, 'ERK', 10]]);
    expect(buildLoadingTable(bands, settings()).warnings).toEqual([
      { code: 'no-loading-control', message: 'membrane "B1" has no loading control: its signals are used as measured where a ratio needs one (equal loading assumed; flagged no-loading-control, which lowers confidence)' },
    ]);
  });
});

describe('buildLoadingTable(bands, settings) flags loading drift', () => {
  // GAPDH per lane: 1000, 1000, 1000, 1500, 1600, 600 -> median 1000. Limit 1.5x: 1.6 and 0.6 (< 1/1.5) drift; 1.5 does not.
  const DRIFT = [HEADER, ...[1000, 1000, 1000, 1500, 1600, 600].map((g, i) => ['B1', i + 1, 'KM12', 'sensitive', 'DMSO', 0, i + 1, 'GAPDH', g])];

  it('flags lanes more than 1.5x from the membrane median, either way', () => {
    const table = buildLoadingTable(bandsOf('drift.csv', DRIFT), settings());
    expect(table.lanes.map((l) => [l.lane, l.relativeToMembraneMedian, l.drift])).toEqual([
      ['1', 1, false], ['2', 1, false], ['3', 1, false], ['4', 1.5, false], ['5', 1.6, true], ['6', 0.6, true],
    ]);
    expect(table.warnings).toEqual([
      { code: 'loading-drift', message: 'lane "5" on membrane "B1": loading control is 1.60x the membrane median (limit 1.5x) - check loading', at: { file: 'drift.csv', row: 6, column: 'signal' } },
      { code: 'loading-drift', message: 'lane "6" on membrane "B1": loading control is 0.60x the membrane median (limit 1.5x) - check loading', at: { file: 'drift.csv', row: 7, column: 'signal' } },
    ]);
  });

  it('honours another fold (--drift-fold 1.4 flags the 1.5x lane too)', () => {
    const table = buildLoadingTable(bandsOf('drift.csv', DRIFT), settings({ loadingDriftFold: 1.4 }));
    expect(table.lanes.filter((l) => l.drift).map((l) => l.lane)).toEqual(['4', '5', '6']);
  });

  it('carries the flag into ratios built from a drifting lane, through the phospho or the total membrane', () => {
    // membrane-M1 GAPDH 20000, 25000, 16000, 20000 (median 20000); membrane-M2 10000, 12000, 15000, 10000 (median 11000).
    // At 1.3x only M2 lane 3 drifts (15000 / 11000 = 1.36): KM12-LR DMSO, whose pERK sits on M1 lane 3, is flagged through its total.
    const data = normalize(fixtureBands('membrane-M1.csv', 'membrane-M2.csv'), settings({ loadingDriftFold: 1.3 }));
    expect(data.loading.filter((l) => l.drift).map((l) => [l.membrane, l.lane])).toEqual([['membrane-M2', '3']]);
    expect(data.lanes.map((l) => [l.line, l.treatment, l.flags.includes('loading-drift')])).toEqual([
      ['KM12', 'DMSO', false], ['KM12', 'larotrectinib', false], ['KM12-LR', 'DMSO', true], ['KM12-LR', 'larotrectinib', false],
    ]);
  });
});
