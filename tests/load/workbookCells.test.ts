/**
 * Workbook cells read where their reference puts them and as their format shows them: empty and
 * left-out cells (write-excel-file, and sheets written part by part the way LibreOffice saves
 * them), number formats (times to hours, dates refused where a number is expected), and damaged
 * parts refused with the part named.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { analyze } from '../../src/analyze.js';
import { loadFile } from '../../src/load/loadFile.js';
import { readLayoutSheet } from '../../src/load/layoutSheet.js';
import { readWorkbook } from '../../src/load/workbook.js';
import { numberFormatKind, parseCellRef, serialDate } from '../../src/load/workbookCells.js';
import type { Results } from '../../src/results.js';
import { handParts, handXlsx, sparseSheetData, zipParts } from '../helpers/handXlsx.js';
import { inputErrorOf } from '../helpers/inputs.js';

const WIDE_CSV = readFileSync(new URL('../../examples/trk-bypass-wide.csv', import.meta.url), 'utf8');
const csvRows = (csv: string) => Papa.parse<string[]>(csv.trim(), { header: false }).data;
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Results without what names the input (file, sheet and cell, the note saying which sheet was read). */
function comparable(r: Results): object {
  const at = <T extends { at?: object }>(w: T) => (w.at ? { ...w, at: { ...w.at, file: '', sheet: undefined, cell: undefined } } : w);
  return {
    ...r, inputs: r.inputs.map(({ sha256: _s, file: _f, delimiter: _d, sheet: _sh, ...rest }) => rest),
    notes: r.notes.filter((n) => n.code !== 'sheet-read').map(at), warnings: r.warnings.map(at),
  };
}

