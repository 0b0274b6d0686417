/**
 * A workbook with one sheet per biological replicate (Exp1/Exp2/Exp3, same header, no replicate
 * column) reads as the table with a replicate column; `--sheet` given several times reads those
 * sheets; sheets that cannot be combined are refused with the sheets named.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { analyze } from '../../src/analyze.js';
import { loadFile } from '../../src/load/loadFile.js';
import { looksLikeReplicateSheet } from '../../src/load/replicateSheets.js';
import { sheetsWanted } from '../../src/load/loadWorkbook.js';
import { inputErrorOf } from '../helpers/inputs.js';

const EXAMPLE = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');
const ROWS = Papa.parse<string[]>(EXAMPLE.trim()).data;
const HEADER = ROWS[0]!;
const REP = HEADER.indexOf('replicate');
const BLOT = HEADER.indexOf('blot');
type Cell = { value: string | number } | null;
const cellsOf = (rows: readonly (readonly string[])[]): Cell[][] => rows.map((r, i) => r.map((v) => (v === '' ? null : { value: i > 0 && !Number.isNaN(Number(v)) ? Number(v) : v })));
const xlsx = async (sheets: { sheet: string; data: Cell[][] }[]) => new Uint8Array(await writeExcelFile(sheets as never).toBuffer());

/** The example split into one sheet per replicate, without the replicate column (and without the blot column when asked). */
function perReplicate(names: (rep: string) => string, dropBlot = false): { sheet: string; data: Cell[][] }[] {
  const reps = [...new Set(ROWS.slice(1).map((r) => r[REP]!))];
  const drop = (r: readonly string[]) => r.filter((_, j) => j !== REP && !(dropBlot && j === BLOT));
  // Without a blot column, one membrane's rows only: each sheet is then one blot.
  const kept = ROWS.slice(1).filter((r) => !dropBlot || r[BLOT] === 'M1');
  return reps.map((rep) => ({ sheet: names(rep), data: cellsOf([drop(HEADER), ...kept.filter((r) => r[REP] === rep).map(drop)]) }));
}

/** The example with the replicate column holding the sheet names (and the blot column too, when the sheets supply it). */
function csvWithSheetNames(names: (rep: string) => string, blotFromSheet = false): Uint8Array {
  const rows = ROWS.map((r, i) => r.map((c, j) => (i > 0 && (j === REP || (blotFromSheet && j === BLOT)) ? names(r[REP]!) : c)));
  return new TextEncoder().encode(`${rows.map((r) => r.join(',')).join('\n')}\n`);
}

const comparable = (r: ReturnType<typeof analyze>) => ({ verdicts: r.verdicts, comparisons: r.comparisons });

