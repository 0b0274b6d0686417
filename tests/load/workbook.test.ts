/**
 * Excel workbooks read directly: workbooks written by a spreadsheet library (write-excel-file) in the
 * set-up, and one saved by LibreOffice Calc (tests/fixtures/workbooks/, made by its script), each gives
 * the same results as the equivalent CSV; sheet choice; located messages (`quant!J5`); refusals.
 */
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { analyze } from '../../src/analyze.js';
import { loadFile } from '../../src/load/loadFile.js';
import { columnIndex, columnLetters } from '../../src/load/workbook.js';
import type { Results } from '../../src/results.js';
import { inputErrorOf } from '../helpers/inputs.js';
import { LAYOUT_8, vendorFixture } from './vendors/fixtures.js';

const EXAMPLE_CSV = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');
type SheetData = { value: string | number }[][];

/** A CSV's rows as sheet data: numbers as numbers (from the second row), text as text. */
function sheetOf(csv: string): SheetData {
  const rows = Papa.parse<string[]>(csv.trim(), { header: false }).data;
  return rows.map((r, i) => r.map((v) => ({ value: i > 0 && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : v })));
}

async function workbook(sheets: { sheet: string; data: SheetData }[]): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(sheets).toBuffer());
}

/** Results without what names the input (file, sheet, the note saying which sheet was read). */
function comparable(r: Results): object {
  return { ...r, inputs: r.inputs.map(({ sha256: _s, file: _f, delimiter: _d, sheet: _sh, ...rest }) => rest), notes: r.notes.filter((n) => n.code !== 'sheet-read') };
}

let twoSheets: Uint8Array;
beforeAll(async () => {
  twoSheets = await workbook([{ sheet: 'notes', data: [[{ value: 'KM12 / KM12-LR, exported 2026-11-30' }]] }, { sheet: 'quant', data: sheetOf(EXAMPLE_CSV) }]);
});

