/**
 * The long and wide layouts, and every error the layout reader raises: each message is checked
 * whole (file, row, column, what was expected, how to fix).
 */
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/loadFile.js';
import { readTable } from '../../src/load/readTable.js';
import { looksTidy, mapDesignColumns, readTidyLayout } from '../../src/load/tidyLayouts.js';
import { inputErrorOf, inputErrorsOf, tableInput, textInput } from '../helpers/inputs.js';

type Row = readonly (string | number)[];
const load = (rows: readonly Row[], name = 'blot.csv') => loadFile(tableInput(name, rows));
const errorOf = (rows: readonly Row[], name = 'blot.csv') => inputErrorOf(() => load(rows, name));
const errorsOf = (rows: readonly Row[], name = 'blot.csv') => inputErrorsOf(() => load(rows, name));

const LONG = ['line', 'status', 'treatment', 'dose_nM', 'target', 'signal'];
const WIDE = ['lane', 'line', 'status', 'treatment', 'dose_nM', 'pERK', 'ERK', 'GAPDH'];

describe('mapDesignColumns(header) / looksTidy(header)', () => {
  it('maps headers to fields, the preferred signal alias winning whatever the column order', () => {
    const cols = mapDesignColumns(['Volume', 'line', 'Adj. Volume', 'status', 'treatment']);
    expect(cols.get('signal')).toMatchObject({ index: 2, header: 'Adj. Volume' });
    expect(looksTidy(['line', 'status', 'treatment'])).toBe(true);
    expect(looksTidy(['Lane', 'Band No.', 'Volume (Int)'])).toBe(false);
  });
});

describe('readTidyLayout(file, table) — wide layout', () => {
  it('reads one row per lane, one band per target column', () => {
    const f = load([WIDE, [1, 'KM12', 'sensitive', 'DMSO', 0, 1000, 2000, 20000], [2, 'KM12', 'sensitive', 'laro', 100, 100, 2000, 21000]]);
    expect(f.layout).toBe('wide');
    expect(f.bands.map((b) => [b.lane, b.target.label, b.signal, b.at.column])).toEqual([
      ['1', 'pERK', 1000, 'pERK'], ['1', 'ERK', 2000, 'ERK'], ['1', 'GAPDH', 20000, 'GAPDH'],
      ['2', 'pERK', 100, 'pERK'], ['2', 'ERK', 2000, 'ERK'], ['2', 'GAPDH', 21000, 'GAPDH'],
    ]);
  });

  it('an empty cell means "not probed" (no band); NA / n.d. is a missing band', () => {
    const f = load([WIDE, [1, 'KM12', 'sensitive', 'DMSO', 0, '', 'NA', 'n.d.'], [2, 'KM12', 'sensitive', 'laro', 100, 5, 6, 7]]);
    expect(f.bands.filter((b) => b.lane === '1').map((b) => [b.target.label, b.signal])).toEqual([['ERK', null], ['GAPDH', null]]);
    expect(f.warnings.map((w) => w.message)).toEqual([
      '1 missing value (NA, n.d. or empty) in column "ERK" left out of the analysis',
      '1 missing value (NA, n.d. or empty) in column "GAPDH" left out of the analysis',
    ]);
  });

  it('skips a notes column (no numbers) and an unnamed column with values, each with a warning', () => {
    const f = load([[...WIDE, 'notes', ''], [1, 'KM12', 'sensitive', 'DMSO', 0, 1, 2, 3, 'bubble on lane', '93.5']]);
    expect(f.bands.map((b) => b.target.label)).toEqual(['pERK', 'ERK', 'GAPDH']);
    expect(f.warnings).toEqual([
      { code: 'text-column', message: 'column "notes" holds no numbers and was ignored (notes?)', at: { file: 'blot.csv', column: 'notes' } },
      { code: 'unnamed-column', message: 'column 10 has no header but holds values; it was ignored', at: { file: 'blot.csv' } },
    ]);
  });

  it('takes the header from the first non-blank row and numbers rows as a spreadsheet does', () => {
    const table = readTable('gap.csv', '\n\nline,status,treatment,pERK\n\nKM12,sensitive,DMSO,5\n');
    const r = readTidyLayout('gap.csv', table, { defaultMembrane: 'gap' });
    expect(r.bands[0]!.at).toEqual({ file: 'gap.csv', row: 5, column: 'pERK' });
    expect(r.rows).toBe(1);
  });
});

