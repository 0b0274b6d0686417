/**
 * Excel workbooks (.xlsx, .xlsm) to the same table of text cells a CSV gives, synchronously and with
 * no I/O, so that a workbook goes through exactly the readers a CSV does.
 *
 *   bytes -> 1. refuse what is not an Office Open XML workbook (legacy .xls, an encrypted workbook,
 *               another zip)
 *            2. unzip (fflate), read the sheet list, its relationships and the shared strings
 *               (fast-xml-parser)
 *            2b. check each part is well-formed XML before reading a value from it: a damaged part
 *               is refused, named (sheet, shared strings), never read into nonsense
 *            3. each sheet to rows of text: every cell in the column its reference names (cells
 *               Excel leaves out read as empty), numbers written in their shortest round-trip form
 *               (no thousands separators, no locale), times and dates by their number format
 *               (workbookCells.ts), formulas give their cached values, merged cells keep their
 *               value in the first cell only (as a CSV export does); every row keeps its
 *               spreadsheet row number, so messages name the sheet and cell (`quant!C14`)
 */
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError, type SourceLocation } from '../errors.js';
import { workbookMessages as m } from '../messages/workbook.js';
import {
  columnLetters, decodeXmlEscapes, formatKindOf, MAX_ROWS, numberText, parseCellRef, type NumberFormatKind,
} from './workbookCells.js';
import { safeText } from './safeText.js';

export { columnIndex, columnLetters } from './workbookCells.js';

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
  // Elements only: a cell's `r="M3"` and a row's `r="3"` are attributes named like a rich-text run
  // (`<r>`), and must stay the text that places the cell.
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'numFmt', 'xf'].includes(name),
});

type Xml = Record<string, unknown>;

const asObject = (v: unknown): Xml => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Xml) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** What a part of the package is, for a message: `sheet "quant"`, `shared strings`. */
type PartName = string;

/**
 * A part's XML, parsed after it is checked to be well-formed: the parser itself reads damaged XML
 * into nonsense (`2532.6./v>` as a value) or fails with its own words.
 */
function parseXml(file: string, path: string, what: PartName, xml: string): Xml {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError('damaged-workbook', m.damagedPart(what, path, valid.err.line, valid.err.msg), { file }, m.damagedPartHint());
  }
  try {
    return asObject(parser.parse(xml));
  } catch (error) {
    throw new InputError('damaged-workbook', m.damagedPart(what, path, null, String((error as Error).message)), { file }, m.damagedPartHint());
  }
}

/** How the workbook shows numbers: the number format of each cell style, and the date system. */
interface CellStyles {
  kindOfStyle: readonly NumberFormatKind[];
  date1904: boolean;
}

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
  const workbook = asObject(parseXml(file, 'xl/workbook.xml', m.partWorkbook(), workbookXml).workbook);
  const rels = new Map<string, string>();
  const relsXml = text('xl/_rels/workbook.xml.rels');
  const relsDoc = relsXml === null ? {} : parseXml(file, 'xl/_rels/workbook.xml.rels', m.partRelationships(), relsXml);
  for (const r of asArray(asObject(relsDoc.Relationships).Relationship)) {
    const rel = asObject(r);
    if (typeof rel.Id === 'string' && typeof rel.Target === 'string') rels.set(rel.Id, rel.Target);
  }
  const sharedXml = text('xl/sharedStrings.xml');
  const shared = sharedXml === null ? [] : sharedStrings(parseXml(file, 'xl/sharedStrings.xml', m.partSharedStrings(), sharedXml));
  const stylesXml = text('xl/styles.xml');
  const styles: CellStyles = {
    kindOfStyle: stylesXml === null ? [] : styleKinds(parseXml(file, 'xl/styles.xml', m.partStyles(), stylesXml)),
    date1904: ['1', 'true'].includes(String(asObject(workbook.workbookPr).date1904 ?? '')),
  };
  return asArray(asObject(workbook.sheets).sheet).map((s) => {
    const sheet = asObject(s);
    const name = safeText(String(sheet.name ?? ''));
    const target = rels.get(String(sheet.id ?? '')) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = text(path);
    const rows = xml === null ? [] : sheetRows(file, name, parseXml(file, path, m.partSheet(name), xml), shared, styles);
    return { name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden', rows };
  });
}

