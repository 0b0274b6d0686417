/** Every user-facing sentence about Excel workbooks (load/workbook.ts, load/loadWorkbook.ts). */
const q = (s: string): string => JSON.stringify(s);
const list = (xs: readonly string[]): string => xs.map(q).join(', ');

export const workbookMessages = {
  legacyXls: () => 'this is a legacy Excel workbook (.xls, Excel 97-2003), which blotbypass does not read',
  legacyXlsHint: () => 'open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8',
  encrypted: () => 'this workbook is password-protected (encrypted), so its cells cannot be read',
  encryptedHint: () => 'open it, remove the password (Excel: File > Info > Protect Workbook > Encrypt with Password, clear it) and save again, or save the sheet as CSV UTF-8',
  damaged: () => 'this .xlsx file cannot be unzipped: it is damaged or not a workbook',
  damagedHint: () => 'open and save it again in Excel or LibreOffice, or save the sheet as CSV UTF-8',
  partWorkbook: () => 'sheet list',
  partRelationships: () => 'list of parts',
  partSharedStrings: () => 'shared strings (the text of its cells)',
  partStyles: () => 'styles (the number formats of its cells)',
  partSheet: (name: string) => `sheet ${q(name)}`,
  damagedPart: (what: string, path: string, line: number | null, detail: string) =>
    `this workbook is damaged: its ${what} (${path}) is not well-formed XML${line === null ? '' : ` at line ${line}`} (${detail.replace(/\.$/, '')})`,
  damagedPartHint: () => 'open it in Excel or LibreOffice and save it again as .xlsx, or save the sheet as CSV UTF-8',
  badRowNumber: (r: string) => `this workbook is damaged: a row of this sheet is numbered ${q(r)}, which is no row number (1 to 1048576)`,
  badCellRef: (ref: string, row: number) => `this workbook is damaged: a cell of row ${row} has the reference ${q(ref)}, which names no cell of that row (A${row} to XFD${row})`,
  badSharedString: (index: string, count: number) =>
    `this workbook is damaged: the cell refers to text number ${index} of its shared strings, which hold ${count}`,
  badNumberCell: (text: string) => `this workbook is damaged: the cell is stored as a number but holds ${q(text)}`,
  notAWorkbook: () => 'this is a zip archive but not an Excel workbook (no xl/workbook.xml)',
  notAWorkbookHint: () => 'give the .xlsx workbook itself, or its sheet saved as CSV UTF-8',
  noDataSheet: (sheets: readonly { name: string; problem: string }[]) =>
    `no sheet of this workbook looks like densitometry data: ${sheets.map((s) => `${q(s.name)} (${s.problem})`).join('; ')}`,
  noDataSheetHint: () => 'name the sheet with --sheet NAME, or check that it has a header row (see blotbypass template)',
  emptyWorkbook: () => 'this workbook has no sheets',
  unknownSheet: (wanted: string, sheets: readonly string[]) => `no sheet named ${q(wanted)} in this workbook; its sheets: ${list(sheets)}`,
  unknownSheetHint: () => 'give --sheet one of the names listed (as written, case included), or FILE:SHEET for one workbook of several',
  badSheetOption: (value: string) => `--sheet ${q(value)} names no sheet`,
  badSheetOptionHint: () => 'use --sheet NAME for every workbook, or --sheet FILE:NAME for one of several',
  sheetEmpty: () => 'empty',
  sheetRead: (named: boolean, skipped: readonly string[]) =>
    named ? 'read this sheet, as --sheet asked'
      : `read this sheet, the first that holds data${skipped.length > 0 ? ` (passed over: ${list(skipped)})` : ''}; choose another with --sheet NAME`,
  sheetsRead: (named: boolean, sheets: readonly string[], supplied: readonly string[]) =>
    `read ${sheets.length} sheets together${named ? ', as --sheet asked' : ', one table per sheet with the same header'}: ${list(sheets)}`
    + (supplied.length > 0 ? `; each sheet's name is its ${supplied.map((f) => (f === 'blot' ? 'membrane (blot)' : f)).join(' and ')}, as the table has no such column` : '')
    + (named ? '' : '; read one of them only with --sheet NAME'),
  sheetsDifferentHeaders: (same: readonly string[], odd: readonly string[]) =>
    `the sheets ${list([...same, ...odd])} look like one table per replicate, but ${list(odd)} ${odd.length === 1 ? 'has' : 'have'} another header than ${list(same)}, so they cannot be read together`,
  sheetsConflictingStatus: (line: string, sheetA: string, statusA: string, sheetB: string, statusB: string) =>
    `the sheets cannot be read together: model ${q(line)} is ${statusA} on sheet ${q(sheetA)} but ${statusB} on sheet ${q(sheetB)}`,
  sheetsSameBand: (target: string, lane: string, membrane: string, sheetA: string, sheetB: string) =>
    `the sheets cannot be read together: sheets ${q(sheetA)} and ${q(sheetB)} both hold ${q(target)} of lane ${q(lane)} on membrane ${q(membrane)}`,
  sheetsNotCombinedHint: () => 'give every replicate sheet the same header and its own blot names, or read one sheet with --sheet NAME (or several with --sheet given once per sheet)',
} as const;
