/**
 * Messages that point the right way: a lane layout sheet given as data, a misspelt loading control
 * (GADPH) and target, the count of warnings printed against the lines shown, and `validate` telling
 * notes from warnings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { analyze } from '../../src/analyze.js';
import { loadFile } from '../../src/load/loadFile.js';
import { editDistance, suggestTarget } from '../../src/load/targetSpelling.js';
import { identifyTarget } from '../../src/load/targetNames.js';
import { textSummary } from '../../src/report/textSummary.js';
import { inputErrorOf } from '../helpers/inputs.js';
import { runInTemp } from '../robustness/harness.js';

const EXAMPLE = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');
const WIDE = readFileSync(new URL('../../examples/trk-bypass-wide.csv', import.meta.url), 'utf8');
const LAYOUT = readFileSync(new URL('../fixtures/vendors/layout-8-lanes.csv', import.meta.url), 'utf8');
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('a lane layout sheet given as a data file', () => {
  it('as CSV: "this looks like a lane layout sheet: pass it with --layout"', () => {
    const e = inputErrorOf(() => loadFile({ name: 'layout.csv', bytes: bytesOf(LAYOUT) }));
    expect(e.code).toBe('layout-as-data');
    expect(e.format()).toBe('layout.csv:1: this looks like a lane layout sheet (lanes and their design, no signals), not densitometry data - pass it with --layout, beside the instrument export whose lanes it describes');
  });

  it('as the only sheet of a workbook: the same message', async () => {
    const data = LAYOUT.trim().split('\n').map((l) => l.split(',').map((v) => ({ value: v })));
    const bytes = new Uint8Array(await writeExcelFile([{ sheet: 'layout', data }] as never).toBuffer());
    expect(inputErrorOf(() => loadFile({ name: 'layout.xlsx', bytes })).message).toMatch(/^this looks like a lane layout sheet/);
  });
});

describe('misspelt antibodies', () => {
  it('editDistance counts a swap of neighbours as one edit', () => {
    // Python (jellyfish 1.0): damerau_levenshtein_distance('gadph', 'gapdh') -> 1; ('kitten', 'sitting') -> 3
    expect([editDistance('gadph', 'gapdh'), editDistance('kitten', 'sitting'), editDistance('', 'abc'), editDistance('akt', 'akt')]).toEqual([1, 3, 3, 0]);
  });

  it('suggests the known protein one edit away; never for short names or known ones', () => {
    expect(suggestTarget(identifyTarget('GADPH'))).toEqual({ protein: 'GAPDH', loading: true });
    expect(suggestTarget(identifyTarget('b-actn'))).toEqual({ protein: 'beta-actin', loading: true });
    expect(suggestTarget(identifyTarget('p-STTA3'))).toEqual({ protein: 'STAT3', loading: false });
    expect(suggestTarget(identifyTarget('pERKK'))).toEqual({ protein: 'ERK', loading: false });
    expect(suggestTarget(identifyTarget('pSTAT1'))).toBeNull();
    expect(suggestTarget(identifyTarget('FGFR5'))).toBeNull();
    expect(suggestTarget(identifyTarget('GAPDH'))).toBeNull();
    expect(suggestTarget(identifyTarget('PTEN'))).toBeNull();
  });

  it('a misspelt loading control (GADPH) is refused with "did you mean GAPDH?", not analysed as a target', () => {
    const e = inputErrorOf(() => loadFile({ name: 'wide.csv', bytes: bytesOf(WIDE.replace(/,GAPDH(\r?\n)/, ',GADPH$1')) }));
    expect(e.code).toBe('misspelled-loading-control');
    expect(e.format()).toMatch(/^wide\.csv:2: target "GADPH" is not a known antibody but is spelt almost like the loading control GAPDH: .+ - did you mean GAPDH\? write it GAPDH in the file$/);
  });

  it('a misspelt target is kept under its own name, with the suggestion in the warning', () => {
    const f = loadFile({ name: 'blot.csv', bytes: bytesOf(EXAMPLE.replaceAll(',pERK1/2,', ',pERKK,')) });
    expect(f.warnings.find((w) => w.code === 'unknown-target')!.message).toBe('target "pERKK" is not a known antibody; kept under its own name - did you mean ERK?');
  });
});

describe('the summary counts what it shows', () => {
  it('19 warnings of which 4 sentences: the 4 lines, then "and 15 more in results.json"', () => {
    const results = analyze([{ name: 'blot.csv', bytes: bytesOf(EXAMPLE) }]);
    const warnings = Array.from({ length: 19 }, (_, i) => ({ code: 'x', message: `sentence ${i % 4}`, at: { file: `f${i}.csv` } }));
    const text = textSummary({ ...results, warnings, notes: [] }, null);
    const block = text.split('\n').slice(1, 7);
    expect(block[0]).toBe('19 warnings:');
    expect(block.slice(1, 5).map((l) => l.replace(/f\d+\.csv/, 'F'))).toEqual(['  - F: sentence 0', '  - F: sentence 1', '  - F: sentence 2', '  - F: sentence 3']);
    expect(block[5]).toBe('  ... and 15 more in results.json, each repeating a line above for another file or lane');
    const many = Array.from({ length: 12 }, (_, i) => ({ code: 'x', message: `sentence ${i % 10}`, at: { file: `f${i}.csv` } }));
    expect(textSummary({ ...results, warnings: many, notes: [] }, null)).toContain('  ... and 4 more in results.json (2 other, 2 repeating a line above for another file or lane)');
  });
});

describe('validate', () => {
  it('labels notes as notes and warnings as warnings', async () => {
    const r = await runInTemp({ 'blot.csv': `Quantification of gel 3\n\n${EXAMPLE.replaceAll(',pERK1/2,', ',pERKK,')}` }, (dir) => ['validate', join(dir, 'blot.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}note: .*blot\.csv:3: read row 3 as the header/m);
    expect(r.stdout).toMatch(/^ {2}warning: .*target "pERKK" is not a known antibody/m);
    expect(r.stdout).not.toMatch(/warning: .*read row 3 as the header/);
  });
});
