/**
 * Several sheets of one workbook read as one table: most often one sheet per biological replicate
 * (Exp1, Exp2, Exp3) with the same header and no replicate column. The sheet name then supplies
 * the replicate, and, without a blot column, the membrane (each sheet is its own blot); tables that
 * cannot be put together (one model sensitive on one sheet and resistant on another, one band on
 * two sheets) are refused with the sheets named.
 */
import { InputError, type AnalysisWarning } from '../errors.js';
import { loadMessages as lm } from '../messages/load.js';
import { workbookMessages as m } from '../messages/workbook.js';
import { isBlankRow, type Table } from './readTable.js';
import { headerRowBelowTitle, looksTidy, mapDesignColumns } from './tidyColumns.js';
import type { Band, LayoutReadResult } from './types.js';
import type { WorkbookSheet } from './workbook.js';

/** Sheet names that say "one replicate": Exp1, Experiment 2, Rep3, Replicate 1, Run 2, BioRep 1, n1. */
const REPLICATE_NAME = /^(?:exp|expt|experiment|rep|repl|replicate|bio\s*rep|biological\s*replicate|run|n)[\s_#.-]*\d+$/i;

export function looksLikeReplicateSheet(name: string): boolean {
  return REPLICATE_NAME.test(name.trim());
}

const trimmed = (rows: readonly string[][]): Table => ({ delimiter: ',', rows: rows.map((r) => r.map((c) => c.trim())) });

/**
 * The tidy header of a sheet (its cells, lower-cased, trailing empties dropped) and whether rows
 * follow it, or null when it has none.
 */
function tidyHeaderKey(sheet: WorkbookSheet): { key: string; filled: boolean } | null {
  const table = trimmed(sheet.rows);
  const index = headerRowBelowTitle(table, looksTidy);
  if (index === -1) return null;
  return { key: table.rows[index]!.join('\u0000').replace(/\u0000+$/, '').toLowerCase(), filled: !table.rows.slice(index + 1).every(isBlankRow) };
}

/**
 * The sheets to read with `first` (which reads as data): itself and every other candidate whose
 * tidy header is the same, in workbook order. Refused when sheets named as replicates hold tables
 * whose headers differ.
 */
export function sameHeaderSheets(file: string, first: WorkbookSheet, candidates: readonly WorkbookSheet[]): WorkbookSheet[] {
  const key = tidyHeaderKey(first)?.key;
  if (key === undefined) return [first];
  const headers = new Map(candidates.map((s) => [s, tidyHeaderKey(s)]));
  // A sheet with the header but no rows yet (a replicate laid out, not filled in) is left out.
  const same = candidates.filter((s) => s === first || (headers.get(s)?.key === key && headers.get(s)!.filled));
  if (looksLikeReplicateSheet(first.name)) {
    const odd = candidates.filter((s) => looksLikeReplicateSheet(s.name) && headers.get(s)?.key !== key);
    if (odd.length > 0) {
      throw new InputError('sheets-not-combined', m.sheetsDifferentHeaders(same.map((s) => s.name), odd.map((s) => s.name)), { file }, m.sheetsNotCombinedHint());
    }
  }
  return same.length > 1 ? same : [first];
}

/**
 * A sheet's table with the columns its name supplies put in front: `replicate` when the table has no
 * replicate column, `blot` when it has no blot column. Returns the fields supplied.
 */
export function withSheetColumns(sheet: WorkbookSheet): { table: Table; supplied: string[] } {
  const table = trimmed(sheet.rows);
  const headerIndex = headerRowBelowTitle(table, looksTidy);
  if (headerIndex === -1) return { table, supplied: [] };
  const columns = mapDesignColumns(table.rows[headerIndex]!);
  const supplied = (['replicate', 'blot'] as const).filter((f) => !columns.has(f));
  if (supplied.length === 0) return { table, supplied: [] };
  const rows = table.rows.map((cells, i) => {
    const front = i < headerIndex ? supplied.map(() => '') : i === headerIndex ? [...supplied] : isBlankRow(cells) ? supplied.map(() => '') : supplied.map(() => sheet.name);
    return [...front, ...cells];
  });
  return { table: { delimiter: ',', rows }, supplied: [...supplied] };
}

/** The reads of several sheets as one: bands and warnings in sheet order, after checks across sheets. */
export function combineSheets<T extends LayoutReadResult & { sheet: string }>(file: string, reads: readonly T[]): LayoutReadResult {
  const statusOf = new Map<string, { status: Band['status']; sheet: string }>();
  const bandOf = new Map<string, string>();
  for (const read of reads) {
    for (const b of read.bands) {
      const owner = statusOf.get(b.line);
      if (!owner) statusOf.set(b.line, { status: b.status, sheet: read.sheet });
      else if (owner.status !== b.status) {
        throw new InputError('sheets-not-combined', m.sheetsConflictingStatus(b.line, owner.sheet, owner.status, read.sheet, b.status), { file }, m.sheetsNotCombinedHint());
      }
      const key = `${b.membrane}\u0000${b.lane}\u0000${b.target.label.toLowerCase()}`;
      const first = bandOf.get(key);
      if (first === undefined) bandOf.set(key, read.sheet);
      else if (first !== read.sheet) {
        throw new InputError('sheets-not-combined', m.sheetsSameBand(b.target.label, b.lane, b.membrane, first, read.sheet), { file }, m.sheetsNotCombinedHint());
      }
    }
  }
  const first = reads[0]!;
  const layouts = [...new Set(reads.map((r) => r.layout))];
  const bands = reads.flatMap((r) => r.bands);
  return { layout: layouts.join('+'), rows: reads.reduce((n, r) => n + r.rows, 0), decimal: first.decimal, delimiter: first.delimiter, bands, warnings: combinedWarnings(file, reads, bands) };
}

/**
 * The sheets' warnings as one table's: each said once, and the missing values of a column counted
 * over every sheet (each missing cell is a band without a signal).
 */
function combinedWarnings(file: string, reads: readonly LayoutReadResult[], bands: readonly Band[]): AnalysisWarning[] {
  const seen = new Set<string>();
  const warnings = reads.flatMap((r) => r.warnings).filter((w) => {
    const key = `${w.code}\u0000${w.message}`;
    if (w.code === 'missing-values' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const missing = new Map<string, number>();
  for (const b of bands) if (b.signal === null && b.at.column !== undefined) missing.set(b.at.column, (missing.get(b.at.column) ?? 0) + 1);
  for (const [column, count] of missing) warnings.push({ code: 'missing-values', message: lm.missingValues(count, column), at: { file, column } });
  return warnings;
}
