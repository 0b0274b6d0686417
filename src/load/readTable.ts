/**
 * Text to a table of trimmed string cells, with the delimiter detected from the header line.
 *
 * Rows keep their position in the file: `rows[i]` is spreadsheet row `i + 1`, so every later
 * error can name the row a user sees in Excel. Blank rows are kept as empty arrays. Characters no
 * output can hold (control characters) are made visible here, once (safeText.ts).
 */
import Papa from 'papaparse';
import { InputError } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import { detachedCopy } from '../platform/detachedCopy.js';
import { hasUnsafeText, safeText } from './safeText.js';
import type { Delimiter } from './types.js';

export type { Delimiter } from './types.js';

export interface Table {
  delimiter: Delimiter;
  /** rows[i] holds the cells of spreadsheet row i + 1, trimmed. */
  rows: string[][];
}

const CANDIDATE_DELIMITERS: readonly Delimiter[] = ['\t', ';', ',', '|'];

/** Lines longer than this are refused: no densitometry export has them, and they hint at a wrong file. */
export const MAX_LINE_CHARS = 1_000_000;

/** Distinct texts remembered per column; beyond this a column is taken to hold measurements, not design. */
const MAX_SHARED_TEXTS = 10_000;

/** Cells longer than this are refused: a name or number never is, a quoted field that swallowed the file is. */
export const MAX_CELL_CHARS = 10_000;

/**
 * Picks the delimiter that splits the first non-blank line (outside quotes) into the most fields.
 * Decimal commas live in data rows, not in header names, so the header is the safest line to ask.
 * Ties go to tab, then semicolon, then comma.
 */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of CANDIDATE_DELIMITERS) {
    const count = countOutsideQuotes(firstLine, d);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) count++;
  }
  return count;
}

export function readTable(file: string, text: string, delimiter: Delimiter = detectDelimiter(text)): Table {
  checkLineLengths(file, text);
  const tidy = tidyCells(hasUnsafeText(text));
  let rows: string[][];
  if (text.includes('"')) {
    const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, newline: '\n' });
    for (const error of parsed.errors) {
      // Field-count mismatches are normal in lab files (notes, trailing cells); the layout reader judges them.
      if (error.type === 'FieldMismatch') continue;
      const row = error.row === undefined ? undefined : error.row + 1;
      throw new InputError('csv-syntax', m.csvSyntax(error.message), { file, ...(row === undefined ? {} : { row }) }, m.csvSyntaxHint());
    }
    // Tidied in place: a million-row file would otherwise hold two copies of the table for a while.
    rows = parsed.data;
    for (let i = 0; i < rows.length; i++) rows[i] = tidy(rows[i]!);
  } else {
    // Without a quote, papaparse splits the text at each newline and each line at each delimiter
    // (its fast mode), and that is what is done here, a line at a time: the untidied cells of one
    // line are garbage at once, where papaparse would hold a million rows of them (hundreds of MiB
    // on a screen) before the first was tidied.
    rows = [];
    for (let start = 0; start <= text.length && text.length > 0;) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      rows.push(tidy(text.slice(start, end).split(delimiter)));
      start = end + 1;
    }
  }
  // A final newline makes papaparse report one empty trailing row: drop trailing blank rows.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  checkCellLengths(file, rows);
  checkRowDelimiters(file, rows, delimiter);
  return { delimiter, rows };
}

/**
 * Tidies a row's cells in place: trimmed, made safe, and repeated texts (a column of model names,
 * treatments, targets) shared as one string, so that a screen's table costs a fraction of the
 * memory, and so do the bands built from it. A blank row becomes an empty array.
 */
function tidyCells(unsafe: boolean): (cells: string[]) => string[] {
  const shared: (Map<string, string> | null)[] = [];
  return (cells) => {
    if (cells.length === 1 && cells[0] === '') return [];
    for (let j = 0; j < cells.length; j++) {
      const cell = unsafe ? safeText(cells[j]!.trim()) : cells[j]!.trim();
      const texts = j < shared.length ? shared[j] : (shared[j] = new Map());
      if (texts === null || texts === undefined) {
        cells[j] = cell;
        continue;
      }
      const known = texts.get(cell);
      if (known !== undefined) cells[j] = known;
      else {
        // A copy, not a slice of `text`: kept texts must not keep the whole file's text alive.
        const copy = detachedCopy(cell);
        cells[j] = copy;
        texts.set(copy, copy);
        // A column of mostly distinct values (signals) gains nothing: stop sharing its texts.
        if (texts.size > MAX_SHARED_TEXTS) shared[j] = null;
      }
    }
    return cells;
  };
}

const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = { '\t': 'tabs', ';': 'semicolons', ',': 'commas', '|': 'bars' };

/**
 * A data row that stays one cell under the header's delimiter but splits into many under another
 * was written with a different separator (tables pasted together from two locales): say so, rather
 * than report its design cells as empty.
 */
function checkRowDelimiters(file: string, rows: readonly string[][], delimiter: Delimiter): void {
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  const width = rows[headerIndex]?.length ?? 0;
  if (width < 3) return;
  const enough = Math.max(3, Math.ceil(width / 2));
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const only = onlyFilledCell(rows[i]!);
    if (only === null) continue;
    const other = CANDIDATE_DELIMITERS.find((d) => d !== delimiter && only.split(d).length >= enough);
    if (other) throw new InputError('mixed-delimiters', m.mixedDelimiters(DELIMITER_NAMES[other], DELIMITER_NAMES[delimiter]), { file, row: i + 1 }, m.mixedDelimitersHint());
  }
}

/** The one non-empty cell of a row, or null when it has none or several (without building arrays: this runs on every row). */
function onlyFilledCell(cells: readonly string[]): string | null {
  let only: string | null = null;
  for (const c of cells) {
    if (c === '') continue;
    if (only !== null) return null;
    only = c;
  }
  return only;
}

function checkCellLengths(file: string, rows: readonly string[][]): void {
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  rows.forEach((cells, i) => {
    const j = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
    if (j === -1) return;
    const name = i > headerIndex ? (rows[headerIndex]?.[j] ?? '') : '';
    const column = name !== '' && name.length <= 60 ? name : String(j + 1);
    throw new InputError('cell-too-long', m.cellTooLong(cells[j]!.length, MAX_CELL_CHARS), { file, row: i + 1, column }, m.cellTooLongHint());
  });
}

function checkLineLengths(file: string, text: string): void {
  if (text.length <= MAX_LINE_CHARS) return;
  let start = 0;
  let row = 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_CHARS) {
      throw new InputError('line-too-long', m.lineTooLong(end - start, MAX_LINE_CHARS), { file, row }, m.lineTooLongHint());
    }
    start = end + 1;
    row++;
  }
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}
