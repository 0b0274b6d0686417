/**
 * A title block above the header ("Western blot quantification, KM12 larotrectinib" / "date,
 * 2026-11-30" / an empty row), in a CSV, a workbook and a lane layout sheet: the header is the first
 * row that reads as one, the rows above are kept as a note that says which row was the header.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { analyze } from '../../src/analyze.js';
import { loadFile } from '../../src/load/loadFile.js';
import { readLayoutSheet } from '../../src/load/layoutSheet.js';
import { inputErrorOf } from '../helpers/inputs.js';

const EXAMPLE = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');
const TITLE = '"Western blot quantification, KM12 larotrectinib"\ndate,2026-11-30\n\n';
const bytesOf = (text: string) => new TextEncoder().encode(text);
const NOTE = 'read row 4 as the header; the 2 rows above it, kept as notes: "Western blot quantification, KM12 larotrectinib"; "date, 2026-11-30"';

/** Results with the rows shifted by the title block's three rows put back, and the title note left out. */
function withoutTitle(r: ReturnType<typeof analyze>, shift: number): object {
  const json = JSON.stringify({ ...r, inputs: r.inputs.map((i) => ({ ...i, sha256: '', file: '', delimiter: '', sheet: '' })), notes: r.notes.filter((n) => n.code !== 'title-rows' && n.code !== 'sheet-read') });
  return JSON.parse(json.replace(/"row":(\d+)/g, (_, n: string) => `"row":${Number(n) - shift}`).replace(/"cell":"[A-Z]+\d+",/g, '').replace(/"sheet":"quant",/g, '').replace(/"file":"[^"]*"/g, '"file":""'));
}

describe('a title block above the header', () => {
  it('a CSV: read from the first row that reads as a header, the title kept as a note', () => {
    const plain = analyze([{ name: 'blot.csv', bytes: bytesOf(EXAMPLE) }]);
    const titled = analyze([{ name: 'blot.csv', bytes: bytesOf(TITLE + EXAMPLE) }]);
    expect(titled.notes).toContainEqual({ code: 'title-rows', message: NOTE, at: { file: 'blot.csv', row: 4 } });
    expect(titled.warnings.map((w) => w.code)).not.toContain('title-rows');
    expect(withoutTitle(titled, 3)).toEqual(withoutTitle(plain, 0));
  });

  it('a workbook: the same', async () => {
    const rows = Papa.parse<string[]>((TITLE + EXAMPLE).trim()).data;
    const data = rows.map((r, i) => r.map((v) => (v === '' ? null : { value: i > 3 && !Number.isNaN(Number(v)) ? Number(v) : v })));
    const xlsx = new Uint8Array(await writeExcelFile([{ sheet: 'quant', data }] as never).toBuffer());
    const titled = analyze([{ name: 'blot.xlsx', bytes: xlsx }]);
    expect(titled.notes).toContainEqual({ code: 'title-rows', message: NOTE, at: { file: 'blot.xlsx', row: 4, sheet: 'quant' } });
    expect(withoutTitle(titled, 3)).toEqual(withoutTitle(analyze([{ name: 'blot.csv', bytes: bytesOf(EXAMPLE) }]), 0));
  });

  it('a table whose header is missing a column is refused, naming the header row below the title', () => {
    const e = inputErrorOf(() => loadFile({ name: 'blot.csv', bytes: bytesOf(TITLE + EXAMPLE.replace('line,status,', 'line,condition x,')) }));
    expect(e.code).toBe('missing-columns');
    expect(e.format()).toMatch(/^blot\.csv:4: missing required column: status - /);
  });

  it('a lane layout sheet with a title block', () => {
    const layout = 'lane,line,status,treatment,dose_nM\n1,KM12,sensitive,DMSO,0\n2,KM12,sensitive,larotrectinib,100\n';
    const titled = readLayoutSheet({ name: 'layout.csv', bytes: bytesOf(`Layout of gel 3\n\n${layout}`) });
    const plain = readLayoutSheet({ name: 'layout.csv', bytes: bytesOf(layout) });
    expect(titled.lanes.map(({ row, ...l }) => ({ ...l, row: row - 2 }))).toEqual(plain.lanes);
  });
});
