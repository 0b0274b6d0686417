/**
 * Every user-facing sentence of the load stage. Messages are short and lower-case; hints say what to do.
 * Kept together so they can be reviewed (and translated) as one text.
 */
const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
/** Header keys hold units in lower case; molar units read as their symbols ("nm" would be nanometres). */
const MOLAR_UNITS: Readonly<Record<string, string>> = { pm: 'pM', nm: 'nM', um: 'µM', mm: 'mM', m: 'M' };

export const loadMessages = {
  emptyFile: () => 'the file is empty',
  emptyFileHint: () => 'export the densitometry table again; blotbypass needs a header row and one row per band or lane',
  binaryFile: () => 'the file is not text (it contains NUL bytes)',
  binaryFileHint: (_file: string) => 'export the table as CSV or tab-separated text, or give the .xlsx workbook; an image cannot be read directly',
  nulByte: () => 'the file contains a NUL byte, which no text table has',
  nulByteHint: () => 'the file may be damaged or two files joined; export the table again as CSV',
  utf16File: () => 'the file is UTF-16 text (Excel\'s "Unicode Text"), not UTF-8',
  utf16FileHint: () => 'in Excel use File > Save As > "CSV UTF-8 (Comma delimited)", or save the text as UTF-8 in an editor',
  spreadsheetFile: () => 'this is an Excel workbook (.xlsx); this input is read as a text table (densitometry files and layout sheets may be workbooks, sequencing and mapping files not)',
  spreadsheetFileHint: () => 'in Excel use File > Save As > "CSV UTF-8 (Comma delimited)" and give blotbypass the .csv',
  csvSyntax: (detail: string) => `the table cannot be parsed: ${detail.toLowerCase()}`,
  csvSyntaxHint: () => 'check for a quote (") that is opened but never closed',
  lineTooLong: (chars: number, max: number) => `a line of ${chars} characters is longer than the ${max} a densitometry table can have`,
  cellTooLong: (chars: number, max: number) => `a cell of ${chars} characters is longer than the ${max} a densitometry table can have`,
  cellTooLongHint: () => 'a quote (") opened inside a cell and never closed swallows the rows after it; check the quotes around this cell',
  mixedDelimiters: (row: string, header: string) => `this row is separated by ${row}, the header by ${header}`,
  mixedDelimitersHint: () => 'save the table again with one separator throughout (in Excel: File > Save As > CSV)',
  lineTooLongHint: () => 'this does not look like a densitometry export; check that the right file was given',
  undecodable: () => 'the file is neither UTF-8 nor Windows-1252 text',
  windows1252: () => 'the file is not UTF-8; it was read as Windows-1252 (Excel\'s default on Windows) - check names with accents or symbols',

  missingColumns: (fields: readonly string[]) => `missing required column${fields.length > 1 ? 's' : ''}: ${fields.join(', ')}`,
  missingColumnsHint: (pairs: readonly (readonly [string, readonly string[]])[]) =>
    pairs.map(([f, names]) => `name the ${f} column one of: ${names.join(', ')} (case, spaces and punctuation do not matter)`).join('; '),
  headerOnly: () => 'the file has a header but no data rows',
  headerOnlyHint: () => 'add one row per band (long layout) or per lane (wide layout) below the header',
  noTargetColumns: () => 'no target column: the header has design columns but neither target + signal columns nor one column per target',
  noTargetColumnsHint: () => 'use the long layout (columns target and signal) or the wide layout (one column per antibody, e.g. pERK, ERK, GAPDH)',
  emptyCell: (field: string) => `the ${field} cell is empty`,
  emptyTargetHint: () => 'write the antibody, e.g. pERK, ERK or GAPDH',
  emptyLineHint: () => 'write the cell line or model of this lane, e.g. KM12 or KM12-LR',
  emptyTreatmentHint: () => 'write the drug (e.g. larotrectinib) or DMSO / vehicle for control lanes',
  unknownStatus: (text: string) => `unknown status ${quote(text)}: expected sensitive (or parental) or resistant`,
  unknownStatusHint: () => 'write "sensitive" for the parental model and "resistant" for the resistant derivative',
  badFlag: (text: string) => `saturated must be yes or no, got ${quote(text)}`,
  badFlagHint: () => 'write yes/no, true/false or 1/0; leave it empty for no',
  notANumber: (what: string, text: string) => `${what} is not a number: ${quote(text)}`,
  negativeNumber: (what: string, text: string) => `${what} cannot be negative: ${quote(text)}`,
  designNumberHint: (what: string, unit: string) =>
    `write a number${unit ? ` in ${what === 'dose' ? (MOLAR_UNITS[unit.toLowerCase()] ?? unit) : unit}` : ''} (or leave it empty); move notes such as "serum starved" into the treatment column`,
  badStage: (text: string) => `stage is not a number of weeks or a stage: ${quote(text)}`,
  badStageHint: (order: boolean) => order
    ? 'write the stage as a number (1, 2, 3) or early / intermediate / late; leave it empty or 0 on the parental\'s rows'
    : 'write the weeks on drug as a number (8) or with a unit (8 weeks, 56 d); leave it empty or 0 on the parental\'s rows',
  signalHint: () => 'write the band\'s number; use NA or n.d. for a band that was not measured',
  decimalCommaHint: () => 'the file mixes decimal commas into a comma-separated table; use --decimal comma if all numbers use commas',
  missingValues: (count: number, column: string) => `${count} missing value${count > 1 ? 's' : ''} (NA, n.d. or empty) in column "${column}" left out of the analysis`,
  unnamedColumnIgnored: (n: number) => `column ${n} has no header but holds values; it was ignored`,
  textColumnIgnored: (name: string) => `column "${name}" holds no numbers and was ignored (notes?)`,
  extraCells: (cells: number, headerCells: number, example: string) =>
    `the row has ${cells} cells but the header has ${headerCells}, and the extra cells hold numbers (${quote(example)}): its values would land in the wrong columns`,
  extraCellsCommaHint: () => 'an unquoted decimal comma splits a number in two in a comma-separated file: quote such numbers ("1,5") or save the table with ; as separator',
  extraCellsHint: () => 'give the extra column a header, or remove the extra cells',
  loadingTwice: (label: string, lane: string, membrane: string, a: { signal: number | null; at: { file: string; row?: number } }, b: { signal: number | null; at: { file: string; row?: number } }) =>
    `lane ${quote(lane)} of membrane ${quote(membrane)} has two ${label} values: ${a.signal} (${a.at.file}${a.at.row === undefined ? '' : ` row ${a.at.row}`}) and ${b.signal} (${b.at.file}${b.at.row === undefined ? '' : ` row ${b.at.row}`}); normalising to either would be a guess`,
  loadingTwiceHint: () => 'give the loading control of a lane once (in one of the files), or name the blots apart (blot column) if these are two membranes',
  loadingRepeated: (label: string, count: number, keptFile: string, droppedFile: string) =>
    `${label} of ${count} lane${count === 1 ? '' : 's'} is given in ${keptFile} and again, with the same value, in ${droppedFile}: used once, from ${keptFile}`,
  titleRows: (headerRow: number, rows: readonly string[]) =>
    `read row ${headerRow} as the header; the ${rows.length === 1 ? 'row' : `${rows.length} rows`} above it, kept as notes: ${rows.map(quote).join('; ')}`,
  repeatedHeader: () => 'this row repeats the header (two exports pasted together?) and was skipped',
  strayCell: (text: string) => `stray cell ${quote(text)} in an unnamed column was ignored`,
  mixedDecimals: (dot: string, comma: string) => `the file mixes decimal conventions: ${quote(dot)} uses a dot, ${quote(comma)} a comma`,
  mixedDecimalsHint: () => 'make every number use the same decimal mark, or say which with --decimal dot or --decimal comma',
  ambiguousThousands: (withSeparator: string, withoutSeparator: string) =>
    `cannot tell what the comma in ${quote(withSeparator)} is: a thousands separator (${withSeparator.replaceAll(',', '')}) or a decimal comma (${withSeparator.replace(',', '.')}), and ${quote(withoutSeparator)} shows values above 999 written without a separator`,
  ambiguousThousandsHint: () => 'say which: --thousands , (the comma separates thousands, e.g. Excel in English) or --decimal comma (the comma is the decimal mark)',
  nameSpellingMerged: (field: string, variant: string, first: string) =>
    `${field === 'line' ? 'model' : field} ${quote(variant)} is read as ${quote(first)} (names are compared without case and surrounding spaces; the first spelling is shown)`,
  similarNames: (field: string, a: string, rowA: number | null, b: string, rowB: number | null) =>
    `${field === 'line' ? 'model' : field} names ${quote(a)}${rowA === null ? '' : ` (row ${rowA})`} and ${quote(b)}${rowB === null ? '' : ` (row ${rowB})`} look alike but are analysed as two; if they are one, write them the same`,
  inCells: (message: string, count: number, rows: string) => `${message} in ${count} cells (${rows})`,
  moreErrors: (count: number) => `... and ${count} more problem${count === 1 ? '' : 's'} of other kinds not listed: fix the ones above and run again`,
  thousandsSeparator: (example: string) =>
    `numbers such as ${quote(example)} were read with the comma as a thousands separator (${example.replaceAll(',', '')}); if the comma is your decimal mark, run again with --decimal comma`,
  conflictingDesign: (membrane: string, lane: string, firstRow: number) =>
    `lane ${quote(lane)} of membrane ${quote(membrane)} has a different design (line, status, treatment, dose, time or replicate) than on row ${firstRow}`,
  conflictingDesignHint: () => 'one lane holds one sample: correct the design columns, or give the lanes distinct numbers',
  duplicateBand: (label: string, membrane: string, lane: string, firstRow: number) =>
    `${quote(label)} is given twice for lane ${quote(lane)} of membrane ${quote(membrane)} (first on row ${firstRow})`,
  duplicateLane: (membrane: string, lane: string, firstRow: number) => `lane ${quote(lane)} of membrane ${quote(membrane)} is given twice (first on row ${firstRow})`,
  duplicateBandHint: () => 'remove the repeated row, or give technical repeats their own lane or replicate',
  conflictingStatus: (line: string, first: string, second: string, firstRow: number) =>
    `model ${quote(line)} is ${second} here but ${first} on row ${firstRow}`,
  conflictingStatusHint: () => 'a model is either sensitive or resistant; give resistant derivatives their own name (e.g. KM12-LR)',
  unknownTarget: (label: string, suggestion: string | null) =>
    `target ${quote(label)} is not a known antibody; kept under its own name${suggestion === null ? '' : ` - did you mean ${suggestion}?`}`,
  misspelledLoadingControl: (label: string, control: string) =>
    `target ${quote(label)} is not a known antibody but is spelt almost like the loading control ${control}: it would be analysed as a target, and its lanes left without a loading control`,
  misspelledLoadingControlHint: (control: string) => `did you mean ${control}? write it ${control} in the file`,
  unknownLayout: () => 'cannot tell the layout of this file',
  unknownLayoutHint: () => 'give the long layout (line, status, treatment, target, signal), the wide layout (design columns then one column per target), or a supported instrument export (see blotbypass formats)',
  noFiles: () => 'no input files were given',
  cannotRead: (reason: string) => `cannot read the file: ${reason}`,
  cannotReadHint: () => 'check the path and that you may read it',
  noSuchFile: () => 'no such file',
  permissionDenied: () => 'permission denied',
  isAFolder: () => 'it is a folder',
  isAFolderHint: (path: string) => `give the CSV files inside it, e.g. ${path.replace(/[\\/]+$/, '')}/*.csv`,
} as const;