describe('one sheet per biological replicate', () => {
  it('Exp1/Exp2/Exp3 without a replicate column: read together, the replicate from the sheet name, said in a note; the verdicts of the table with a replicate column', async () => {
    const names = (rep: string) => `Exp${rep}`;
    const fromXlsx = analyze([{ name: 'blot.xlsx', bytes: await xlsx(perReplicate(names)) }]);
    const fromCsv = analyze([{ name: 'blot.csv', bytes: csvWithSheetNames(names) }]);
    expect(fromXlsx.inputs[0]).toMatchObject({ sheet: 'Exp1', sheets: ['Exp1', 'Exp2', 'Exp3'] });
    expect(fromXlsx.notes.find((n) => n.code === 'sheet-read')!.message).toBe(
      'read 3 sheets together, one table per sheet with the same header: "Exp1", "Exp2", "Exp3"; each sheet\'s name is its replicate, as the table has no such column; read one of them only with --sheet NAME',
    );
    expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
    expect(fromXlsx.verdicts[0]!.mechanism).toBe('mapk-bypass');
    expect(JSON.stringify(fromXlsx)).not.toMatch(/at least 3 biological replicates/);
  });

  it('without a blot column either: each sheet is its own membrane', async () => {
    const names = (rep: string) => `Rep ${rep}`;
    const f = loadFile({ name: 'blot.xlsx', bytes: await xlsx(perReplicate(names, true)) });
    expect(new Set(f.bands.map((b) => `${b.membrane}/${b.replicate}`))).toEqual(new Set(['Rep 1/Rep 1', 'Rep 2/Rep 2', 'Rep 3/Rep 3']));
    expect(f.warnings[0]!.message).toMatch(/each sheet's name is its replicate and membrane \(blot\)/);
  });

  it('a replicate sheet with its header only (not filled in yet) is left out', async () => {
    const sheets = perReplicate((rep) => `Exp${rep}`);
    sheets.push({ sheet: 'Exp4', data: [sheets[0]!.data[0]!] });
    const f = loadFile({ name: 'blot.xlsx', bytes: await xlsx(sheets) });
    expect(f.sheets).toEqual(['Exp1', 'Exp2', 'Exp3']);
  });

  it('--sheet given several times reads those sheets, and only those', async () => {
    const bytes = await xlsx(perReplicate((rep) => `Exp${rep}`));
    const f = loadFile({ name: 'blot.xlsx', bytes }, { sheet: ['Exp1', 'Exp3'] });
    expect(f.sheets).toEqual(['Exp1', 'Exp3']);
    expect(new Set(f.bands.map((b) => b.replicate))).toEqual(new Set(['Exp1', 'Exp3']));
    expect(f.warnings[0]!.message).toMatch(/^read 2 sheets together, as --sheet asked: "Exp1", "Exp3"/);
    expect(loadFile({ name: 'blot.xlsx', bytes }, { sheet: ['Exp2'] }).sheets).toBeUndefined();
  });

  it('refused, naming the sheets, when replicate sheets have different headers', async () => {
    const sheets = perReplicate((rep) => `Exp${rep}`);
    sheets[2]!.data[0]![HEADER.indexOf('lane')] = { value: 'gel lane' };
    const bytes = await xlsx(sheets);
    const e = inputErrorOf(() => loadFile({ name: 'blot.xlsx', bytes }));
    expect(e.code).toBe('sheets-not-combined');
    expect(e.message).toBe('the sheets "Exp1", "Exp2", "Exp3" look like one table per replicate, but "Exp3" has another header than "Exp1", "Exp2", so they cannot be read together');
  });

  it('refused when one model is sensitive on one sheet and resistant on another', async () => {
    const sheets = perReplicate((rep) => `Exp${rep}`);
    const status = HEADER.indexOf('status');
    for (const row of sheets[1]!.data.slice(1)) if (row[status]?.value === 'resistant') row[status] = { value: 'sensitive' };
    const bytes = await xlsx(sheets);
    const e = inputErrorOf(() => loadFile({ name: 'blot.xlsx', bytes }));
    expect(e.format()).toMatch(/^blot\.xlsx: the sheets cannot be read together: model "KM12-LR" is resistant on sheet "Exp1" but sensitive on sheet "Exp2" - /);
  });
});

describe('sheetsWanted(file, values)', () => {
  it('FILE:NAME values for this file, else every NAME, in order, once each', () => {
    expect(sheetsWanted('a.xlsx', ['a.xlsx:Exp1', 'b.xlsx:Exp2', 'Exp3'])).toEqual(['Exp1']);
    expect(sheetsWanted('a.xlsx', ['Exp1', 'Exp2', 'Exp1'])).toEqual(['Exp1', 'Exp2']);
    expect(sheetsWanted('a.xlsx', [])).toEqual([]);
  });

  it('looksLikeReplicateSheet', () => {
    expect(['Exp1', 'Exp 2', 'Experiment 3', 'Rep1', 'Replicate 1', 'rep_2', 'Run 4', 'n3', 'BioRep 1'].every(looksLikeReplicateSheet)).toBe(true);
    expect(['quant', 'Sheet1', 'Exp1 layout', 'notes'].some(looksLikeReplicateSheet)).toBe(false);
  });
});
