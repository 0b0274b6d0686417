/**
 * The differential property: a table saved as CSV and as an .xlsx workbook gives the same analysis.
 * Random experiments (tests/robustness/experiment.ts: 1-3 models, 2-4 replicates, 1-3 membranes),
 * long or wide, with target names drawn from known spellings, are written both ways (the workbook
 * through write-excel-file) with random variations: empty cells in random places, a title block,
 * numbers stored as text, one sheet per replicate, a trailing empty column, Windows line ends. The
 * results must be deep-equal (inputs[], locations and the note naming the sheet aside), or both
 * inputs refused with the same message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { analyze } from '../../src/analyze.js';
import { InputError, InputErrors } from '../../src/errors.js';
import type { Results } from '../../src/results.js';
import { experimentRows, LONG_HEADER, seededRandom, type LongRow } from '../robustness/experiment.js';

const RUNS = 25;

/** Spellings labs use for the experiment's labels (each resolves to the same antibody). */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'pTRK (Y490)': ['pTRK (Y490)', 'p-TrkA (Tyr490)', 'Phospho-TrkA (Tyr490)'],
  'pan-TRK': ['pan-TRK', 'TrkA', 'total TRK'],
  'pAKT (S473)': ['pAKT (S473)', 'p-Akt (Ser473)', 'Phospho-Akt (Ser473)'],
  AKT: ['AKT', 'pan-Akt', 'Akt (total)'],
  'pERK1/2': ['pERK1/2', 'Phospho-p44/42 MAPK (Erk1/2) (Thr202/Tyr204)', 'p-ERK'],
  'ERK1/2': ['ERK1/2', 'p44/42 MAPK (Erk1/2)', 'total ERK'],
  GAPDH: ['GAPDH'],
};

interface Variation {
  wide: boolean;
  spellingSeed: number;
  emptyCells: number;
  emptySeed: number;
  title: boolean;
  numbersAsText: boolean;
  sheetPerReplicate: boolean;
  trailingEmptyColumn: boolean;
  crlf: boolean;
}

const variationArb: fc.Arbitrary<Variation> = fc.record({
  wide: fc.boolean(), spellingSeed: fc.integer(), emptyCells: fc.integer({ min: 0, max: 4 }), emptySeed: fc.integer(),
  title: fc.boolean(), numbersAsText: fc.boolean(), sheetPerReplicate: fc.boolean(), trailingEmptyColumn: fc.boolean(), crlf: fc.boolean(),
});

const specArb = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }), resistantCount: fc.integer({ min: 0, max: 2 }),
  replicates: fc.integer({ min: 2, max: 4 }), membranes: fc.integer({ min: 1, max: 3 }),
});

/** The experiment as a header and rows of text (long, or wide: one row per lane, one column per target). */
function tableOf(rows: readonly LongRow[], v: Variation): string[][] {
  const random = seededRandom(v.spellingSeed);
  const spelling = new Map(Object.entries(SPELLINGS).map(([label, options]) => [label, options[Math.floor(random() * options.length)]!]));
  const name = (label: string) => spelling.get(label) ?? label;
  const withRep = rows.map((r) => ({ ...r, replicate: `Rep${r.replicate}` }));
  if (!v.wide) return [[...LONG_HEADER], ...withRep.map((r) => LONG_HEADER.map((c) => (c === 'target' ? name(r[c]) : r[c])))];
  const design = LONG_HEADER.filter((c) => c !== 'target' && c !== 'signal');
  const targets = [...new Set(withRep.map((r) => name(r.target)))];
  const lanes = new Map<string, Map<string, string>>();
  const designOf = new Map<string, string[]>();
  for (const r of withRep) {
    const key = `${r.blot}/${r.lane}`;
    if (!lanes.has(key)) [lanes.set(key, new Map()), designOf.set(key, design.map((c) => r[c]))];
    lanes.get(key)!.set(name(r.target), r.signal);
  }
  return [[...design, ...targets], ...[...lanes].map(([key, signals]) => [...designOf.get(key)!, ...targets.map((t) => signals.get(t) ?? '')])];
}

