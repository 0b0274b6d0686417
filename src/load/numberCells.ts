/**
 * Numeric cells as labs write them: decimal dots or commas, thousands separators, `NA`, `n.d.`.
 *
 * The missing-data policy lives here and nowhere else: a cell is a number, `null` (missing, counted
 * and reported), or not a number (an error that names the cell).
 */

import type { DecimalMark } from './types.js';

export type { DecimalMark } from './types.js';

/** Cell texts that mean "no value" (compared lower-cased, trimmed). */
const MISSING_TOKENS: ReadonlySet<string> = new Set([
  '', 'na', 'n/a', 'nan', 'n.d.', 'nd', 'n.d', 'none', 'null', '-', '--', '—', '#n/a', 'nq', 'n.q.', 'not detected', 'missing', '#div/0!', '#value!',
]);

const DOT_DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?$/;
const DOT_THOUSANDS_COMMA_DECIMAL = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_THOUSANDS_DOT_DECIMAL = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const INTEGER = /^[+-]?\d+([eE][+-]?\d+)?$/;
/** Only a thousands separator can explain it under a dot reading, and a comma reading makes it 3 decimals: `7,258`, `41,250`, `1,234,567`. */
const COMMA_THOUSANDS_ONLY = /^[+-]?[1-9]\d{0,2}(,\d{3})+$/;
/** A whole number of four or more digits written without a separator: `1234`. */
const LONG_INTEGER = /^[+-]?\d{4,}$/;

/**
 * The shape of the cells a screen has millions of: 1 = digits only, 2 = digits, one dot, digits;
 * 0 = anything else (signs, exponents, commas, spaces, words), left to the patterns above.
 */
const OTHER_SHAPE = 0;
const PLAIN_INTEGER = 1;
const PLAIN_DOT_DECIMAL = 2;

function plainShape(cell: string): number {
  const n = cell.length;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 46 && dot === -1) {
      dot = i;
      continue;
    }
    return OTHER_SHAPE;
  }
  if (n === 0) return OTHER_SHAPE;
  if (dot === -1) return PLAIN_INTEGER;
  return dot > 0 && dot < n - 1 ? PLAIN_DOT_DECIMAL : OTHER_SHAPE;
}

export function isMissingToken(cell: string): boolean {
  return MISSING_TOKENS.has(cell.trim().toLowerCase());
}

export interface DecimalEvidence {
  /** The decimal mark the cells agree on, or null when none of them has a fraction. */
  mark: DecimalMark | null;
  /** Both conventions were seen: a cell that only a dot reading explains, and one only a comma reading explains. */
  mixed: { dotExample: string; commaExample: string } | null;
  /**
   * Cells such as `7,258` were read with the comma as a thousands separator (no dot decimal or
   * decimal comma elsewhere, and no value above 999 written without one): an example, for a note.
   */
  thousandsExample: string | null;
  /**
   * `7,258` could be 7258 or 7.258, and values above 999 are also written without a separator
   * (`1234`): the file does not say which, and nothing is guessed.
   */
  ambiguous: { withSeparator: string; withoutSeparator: string } | null;
}

/**
 * Decides the decimal mark from all numeric cells of a file (Excel's English formats write
 * `7,258` for 7258 and `812` for 812; a decimal-comma locale writes `12,5` and `0,253`):
 * - a dot decimal anywhere: dot, and `7,258` is a thousands separator;
 * - a comma that only a decimal reading explains (`12,5`, `0,253`, `1.234,5`): comma;
 * - both: mixed (an error);
 * - commas only in groups of exactly three digits (`7,258`, `41,250`): thousands separators, unless a
 *   value above 999 is also written without one (`1234`), which leaves the file ambiguous (an error).
 */
export function detectDecimalMark(cells: Iterable<string>): DecimalEvidence {
  let dotExample: string | undefined;
  let commaExample: string | undefined;
  let thousandsWithComma: string | undefined;
  let longInteger: string | undefined;
  for (const raw of cells) {
    const cell = raw.trim();
    // The common cells first: digits alone say nothing; digits with one dot say "dot" (as DOT_DECIMAL would).
    const shape = plainShape(cell);
    if (shape === PLAIN_INTEGER) {
      if (cell.length >= 4) longInteger ??= cell;
      continue;
    }
    if (shape === PLAIN_DOT_DECIMAL) {
      dotExample ??= cell;
      continue;
    }
    if (DOT_DECIMAL.test(cell)) dotExample ??= cell;
    else if (COMMA_THOUSANDS_ONLY.test(cell)) thousandsWithComma ??= cell;
    else if (COMMA_DECIMAL.test(cell) || DOT_THOUSANDS_COMMA_DECIMAL.test(cell)) commaExample ??= cell;
    else if (COMMA_THOUSANDS_DOT_DECIMAL.test(cell)) dotExample ??= cell;
    else if (LONG_INTEGER.test(cell)) longInteger ??= cell;
  }
  const none = { mixed: null, thousandsExample: null, ambiguous: null };
  if (dotExample !== undefined && commaExample !== undefined) return { ...none, mark: null, mixed: { dotExample, commaExample } };
  if (commaExample !== undefined) return { ...none, mark: 'comma' };
  if (dotExample !== undefined) return { ...none, mark: 'dot', thousandsExample: thousandsWithComma ?? null };
  if (thousandsWithComma !== undefined) {
    if (longInteger !== undefined) return { ...none, mark: null, ambiguous: { withSeparator: thousandsWithComma, withoutSeparator: longInteger } };
    return { ...none, mark: 'dot', thousandsExample: thousandsWithComma };
  }
  return { ...none, mark: null };
}

export type ParsedNumber = { kind: 'number'; value: number } | { kind: 'missing' } | { kind: 'invalid' };

/** Parses one cell under a known decimal mark. */
export function parseNumberCell(raw: string, mark: DecimalMark): ParsedNumber {
  const cell = raw.trim();
  // The common cells first: what INTEGER or (under a dot) DOT_DECIMAL below would accept as written.
  const shape = plainShape(cell);
  if (shape === PLAIN_INTEGER || (shape === PLAIN_DOT_DECIMAL && mark === 'dot')) {
    const value = Number(cell);
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
  }
  if (isMissingToken(cell)) return { kind: 'missing' };
  let normalised: string | undefined;
  if (INTEGER.test(cell)) normalised = cell;
  else if (mark === 'dot') {
    if (DOT_DECIMAL.test(cell)) normalised = cell;
    else if (COMMA_THOUSANDS_DOT_DECIMAL.test(cell)) normalised = cell.replaceAll(',', '');
  } else {
    if (COMMA_DECIMAL.test(cell)) normalised = cell.replace(',', '.');
    else if (DOT_THOUSANDS_COMMA_DECIMAL.test(cell)) normalised = cell.replaceAll('.', '').replace(',', '.');
  }
  if (normalised === undefined) return { kind: 'invalid' };
  const value = Number(normalised);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
