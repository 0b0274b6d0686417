/**
 * Numeric cells as labs write them: decimal dots or commas, thousands separators, `NA`, `n.d.`.
 *
 * The missing-data policy lives here and nowhere else: a cell is a number, `null` (missing, counted
 * and reported), or not a number (an error that names the cell).
 */

export type DecimalMark = 'dot' | 'comma';

/** Cell texts that mean "no value" (compared lower-cased, trimmed). */
const MISSING_TOKENS: ReadonlySet<string> = new Set([
  '', 'na', 'n/a', 'nan', 'n.d.', 'nd', 'n.d', 'none', 'null', '-', '--', '—', '#n/a', 'nq', 'n.q.', 'not detected', 'missing', '#div/0!', '#value!',
]);

const DOT_DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?$/;
const DOT_THOUSANDS_COMMA_DECIMAL = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_THOUSANDS_DOT_DECIMAL = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const INTEGER = /^[+-]?\d+([eE][+-]?\d+)?$/;

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
}

/**
 * Decides the decimal mark from all numeric cells of a file. `1,234` alone is read as a thousands
 * separator only when dot decimals are also present; otherwise a lone comma is a decimal comma.
 */
export function detectDecimalMark(cells: Iterable<string>): DecimalEvidence {
  let dotExample: string | undefined;
  let commaExample: string | undefined;
  let thousandsWithComma: string | undefined;
  for (const raw of cells) {
    const cell = raw.trim();
    // The common cells first: digits alone say nothing; digits with one dot say "dot" (as DOT_DECIMAL would).
    const shape = plainShape(cell);
    if (shape === PLAIN_INTEGER) continue;
    if (shape === PLAIN_DOT_DECIMAL) {
      dotExample ??= cell;
      continue;
    }
    if (DOT_DECIMAL.test(cell)) dotExample ??= cell;
    else if (COMMA_THOUSANDS_DOT_DECIMAL.test(cell) && !cell.includes('.')) thousandsWithComma ??= cell;
    else if (COMMA_DECIMAL.test(cell) || DOT_THOUSANDS_COMMA_DECIMAL.test(cell)) commaExample ??= cell;
    else if (COMMA_THOUSANDS_DOT_DECIMAL.test(cell)) dotExample ??= cell;
  }
  if (thousandsWithComma !== undefined && dotExample === undefined) commaExample ??= thousandsWithComma;
  if (dotExample !== undefined && commaExample !== undefined) return { mark: null, mixed: { dotExample, commaExample } };
  if (commaExample !== undefined) return { mark: 'comma', mixed: null };
  if (dotExample !== undefined) return { mark: 'dot', mixed: null };
  return { mark: null, mixed: null };
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