/** Empties `count` random measurement cells (both files get the same holes). */
function withHoles(table: string[][], v: Variation): string[][] {
  const random = seededRandom(v.emptySeed);
  const out = table.map((r) => [...r]);
  const first = v.wide ? LONG_HEADER.length - 2 : LONG_HEADER.indexOf('signal');
  for (let k = 0; k < v.emptyCells && out.length > 1; k++) {
    const row = 1 + Math.floor(random() * (out.length - 1));
    const col = first + Math.floor(random() * (out[0]!.length - first));
    out[row]![col] = '';
  }
  return out;
}

const TITLE = [['Western blot quantification, KM12 larotrectinib'], ['date', '2026-11-30'], []];

function csvOf(table: readonly string[][], v: Variation): Uint8Array {
  const rows = [...(v.title ? TITLE : []), ...table].map((r) => (v.trailingEmptyColumn && r.length > 0 ? [...r, ''] : r));
  const quote = (c: string) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  const eol = v.crlf ? '\r\n' : '\n';
  return new TextEncoder().encode(rows.map((r) => r.map(quote).join(',')).join(eol) + eol);
}

type Cell = { value: string | number; type?: StringConstructor } | null;

async function xlsxOf(table: readonly string[][], v: Variation): Promise<Uint8Array> {
  const header = table[0]!;
  const cell = (text: string, isHeader: boolean): Cell => {
    if (text === '') return null;
    const x = Number(text);
    return !isHeader && !v.numbersAsText && Number.isFinite(x) ? { value: x } : { value: text, type: String };
  };
  const sheetOf = (rows: readonly string[][], withTitle: boolean) => [
    ...(withTitle ? TITLE.map((r) => r.map((c) => cell(c, true))) : []),
    ...rows.map((r, i) => r.map((c) => cell(c, i === 0))),
  ];
  let sheets: { sheet: string; data: Cell[][] }[];
  if (v.sheetPerReplicate) {
    // One sheet per replicate, named by it, without the replicate column: the sheet name supplies it.
    const rep = header.indexOf('replicate');
    const drop = (r: readonly string[]) => r.filter((_, j) => j !== rep);
    const names = [...new Set(table.slice(1).map((r) => r[rep]!))];
    sheets = names.map((name, i) => ({ sheet: name, data: sheetOf([drop(header), ...table.slice(1).filter((r) => r[rep] === name).map(drop)], v.title && i === 0) }));
  } else sheets = [{ sheet: 'quant', data: sheetOf(table, v.title) }];
  return new Uint8Array(await writeExcelFile(sheets as never).toBuffer());
}

/**
 * What must agree: everything but the inputs, where things were found, and the note naming the
 * sheets. Warnings are compared in message order: normalize words them in the order of the bands,
 * and one sheet per replicate puts the bands replicate by replicate rather than membrane by membrane.
 */
function comparable(r: Results): unknown {
  const warnings = [...r.warnings].sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  return JSON.parse(JSON.stringify({ ...r, inputs: [], warnings, notes: r.notes.filter((n) => n.code !== 'sheet-read') }), (key, value: unknown) => (key === 'at' ? undefined : value));
}

function outcome(name: string, bytes: Uint8Array): { results: unknown } | { refused: string[] } {
  try {
    return { results: comparable(analyze([{ name, bytes }])) };
  } catch (error) {
    if (error instanceof InputError) return { refused: [`${error.code}: ${error.message}`] };
    if (error instanceof InputErrors) return { refused: error.errors.map((e) => `${e.code}: ${e.message}`) };
    throw error;
  }
}

describe('the same table as CSV and as .xlsx', () => {
  it(`gives deep-equal results, or the same refusal (${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(specArb, variationArb, async (spec, v) => {
      const table = withHoles(tableOf(experimentRows(spec), v), v);
      const fromCsv = outcome('blot.csv', csvOf(table, v));
      const fromXlsx = outcome('blot.xlsx', await xlsxOf(table, v));
      expect(fromXlsx).toEqual(fromCsv);
    }), { numRuns: RUNS });
  });
});
