/**
 * Locations inside a workbook sheet: every location a reader gives (file, row, column name) gains
 * the sheet and the cell (`quant!C14`).
 */
import { InputError, InputErrors, type SourceLocation } from '../errors.js';
import type { Table } from './readTable.js';
import { columnLetters } from './workbookCells.js';

/**
 * Adds the sheet and the cell to a location of this sheet. The cell's column is where the named
 * column's header sits (the first of the sheet's first 100 rows that holds it).
 */
export function sheetLocator(sheet: string, table: Table): (at: SourceLocation) => SourceLocation {
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

/** An error of this file with its locations placed in the sheet; anything else as it was. */
export function relocateError(error: unknown, file: string, locate: (at: SourceLocation) => SourceLocation): unknown {
  const one = (e: InputError) => (e.at?.file === file ? new InputError(e.code, e.message, locate(e.at), e.hint) : e);
  if (error instanceof InputErrors) return new InputErrors(error.errors.map(one));
  if (error instanceof InputError) return one(error);
  return error;
}
