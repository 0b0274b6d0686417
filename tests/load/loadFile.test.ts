/**
 * One file to band records, one input quirk per test. Quirks at the byte level (BOM, CRLF, CR-only,
 * Windows-1252) are written here with Buffer; the others are committed under tests/fixtures/core/
 * (see its README.md for what each file exercises).
 */
import { describe, expect, it } from 'vitest';
import { baseName, loadFile, sha256Hex } from '../../src/load/loadFile.js';
import type { Band } from '../../src/load/types.js';
import { fixture, inputErrorOf, tableInput, textInput } from '../helpers/inputs.js';

/** A compact view of a band: [line, treatment, dose_nM, replicate, protein, form, signal]. */
const brief = (b: Band) => [b.line, b.treatment, b.dose_nM, b.replicate, b.target.protein, b.target.form, b.signal];

const LONG_HEADER = ['line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal'];
const LONG_ROWS = [
  ['KM12', 'sensitive', 'DMSO', 0, 1, 'pERK', 1000],
  ['KM12', 'sensitive', 'DMSO', 0, 1, 'ERK', 2000],
  ['KM12-LR', 'resistant', 'larotrectinib', 100, 1, 'pERK', 800],
];

describe('loadFile(input) reads each input quirk', () => {
  it('comma separator, LF line ends (the baseline)', () => {
    const f = loadFile(tableInput('plain.csv', [LONG_HEADER, ...LONG_ROWS]));
    expect(f).toMatchObject({ layout: 'long', rows: 3, delimiter: ',', decimal: 'dot', encoding: 'utf-8', warnings: [] });
    expect(f.bands.map(brief)).toEqual([
      ['KM12', 'DMSO', 0, '1', 'ERK', 'phospho', 1000],
      ['KM12', 'DMSO', 0, '1', 'ERK', 'total', 2000],
      ['KM12-LR', 'larotrectinib', 100, '1', 'ERK', 'phospho', 800],
    ]);
  });

  it('UTF-8 BOM (EF BB BF) before the first header, with CRLF line ends', () => {
    const f = loadFile(tableInput('bom-crlf.csv', [LONG_HEADER, ...LONG_ROWS], { bom: true, eol: '\r\n' }));
    expect(f.bands.map(brief)).toEqual(loadFile(tableInput('plain.csv', [LONG_HEADER, ...LONG_ROWS])).bands.map(brief));
    expect(f.bands[0]!.line).toBe('KM12');
    expect(f.bands[2]!.at).toEqual({ file: 'bom-crlf.csv', row: 4, column: 'signal' });
  });

  it('CR-only line ends (old Mac Excel): every row is read, row numbers match the spreadsheet', () => {
    const input = tableInput('cr-only.csv', [LONG_HEADER, ...LONG_ROWS], { eol: '\r' });
    expect(Buffer.from(input.bytes).includes(0x0a)).toBe(false);
    const f = loadFile(input);
    expect(f.rows).toBe(3);
    expect(f.bands.map((b) => b.at.row)).toEqual([2, 3, 4]);
  });

  it('semicolon separator with decimal commas, dot thousands and a dose in µM (German Excel)', () => {
    // semicolon-decimal-comma.csv: "1234,5", "2.469,0" (= 2469), dose_uM "0,1" (= 100 nM)
    const f = loadFile(fixture('semicolon-decimal-comma.csv'));
    expect(f).toMatchObject({ delimiter: ';', decimal: 'comma', layout: 'long', rows: 8 });
    expect(f.bands.slice(0, 4).map(brief)).toEqual([
      ['KM12', 'DMSO', 0, '1', 'ERK', 'phospho', 1234.5],
      ['KM12', 'DMSO', 0, '1', 'ERK', 'total', 2469],
      ['KM12', 'larotrectinib', 100, '1', 'ERK', 'phospho', 61.7],
      ['KM12', 'larotrectinib', 100, '1', 'ERK', 'total', 2469],
    ]);
    expect(f.bands[0]!.time_h).toBe(2);
  });

  it('tab separator (aliases cell_line / condition / experiment / antibody / volume)', () => {
    const f = loadFile(fixture('welch-unshared-replicates.tsv'));
    expect(f).toMatchObject({ delimiter: '\t', layout: 'long', rows: 70 });
    expect(brief(f.bands[0]!)).toEqual(['KM12', 'DMSO', 0, 's1', 'AKT', 'phospho', 1000]);
  });

  it('quoted fields: commas inside target names and quoted decimal commas in a comma-separated file', () => {
    // quoted-decimal-commas.csv: "ERK1/2, total" and "1,5" are quoted; 3 and 100 are not
    const f = loadFile(fixture('quoted-decimal-commas.csv'));
    expect(f).toMatchObject({ delimiter: ',', decimal: 'comma', warnings: [] });
    expect(f.bands.slice(0, 4).map((b) => [b.target.label, b.target.protein, b.target.form, b.signal])).toEqual([
      ['p-ERK1/2 (Thr202/Tyr204)', 'ERK', 'phospho', 1.5],
      ['ERK1/2, total', 'ERK', 'total', 3],
      ['p-ERK1/2 (Thr202/Tyr204)', 'ERK', 'phospho', 0.3],
      ['ERK1/2, total', 'ERK', 'total', 3],
    ]);
  });

  it('trailing empty columns ("signal,,") and a stray note cell: read, with a warning for the note', () => {
    const f = loadFile(fixture('trailing-empty-columns.csv'));
    expect(f.rows).toBe(8);
    expect(f.bands).toHaveLength(8);
    expect(f.warnings).toEqual([
      { code: 'stray-cell', message: 'stray cell "exported from Image Lab" in an unnamed column was ignored', at: { file: 'trailing-empty-columns.csv', row: 3 } },
    ]);
  });

  it('NA, n.d., N/A and empty signal cells: kept as null bands and counted in one warning', () => {
    const f = loadFile(fixture('missing-values.csv'));
    expect(f.bands).toHaveLength(16);
    expect(f.bands.filter((b) => b.signal === null).map((b) => b.at.row)).toEqual([4, 6, 8, 16]);
    expect(f.warnings).toEqual([
      { code: 'missing-values', message: '4 missing values (NA, n.d. or empty) in column "signal" left out of the analysis', at: { file: 'missing-values.csv', column: 'signal' } },
    ]);
  });

  it('Windows-1252 bytes (µ as 0xB5 in "dose (µM)") are decoded, with a warning', () => {
    const header = Buffer.from('line,status,treatment,dose (\xb5M),target,signal\n', 'latin1');
    const body = Buffer.from('KM12,sensitive,larotrectinib,0.1,pERK,10\n', 'latin1');
    const f = loadFile({ name: 'latin1.csv', bytes: new Uint8Array(Buffer.concat([header, body])) });
    expect(f.encoding).toBe('windows-1252');
    expect(f.bands[0]!.dose_nM).toBe(100);
    expect(f.warnings[0]).toEqual({
      code: 'windows-1252', at: { file: 'latin1.csv' },
      message: "the file is not UTF-8; it was read as Windows-1252 (Excel's default on Windows) - check names with accents or symbols",
    });
  });
});

