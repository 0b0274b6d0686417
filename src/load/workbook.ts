/**
 * Excel workbooks (.xlsx, .xlsm) to the same table of text cells a CSV gives, synchronously and with
 * no I/O, so that a workbook goes through exactly the readers a CSV does.
 *
 *   bytes -> 1. refuse what is not an Office Open XML workbook (legacy .xls, an encrypted workbook,
 *               another zip)
 *            2. unzip (fflate), read the sheet list, its relationships and the shared strings
 *               (fast-xml-parser)
 *            3. each sheet to rows of text: numbers written in their shortest round-trip form (a
 *               number stays a number: no thousands separators, no locale), formulas give their
 *               cached values, styles and date formats are ignored, merged cells keep their value
 *               in the first cell only (as a CSV export does); every row keeps its spreadsheet row
 *               number, so messages name the sheet and cell (`quant!C14`)
 */
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { workbookMessages as m } from '../messages/workbook.js';

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** rows[i] holds the cells of spreadsheet row i + 1, as text (empty cells as ''). */
  rows: string[][];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file signature of legacy .xls and of password-protected (encrypted) workbooks. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE2);
}

/**
 * The refusal for a compound file: an encrypted workbook (its stream `EncryptedPackage`, UTF-16 in the
 * directory) or a legacy .xls.
 */
export function compoundFileError(file: string, bytes: Uint8Array): InputError {
  const encrypted = containsBytes(bytes, utf16le('EncryptedPackage'));
  return encrypted
    ? new InputError('encrypted-workbook', m.encrypted(), { file }, m.encryptedHint())
    : new InputError('legacy-xls', m.legacyXls(), { file }, m.legacyXlsHint());
}

/** A text as UTF-16 little-endian bytes (ASCII only: one code unit per character). */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 * text.length);
  for (let i = 0; i < text.length; i++) bytes[2 * i] = text.charCodeAt(i);
  return bytes;
}

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  for (let at = haystack.indexOf(needle[0]!); at >= 0 && at + needle.length <= haystack.length; at = haystack.indexOf(needle[0]!, at + 1)) {
    if (needle.every((byte, k) => haystack[at + k] === byte)) return true;
  }
  return false;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name),
});

type Xml = Record<string, unknown>;

const asObject = (v: unknown): Xml => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Xml) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Every sheet of a workbook, in workbook order. */
export function readWorkbook(file: string, bytes: Uint8Array): WorkbookSheet[] {
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch {
    throw new InputError('bad-workbook', m.damaged(), { file }, m.damagedHint());
  }
  const text = (path: string): string | null => {
    const entry = entries[path];
    return entry ? strFromU8(entry) : null;
  };
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === null) throw new InputError('not-a-workbook', m.notAWorkbook(), { file }, m.notAWorkbookHint());
  const workbook = asObject(asObject(parser.parse(workbookXml)).workbook);
  const rels = new Map<string, string>();
  for (const r of asArray(asObject(asObject(parser.parse(text('xl/_rels/workbook.xml.rels') ?? '')).Relationships).Relationship)) {
    const rel = asObject(r);
    if (typeof rel.Id === 'string' && typeof rel.Target === 'string') rels.set(rel.Id, rel.Target);
  }
  const shared = sharedStrings(text('xl/sharedStrings.xml'));
  return asArray(asObject(workbook.sheets).sheet).map((s) => {
    const sheet = asObject(s);
    const name = String(sheet.name ?? '');
    const target = rels.get(String(sheet.id ?? '')) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = text(path);
    return { name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden', rows: xml === null ? [] : sheetRows(xml, shared) };
  });
}

/** The text of a rich or plain string item: its own `t`, or its runs' `t` (phonetic guides left out). */
function stringItem(item: unknown): string {
  if (typeof item === 'string') return item;
  const o = asObject(item);
  if (o.t !== undefined) return textOf(o.t);
  return asArray(o.r).map((run) => textOf(asObject(run).t)).join('');
}

/** A `<t>` element's text (with or without attributes such as xml:space). */
function textOf(t: unknown): string {
  if (typeof t === 'string' || typeof t === 'number') return String(t);
  const o = asObject(t);
  return typeof o['#text'] === 'string' ? o['#text'] : '';
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return asArray(asObject(asObject(parser.parse(xml)).sst).si).map(stringItem);
}

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

function sheetRows(xml: string, shared: readonly string[]): string[][] {
  const worksheet = asObject(asObject(parser.parse(xml)).worksheet);
  const rows: string[][] = [];
  let nextRow = 1;
  for (const r of asArray(asObject(worksheet.sheetData).row)) {
    const row = asObject(r);
    const number = row.r !== undefined ? Number(row.r) : nextRow;
    nextRow = number + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const c of asArray(row.c)) {
      const cell = asObject(c);
      const column = typeof cell.r === 'string' ? columnIndex(cell.r) : nextColumn;
      nextColumn = column + 1;
      const value = cellText(cell, shared);
      if (value === '') continue;
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    while (rows.length < number - 1) rows.push([]);
    rows[number - 1] = cells;
  }
  return rows;
}

/** A cell's value as text: shared, inline or formula strings as written; numbers in shortest round-trip form. */
function cellText(cell: Xml, shared: readonly string[]): string {
  const type = typeof cell.t === 'string' ? cell.t : 'n';
  const v = cell.v === undefined ? null : textOf(cell.v);
  switch (type) {
    case 's': return v === null ? '' : shared[Number(v)] ?? '';
    case 'inlineStr': return stringItem(cell.is);
    case 'str': return v ?? '';
    case 'b': return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
    case 'e': return v ?? '';
    default: {
      if (v === null || v.trim() === '') return '';
      const x = Number(v);
      return Number.isFinite(x) ? String(x) : v;
    }
  }
}

/** A workbook given where one table is expected (a lane layout sheet): its first visible sheet with any cell filled. */
export function workbookTable(file: string, bytes: Uint8Array): { delimiter: ','; rows: string[][] } {
  if (isCompoundFile(bytes)) throw compoundFileError(file, bytes);
  const sheets = readWorkbook(file, bytes);
  const sheet = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)].find((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')));
  if (!sheet) throw new InputError('no-data-sheet', m.emptyWorkbook(), { file }, m.noDataSheetHint());
  return { delimiter: ',', rows: sheet.rows.map((r) => r.map((c) => c.trim())) };
}
