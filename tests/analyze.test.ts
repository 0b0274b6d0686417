/**
 * analyze(inputs): the pipeline end to end, in memory (load -> normalize -> stats -> rules -> Results).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, loadInputs } from '../src/analyze.js';
import { SCHEMA_VERSION } from '../src/results.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { fixture, inputErrorOf, nonFiniteNumbers, tableInput } from './helpers/inputs.js';

const example = (name: string) => ({ name, bytes: readFileSync(new URL(`../examples/${name}`, import.meta.url)) });
const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('analyze(inputs, options)', () => {
  it('reads several files at once (one per membrane) and records each with its sha256 and layout', () => {
    const r = analyze([fixture('membrane-M1.csv'), fixture('membrane-M2.csv')]);
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.tool).toEqual({ name: 'blotbypass', version: packageVersion });
    expect(r.inputs).toEqual([
      // $ sha256sum tests/fixtures/core/membrane-M1.csv -> 926fd2e9ad5ae8e5e832178818972eab4906ae6a17d6ccfe58444abf07757006
      { file: 'membrane-M1.csv', sha256: '926fd2e9ad5ae8e5e832178818972eab4906ae6a17d6ccfe58444abf07757006', layout: 'long', rows: 8, encoding: 'utf-8', delimiter: ',', decimal: 'dot' },
      expect.objectContaining({ file: 'membrane-M2.csv', layout: 'long', rows: 8 }),
    ]);
    expect(r.design.membranes).toEqual(['membrane-M1', 'membrane-M2']);
    // pERK on M1 joined with ERK on M2: KM12-LR f = 0.3 / 0.375 = 0.8 (see tests/normalize/phosphoTotal.test.ts)
    expect(r.comparisons[0]!.fractionOfVehicle.estimate).toBeCloseTo(0.8, 12);
  });

  it('fills every contract field of a comparison', () => {
    const r = analyze([fixture('paired-three-targets.csv')]);
    const c = r.comparisons[2]!;
    expect(Object.keys(c)).toEqual(expect.arrayContaining([
      'line', 'versus', 'treatment', 'dose_nM', 'time_h', 'target', 'fractionOfVehicle', 'sensitiveFractionOfVehicle', 'resistantVsSensitive',
    ]));
    expect(Object.keys(c.fractionOfVehicle)).toEqual(expect.arrayContaining(['estimate', 'ciLow', 'ciHigh', 'n']));
    expect(Object.keys(c.resistantVsSensitive)).toEqual(expect.arrayContaining(['log2Ratio', 'test', 't', 'df', 'p', 'pAdjusted']));
    expect(c).toMatchObject({ line: 'KM12-LR', versus: 'KM12', treatment: 'larotrectinib', dose_nM: 100, time_h: null, target: 'ERK' });
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.generatedAt).toBeNull();
    expect(r.experiment).toEqual({ id: null, operator: null, title: null });
    expect(Array.isArray(r.warnings)).toBe(true);
    expect(r.lanes).toHaveLength(36);
  });

  it('stamps the time from SOURCE_DATE_EPOCH only when given', () => {
    expect(analyze([fixture('paired-three-targets.csv')], { sourceDateEpoch: 1_767_225_600 }).generatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('passes settings through and records them', () => {
    const r = analyze([fixture('paired-three-targets.csv')], { settings: { confidenceLevel: 0.9, loadingControl: 'GAPDH', pairs: [{ resistant: 'KM12-LR', sensitive: 'KM12' }], test: 'paired' } });
    expect(r.settings).toMatchObject({ confidenceLevel: 0.9, loadingControl: 'GAPDH', pairs: [{ resistant: 'KM12-LR', sensitive: 'KM12' }], test: 'paired' });
    // scipy 90% interval of the ERK log2 ratio (tests/stats/compareModels.test.ts): 0.9436019275668486 to 1.0780880163794493
    expect(r.comparisons[2]!.resistantVsSensitive.ciLow).toBeCloseTo(0.9436019275668486, 10);
  });

  it.each([
    ['paired-three-targets.csv'], ['welch-unshared-replicates.tsv'], ['missing-values.csv'], ['antibody-spellings-wide.csv'],
    ['semicolon-decimal-comma.csv'], ['quoted-decimal-commas.csv'], ['trailing-empty-columns.csv'], ['aliases-model-drug-gel.csv'],
  ])('has no NaN or Infinity anywhere in the results of %s (checked before serialising)', (name) => {
    const r = analyze([fixture(name)]);
    expect(nonFiniteNumbers(r)).toEqual([]);
  });

  it('extreme signals (1e300 over 1e-300) give null ratios, not Infinity or NaN', () => {
    const r = analyze([tableInput('extreme.csv', [
      ['line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal'],
      ['KM12', 'sensitive', 'DMSO', 0, 1, 'pERK', '1e300'], ['KM12', 'sensitive', 'DMSO', 0, 1, 'ERK', '1e-300'],
      ['KM12', 'sensitive', 'laro', 100, 1, 'pERK', 1], ['KM12', 'sensitive', 'laro', 100, 1, 'ERK', 1],
      ['KM12-LR', 'resistant', 'DMSO', 0, 1, 'pERK', 1], ['KM12-LR', 'resistant', 'DMSO', 0, 1, 'ERK', 1],
      ['KM12-LR', 'resistant', 'laro', 100, 1, 'pERK', 1], ['KM12-LR', 'resistant', 'laro', 100, 1, 'ERK', 1],
    ])]);
    expect(r.lanes[0]).toMatchObject({ line: 'KM12', vehicle: true, phosphoTotalRatio: null, fractionOfVehicle: null, ratioVsReference: null });
    expect(nonFiniteNumbers(r)).toEqual([]);
  });

  it('single replicates: null statistics with warnings, never NaN', () => {
    const r = analyze([fixture('membrane-M1.csv'), fixture('membrane-M2.csv')]);
    // One lane per cell: the linear model has no residual df, so estimates come without SE, t, p or interval.
    expect(r.comparisons[0]!.resistantVsSensitive).toMatchObject({ test: 'linear-model', se: null, t: null, df: 0, p: null, pAdjusted: null });
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['single-replicate', 'estimate-only']));
    expect(nonFiniteNumbers(r)).toEqual([]);
  });

  it('the bundled example files are what examples/make_example.py writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blotbypass-example-'));
    try {
      const script = fileURLToPath(new URL('../examples/make_example.py', import.meta.url));
      const run = spawnSync('python3', [script], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      for (const name of ['trk-bypass-long.csv', 'trk-bypass-wide.csv']) {
        expect(readFileSync(join(dir, name)).equals(example(name).bytes), name).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the bundled example gives the same lanes and comparisons from its long and wide files', () => {
    const long = analyze([example('trk-bypass-long.csv')]);
    const wide = analyze([example('trk-bypass-wide.csv')]);
    expect(wide.lanes).toEqual(long.lanes);
    expect(wide.comparisons).toEqual(long.comparisons);
    expect(long.comparisons.map((c) => c.target)).toEqual(['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET']);
    expect(nonFiniteNumbers(long)).toEqual([]);
  });
});

describe('loadInputs(inputs)', () => {
  it('needs at least one file', () => {
    const e = inputErrorOf(() => loadInputs([]));
    expect([e.code, e.format()]).toEqual(['no-files', 'no input files were given']);
  });

  it('stops at the first file that cannot be read, naming it', () => {
    const e = inputErrorOf(() => loadInputs([fixture('membrane-M1.csv'), { name: 'blot.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) }]));
    expect(e.at?.file).toBe('blot.png');
  });
});
