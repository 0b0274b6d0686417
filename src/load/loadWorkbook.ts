/**
 * One Excel workbook to typed band records, read with the same layout and instrument readers as a
 * CSV. Every location in a message gains the sheet and the cell (`quant!C14`).
 *
 *   sheets -> 1. `--sheet NAME` (repeatable; `FILE:NAME` for one workbook of several): those sheets
 *          -> 2. otherwise the first visible sheet that reads as data (hidden sheets only when no
 *                visible one does), and with it every other visible sheet whose table has the same
 *                header: one sheet per biological replicate (Exp1, Exp2, ...)
 *          -> 3. several sheets are read together (replicateSheets.ts): the replicate, and without a
 *                blot column the membrane, taken from the sheet name when the table has no such
 *                column; refused, listing the sheets, when they cannot be combined
 */
import { InputError, type AnalysisWarning, type SourceLocation } from '../errors.js';
import { workbookMessages as m } from '../messages/workbook.js';
import { readAnyLayout } from './formats.js';
import type { Table } from './readTable.js';
import { combineSheets, sameHeaderSheets, withSheetColumns } from './replicateSheets.js';
import { relocateError, sheetLocator } from './sheetLocations.js';
import type { InputBytes, LayoutReadResult, LoadOptions } from './types.js';
import { fileMatches } from './vendors/targetChoice.js';
import { readWorkbook, type WorkbookSheet } from './workbook.js';

export interface WorkbookRead extends LayoutReadResult {
  /** The sheet read (the first, when several were). */
  sheet: string;
  /** Every sheet read, when there were several. */
  sheets?: string[];
}

/** Errors that say a sheet holds no densitometry table at all (rather than a table with a problem). */
const NOT_DATA: ReadonlySet<string> = new Set(['missing-columns', 'no-target-columns', 'no-data-rows', 'empty-file', 'layout-as-data']);

const isEmpty = (s: WorkbookSheet) => s.rows.every((r) => r.every((c) => c === ''));

/** Reads the workbook's chosen sheets. */
export function loadWorkbook(input: InputBytes, options: LoadOptions, defaultMembrane: string): WorkbookRead {
  const file = input.name;
  const sheets = readWorkbook(file, input.bytes);
  if (sheets.length === 0) throw new InputError('no-data-sheet', m.emptyWorkbook(), { file }, m.noDataSheetHint());
  const wanted = sheetsWanted(file, options.sheet ?? []);
  if (wanted.length > 0) {
    const chosen = wanted.map((name) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new InputError('unknown-sheet', m.unknownSheet(name, sheets.map((s) => s.name)), { file }, m.unknownSheetHint());
      return sheet;
    });
    if (chosen.length === 1) return readSheet(file, chosen[0]!, options, defaultMembrane, m.sheetRead(true, []));
    return readSheets(file, chosen, options, defaultMembrane, true);
  }
  // The first visible sheet that reads as data; hidden sheets only when no visible one does.
  const ordered = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];
  const problems: { name: string; problem: string; error: InputError }[] = [];
  const passedOver: string[] = [];
  for (const sheet of ordered) {
    if (isEmpty(sheet)) {
      passedOver.push(sheet.name);
      continue;
    }
    let read: WorkbookRead;
    try {
      read = readSheet(file, sheet, options, defaultMembrane, m.sheetRead(false, [...passedOver, ...problems.map((x) => x.name)]));
    } catch (error) {
      // A sheet whose header does not read as data is passed over; one that does, with a bad
      // value or an option that does not fit, is the user's to fix: its error stands.
      if (!(error instanceof InputError) || !NOT_DATA.has(error.code)) throw error;
      problems.push({ name: sheet.name, problem: error.message, error });
      continue;
    }
    const together = sameHeaderSheets(file, sheet, sheets.filter((s) => !s.hidden && !isEmpty(s)));
    return together.length > 1 ? readSheets(file, together, options, defaultMembrane, false) : read;
  }
  // One sheet with cells: its own message (the columns a header may name), as for a CSV.
  if (problems.length === 1) throw problems[0]!.error;
  const empties = passedOver.map((name) => ({ name, problem: m.sheetEmpty() }));
  const hint = problems[0]?.error.code === 'missing-columns' ? `${problems[0].error.hint}; ${m.noDataSheetHint()}` : m.noDataSheetHint();
  throw new InputError('no-data-sheet', m.noDataSheet([...problems, ...empties]), { file }, hint);
}

/**
 * `--sheet` values for this workbook: its `FILE:NAME` values when there are any, else every plain
 * `NAME` (sheet names cannot hold ":").
 */
export function sheetsWanted(file: string, values: readonly string[]): string[] {
  const mine: string[] = [];
  const all: string[] = [];
  for (const value of values) {
    const at = value.lastIndexOf(':');
    if (at > 0 && at < value.length - 1) {
      if (fileMatches(value.slice(0, at), file)) mine.push(value.slice(at + 1));
      continue;
    }
    if (value.trim() === '' || at === value.length - 1) throw new InputError('bad-option', m.badSheetOption(value), undefined, m.badSheetOptionHint());
    all.push(value);
  }
  return [...new Set(mine.length > 0 ? mine : all)];
}

/** Reads one sheet's table (with `table` in place of its own rows when given) and places every location in the sheet. */
function readSheet(file: string, sheet: WorkbookSheet, options: LoadOptions, defaultMembrane: string, note: string | null, table?: Table): WorkbookRead {
  const own: Table = { delimiter: ',', rows: sheet.rows.map((r) => r.map((c) => c.trim())) };
  const locate = sheetLocator(sheet.name, own);
  let result: LayoutReadResult;
  try {
    // No other delimiter to try: the cells are the workbook's own.
    result = readAnyLayout(file, '', table ?? own, { ...options, delimiter: ',' }, defaultMembrane);
  } catch (error) {
    throw relocateError(error, file, locate);
  }
  const at = (a: SourceLocation) => (a.file === file ? locate(a) : a);
  return {
    ...result,
    delimiter: 'xlsx',
    sheet: sheet.name,
    bands: result.bands.map((b) => ({ ...b, at: at(b.at) })),
    warnings: [
      ...(note === null ? [] : [{ code: 'sheet-read', message: note, at: { file, sheet: sheet.name } }]),
      ...result.warnings.map((w): AnalysisWarning => (w.at ? { ...w, at: at(w.at) } : w)),
    ],
  };
}

/** Several sheets read as one table: each with the columns its name supplies, then combined. */
function readSheets(file: string, sheets: readonly WorkbookSheet[], options: LoadOptions, defaultMembrane: string, named: boolean): WorkbookRead {
  const reads = sheets.map((sheet) => {
    const { table, supplied } = withSheetColumns(sheet);
    return { read: readSheet(file, sheet, options, defaultMembrane, null, table), supplied };
  });
  const combined = combineSheets(file, reads.map((r) => r.read));
  const supplied = [...new Set(reads.flatMap((r) => r.supplied))];
  const names = sheets.map((s) => s.name);
  const note: AnalysisWarning = { code: 'sheet-read', message: m.sheetsRead(named, names, supplied), at: { file, sheet: names[0]! } };
  return { ...combined, sheet: names[0]!, sheets: names, warnings: [note, ...combined.warnings] };
}
