/**
 * Bytes to text: detect binary files, strip a UTF-8 BOM, fall back from UTF-8 to Windows-1252
 * (what Excel on Windows writes for "CSV" in many locales), and unify CR / CRLF line ends.
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
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (head.includes(0)) throw new InputError('binary-file', m.binaryFile(), { file }, m.binaryFileHint(file));

  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Old Mac Excel writes CR-only line ends; papaparse copes, but row numbers are clearer with one convention.
  text = text.replace(/\r\n?/g, '\n');
  return { text, encoding };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
