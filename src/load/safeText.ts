/**
 * Text that every output can hold. A cell may carry characters that XML (SVG, HTML), a terminal or
 * a PDF cannot: C0 control characters (an escape, 0x1B, pasted from a terminal), DEL, a lone
 * surrogate half, U+FFFE / U+FFFF. Each is shown as a visible stand-in (the Unicode control picture
 * U+2400 + code, `␛` for 0x1B; U+FFFD for the others), one character for one, so that two names
 * that differed still differ and two that were equal are still equal: matching is unchanged.
 * Tab, line feed and carriage return are left alone (XML holds them).
 *
 * Applied once, where cells enter the pipeline (readTable, the workbook reader), so every name that
 * reaches results.json, the CSVs, the report or a message is already safe.
 */

const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/u;
const UNSAFE_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/gu;

/** True when `text` holds a character that `safeText` replaces (one scan: cheap on a whole file). */
export function hasUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

/** `text` with each character outputs cannot hold replaced by a visible stand-in. */
export function safeText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}
