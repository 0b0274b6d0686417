/**
 * Workbooks written by hand, part by part (fflate), for what a spreadsheet library does not write:
 * sheets saved the way LibreOffice and Excel save them (cells left out, rows left out, shared
 * strings, styles with number formats), and damaged parts.
 */
import { strToU8, zipSync } from 'fflate';

export interface HandSheet {
  name: string;
  /** The `<sheetData>` content, or the whole part when `raw` is set. */
  sheetData: string;
  raw?: boolean;
}

export interface HandParts {
  sheets: readonly HandSheet[];
  /** `<si>` texts of xl/sharedStrings.xml (omitted when absent), or the raw part. */
  shared?: readonly string[] | { raw: string };
  /** Custom number formats `[id, code]` and the `numFmtId` of each cell style (`s`). */
  numFmts?: readonly (readonly [number, string])[];
  cellStyles?: readonly number[];
  date1904?: boolean;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts of an .xlsx package as path -> XML text (change one to damage it), and its bytes. */
export function handParts(parts: HandParts): Record<string, string> {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${parts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${parts.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
  };
  parts.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = s.raw ? s.sheetData : `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${s.sheetData}</sheetData></worksheet>`;
  });
  if (parts.shared) {
    files['xl/sharedStrings.xml'] = 'raw' in parts.shared ? parts.shared.raw
      : `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${parts.shared.length}" uniqueCount="${parts.shared.length}">${parts.shared.map((t) => `<si><t xml:space="preserve">${escape(t)}</t></si>`).join('')}</sst>`;
  }
  if (parts.cellStyles) {
    const fmts = parts.numFmts ?? [];
    files['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>`
      + (fmts.length ? `<numFmts count="${fmts.length}">${fmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`).join('')}</numFmts>` : '')
      + `<cellXfs count="${parts.cellStyles.length}">${parts.cellStyles.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
  }
  return files;
}

export function zipParts(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

export function handXlsx(parts: HandParts): Uint8Array {
  return zipParts(handParts(parts));
}

/**
 * A table as `<sheetData>` the way LibreOffice Calc saves it: shared strings for text, numbers as
 * `<v>`, and no element at all for an empty cell or an empty row. Returns the shared strings it used.
 */
export function sparseSheetData(rows: readonly (readonly string[])[], isNumber: (cell: string, row: number) => boolean = (c, r) => r > 0 && c !== '' && !Number.isNaN(Number(c))): { sheetData: string; shared: string[] } {
  const shared: string[] = [];
  const indexOf = new Map<string, number>();
  const letters = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));
  const sheetData = rows.map((cells, r) => {
    if (cells.every((c) => c === '')) return '';
    const body = cells.map((c, j) => {
      if (c === '') return '';
      const ref = `${letters(j)}${r + 1}`;
      if (isNumber(c, r)) return `<c r="${ref}" s="0" t="n"><v>${c}</v></c>`;
      let k = indexOf.get(c);
      if (k === undefined) {
        k = shared.push(c) - 1;
        indexOf.set(c, k);
      }
      return `<c r="${ref}" s="0" t="s"><v>${k}</v></c>`;
    }).join('');
    return `<row r="${r + 1}" spans="1:${cells.length}">${body}</row>`;
  }).join('');
  return { sheetData, shared };
}
