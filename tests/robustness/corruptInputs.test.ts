/**
 * Corruptions of every kind of input besides the densitometry CSV (which properties.test.ts covers):
 * workbooks whose XML inside an intact zip is damaged, lane layout sheets (CSV and workbook),
 * variant files and rules files. Each run of the CLI ends with exit 0 or 2, never a crash, a stack
 * trace or an internal error, and a refusal writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { handParts, sparseSheetData, zipParts } from '../helpers/handXlsx.js';
import { seededRandom } from './experiment.js';
import { runInTemp, STACK_FRAME, type CliRun } from './harness.js';

const WORKBOOK_RUNS = 60;
const OTHER_RUNS = 20;

const EXAMPLE = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');
const MAF = readFileSync(new URL('../../examples/km12-lr-variants.maf', import.meta.url), 'utf8');
const BANDS = readFileSync(new URL('../fixtures/vendors/imagelab/M1_bands.csv', import.meta.url));
const LAYOUT = readFileSync(new URL('../fixtures/vendors/layout-8-lanes.csv', import.meta.url), 'utf8');

type Damage = (xml: string, random: () => number) => string;
const at = (t: string, r: () => number) => Math.floor(r() * t.length);
const pick = <T,>(items: readonly T[], r: () => number): T => items[Math.floor(r() * items.length)]!;

/** The damage the report found in real workbooks, and a few more. */
const XML_DAMAGE: Readonly<Record<string, Damage>> = {
  'truncate': (x, r) => x.slice(0, at(x, r)),
  'stray <': (x, r) => { const i = at(x, r); return `${x.slice(0, i)}<${x.slice(i)}`; },
  'stray quote': (x, r) => { const i = at(x, r); return `${x.slice(0, i)}"${x.slice(i)}`; },
  'closing tag lost': (x, r) => { const tags = [...x.matchAll(/<\/[a-z]+>/g)]; const m = tags.length ? pick(tags, r) : null; return m ? x.slice(0, m.index) + x.slice(m.index + m[0].length) : x; },
  'value tag damaged': (x) => x.replace(/<\/v>/, './v>'),
  'cell reference out of range': (x, r) => x.replace(/r="[A-Z]+(\d+)"/, (_, row: string) => pick([`r="XFZ${row}"`, 'r="A0"', 'r="??"', `r="B${Number(row) + 1}"`], r)),
  'shared-string index past the table': (x) => x.replace(/t="s"><v>\d+<\/v>/, 't="s"><v>99999</v>'),
  'a number cell holding text': (x) => x.replace(/t="n"><v>[^<]+<\/v>/, 't="n"><v>12,5 k</v>'),
  'a control character': (x, r) => { const i = at(x, r); return `${x.slice(0, i)}\u0001${x.slice(i)}`; },
  'an entity that is not one': (x, r) => { const i = at(x, r); return `${x.slice(0, i)}&bogus;${x.slice(i)}`; },
};

function exampleParts(): Record<string, string> {
  const { sheetData, shared } = sparseSheetData(Papa.parse<string[]>(EXAMPLE.trim()).data);
  return handParts({ sheets: [{ name: 'quant', sheetData }], shared, cellStyles: [0] });
}

function expectExitZeroOrTwo(r: CliRun): void {
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/internal error/);
  expect([0, 2]).toContain(r.code);
  if (r.code === 2) {
    // (A rules file's JSON error quotes the lines around the fault, so a message may span lines.)
    expect(r.stderr).toMatch(/^error: /);
    expect([...r.outputs.keys()]).toEqual([]);
  } else expect(r.outputs.has('results.json')).toBe(true);
}

/** Text corruptions for layout sheets, variant files and rules files. */
const TEXT_DAMAGE: Readonly<Record<string, Damage>> = {
  'truncate': (t, r) => t.slice(0, at(t, r)),
  'insert garbage': (t, r) => { const i = at(t, r); return `${t.slice(0, i)}${pick(['\u0000', '"', '{', ']', ',', '\t', '\u001B', 'NaN', '-1', '\uFFFD', '\n\n'], r)}${t.slice(i)}`; },
  'delete a line': (t, r) => { const ls = t.split('\n'); ls.splice(Math.floor(r() * ls.length), 1); return ls.join('\n'); },
  'duplicate a line': (t, r) => { const ls = t.split('\n'); const i = Math.floor(r() * ls.length); ls.splice(i, 0, ls[i]!); return ls.join('\n'); },
  'swap a comma for a semicolon': (t, r) => { const i = t.indexOf(',', at(t, r)); return i === -1 ? t : `${t.slice(0, i)};${t.slice(i + 1)}`; },
};

