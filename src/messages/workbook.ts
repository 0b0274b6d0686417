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
} as const;