/** The text of a rich or plain string item: its own `t`, or its runs' `t` (phonetic guides left out). */
function stringItem(item: unknown): string {
  if (typeof item === 'string') return decodeXmlEscapes(item);
  const o = asObject(item);
  if (o.t !== undefined) return decodeXmlEscapes(textOf(o.t));
  return decodeXmlEscapes(asArray(o.r).map((run) => textOf(asObject(run).t)).join(''));
}

/** A `<t>` element's text (with or without attributes such as xml:space). */
function textOf(t: unknown): string {
  if (typeof t === 'string' || typeof t === 'number') return String(t);
  const o = asObject(t);
  return typeof o['#text'] === 'string' ? o['#text'] : '';
}

function sharedStrings(doc: Xml): string[] {
  return asArray(asObject(doc.sst).si).map(stringItem);
}

/** The number-format kind of each cell style (`s` of a cell indexes `cellXfs`). */
function styleKinds(doc: Xml): NumberFormatKind[] {
  const styleSheet = asObject(doc.styleSheet);
  const custom = new Map<number, string>();
  for (const f of asArray(asObject(styleSheet.numFmts).numFmt)) {
    const fmt = asObject(f);
    if (typeof fmt.formatCode === 'string') custom.set(Number(fmt.numFmtId), fmt.formatCode);
  }
  return asArray(asObject(styleSheet.cellXfs).xf).map((x) => formatKindOf(Number(asObject(x).numFmtId ?? 0), custom));
}

function sheetRows(file: string, sheet: string, doc: Xml, shared: readonly string[], styles: CellStyles): string[][] {
  const worksheet = asObject(doc.worksheet);
  const rows: string[][] = [];
  let nextRow = 1;
  for (const r of asArray(asObject(worksheet.sheetData).row)) {
    const row = asObject(r);
    let number = nextRow;
    if (row.r !== undefined) {
      number = Number(row.r);
      if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS) throw new InputError('damaged-workbook', m.badRowNumber(String(row.r)), { file, sheet }, m.damagedPartHint());
    }
    nextRow = number + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const c of asArray(row.c)) {
      const cell = asObject(c);
      let column = nextColumn;
      if (cell.r !== undefined) {
        const ref = parseCellRef(String(cell.r));
        if (ref === null || ref.row !== number) throw new InputError('damaged-workbook', m.badCellRef(String(cell.r), number), { file, sheet, row: number }, m.damagedPartHint());
        column = ref.column;
      }
      nextColumn = column + 1;
      const value = safeText(cellText(cell, shared, styles, () => ({ file, sheet, row: number, cell: `${columnLetters(column)}${number}` })));
      if (value === '') continue;
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    while (rows.length < number - 1) rows.push([]);
    rows[number - 1] = cells;
  }
  return rows;
}

/** A cell's value as text: shared, inline or formula strings as written; numbers by their format (workbookCells). */
function cellText(cell: Xml, shared: readonly string[], styles: CellStyles, at: () => SourceLocation): string {
  const type = typeof cell.t === 'string' ? cell.t : 'n';
  const v = cell.v === undefined ? null : textOf(cell.v);
  switch (type) {
    case 's': {
      if (v === null) return '';
      const index = Number(v);
      const text = Number.isInteger(index) && index >= 0 ? shared[index] : undefined;
      if (text === undefined) throw new InputError('damaged-workbook', m.badSharedString(v, shared.length), at(), m.damagedPartHint());
      return text;
    }
    case 'inlineStr': return stringItem(cell.is);
    case 'str': return decodeXmlEscapes(v ?? '');
    case 'b': return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
    case 'e': return v ?? '';
    case 'd': return v ?? '';
    default: {
      if (v === null || v.trim() === '') return '';
      const x = Number(v);
      if (!Number.isFinite(x)) throw new InputError('damaged-workbook', m.badNumberCell(v), at(), m.damagedPartHint());
      const kind = styles.kindOfStyle[Number(cell.s ?? 0)] ?? 'number';
      return numberText(x, kind, styles.date1904);
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