describe('loadFile(input) reads column-name aliases', () => {
  it('model / sensitivity / drug / gel / lane no. / experiment / protein, and prefers Adj. Volume over Volume', () => {
    const f = loadFile(fixture('aliases-model-drug-gel.csv'));
    const b = f.bands[0]!;
    expect(b).toMatchObject({ line: 'KM12', status: 'sensitive', treatment: 'vehicle', membrane: 'G1', lane: '1', replicate: 'exp1', signal: 1000 });
    expect(b.at.column).toBe('Adj. Volume (Int)');
    expect(f.bands.map((x) => x.signal)).not.toContain(99999);
  });

  it.each([
    [['cell_line', 'status', 'condition', 'membrane', 'rep', 'antibody', 'intensity']],
    [['sample', 'status', 'drug', 'gel', 'experiment', 'protein', 'volume']],
    [['model', 'status', 'treatment', 'blot', 'replicate', 'target', 'adj. volume']],
  ])('%j', (header) => {
    const f = loadFile(tableInput('aliases.csv', [header, ['KM12', 'sensitive', 'DMSO', 'B1', 'r1', 'pERK', '10']]));
    expect(f.bands[0]).toMatchObject({ line: 'KM12', treatment: 'DMSO', membrane: 'B1', replicate: 'r1', signal: 10, vehicle: true });
    expect(f.bands[0]!.target).toEqual({ label: 'pERK', protein: 'ERK', form: 'phospho', known: true });
  });
});

