/**
 * Bytes to text: detect binary files, strip a UTF-8 BOM, fall back from UTF-8 to Windows-1252
 * (what Excel on Windows writes for "CSV" in many locales), and unify CR / CRLF line ends.
 * UTF-16 (Excel's "Unicode Text") is recognised by its byte-order mark and refused with a hint.
 */
import { InputError } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/** How many leading bytes to inspect for NUL bytes when deciding that a file is binary. */
const BINARY_SNIFF_BYTES = 8192;

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new InputError('empty-file', m.emptyFile(), { file }, m.emptyFileHint());
  // The zip header of an .xlsx holds NUL bytes itself: recognise the workbook before the binary check.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new InputError('xlsx-file', m.spreadsheetFile(), { file }, m.spreadsheetFileHint());
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new InputError('utf-16-file', m.utf16File(), { file }, m.utf16FileHint());
  }
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (head.includes(0)) throw new InputError('binary-file', m.binaryFile(), { file }, m.binaryFileHint(file));
  // A NUL further in: a damaged file or a binary one glued to a text one. Name the row.
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError('nul-byte', m.nulByte(), { file, row: rowOfByte(bytes, nul) }, m.nulByteHint());

  try {
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), 'utf-8');
  } catch {
    return finish(decodeWindows1252(bytes), 'windows-1252');
  }
}

function finish(decoded: string, encoding: DecodedText['encoding']): DecodedText {
  let text = decoded;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Old Mac Excel writes CR-only line ends; papaparse copes, but row numbers are clearer with one convention.
  text = text.replace(/\r\n?/g, '\n');
  return { text, encoding };
}

/**
 * Windows-1252 is Latin-1 except for 0x80-0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ
 * (WHATWG Encoding Standard, index-windows-1252; the five unassigned bytes keep their C1 code point).
 * Decoded by table, not with `TextDecoder('windows-1252')`: Node 20.18.3+ decodes that label as
 * Latin-1 and loses these characters (nodejs/node#56542, #60888).
 */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  // The 'latin1' label: Latin-1 in Node, already Windows-1252 in a browser; the table makes both Windows-1252.
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

/** 1-based row of a byte offset: line feeds before it (or carriage returns in a CR-only file), plus one. */
function rowOfByte(bytes: Uint8Array, offset: number): number {
  const before = bytes.subarray(0, offset);
  const lf = countByte(before, 0x0a);
  return (lf > 0 || bytes.includes(0x0a) ? lf : countByte(before, 0x0d)) + 1;
}

function countByte(bytes: Uint8Array, value: number): number {
  let count = 0;
  for (let i = bytes.indexOf(value); i !== -1; i = bytes.indexOf(value, i + 1)) count++;
  return count;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
