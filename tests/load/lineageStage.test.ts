/** The stage column of a lineage: its header names, its cells, and its errors (docs/resistance-over-time.md). */
import { describe, expect, it } from 'vitest';
import { matchDesignColumn } from '../../src/load/designColumns.js';
import { parseStageCell } from '../../src/load/lineageStage.js';
import { loadFile } from '../../src/load/loadFile.js';
import { inputErrorOf, tableInput } from '../helpers/inputs.js';

describe('matchDesignColumn(header) for a stage column', () => {
  it.each([
    ['weeks_on_drug', 1, 'weeks'], ['Weeks on drug', 1, 'weeks'], ['WEEKS-ON-DRUG', 1, 'weeks'], ['time on drug', 1, 'weeks'],
    ['Time on drug (weeks)', 1, 'weeks'], ['days_on_drug', 1 / 7, 'weeks'], ['Days on drug', 1 / 7, 'weeks'], ['time_on_drug (d)', 1 / 7, 'weeks'],
    ['passage', 1, 'order'], ['Passage number', 1, 'order'], ['Stage', 1, 'order'],
  ])('reads %j as the stage column (x %d, %s)', (header, toCanonical, unit) => {
    expect(matchDesignColumn(header)).toEqual({ field: 'stage', unit: { toCanonical, unit } });
  });

  it('leaves the time column (hours of drug exposure in the assay) alone', () => {
    expect(matchDesignColumn('time_h')?.field).toBe('time');
    expect(matchDesignColumn('Time')?.field).toBe('time');
  });
});

describe('parseStageCell(text, scale, toWeeks, decimal)', () => {
  it('reads weeks as numbers or with a unit, and days as weeks', () => {
    expect(parseStageCell('8', 'weeks', 1, 'dot')).toEqual({ value: 8, scale: 'weeks' });
    expect(parseStageCell('8 weeks', 'weeks', 1, 'dot')).toEqual({ value: 8, scale: 'weeks' });
    expect(parseStageCell('56 d', 'weeks', 1, 'dot')).toEqual({ value: 8, scale: 'weeks' });
    expect(parseStageCell('56', 'weeks', 1 / 7, 'dot')).toEqual({ value: 8, scale: 'weeks' });
    expect(parseStageCell('1,5', 'weeks', 1, 'comma')).toEqual({ value: 1.5, scale: 'weeks' });
  });

  it('reads the parental as 0 and a blank as no stage', () => {
    expect(parseStageCell('', 'weeks', 1, 'dot')).toBeNull();
    expect(parseStageCell('  ', 'order', 1, 'dot')).toBeNull();
    expect(parseStageCell('parental', 'weeks', 1, 'dot')).toEqual({ value: 0, scale: 'weeks' });
    expect(parseStageCell('0', 'order', 1, 'dot')).toEqual({ value: 0, scale: 'order' });
  });

  it('reads early / intermediate / late as an order only', () => {
    expect(parseStageCell('Early', 'order', 1, 'dot')).toEqual({ value: 1, scale: 'order' });
    expect(parseStageCell('late', 'order', 1, 'dot')).toEqual({ value: 3, scale: 'order' });
    expect(parseStageCell('late', 'weeks', 1, 'dot')).toBeUndefined();
  });

  it('refuses negative numbers and other words', () => {
    expect(parseStageCell('-2', 'weeks', 1, 'dot')).toBeUndefined();
    expect(parseStageCell('soon', 'order', 1, 'dot')).toBeUndefined();
    expect(parseStageCell('8 parsecs', 'weeks', 1, 'dot')).toBeUndefined();
  });
});

describe('loadFile(input) with a stage column', () => {
  const header = ['line', 'status', 'weeks_on_drug', 'treatment', 'replicate', 'target', 'signal'];

  it('puts the stage on every band of the line, null on blank cells; no stage field without the column', () => {
    const bands = loadFile(tableInput('lineage.csv', [header, ['KM12', 'sensitive', '', 'DMSO', 1, 'pERK', 10], ['KM12-LR w8', 'resistant', '8 weeks', 'DMSO', 1, 'pERK', 12]])).bands;
    expect(bands.map((b) => b.stage)).toEqual([null, { value: 8, scale: 'weeks' }]);
    const plain = loadFile(tableInput('plain.csv', [['line', 'status', 'treatment', 'target', 'signal'], ['KM12', 'sensitive', 'DMSO', 'pERK', 10]])).bands;
    expect('stage' in plain[0]!).toBe(false);
  });

  it('reads the stage column of a wide file as design, not as a target', () => {
    const wide = loadFile(tableInput('wide.csv', [['line', 'status', 'Passage', 'treatment', 'pERK', 'ERK'], ['KM12', 'sensitive', '', 'DMSO', 10, 20], ['LR-late', 'resistant', 'late', 'DMSO', 12, 20]])).bands;
    expect(wide.map((b) => b.target.label)).toEqual(['pERK', 'ERK', 'pERK', 'ERK']);
    expect(wide.map((b) => b.stage?.value ?? null)).toEqual([null, null, 3, 3]);
  });

  it('locates a stage cell that is not a stage: file, row, column, and what to write', () => {
    const error = inputErrorOf(() => loadFile(tableInput('lineage.csv', [header, ['KM12-LR', 'resistant', 'soon', 'DMSO', 1, 'pERK', 12]])));
    expect(error.code).toBe('bad-stage');
    expect(error.at).toEqual({ file: 'lineage.csv', row: 2, column: 'weeks_on_drug' });
    expect(error.message).toBe('stage is not a number of weeks or a stage: "soon"');
    expect(error.hint).toMatch(/8 weeks, 56 d/);
  });
});