describe('loadFile(workbook)', () => {
  it('reads the first sheet that holds data, says which, and gives the same results as the CSV', () => {
    const fromCsv = analyze([{ name: 'trk-bypass-long.csv', bytes: new TextEncoder().encode(EXAMPLE_CSV) }]);
    const fromXlsx = analyze([{ name: 'trk-bypass.xlsx', bytes: twoSheets }]);
    expect(fromXlsx.inputs[0]).toMatchObject({ file: 'trk-bypass.xlsx', layout: 'long', rows: 180, delimiter: 'xlsx', decimal: 'dot', sheet: 'quant' });
    expect(fromXlsx.notes).toContainEqual({
      code: 'sheet-read', message: 'read this sheet, the first that holds data (passed over: "notes"); choose another with --sheet NAME', at: { file: 'trk-bypass.xlsx', sheet: 'quant' },
    });
    expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
    expect(fromXlsx.verdicts[0]!.mechanism).toBe('mapk-bypass');
  });

  it('a workbook saved by LibreOffice Calc (formula cells, a styled column, a merged title sheet) gives the CSV\'s results', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/workbooks/libreoffice-example.xlsx', import.meta.url)));
    const before = Buffer.from(bytes).toString('base64');
    const fromXlsx = analyze([{ name: 'libreoffice-example.xlsx', bytes }]);
    const fromCsv = analyze([{ name: 'trk-bypass-long.csv', bytes: new TextEncoder().encode(EXAMPLE_CSV) }]);
    expect(fromXlsx.inputs[0]!.sheet).toBe('quant');
    expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
    // A workbook is never modified.
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });

  it('reads the sheet --sheet names (NAME, or FILE:NAME), and lists the sheets when there is no such sheet', () => {
    expect(loadFile({ name: 'a.xlsx', bytes: twoSheets }, { sheet: ['a.xlsx:quant'] }).sheet).toBe('quant');
    expect(loadFile({ name: 'a.xlsx', bytes: twoSheets }, { sheet: ['other.xlsx:notes', 'quant'] }).sheet).toBe('quant');
    const e = inputErrorOf(() => loadFile({ name: 'a.xlsx', bytes: twoSheets }, { sheet: ['Quant'] }));
    expect(e.format()).toBe('a.xlsx: no sheet named "Quant" in this workbook; its sheets: "notes", "quant" - give --sheet one of the names listed (as written, case included), or FILE:SHEET for one workbook of several');
    expect(inputErrorOf(() => loadFile({ name: 'a.xlsx', bytes: twoSheets }, { sheet: ['notes'] })).format()).toMatch(/^a\.xlsx, sheet "notes" row 1: missing required columns/);
  });

  it('names the sheet and the cell of a bad value', async () => {
    const data = sheetOf(EXAMPLE_CSV);
    data[4]![9] = { value: '12 k' };
    const bytes = await workbook([{ sheet: 'quant', data }]);
    const e = inputErrorOf(() => loadFile({ name: 'bad.xlsx', bytes }));
    expect(e.format()).toMatch(/^bad\.xlsx, quant!J5 \(column "signal"\): /);
  });

  it('keeps numbers as numbers: large, small and many-digit values are read as stored, never as thousands', async () => {
    const csv = EXAMPLE_CSV.replace(/,(\d+\.\d)(\r?\n)/, ',1234567.25$2');
    const data = sheetOf(csv);
    const bytes = await workbook([{ sheet: 'quant', data }]);
    const f = loadFile({ name: 'n.xlsx', bytes });
    expect(f.bands.filter((b) => b.signal === 1234567.25)).toHaveLength(1);
    expect(f.warnings.map((w) => w.code)).not.toContain('thousands-separator');
  });

  it('reads a lane layout sheet given as a workbook like its CSV', async () => {
    const csvLayout = LAYOUT_8();
    const layoutXlsx = await workbook([{ sheet: 'layout', data: sheetOf(new TextDecoder().decode(csvLayout.bytes)).map((r) => r.map((c) => ({ value: String(c.value) }))) }]);
    const input = vendorFixture('imagelab/M1_bands.csv');
    const a = loadFile(input, { layout: csvLayout, target: ['pERK'] });
    const b = loadFile(input, { layout: { name: 'layout.xlsx', bytes: layoutXlsx }, target: ['pERK'] });
    expect(b.bands).toEqual(a.bands);
  });

  it('reads an instrument export saved as a workbook (Image Lab, preamble rows included) like its CSV', async () => {
    const input = vendorFixture('imagelab/M1_bands.csv');
    const rows = Papa.parse<string[]>(new TextDecoder().decode(input.bytes).replace(/\r\n/g, '\n').trimEnd(), { header: false }).data;
    const data = rows.map((r) => r.map((v) => ({ value: v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v })));
    const bytes = await workbook([{ sheet: 'Lane and Band', data }]);
    const fromCsv = loadFile(input, { layout: LAYOUT_8(), target: ['pERK'] });
    const fromXlsx = loadFile({ name: input.name, bytes }, { layout: LAYOUT_8(), target: ['pERK'] });
    expect(fromXlsx.layout).toBe(fromCsv.layout);
    expect(fromXlsx.bands.map((b) => [b.line, b.lane, b.signal])).toEqual(fromCsv.bands.map((b) => [b.line, b.lane, b.signal]));
  });

  it('says why when no sheet holds data, naming every sheet, with the columns a header may name', async () => {
    const bytes = await workbook([{ sheet: 'cover', data: [[{ value: 'nothing here' }]] }, { sheet: 'notes', data: [[{ value: 'blot 3' }]] }, { sheet: 'empty', data: [[{ value: '' }]] }]);
    const e = inputErrorOf(() => loadFile({ name: 'x.xlsx', bytes }));
    expect(e.code).toBe('no-data-sheet');
    expect(e.message).toMatch(/^no sheet of this workbook looks like densitometry data: "cover" \(.+\); "notes" \(.+\); "empty" \(empty\)$/);
    expect(e.hint).toMatch(/^name the line column one of: .+; name the sheet with --sheet NAME/);
  });

  it('one sheet with cells and a header missing a column: the message a CSV gets', async () => {
    const csv = EXAMPLE_CSV.replace('status,', 'condition,');
    const bytes = await workbook([{ sheet: 'quant', data: sheetOf(csv) }, { sheet: 'empty', data: [[{ value: '' }]] }]);
    const fromXlsx = inputErrorOf(() => loadFile({ name: 'x.xlsx', bytes }));
    const fromCsv = inputErrorOf(() => loadFile({ name: 'x.csv', bytes: new TextEncoder().encode(csv) }));
    expect([fromXlsx.code, fromXlsx.message, fromXlsx.hint]).toEqual([fromCsv.code, fromCsv.message, fromCsv.hint]);
    expect(fromXlsx.format()).toMatch(/^x\.xlsx, sheet "quant" row 1: missing required column: status - name the status column one of: /);
  });
});

describe('refusals', () => {
  const compound = (extra: Uint8Array = new Uint8Array()) => {
    const bytes = new Uint8Array(1024 + extra.length);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(extra, 512);
    return bytes;
  };

  it('a legacy .xls: save as .xlsx or CSV', () => {
    const e = inputErrorOf(() => loadFile({ name: 'old.xls', bytes: compound() }));
    expect(e.format()).toBe('old.xls: this is a legacy Excel workbook (.xls, Excel 97-2003), which blotbypass does not read - open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8');
  });

  it('a password-protected workbook (an encrypted package in a compound file)', () => {
    const e = inputErrorOf(() => loadFile({ name: 'locked.xlsx', bytes: compound(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le'))) }));
    expect(e.code).toBe('encrypted-workbook');
    expect(e.format()).toMatch(/^locked\.xlsx: this workbook is password-protected \(encrypted\).* - open it, remove the password/);
  });

  it('a zip that is not a workbook, and a damaged one', () => {
    expect(inputErrorOf(() => loadFile({ name: 'a.xlsx', bytes: zipSync({ 'word/document.xml': strToU8('<w/>') }) })).code).toBe('not-a-workbook');
    const damaged = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }).slice(0, 40);
    expect(inputErrorOf(() => loadFile({ name: 'b.xlsx', bytes: damaged })).code).toBe('bad-workbook');
  });
});

describe('columnIndex and columnLetters', () => {
  it('convert between A1 column letters and 0-based indices', () => {
    expect([columnIndex('A1'), columnIndex('J14'), columnIndex('Z3'), columnIndex('AA1'), columnIndex('XFD9')]).toEqual([0, 9, 25, 26, 16383]);
    expect([0, 9, 25, 26, 16383].map(columnLetters)).toEqual(['A', 'J', 'Z', 'AA', 'XFD']);
  });
});