/** The wide example with one pMET cell emptied (the cell of the report) and the MET and GAPDH cells of another lane. */
function wideWithHoles(): string[][] & { emptiedRow?: number } {
  const rows = csvRows(WIDE_CSV);
  const header = rows[0]!;
  const filled = rows.findIndex((r, i) => i > 0 && r[header.indexOf('pMET')] !== '');
  rows[filled]![header.indexOf('pMET')] = '';
  rows[filled + 1]![header.indexOf('MET')] = '';
  return Object.assign(rows, { emptiedRow: filled + 1 });
}
const toCsv = (rows: readonly (readonly string[])[]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

describe('cells go to the column their reference names', () => {
  it('a wide workbook with empty cells (write-excel-file) reads exactly like its CSV', async () => {
    const rows = wideWithHoles();
    const data = rows.map((r, i) => r.map((v) => (v === '' ? null : { value: i > 0 && !Number.isNaN(Number(v)) ? Number(v) : v })));
    const xlsx = new Uint8Array(await writeExcelFile([{ sheet: 'quant', data }] as never).toBuffer());
    const fromCsv = analyze([{ name: 'wide.csv', bytes: bytesOf(toCsv(rows)) }]);
    const fromXlsx = analyze([{ name: 'wide.xlsx', bytes: xlsx }]);
    expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
    // The emptied pMET cell is no band, and c-Met is read under its own name.
    const lane = loadFile({ name: 'wide.xlsx', bytes: xlsx }).bands.filter((b) => b.at.row === rows.emptiedRow);
    expect(lane.map((b) => [b.target.label, b.signal])).toEqual(rows[0]!.flatMap((h, j) => (j > 7 && rows[rows.emptiedRow! - 1]![j] !== '' ? [[h, Number(rows[rows.emptiedRow! - 1]![j])]] : [])));
    expect(lane.map((b) => b.target.label)).toContain('MET');
    expect(lane.map((b) => b.target.label)).not.toContain('pMET');
  });

  it('a sheet saved the LibreOffice way (no element for an empty cell or row, shared strings) reads like its CSV', () => {
    const rows = wideWithHoles();
    rows.splice(3, 0, rows[0]!.map(() => ''));
    const { sheetData, shared } = sparseSheetData(rows);
    const xlsx = handXlsx({ sheets: [{ name: 'quant', sheetData }], shared });
    expect(sheetData).not.toContain('<row r="4"');
    const fromCsv = analyze([{ name: 'wide.csv', bytes: bytesOf(toCsv(rows)) }]);
    const fromXlsx = analyze([{ name: 'wide.xlsx', bytes: xlsx }]);
    expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
  });

  it('reads a sparse row cell by cell: B and D filled, A, C and E left out', () => {
    const xlsx = handXlsx({ sheets: [{ name: 's', sheetData: '<row r="2"><c r="B2"><v>1</v></c><c r="D2"><v>2.5</v></c></row><row r="5"><c r="E5" t="inlineStr"><is><t>x</t></is></c></row>' }] });
    expect(readWorkbook('s.xlsx', xlsx)[0]!.rows).toEqual([[], ['', '1', '', '2.5'], [], [], ['', '', '', '', 'x']]);
  });

  it('a layout sheet with empty cells (the dose of a vehicle lane left out) reads like its CSV', () => {
    const rows = [['lane', 'line', 'status', 'treatment', 'dose_nM', 'time_h'], ['1', 'KM12', 'sensitive', 'DMSO', '', '2'], ['2', 'KM12', 'sensitive', 'larotrectinib', '100', '2']];
    const { sheetData, shared } = sparseSheetData(rows);
    const fromXlsx = readLayoutSheet({ name: 'layout.xlsx', bytes: handXlsx({ sheets: [{ name: 'layout', sheetData }], shared }) });
    const fromCsv = readLayoutSheet({ name: 'layout.xlsx', bytes: bytesOf(toCsv(rows)) });
    expect(fromXlsx.lanes).toEqual(fromCsv.lanes);
    expect(fromXlsx.lanes[0]).toMatchObject({ dose_nM: null, time_h: 2 });
  });
});

describe('number formats', () => {
  it('numberFormatKind tells numbers, times, dates and date-times apart', () => {
    expect(['0.00', 'General', '#,##0', '0%', '0.00E+00'].map(numberFormatKind)).toEqual(['number', 'number', 'number', 'number', 'number']);
    expect(['h:mm', '[h]:mm:ss', 'mm:ss', 'h:mm AM/PM', 'hh"h"mm'].map(numberFormatKind)).toEqual(['time', 'time', 'time', 'time', 'time']);
    expect(['yyyy-mm-dd', 'd-mmm-yy', 'mm/dd/yyyy', '[$-409]mmmm d, yyyy'].map(numberFormatKind)).toEqual(['date', 'date', 'date', 'date']);
    expect(numberFormatKind('yyyy-mm-dd hh:mm')).toBe('datetime');
  });

  it('serial dates follow Excel: 1 = 1900-01-01, 61 = 1900-03-01, 46356 = 2026-11-30', () => {
    // Python: datetime.date(1899, 12, 30) + timedelta(46356) -> 2026-11-30
    expect([serialDate(1, false), serialDate(61, false), serialDate(46356, false), serialDate(46356.5, true)]).toEqual(['1900-01-01', '1900-03-01', '2026-11-30', '2026-11-30 12:00']);
  });

  const timeTable = (timeCell: string, signalCell = '<v>1500</v>', signalStyle = 0) => handXlsx({
    sheets: [{
      name: 'quant',
      sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>line</t></is></c><c r="B1" t="inlineStr"><is><t>status</t></is></c><c r="C1" t="inlineStr"><is><t>treatment</t></is></c><c r="D1" t="inlineStr"><is><t>time_h</t></is></c><c r="E1" t="inlineStr"><is><t>pERK</t></is></c></row>'
        + `<row r="2"><c r="A2" t="inlineStr"><is><t>KM12</t></is></c><c r="B2" t="inlineStr"><is><t>sensitive</t></is></c><c r="C2" t="inlineStr"><is><t>DMSO</t></is></c>${timeCell}<c r="E2" s="${signalStyle}">${signalCell}</c></row>`
        + '<row r="3"><c r="A3" t="inlineStr"><is><t>KM12</t></is></c><c r="B3" t="inlineStr"><is><t>sensitive</t></is></c><c r="C3" t="inlineStr"><is><t>larotrectinib</t></is></c><c r="D3"><v>2</v></c><c r="E3"><v>300</v></c></row>',
    }],
    numFmts: [[164, 'h:mm'], [165, 'yyyy-mm-dd']],
    cellStyles: [0, 164, 165, 21],
  });

  it('a time cell (h:mm, or built-in h:mm:ss) reads as hours', () => {
    expect(loadFile({ name: 't.xlsx', bytes: timeTable('<c r="D2" s="1"><v>0.0833333333333333</v></c>') }).bands[0]!.time_h).toBe(2);
    expect(loadFile({ name: 't.xlsx', bytes: timeTable('<c r="D2" s="3"><v>0.25</v></c>') }).bands[0]!.time_h).toBe(6);
    // CSV saved from the same sheet holds "2:00": read the same.
    expect(loadFile({ name: 't.csv', bytes: bytesOf('line,status,treatment,time_h,pERK\nKM12,sensitive,DMSO,2:00,1500\n') }).bands[0]!.time_h).toBe(2);
  });

  it('a date where a number is expected is refused with its cell', () => {
    const e = inputErrorOf(() => loadFile({ name: 'd.xlsx', bytes: timeTable('<c r="D2"><v>2</v></c>', '<v>46356</v>', 2) }));
    expect(e.format()).toBe('d.xlsx, quant!E2 (column "pERK"): signal is not a number: "2026-11-30" - ' + e.hint);
    const t = inputErrorOf(() => loadFile({ name: 'd.xlsx', bytes: timeTable('<c r="D2" s="2"><v>46356</v></c>') }));
    expect(t.format()).toMatch(/^d\.xlsx, quant!D2 \(column "time_h"\): time is not a number: "2026-11-30"/);
  });
});

describe('damaged workbooks are refused, naming the part', () => {
  const good = () => {
    const { sheetData, shared } = sparseSheetData(csvRows(WIDE_CSV));
    return handParts({ sheets: [{ name: 'quant', sheetData }], shared, cellStyles: [0] });
  };

  it('reads the undamaged parts', () => {
    expect(loadFile({ name: 'w.xlsx', bytes: zipParts(good()) }).bands.length).toBeGreaterThan(0);
  });

  it.each([
    ['a truncated sheet', 'xl/worksheets/sheet1.xml', (x: string) => x.slice(0, Math.floor(x.length / 2)), /sheet "quant" \(xl\/worksheets\/sheet1\.xml\) is not well-formed XML/],
    ['a stray < in a value', 'xl/worksheets/sheet1.xml', (x: string) => x.replace(/<\/v>/, './v>'), /sheet "quant" \(xl\/worksheets\/sheet1\.xml\) is not well-formed XML/],
    ['a stray quote in an attribute', 'xl/worksheets/sheet1.xml', (x: string) => x.replace('r="B2"', 'r="B2""'), /sheet "quant"/],
    ['truncated shared strings', 'xl/sharedStrings.xml', (x: string) => x.slice(0, -20), /shared strings \(the text of its cells\) \(xl\/sharedStrings\.xml\)/],
    ['damaged styles', 'xl/styles.xml', (x: string) => x.replace('<cellXfs', '<cellXfs<'), /styles/],
    ['a damaged sheet list', 'xl/workbook.xml', (x: string) => x.replace('</sheets>', ''), /sheet list/],
  ])('%s', (_, part, damage, message) => {
    const files = good();
    files[part] = damage(files[part]!);
    const e = inputErrorOf(() => loadFile({ name: 'w.xlsx', bytes: zipParts(files) }));
    expect(e.code).toBe('damaged-workbook');
    expect(e.message).toMatch(/^this workbook is damaged: /);
    expect(e.message).toMatch(message);
    expect(e.hint).toBe('open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV UTF-8');
  });

  it('a shared-string index past the table, a cell reference that names no cell, a number cell holding text: located', () => {
    const shared = ['line', 'status', 'treatment', 'pERK'];
    const head = shared.map((_, j) => `<c r="${'ABCD'[j]}1" t="s"><v>${j}</v></c>`).join('');
    const book = (row2: string) => handXlsx({ sheets: [{ name: 'q', sheetData: `<row r="1">${head}</row><row r="2">${row2}</row>` }], shared });
    const e1 = inputErrorOf(() => loadFile({ name: 'w.xlsx', bytes: book('<c r="A2" t="s"><v>57</v></c>') }));
    expect(e1.format()).toMatch(/^w\.xlsx, q!A2: this workbook is damaged: the cell refers to text number 57 of its shared strings, which hold 4 - open it/);
    const e2 = inputErrorOf(() => loadFile({ name: 'w.xlsx', bytes: book('<c r="XFZ2"><v>1</v></c>') }));
    expect(e2.format()).toMatch(/^w\.xlsx, sheet "q" row 2: this workbook is damaged: a cell of row 2 has the reference "XFZ2"/);
    const e3 = inputErrorOf(() => loadFile({ name: 'w.xlsx', bytes: book('<c r="D2"><v>2532.6./v</v></c>') }));
    expect(e3.format()).toMatch(/^w\.xlsx, q!D2: this workbook is damaged: the cell is stored as a number but holds "2532\.6\.\/v"/);
  });

  it('parseCellRef accepts A1 to XFD1048576 and nothing else', () => {
    expect(['A1', '$C$14', 'XFD1048576', 'XFE1', 'A0', 'A1048577', 'a1', 'A1B'].map(parseCellRef)).toEqual([
      { column: 0, row: 1 }, { column: 2, row: 14 }, { column: 16383, row: 1048576 }, null, null, null, null, null,
    ]);
  });
});