const damage = (table: Readonly<Record<string, Damage>>) => fc.record({ names: fc.array(fc.constantFrom(...Object.keys(table)), { minLength: 1, maxLength: 2 }), seed: fc.integer() });
const apply = (table: Readonly<Record<string, Damage>>, text: string, d: { names: string[]; seed: number }) => {
  const random = seededRandom(d.seed);
  return d.names.reduce((t, name) => table[name]!(t, random), text);
};

describe('corrupted inputs other than the densitometry CSV: exit 0 or 2, nothing written on refusal', () => {
  it(`workbooks with damaged XML in an intact zip (${WORKBOOK_RUNS} runs)`, async () => {
    const parts = exampleParts();
    const partNames = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels'];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...partNames), damage(XML_DAMAGE), async (part, d) => {
      const files = { ...parts, [part]: apply(XML_DAMAGE, parts[part]!, d) };
      const r = await runInTemp({ 'blot.xlsx': zipParts(files) }, (dir) => ['analyze', join(dir, 'blot.xlsx'), '--out', join(dir, 'out'), '--no-report']);
      expectExitZeroOrTwo(r);
      if (r.code === 2) expect(r.stderr).not.toMatch(/readTagExp|Closing Tag/);
    }), { numRuns: WORKBOOK_RUNS });
  });

  it(`lane layout sheets, as CSV and as workbooks (${OTHER_RUNS} runs each)`, async () => {
    await fc.assert(fc.asyncProperty(damage(TEXT_DAMAGE), async (d) => {
      const r = await runInTemp({ 'M1_bands.csv': BANDS, 'layout.csv': apply(TEXT_DAMAGE, LAYOUT, d) }, (dir) => ['analyze', join(dir, 'M1_bands.csv'), '--layout', join(dir, 'layout.csv'), '--target', 'pERK', '--out', join(dir, 'out'), '--no-report']);
      expectExitZeroOrTwo(r);
    }), { numRuns: OTHER_RUNS });
    const { sheetData, shared } = sparseSheetData(Papa.parse<string[]>(LAYOUT.trim()).data);
    const parts = handParts({ sheets: [{ name: 'layout', sheetData }], shared });
    await fc.assert(fc.asyncProperty(fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'), damage(XML_DAMAGE), async (part, d) => {
      const files = { ...parts, [part]: apply(XML_DAMAGE, parts[part]!, d) };
      const r = await runInTemp({ 'M1_bands.csv': BANDS, 'layout.xlsx': zipParts(files) }, (dir) => ['analyze', join(dir, 'M1_bands.csv'), '--layout', join(dir, 'layout.xlsx'), '--target', 'pERK', '--out', join(dir, 'out'), '--no-report']);
      expectExitZeroOrTwo(r);
    }), { numRuns: OTHER_RUNS });
  });

  it(`variant files and rules files (${OTHER_RUNS} runs each)`, async () => {
    let rules = '';
    await run(['rules', '--json'], { stdout: (t) => { rules += t; }, stderr: () => {}, env: {}, cwd: '.' });
    expect(JSON.parse(rules)).toBeTypeOf('object');
    await fc.assert(fc.asyncProperty(damage(TEXT_DAMAGE), fc.boolean(), async (d, variants) => {
      const extra: Record<string, string> = variants ? { 'v.maf': apply(TEXT_DAMAGE, MAF, d) } : { 'rules.json': apply(TEXT_DAMAGE, rules, d) };
      const r = await runInTemp({ 'blot.csv': EXAMPLE, ...extra }, (dir) => ['analyze', join(dir, 'blot.csv'), ...(variants ? ['--variants', join(dir, 'v.maf')] : ['--rules', join(dir, 'rules.json')]), '--out', join(dir, 'out'), '--no-report']);
      expectExitZeroOrTwo(r);
    }), { numRuns: 2 * OTHER_RUNS });
  });
});
