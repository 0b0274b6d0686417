/**
 * The columns of a tidy table: which row is the header (the first that reads as one, below any
 * title rows), which header cells are design columns, and, in the wide layout, which columns are
 * targets.
 */
import type { AnalysisWarning } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import { aliasesOf, headerKey, matchDesignColumn, type DesignColumn, type DesignField } from './designColumns.js';
import { isMissingToken, parseNumberCell } from './numberCells.js';
import { isBlankRow, type Table } from './readTable.js';
import { identifyTarget } from './targetNames.js';
import type { TargetIdentity } from './types.js';
import { maxOf } from '../arrays.js';

export const REQUIRED_DESIGN: readonly DesignField[] = ['line', 'status', 'treatment'];

/** Index of the first non-blank row (the header when there is no title above it). */
export function firstNonBlankRow(table: Table): number {
  return table.rows.findIndex((r) => !isBlankRow(r));
}

/** Maps header cells to design fields. Exported for layout detection by vendor importers. */
export function mapDesignColumns(header: readonly string[]): Map<DesignField, DesignColumn> {
  const found = new Map<DesignField, DesignColumn>();
  header.forEach((cell, index) => {
    const match = matchDesignColumn(cell);
    if (!match) return;
    const current = found.get(match.field);
    // With several candidates (e.g. `Volume` and `Adj. Volume`), the earlier alias in the table wins.
    if (current && aliasRank(match.field, current.header) <= aliasRank(match.field, cell)) return;
    found.set(match.field, { field: match.field, index, header: cell, unit: match.unit });
  });
  return found;
}

function aliasRank(field: DesignField, header: string): number {
  const rank = aliasesOf(field).indexOf(headerKey(header));
  return rank === -1 ? Number.MAX_SAFE_INTEGER : rank;
}

/** Rows searched for a header below a title block (as for instrument exports' preambles). */
export const TITLE_SCAN_ROWS = 20;

/**
 * The header of a table with a title block above it ("Western blot quantification" / "date, ..." /
 * an empty row): the first of the first rows that reads as a header (`isHeader`), or -1.
 */
export function headerRowBelowTitle(table: Table, isHeader: (cells: readonly string[]) => boolean): number {
  const end = Math.min(table.rows.length, TITLE_SCAN_ROWS);
  for (let i = 0; i < end; i++) if (!isBlankRow(table.rows[i]!) && isHeader(table.rows[i]!)) return i;
  return -1;
}

/**
 * The row most like a tidy header: the first that is one, else the one that names the most design
 * columns (so that a refusal names the row the user meant, not a title above it), else the first
 * non-blank row.
 */
export function likelyTidyHeader(table: Table): number {
  const found = headerRowBelowTitle(table, looksTidy);
  if (found !== -1) return found;
  let best = firstNonBlankRow(table);
  let most = 0;
  const end = Math.min(table.rows.length, TITLE_SCAN_ROWS);
  for (let i = Math.max(best, 0); i < end; i++) {
    const count = mapDesignColumns(table.rows[i]!).size;
    if (count > most) [best, most] = [i, count];
  }
  return best;
}

/** The non-blank rows above the header, as text (cells joined by ", "), for a note. */
export function titleRows(table: Table, headerIndex: number): string[] {
  return table.rows.slice(0, Math.max(0, headerIndex)).filter((r) => !isBlankRow(r)).map((r) => r.filter((c) => c !== '').join(', '));
}

/** True when the header has what the tidy reader needs: the required design columns. */
export function looksTidy(header: readonly string[]): boolean {
  const columns = mapDesignColumns(header);
  return REQUIRED_DESIGN.every((f) => columns.has(f));
}


export interface WideTargetColumn {
  index: number;
  header: string;
  target: TargetIdentity;
}

/**
 * The target columns of a wide file: every named non-design column with at least one numeric cell.
 * Text-only columns (notes, flags) and unnamed stray columns are skipped with a warning.
 */
export function wideTargetColumns(
  file: string, header: readonly string[], designIndexes: ReadonlySet<number>,
  dataRows: readonly { row: number; cells: string[] }[], warnings: AnalysisWarning[],
): WideTargetColumn[] {
  const width = Math.max(header.length, maxOf(dataRows.map((r) => r.cells.length)));
  const columns: WideTargetColumn[] = [];
  for (let index = 0; index < width; index++) {
    if (designIndexes.has(index)) continue;
    const name = header[index] ?? '';
    const values = dataRows.map((r) => r.cells[index] ?? '').filter((c) => !isMissingToken(c));
    if (values.length === 0) continue;
    if (name === '') {
      warnings.push({ code: 'unnamed-column', message: m.unnamedColumnIgnored(index + 1), at: { file } });
      continue;
    }
    const numeric = values.some((v) => parseNumberCell(v, 'dot').kind === 'number' || parseNumberCell(v, 'comma').kind === 'number');
    if (!numeric) {
      warnings.push({ code: 'text-column', message: m.textColumnIgnored(name), at: { file, column: name } });
      continue;
    }
    columns.push({ index, header: name, target: identifyTarget(name) });
  }
  return columns;
}