describe('loadFile(input) reads antibody spellings', () => {
  it.each([
    ['p-ERK1/2', 'ERK', 'phospho'], ['pErk', 'ERK', 'phospho'], ['Total ERK', 'ERK', 'total'], ['t-AKT', 'AKT', 'total'],
    ['β-actin', 'beta-actin', 'loading'], ['Phospho-p44/42 MAPK (Erk1/2) (Thr202/Tyr204) Antibody #9101', 'ERK', 'phospho'],
    ['p44/42 MAPK (Erk1/2) Antibody #9102', 'ERK', 'total'], ['Phospho-TrkA (Tyr490) (C35G9) Rabbit mAb #4619', 'TRK', 'phospho'],
  ])('%j in a long file is %s (%s)', (label, protein, form) => {
    const f = loadFile(tableInput('spelling.csv', [['line', 'status', 'treatment', 'target', 'signal'], ['KM12', 'sensitive', 'DMSO', `"${label}"`, '5']]));
    expect(f.bands[0]!.target).toEqual({ label, protein, form, known: true });
    expect(f.warnings).toEqual([]);
  });

  it('catalogue names as wide-layout headers; unknown targets kept under their own name with one warning each', () => {
    const f = loadFile(fixture('antibody-spellings-wide.csv'));
    expect(f.layout).toBe('wide');
    const lane1 = f.bands.filter((b) => b.at.row === 2);
    expect(lane1.map((b) => [b.target.protein, b.target.form, b.target.known, b.signal])).toEqual([
      ['ERK', 'phospho', true, 800], ['ERK', 'total', true, 1000], ['AKT', 'phospho', true, 600], ['AKT', 'total', true, 1000],
      ['TRK', 'phospho', true, 900], ['TRK', 'total', true, 1000], ['FOO', 'phospho', false, 50], ['FOO', 'total', false, 100],
      ['beta-actin', 'loading', true, 20000],
    ]);
    expect(f.warnings).toEqual([
      { code: 'unknown-target', message: 'target "pFOO" is not a known antibody; kept under its own name', at: { file: 'antibody-spellings-wide.csv', row: 2 } },
      { code: 'unknown-target', message: 'target "FOO" is not a known antibody; kept under its own name', at: { file: 'antibody-spellings-wide.csv', row: 2 } },
    ]);
  });
});

describe('loadFile(input) finds vehicle lanes', () => {
  it.each(['DMSO', 'vehicle', 'Control', 'untreated', 'Vehicle (DMSO)'])('treatment %j is vehicle', (treatment) => {
    const f = loadFile(tableInput('veh.csv', [['line', 'status', 'treatment', 'target', 'signal'], ['KM12', 'sensitive', treatment, 'pERK', '5']]));
    expect(f.bands[0]!.vehicle).toBe(true);
  });

  it('a dose of 0 is vehicle whatever the drug is called, and an empty treatment at dose 0 is named "vehicle"', () => {
    const f = loadFile(tableInput('dose0.csv', [
      ['line', 'status', 'treatment', 'dose', 'target', 'signal'],
      ['KM12', 'sensitive', 'larotrectinib', '0', 'pERK', '5'],
      ['KM12', 'sensitive', '', '0', 'ERK', '5'],
      ['KM12', 'sensitive', 'larotrectinib', '10', 'pERK', '1'],
    ]));
    expect(f.bands.map((b) => [b.treatment, b.dose_nM, b.vehicle])).toEqual([
      ['larotrectinib', 0, true], ['vehicle', 0, true], ['larotrectinib', 10, false],
    ]);
  });
});