describe('readTidyLayout(file, table) — errors name the file, row and column, and say how to fix', () => {
  it('missing required columns', () => {
    const e = errorOf([['line', 'treatment', 'target', 'signal'], ['KM12', 'DMSO', 'pERK', 1]]);
    expect(e.code).toBe('missing-columns');
    expect(e.format()).toBe('blot.csv:1: missing required column: status - name the status column one of: status, sensitivity, phenotype, group, line_status, resistance, model_status (case, spaces and punctuation do not matter)');
    const both = errorOf([['target', 'signal'], ['pERK', 1]]);
    expect(both.message).toBe('missing required columns: line, status, treatment');
    expect(both.hint).toContain('name the line column one of: line, cell_line, cellline, model, sample, sample_name, cells, cell, cell_model, clone (case, spaces and punctuation do not matter); name the status column');
  });

  it('a target column without a signal column (and the reverse)', () => {
    expect(errorOf([['line', 'status', 'treatment', 'target', 'OD'], ['KM12', 'sensitive', 'DMSO', 'pERK', 1]]).format()).toBe(
      'blot.csv:1: missing required column: signal - name the signal column one of: signal, adj_volume_int, adj_volume, adjusted_volume, local_background_corrected_volume, background_corrected_signal, volume, band_volume, intensity, band_intensity, integrated_density, intden, rawintden, density, signal_value, quantity, value (case, spaces and punctuation do not matter)',
    );
    expect(errorOf([['line', 'status', 'treatment', 'signal'], ['KM12', 'sensitive', 'DMSO', 1]]).message).toBe('missing required column: target');
  });

  it('a header without data rows', () => {
    const e = errorOf([LONG]);
    expect(e.code).toBe('no-data-rows');
    expect(e.format()).toBe('blot.csv:1: the file has a header but no data rows - add one row per band (long layout) or per lane (wide layout) below the header');
  });

  it('a wide file without any numeric target column', () => {
    const e = errorOf([['line', 'status', 'treatment', 'notes'], ['KM12', 'sensitive', 'DMSO', 'ok']]);
    expect(e.code).toBe('no-target-columns');
    expect(e.format()).toBe(
      'blot.csv:1: no target column: the header has design columns but neither target + signal columns nor one column per target - use the long layout (columns target and signal) or the wide layout (one column per antibody, e.g. pERK, ERK, GAPDH)',
    );
  });

  it('empty target, line and treatment cells', () => {
    const errors = errorsOf([
      LONG,
      ['KM12', 'sensitive', 'DMSO', 0, '', 1],
      ['', 'sensitive', 'DMSO', 0, 'pERK', 1],
      ['KM12', 'sensitive', '', 100, 'pERK', 1],
    ]);
    expect(errors.map((e) => [e.code, e.format()])).toEqual([
      ['missing-value', 'blot.csv:2 (column "target"): the target cell is empty - write the antibody, e.g. pERK, ERK or GAPDH'],
      ['missing-value', 'blot.csv:3 (column "line"): the line cell is empty - write the cell line or model of this lane, e.g. KM12 or KM12-LR'],
      ['missing-value', 'blot.csv:4 (column "treatment"): the treatment cell is empty - write the drug (e.g. larotrectinib) or DMSO / vehicle for control lanes'],
    ]);
  });

  it('an unknown status word', () => {
    const e = errorOf([LONG, ['KM12', 'semi-resistant', 'DMSO', 0, 'pERK', 1]]);
    expect(e.code).toBe('unknown-status');
    expect(e.format()).toBe(
      'blot.csv:2 (column "status"): unknown status "semi-resistant": expected sensitive (or parental) or resistant - write "sensitive" for the parental model and "resistant" for the resistant derivative',
    );
  });

  it('a signal that is not a number', () => {
    const e = errorOf([LONG, ['KM12', 'sensitive', 'DMSO', 0, 'pERK', 'faint']]);
    expect(e.code).toBe('not-a-number');
    expect(e.format()).toBe('blot.csv:2 (column "signal"): signal is not a number: "faint" - write the band\'s number; use NA or n.d. for a band that was not measured');
  });

  it('a decimal-comma signal when the dot convention is forced, with the --decimal hint', () => {
    const e = inputErrorOf(() => loadFile(tableInput('dot.csv', [LONG, ['KM12', 'sensitive', 'DMSO', 0, 'pERK', '"12,5"']]), { decimal: 'dot' }));
    expect(e.format()).toBe(
      'dot.csv:2 (column "signal"): signal is not a number: "12,5" - the file mixes decimal commas into a comma-separated table; use --decimal comma if all numbers use commas',
    );
  });

  it('a dose or time that is not a number, or is negative, with the column unit in the hint', () => {
    const errors = errorsOf([
      ['line', 'status', 'treatment', 'dose_uM', 'time_h', 'target', 'signal'],
      ['KM12', 'sensitive', 'laro', 'serum starved', 2, 'pERK', 1],
      ['KM12', 'sensitive', 'laro', '-1', 2, 'pERK', 1],
      ['KM12', 'sensitive', 'laro', 1, '2 days', 'pERK', 1],
    ]);
    expect(errors.map((e) => e.format())).toEqual([
      'blot.csv:2 (column "dose_uM"): dose is not a number: "serum starved" - write a number in µM (or leave it empty); move notes such as "serum starved" into the treatment column',
      'blot.csv:3 (column "dose_uM"): dose cannot be negative: "-1" - write a number in µM (or leave it empty); move notes such as "serum starved" into the treatment column',
      'blot.csv:4 (column "time_h"): time is not a number: "2 days" - write a number in h (or leave it empty); move notes such as "serum starved" into the treatment column',
    ]);
  });

  it('a saturated cell that is not yes or no', () => {
    const e = errorOf([[...LONG, 'saturated'], ['KM12', 'sensitive', 'DMSO', 0, 'pERK', 1, 'maybe']]);
    expect(e.code).toBe('bad-flag');
    expect(e.format()).toBe('blot.csv:2 (column "saturated"): saturated must be yes or no, got "maybe" - write yes/no, true/false or 1/0; leave it empty for no');
  });

  it('numbers with both decimal conventions', () => {
    const e = errorOf([LONG, ['KM12', 'sensitive', 'DMSO', 0, 'pERK', '1.5'], ['KM12', 'sensitive', 'DMSO', 0, 'ERK', '"2,5"']]);
    expect(e.code).toBe('mixed-decimals');
    expect(e.format()).toBe(
      'blot.csv:3 (column "signal"): the file mixes decimal conventions: "1.5" uses a dot, "2,5" a comma - make every number use the same decimal mark, or say which with --decimal dot or --decimal comma',
    );
  });

  it('one lane with two designs (one error, not also a repeated lane)', () => {
    const e = errorOf([[...WIDE], [1, 'KM12', 'sensitive', 'DMSO', 0, 1, 2, 3], [1, 'KM12', 'sensitive', 'laro', 100, 1, 2, 3]]);
    expect(e.code).toBe('conflicting-design');
    expect(e.format()).toBe(
      'blot.csv:3: lane "1" of membrane "blot" has a different design (line, status, treatment, dose, time or replicate) than on row 2 - one lane holds one sample: correct the design columns, or give the lanes distinct numbers',
    );
  });

  it('a band given twice (long) and a lane given twice (wide, reported once per row)', () => {
    const long = errorOf([LONG, ['KM12', 'sensitive', 'DMSO', 0, 'pERK', 1], ['KM12', 'sensitive', 'DMSO', 0, 'pERK', 2]]);
    expect(long.code).toBe('duplicate-band');
    expect(long.format()).toBe(
      'blot.csv:3: "pERK" is given twice for lane "KM12 / DMSO / 0 nM" of membrane "blot" (first on row 2) - remove the repeated row, or give technical repeats their own lane or replicate',
    );
    const wide = errorOf([WIDE, [1, 'KM12', 'sensitive', 'DMSO', 0, 1, 2, 3], [1, 'KM12', 'sensitive', 'DMSO', 0, 4, 5, 6]]);
    expect(wide.format()).toBe(
      'blot.csv:3: lane "1" of membrane "blot" is given twice (first on row 2) - remove the repeated row, or give technical repeats their own lane or replicate',
    );
  });

  it('one model with two statuses', () => {
    const e = errorOf([LONG, ['KM12', 'sensitive', 'DMSO', 0, 'pERK', 1], ['KM12', 'resistant', 'laro', 100, 'pERK', 2]]);
    expect(e.code).toBe('conflicting-status');
    expect(e.format()).toBe(
      'blot.csv:3 (column "status"): model "KM12" is resistant here but sensitive on row 2 - a model is either sensitive or resistant; give resistant derivatives their own name (e.g. KM12-LR)',
    );
  });

  it('an unquoted decimal comma in a comma-separated file (numbers beyond the header) is an error, not a shifted row', () => {
    // "1,5" unquoted: papaparse sees the cells "1" and "5"; reading on would take 1 as the signal
    const e = inputErrorOf(() => loadFile(textInput('split.csv', 'line,status,treatment,target,signal\nKM12,sensitive,DMSO,pERK,1,5\n')));
    expect(e.code).toBe('extra-cells');
    expect(e.format()).toBe(
      'split.csv:2: the row has 6 cells but the header has 5, and the extra cells hold numbers ("5"): its values would land in the wrong columns - an unquoted decimal comma splits a number in two in a comma-separated file: quote such numbers ("1,5") or save the table with ; as separator',
    );
    const wide = inputErrorOf(() => loadFile(textInput('w.tsv', 'line\tstatus\ttreatment\tpERK\nKM12\tsensitive\tDMSO\t5\t6\n')));
    expect(wide.format()).toBe(
      'w.tsv:2: the row has 5 cells but the header has 4, and the extra cells hold numbers ("6"): its values would land in the wrong columns - give the extra column a header, or remove the extra cells',
    );
  });

  it('a text note beyond the header stays a warning', () => {
    const f = loadFile(textInput('note.csv', 'line,status,treatment,target,signal\nKM12,sensitive,DMSO,pERK,5,re-run\n'));
    expect(f.bands[0]!.signal).toBe(5);
    expect(f.warnings.map((w) => w.code)).toEqual(['stray-cell']);
  });

  it('collects every row error in one pass: 25 distinct problems, then one line saying how many more', () => {
    const rows: Row[] = [LONG];
    for (let i = 0; i < 40; i++) rows.push(['KM12', 'sensitive', 'DMSO', 0, 'pERK', `bad${i}`]);
    const errors = errorsOf(rows);
    expect(errors).toHaveLength(26);
    expect(errors.slice(0, 25).map((e) => e.at?.row)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    expect(errors[25]!.message).toBe('... and 15 more problems of other kinds not listed: fix the ones above and run again');
  });

  it('identical problems in many rows are one line with the rows', () => {
    const rows: Row[] = [LONG];
    for (let i = 0; i < 40; i++) rows.push(['KM12', 'sensitive', 'DMSO', 0, 'pERK', 'bad']);
    const errors = errorsOf(rows);
    expect(errors.map((e) => e.format())).toEqual([
      'blot.csv:2 (column "signal"): signal is not a number: "bad" in 40 cells (rows 2-41) - write the band\'s number; use NA or n.d. for a band that was not measured',
    ]);
  });

  it('long strings in messages are shortened', () => {
    const e = errorOf([LONG, ['KM12', 'sensitive', 'DMSO', 0, 'pERK', 'x'.repeat(100)]]);
    expect(e.message).toBe(`signal is not a number: "${'x'.repeat(57)}..."`);
  });
});

describe('readTidyLayout(file, table) — rows that repeat the design of the row before (a lane\'s bands)', () => {
  const LANE = ['lane', 'line', 'status', 'treatment', 'dose_nM', 'target', 'signal'];

  it('gives every band of a lane the lane\'s design, and reads each new design afresh', () => {
    const f = load([
      LANE,
      [1, 'KM12', 'sensitive', 'DMSO', 0, 'pERK', 10], [1, 'KM12', 'sensitive', 'DMSO', 0, 'ERK', 20], [1, 'KM12', 'sensitive', 'DMSO', 0, 'GAPDH', 30],
      [2, 'KM12', 'sensitive', 'laro', 100, 'pERK', 1], [2, 'KM12', 'sensitive', 'laro', 100, 'ERK', 19], [2, 'KM12', 'sensitive', 'laro', 100, 'GAPDH', 31],
    ]);
    expect(f.bands.map((b) => [b.lane, b.treatment, b.vehicle, b.dose_nM, b.target.label, b.signal, b.at.row])).toEqual([
      ['1', 'DMSO', true, 0, 'pERK', 10, 2], ['1', 'DMSO', true, 0, 'ERK', 20, 3], ['1', 'DMSO', true, 0, 'GAPDH', 30, 4],
      ['2', 'laro', false, 100, 'pERK', 1, 5], ['2', 'laro', false, 100, 'ERK', 19, 6], ['2', 'laro', false, 100, 'GAPDH', 31, 7],
    ]);
    // A label is resolved once and its identity shared by every band that names it.
    expect(f.bands[0]!.target).toBe(f.bands[3]!.target);
  });

  it('still reports every bad row of a run, and a design cell that changes within a lane', () => {
    const bad = errorsOf([LANE, [1, 'KM12', 'weird', 'DMSO', 0, 'pERK', 10], [1, 'KM12', 'weird', 'DMSO', 0, 'ERK', 20]]);
    expect(bad.map((e) => [e.code, e.at?.row, e.message])).toEqual([['unknown-status', 2, expect.stringContaining('in 2 cells (rows 2-3)')]]);
    const changed = errorOf([LANE, [2, 'KM12', 'sensitive', 'DMSO', 0, 'pERK', 10], [2, 'KM12', 'sensitive', 'DMSO', 5, 'ERK', 20]]);
    expect([changed.code, changed.at?.row]).toEqual(['conflicting-design', 3]);
  });
});
