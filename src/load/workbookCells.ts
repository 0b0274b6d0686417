/**
 * One workbook cell to the text a CSV export of it would hold: where the cell sits (its `r="C14"`
 * reference), and what its value reads as given its type and number format.
 *
 *   - shared, inline and formula strings as written (`_x001B_` escapes decoded);
 *   - numbers in their shortest round-trip form (no thousands separators, no locale);
 *   - a number formatted as a time of day or a duration (`h:mm`, `[h]:mm:ss`) as hours with the
 *     unit (`2 h`), which a time column reads as hours and a number column refuses;
 *   - a number formatted as a date as the ISO date (`2026-11-30`, with ` 14:00` when the format
 *     shows a time), which a number column refuses with the cell.
 */

/** The largest column (XFD) and row of a worksheet. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** "C14" -> column index 2; "AA1" -> 26. */
export function columnIndex(ref: string): number {
  let index = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** Column index 2 -> "C"; 26 -> "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A cell reference (`C14`, `$C$14`) as 0-based column and 1-based row, or null when it is not one inside a sheet. */
export function parseCellRef(ref: string): { column: number; row: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(ref);
  if (!match) return null;
  const column = columnIndex(match[1]!);
  const row = Number(match[2]);
  return column < MAX_COLUMNS && row <= MAX_ROWS ? { column, row } : null;
}

/** How a number format shows a number: as itself, as a time (duration or time of day), or as a date. */
export type NumberFormatKind = 'number' | 'time' | 'date' | 'datetime';

/** Excel's built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30). */
const BUILT_IN: ReadonlyMap<number, NumberFormatKind> = new Map([
  [14, 'date'], [15, 'date'], [16, 'date'], [17, 'date'], [18, 'time'], [19, 'time'], [20, 'time'], [21, 'time'], [22, 'datetime'],
  [27, 'date'], [28, 'date'], [29, 'date'], [30, 'date'], [31, 'date'], [32, 'time'], [33, 'time'], [34, 'time'], [35, 'time'], [36, 'date'],
  [45, 'time'], [46, 'time'], [47, 'time'], [50, 'date'], [51, 'date'], [52, 'date'], [53, 'date'], [54, 'date'], [55, 'time'], [56, 'time'],
  [57, 'date'], [58, 'date'],
]);

/**
 * What a format code shows. Literal text (quoted, escaped, `_x` spacing, `*x` fill) and colours and
 * conditions in brackets are left out; `[h]`, `[mm]`, `[ss]` are elapsed time. `m` is minutes next to
 * `h` or `s`, a month otherwise.
 */
export function numberFormatKind(code: string): NumberFormatKind {
  const section = code.split(';')[0] ?? '';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/am\/pm|a\/p/g, '');
  if (!/[dmyhs]/.test(bare) || /^general$/.test(bare.trim())) return 'number';
  const hasTime = /[hs]/.test(bare);
  const hasDate = /[dy]/.test(bare) || /m/.test(bare.replace(/(h+[^a-z]*)m+|m+([^a-z]*s)/g, '$1$2'));
  if (hasDate) return hasTime ? 'datetime' : 'date';
  return hasTime ? 'time' : 'number';
}

/** The kind of the built-in or custom format `id`. */
export function formatKindOf(id: number, custom: ReadonlyMap<number, string>): NumberFormatKind {
  const code = custom.get(id);
  if (code !== undefined) return numberFormatKind(code);
  return BUILT_IN.get(id) ?? 'number';
}

/** An Excel serial number (1900 date system, with its phantom 29 Feb 1900) as an ISO date and, when asked, the time. */
export function serialDate(serial: number, withTime: boolean, date1904 = false): string {
  const days = Math.floor(serial);
  // Day 0 of the 1900 system is 1899-12-31, and serial 60 is the 29 Feb 1900 that never was.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const offset = date1904 ? days : days >= 60 ? days - 1 : days;
  const date = new Date(epoch + offset * 86_400_000).toISOString().slice(0, 10);
  if (!withTime) return date;
  const minutes = Math.round((serial - days) * 1440);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date} ${hh}:${mm}`;
}

/** A day fraction (or a number of days) as hours with the unit, rounded off binary noise: 0.0833... -> "2 h". */
export function serialHours(serial: number): string {
  return `${Number((serial * 24).toPrecision(12))} h`;
}

/** A number cell's value as text, by the kind of its format. */
export function numberText(value: number, kind: NumberFormatKind, date1904: boolean): string {
  switch (kind) {
    case 'time': return serialHours(value);
    case 'date': return serialDate(value, false, date1904);
    case 'datetime': return serialDate(value, true, date1904);
    default: return String(value);
  }
}

/** Excel's escape of characters XML cannot hold (`_x001B_`), decoded; `_x005F_` is a literal underscore. */
export function decodeXmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
