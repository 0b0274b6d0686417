import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/loadFile.js';
import { compareTargets, normalize } from '../../src/normalize/normalize.js';
import { bandsOf, fixtureBands, settings } from '../helpers/bands.js';
import { fixture, inputErrorOf, said, textInput } from '../helpers/inputs.js';

describe('normalize(bands, settings)', () => {
  const data = normalize(fixtureBands('paired-three-targets.csv'), settings());

  it('describes the design: models (sensitive first), pairs, drug conditions, targets in panel order', () => {
    expect(data.design).toEqual({
      models: [{ line: 'KM12', status: 'sensitive' }, { line: 'KM12-LR', status: 'resistant' }],
      pairs: [{ resistant: 'KM12-LR', sensitive: 'KM12' }],
      membranes: ['paired-three-targets'],
      replicates: ['1', '2', '3'],
      conditions: [{ treatment: 'larotrectinib', dose_nM: 100, time_h: null }],
      targets: [
        { protein: 'TRK', ratioBasis: 'phospho/total', known: true, phosphoLabels: ['pTRK'], totalLabels: ['TRK'] },
        { protein: 'AKT', ratioBasis: 'phospho/total', known: true, phosphoLabels: ['pAKT'], totalLabels: ['AKT'] },
        { protein: 'ERK', ratioBasis: 'phospho/total', known: true, phosphoLabels: ['pERK'], totalLabels: ['ERK'] },
      ],
      loadingControls: [{ membrane: 'paired-three-targets', control: 'GAPDH' }],
    });
  });

  it('gives one lane per sample and protein: 2 models x 2 treatments x 3 replicates x 3 targets', () => {
    expect(data.lanes).toHaveLength(36);
    expect(data.loading).toHaveLength(12);
    expect(data.flaggedBands).toEqual([]);
    expect(data.warnings).toEqual([]);
  });

  it('orders lanes by model, target, vehicle first, condition, replicate', () => {
    expect(data.lanes.slice(0, 7).map((l) => [l.line, l.target, l.treatment, l.replicate])).toEqual([
      ['KM12', 'TRK', 'DMSO', '1'], ['KM12', 'TRK', 'DMSO', '2'], ['KM12', 'TRK', 'DMSO', '3'],
      ['KM12', 'TRK', 'larotrectinib', '1'], ['KM12', 'TRK', 'larotrectinib', '2'], ['KM12', 'TRK', 'larotrectinib', '3'],
      ['KM12', 'AKT', 'DMSO', '1'],
    ]);
  });

  it('gives the same result whatever the order of input rows', () => {
    const text = Buffer.from(fixture('paired-three-targets.csv').bytes).toString('utf8').trimEnd().split('\n');
    const [header, ...rows] = text;
    const reversed = loadFile(textInput('paired-three-targets.csv', [header, ...rows.reverse()].join('\n') + '\n')).bands;
    const again = normalize(reversed, settings());
    expect(again.lanes).toEqual(data.lanes);
    expect(again.design).toEqual(data.design);
    expect(again.loading).toEqual(data.loading);
  });

  it('warns when a model has a single replicate', () => {
    const d = normalize(fixtureBands('membrane-M1.csv', 'membrane-M2.csv'), settings());
    expect(said(d.warnings.filter((w) => w.code === 'single-replicate'))).toEqual([
      { code: 'single-replicate', message: 'model "KM12" has a single replicate: results are descriptive only (n = 1)' },
      { code: 'single-replicate', message: 'model "KM12-LR" has a single replicate: results are descriptive only (n = 1)' },
    ]);
  });

  it('keeps an unknown target as its own protein, after the core panel', () => {
    const d = normalize(fixtureBands('antibody-spellings-wide.csv'), settings());
    expect(d.design.targets.map((t) => [t.protein, t.known, t.ratioBasis])).toEqual([
      ['TRK', true, 'phospho/total'], ['AKT', true, 'phospho/total'], ['ERK', true, 'phospho/total'], ['FOO', false, 'phospho/total'],
    ]);
    // vehicle lanes there are larotrectinib at dose 0: the only drug condition is 100 nM
    expect(d.design.conditions).toEqual([{ treatment: 'larotrectinib', dose_nM: 100, time_h: null }]);
    // ERK: vehicle 800 / 1000 = 0.8, drug 80 / 1000 = 0.08 -> f = 0.1 in KM12; 900 / 1000 over 1000 / 1000 = 0.9 in KM12-LR
    const erk = d.lanes.filter((l) => l.target === 'ERK' && !l.vehicle).map((l) => [l.line, l.fractionOfVehicle]);
    expect(erk[0]![0]).toBe('KM12');
    expect(erk[0]![1]).toBeCloseTo(0.1, 14);
    expect(erk[1]![1]).toBeCloseTo(0.9, 14);
  });

  it('normalises an input with one status only without pairs (rules/singleModelReading.ts reads it); refuses it when --pair names a partner', () => {
    const rows = [['line', 'status', 'treatment', 'target', 'signal'], ['KM12', 'sensitive', 'DMSO', 'pERK', 1], ['KM12', 'sensitive', 'DMSO', 'ERK', 2]];
    expect(normalize(bandsOf('x.csv', rows), settings()).design.pairs).toEqual([]);
    const e = inputErrorOf(() => normalize(bandsOf('x.csv', rows), { ...settings(), pairs: [{ resistant: 'KM12-LR', sensitive: 'KM12' }] }));
    expect([e.code, e.message, e.hint]).toEqual(['no-resistant', 'no resistant model in the input', 'mark the resistant derivative "resistant" in the status column']);
  });
});

describe('compareTargets(a, b)', () => {
  it('puts the core pairs first in panel order, then other proteins alphabetically', () => {
    expect(['STAT3', 'MET', 'ERK', 'TRK', 'AKT', 'EGFR', 'HER2', 'FOO'].sort(compareTargets)).toEqual(['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET', 'FOO', 'STAT3']);
  });
});