describe('loadFile(input) fills optional columns with defaults', () => {
  it('no blot column: one membrane named after the file; no replicate: the membrane; no lane: the sample design', () => {
    const f = loadFile(tableInput('data/2026-01-10 blot A.csv', [
      ['line', 'status', 'treatment', 'dose_nM', 'time_h', 'target', 'signal'],
      ['KM12', 'sensitive', 'larotrectinib', '100', '2', 'pERK', '5'],
    ]));
    expect(f.bands[0]).toMatchObject({ membrane: '2026-01-10 blot A', replicate: '2026-01-10 blot A', lane: 'KM12 / larotrectinib / 100 nM / 2 h' });
  });

  it('a replicate column without a blot column: the lane id names the replicate', () => {
    const f = loadFile(tableInput('r.csv', [['line', 'status', 'treatment', 'replicate', 'target', 'signal'], ['KM12', 'sensitive', 'DMSO', '3', 'pERK', '5']]));
    expect(f.bands[0]).toMatchObject({ membrane: 'r', replicate: '3', lane: 'KM12 / DMSO / rep 3' });
  });

  it('an empty blot or replicate cell falls back like a missing column', () => {
    const f = loadFile(tableInput('e.csv', [['blot', 'line', 'status', 'treatment', 'replicate', 'target', 'signal'], ['', 'KM12', 'sensitive', 'DMSO', '', 'pERK', '5']]));
    expect(f.bands[0]).toMatchObject({ membrane: 'e', replicate: 'e' });
  });
});

describe('loadFile(input) converts dose and time units from the header', () => {
  it.each([
    ['dose_uM', '0.1', 100], ['Dose (µM)', '1', 1000], ['dose_nM', '50', 50], ['conc_pM', '5000', 5], ['dose', '25', 25],
  ])('%s %s -> %d nM', (header, cell, nM) => {
    const f = loadFile(tableInput('u.csv', [['line', 'status', 'treatment', header, 'target', 'signal'], ['KM12', 'sensitive', 'drug', cell, 'pERK', '5']]));
    expect(f.bands[0]!.dose_nM).toBe(nM);
  });

  it.each([['time_min', '30', 0.5], ['time (d)', '2', 48], ['time_h', '24', 24], ['hours', '1.5', 1.5]])('%s %s -> %d h', (header, cell, h) => {
    const f = loadFile(tableInput('u.csv', [['line', 'status', 'treatment', header, 'target', 'signal'], ['KM12', 'sensitive', 'drug', cell, 'pERK', '5']]));
    expect(f.bands[0]!.time_h).toBe(h);
  });
});

describe('loadFile(input) records the source', () => {
  it('sha256 of the bytes matches sha256sum', () => {
    // $ sha256sum tests/fixtures/core/membrane-M1.csv
    // 926fd2e9ad5ae8e5e832178818972eab4906ae6a17d6ccfe58444abf07757006  membrane-M1.csv
    expect(loadFile(fixture('membrane-M1.csv')).sha256).toBe('926fd2e9ad5ae8e5e832178818972eab4906ae6a17d6ccfe58444abf07757006');
    // $ printf '' | sha256sum
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('baseName(name) drops folders and one extension', () => {
    expect(baseName('a/b/M1.blot.csv')).toBe('M1.blot');
    expect(baseName('C:\\data\\M2.tsv')).toBe('M2');
    expect(baseName('.csv')).toBe('.csv');
  });

  it('refuses a file with only blank lines', () => {
    const e = inputErrorOf(() => loadFile(textInput('blank.csv', '\n\r\n  \n')));
    expect(e.code).toBe('empty-file');
    expect(e.at).toEqual({ file: 'blank.csv' });
  });
});
