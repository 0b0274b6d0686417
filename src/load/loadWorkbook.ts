/**
 * One Excel workbook to typed band records: pick the sheet (`--sheet NAME`, `--sheet FILE:NAME`, or the
 * first visible sheet that reads as data), then read it with the same layout and instrument readers as a
 * CSV. Every location in a message gains the sheet and the cell (`quant!C14`).
 */
import { InputError, InputErrors, type AnalysisWarning, type SourceLocation } from '../errors.js';
import { workbookMessages as m } from '../messages/workbook.js';
import { readAnyLayout, type LayoutReadResult } from './formats.js';
import type { LoadOptions, InputBytes } from './loadFile.js';
import type { Table } from './readTable.js';
import { fileMatches } from './vendors/targetChoice.js';
import { columnLetters, readWorkbook, type WorkbookSheet } from './workbook.js';

export interface WorkbookRead extends LayoutReadResult {
  sheet: string;
}

/** Errors that say a sheet holds no densitometry table at all (rather than a table with a problem). */
const NOT_DATA: ReadonlySet<string> = new Set(['missing-columns', 'no-target-columns', 'no-data-rows', 'empty-file']);

/** Reads the workbook's chosen sheet. */
export function loadWorkbook(input: InputBytes, options: LoadOptions, defaultMembrane: string): WorkbookRead {
  const file = input.name;
  const sheets = readWorkbook(file, input.bytes);
  if (sheets.length === 0) throw new InputError('no-data-sheet', m.emptyWorkbook(), { file }, m.noDataSheetHint());
  const wanted = sheetWanted(file, options.sheet ?? []);
  if (wanted !== null) {
    const sheet = sheets.find((s) => s.name === wanted);
    if (!sheet) throw new InputError('unknown-sheet', m.unknownSheet(wanted, sheets.map((s) => s.name)), { file }, m.unknownSheetHint());
    return readSheet(file, sheet, options, defaultMembrane, m.sheetRead(true, []));
  }
  // The first visible sheet that reads as data; hidden sheets only when no visible one does.
  const ordered = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];
  const problems: { name: string; problem: string }[] = [];
  for (const sheet of ordered) {
    if (sheet.rows.every((r) => r.every((c) => c === ''))) {
      problems.push({ name: sheet.name, problem: m.sheetEmpty() });
      continue;
    }
    try {
      return readSheet(file, sheet, options, defaultMembrane, m.sheetRead(false, problems.map((x) => x.name)));
    } catch (error) {
      // A sheet whose header does not read as data is passed over; one that does, with a bad
      // value or an option that does not fit, is the user's to fix: its error stands.
      if (!(error instanceof InputError) || !NOT_DATA.has(error.code)) throw error;
      problems.push({ name: sheet.name, problem: error.message });
    }
  }
  throw new InputError('no-data-sheet', m.noDataSheet(problems), { file }, m.noDataSheetHint());
}

/** `--sheet` values: `NAME` for every workbook, `FILE:NAME` for one (sheet names cannot hold ":"). */
export function sheetWanted(file: string, values: readonly string[]): string | null {
  let all: string | null = null;
  for (const value of values) {
    const at = value.lastIndexOf(':');
    if (at > 0 && at < value.length - 1) {
      if (fileMatches(value.slice(0, at), file)) return value.slice(at + 1);
      continue;
    }
    if (value.trim() === '' || at === value.length - 1) throw new InputError('bad-option', m.badSheetOption(value), undefined, m.badSheetOptionHint());
    all = value;
  }
  return all;
}

function readSheet(file: string, sheet: WorkbookSheet, options: LoadOptions, defaultMembrane: string, note: string): WorkbookRead {
  const table: Table = { delimiter: ',', rows: sheet.rows.map((r) => r.map((c) => c.trim())) };
  const locate = locator(sheet.name, table);
  let result: LayoutReadResult;
  try {
    // No other delimiter to try: the cells are the workbook's own.
    result = readAnyLayout(file, '', table, { ...options, delimiter: ',' }, defaultMembrane);
  } catch (error) {
    throw relocate(error, file, locate);
  }
  const at = (a: SourceLocation) => (a.file === file ? locate(a) : a);
  return {
    ...result,
    delimiter: 'xlsx',
    sheet: sheet.name,
    bands: result.bands.map((b) => ({ ...b, at: at(b.at) })),
    warnings: [
      { code: 'sheet-read', message: note, at: { file, sheet: sheet.name } },
      ...result.warnings.map((w): AnalysisWarning => (w.at ? { ...w, at: at(w.at) } : w)),
    ],
  };
}

/**
 * Adds the sheet and the cell to a location of this sheet. The cell's column is where the named
 * column's header sits (the first of the sheet's first 100 rows that holds it).
 */
function locator(sheet: string, table: Table): (at: SourceLocation) => SourceLocation {
  const columns = new Map<string, number | null>();
  const columnOf = (name: string): number | null => {
    if (!columns.has(name)) {
      const row = table.rows.slice(0, 100).find((r) => r.includes(name));
      columns.set(name, row ? row.indexOf(name) : null);
    }
    return columns.get(name)!;
  };
  return (at) => {
    const column = at.column === undefined ? null : columnOf(at.column);
    const cell = at.row !== undefined && column !== null ? `${columnLetters(column)}${at.row}` : undefined;
    return { ...at, sheet, ...(cell ? { cell } : {}) };
  };
}

function relocate(error: unknown, file: string, locate: (at: SourceLocation) => SourceLocation): unknown {
  const one = (e: InputError) => (e.at?.file === file ? new InputError(e.code, e.message, locate(e.at), e.hint) : e);
  if (error instanceof InputErrors) return new InputErrors(error.errors.map(one));
  if (error instanceof InputError) return one(error);
  return error;
}
