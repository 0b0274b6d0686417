/**
 * safeText(text) and names holding control characters: a target, a model and a treatment with an
 * escape character (0x1B) go through the whole analysis and every output (results.json, the CSVs,
 * report.html, the SVG charts), from a CSV and from a workbook, and match as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { safeText } from '../../src/load/safeText.js';
import { handXlsx, sparseSheetData } from '../helpers/handXlsx.js';
import { runInTemp } from '../robustness/harness.js';

const EXAMPLE = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');
const ESC = '\u001B';

describe('safeText(text)', () => {
  it('shows control characters, DEL, lone surrogates and U+FFFE/U+FFFF as visible stand-ins; keeps tab, newline and pairs', () => {
    expect(safeText(`p${ESC}ERK`)).toBe('p\u241BERK');
    expect(safeText('a\u0000b\u007Fc\uFFFEd')).toBe('a\u2400b\u2421c\uFFFDd');
    expect(safeText('x\uD800y')).toBe('x\uFFFDy');
    expect(safeText('a\tb\nc \uD83E\uDDEA')).toBe('a\tb\nc \uD83E\uDDEA');
  });

  it('keeps names apart that differed and together that were equal', () => {
    expect(safeText(`A${ESC}`)).not.toBe(safeText('A'));
    expect(safeText(`A${ESC}`)).toBe(safeText(`A${ESC}`));
  });
});

describe('a name with an escape character through every output', () => {
  const withEscapes = EXAMPLE.replaceAll('pERK', `pERK${ESC}`).replaceAll('KM12-LR', `KM12-LR${ESC}[31m`);

  it('the CSV and the report: exit 0, names shown with the stand-in, nothing holding the raw character', async () => {
    const r = await runInTemp({ 'blot.csv': withEscapes }, (dir) => ['analyze', join(dir, 'blot.csv'), '--out', join(dir, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // PNG and PDF are binary (compressed streams hold any byte); their text is the SVGs' and the report's.
    const svgs = [...r.outputs.keys()].filter((k) => k.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const [name, bytes] of r.outputs) if (!name.endsWith('.png') && !name.endsWith('.pdf')) expect(bytes.toString('utf8').includes(ESC), name).toBe(false);
    expect(r.outputs.get('report.html')!.toString('utf8')).toContain('pERK\u241B');
    expect(r.stdout.includes(ESC)).toBe(false);
  });

  it('a model name with the escape is analysed exactly as the same table without it (the name aside)', () => {
    const plain = analyze([{ name: 'blot.csv', bytes: new TextEncoder().encode(EXAMPLE) }]);
    const escaped = analyze([{ name: 'blot.csv', bytes: new TextEncoder().encode(EXAMPLE.replaceAll('KM12-LR', `KM12-LR${ESC}[31m`)) }]);
    // Numbers to 10 digits: the models sort in another order, so sums run in another order.
    const unname = (r: typeof plain) => JSON.parse(JSON.stringify({ ...r, inputs: [] }).replaceAll('\u241B[31m', ''), (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v));
    expect(unname(escaped)).toEqual(unname(plain));
  });

  it('a workbook cell with the escape, written raw or as Excel writes it (_x001B_), reads as the CSV does', () => {
    const rows = Papa.parse<string[]>(withEscapes.trim()).data;
    const { sheetData, shared } = sparseSheetData(rows);
    const fromCsv = analyze([{ name: 'blot.csv', bytes: new TextEncoder().encode(withEscapes) }]);
    for (const strings of [shared, shared.map((s) => s.replaceAll(ESC, '_x001B_'))]) {
      const fromXlsx = analyze([{ name: 'blot.xlsx', bytes: handXlsx({ sheets: [{ name: 'quant', sheetData }], shared: strings }) }]);
      expect(fromXlsx.verdicts).toEqual(fromCsv.verdicts);
    }
  });
});
