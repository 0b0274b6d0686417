/**
 * The formats blotbypass reads, and the choice of reader for one file:
 *
 *   header row -> 1. tidy long / wide (has line, status, treatment columns; the first of the first 20
 *                    rows that has them is the header, and title rows above it are kept as a note)
 *              -> 2. an instrument export (header signature in the first 20 rows, any delimiter)
 *              -> 3. a table we can explain (summary statistics, normalised ratios, other groups)
 *              -> 4. the tidy reader, whose errors name the missing columns
 *
 * `--format NAME` skips the detection and insists on one format.
 */
import { InputError, type AnalysisWarning } from '../errors.js';
import { FORMAT_TEXT, vendorMessages as m, type FormatText } from '../messages/vendors.js';
import { headerKey } from './designColumns.js';
import { joinLayout } from './layoutJoin.js';
import { readLayoutSheet } from './layoutSheet.js';
import { readTable, type Delimiter, type Table } from './readTable.js';
import { headerRowBelowTitle, looksTidy, mapDesignColumns } from './tidyColumns.js';
import { readTidyLayout } from './tidyLayouts.js';
import type { LayoutReadResult, LoadOptions } from './types.js';
import { compass } from './vendors/compass.js';
import { diagnoseTable } from './vendors/diagnose.js';
import { empiria } from './vendors/empiria.js';
import { iBright } from './vendors/iBright.js';
import { imageJGel, imageJMeasure } from './vendors/imageJ.js';
import { imageLabBands, imageLabLanes } from './vendors/imageLab.js';
import { imageStudio } from './vendors/imageStudio.js';
import { assignTargets } from './vendors/targetChoice.js';
import type { VendorFormat } from './vendors/types.js';

/** Instrument exports, most specific signature first. */
export const VENDOR_FORMATS: readonly VendorFormat[] = Object.freeze([
  compass, imageLabBands, imageLabLanes, empiria, imageStudio, iBright, imageJMeasure, imageJGel,
]);

const TIDY_FORMATS = ['long', 'wide'] as const;

/** Rows searched for an export's header: Image Lab writes preamble lines (blot name, date) above it. */
export const HEADER_SCAN_ROWS = 20;

export interface FormatInfo extends FormatText {
  name: string;
}

/** Every format, tidy layouts first, with what it is and how to export it (for `blotbypass formats` and the README). */
export function listFormats(): FormatInfo[] {
  return [...TIDY_FORMATS, ...VENDOR_FORMATS.map((f) => f.name)].map((name) => ({ name, ...FORMAT_TEXT[name]! }));
}

export function formatNames(): string[] {
  return listFormats().map((f) => f.name);
}

/** The first row within the scan window whose header an export format recognises. */
export function detectVendor(table: Table, only?: VendorFormat): { format: VendorFormat; headerIndex: number } | null {
  const formats = only ? [only] : VENDOR_FORMATS;
  const end = Math.min(table.rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < end; i++) {
    const keys = table.rows[i]!.map(headerKey);
    if (keys.length < 2) continue;
    const format = formats.find((f) => f.detect(keys));
    if (format) return { format, headerIndex: i };
  }
  return null;
}

const DELIMITERS: readonly Delimiter[] = ['\t', ';', ',', '|'];

/**
 * The delimiter is guessed from the first line, which for Image Lab is a preamble line: when no header
 * is found, the first rows are split again with the other delimiters.
 */
function detectWithOtherDelimiters(file: string, text: string, table: Table, only?: VendorFormat): { table: Table; format: VendorFormat; headerIndex: number } | null {
  const head = text.split('\n', HEADER_SCAN_ROWS).join('\n');
  for (const delimiter of DELIMITERS) {
    if (delimiter === table.delimiter) continue;
    let headTable: Table;
    try {
      headTable = readTable(file, head, delimiter);
    } catch {
      continue;
    }
    if (detectVendor(headTable, only)) {
      const full = readTable(file, text, delimiter);
      const found = detectVendor(full, only);
      if (found) return { table: full, ...found };
    }
  }
  return null;
}

export type { LayoutReadResult } from './types.js';

/**
 * Reads one file with the reader its header calls for (or the one `--format` names). `handOver`: the
 * caller keeps no use for `table`, whose data rows the tidy reader may let go as it reads them.
 */
export function readAnyLayout(file: string, text: string, table: Table, options: LoadOptions, defaultMembrane: string, handOver = false): LayoutReadResult {
  const forced = options.format;
  if (forced !== undefined && !formatNames().includes(forced)) {
    throw new InputError('bad-option', m.unknownFormat(forced), undefined, m.unknownFormatHint(formatNames()));
  }
  const decimal = options.decimal ? { decimal: options.decimal } : {};
  const readTidy = (headerIndex?: number): LayoutReadResult => {
    let result: ReturnType<typeof readTidyLayout>;
    try {
      result = readTidyLayout(file, table, { defaultMembrane, handOver, ...decimal, ...(headerIndex === undefined ? {} : { headerIndex }) });
    } catch (error) {
      // Lanes and their design but no measurement: the lane layout sheet of an instrument export.
      if (error instanceof InputError && error.code === 'no-target-columns' && headerIndex !== undefined && mapDesignColumns(table.rows[headerIndex]!).has('lane')) {
        throw new InputError('layout-as-data', m.layoutAsData(), error.at, m.layoutAsDataHint());
      }
      throw error;
    }
    if (forced !== undefined && forced !== result.layout) {
      throw new InputError('format-mismatch', m.forcedTidyMismatch(forced, result.layout), { file }, m.forcedTidyMismatchHint());
    }
    const ignored: string[] = [];
    if (options.layout) ignored.push('--layout');
    if (options.target?.length) ignored.push('--target');
    if (options.channel?.length) ignored.push('--channel');
    const warnings = [...result.warnings];
    if (ignored.length > 0) warnings.push({ code: 'options-ignored', message: m.optionsIgnored(ignored), at: { file } });
    return { ...result, delimiter: table.delimiter, warnings };
  };

  const forcedVendor = VENDOR_FORMATS.find((f) => f.name === forced);
  // The header of a tidy table is the first row that reads as one: title rows above it are notes.
  const tidyHeader = forcedVendor ? -1 : headerRowBelowTitle(table, looksTidy);
  if (forced !== undefined && !forcedVendor) return readTidy(tidyHeader === -1 ? undefined : tidyHeader);
  if (tidyHeader !== -1) return readTidy(tidyHeader);
  let found: { table: Table; format: VendorFormat; headerIndex: number } | null = null;
  const here = detectVendor(table, forcedVendor);
  if (here) found = { table, ...here };
  else if (!options.delimiter) found = detectWithOtherDelimiters(file, text, table, forcedVendor);
  if (!found) {
    if (forcedVendor) {
      const t = FORMAT_TEXT[forcedVendor.name]!;
      throw new InputError('format-mismatch', m.forcedFormatNotFound(t.software, t.exportName, t.signature), { file }, m.forcedFormatNotFoundHint());
    }
    const diagnosis = diagnoseTable(file, table);
    if (diagnosis) throw diagnosis;
    return readTidy();
  }
  return readVendorExport(file, found, options, defaultMembrane);
}

function readVendorExport(
  file: string, found: { table: Table; format: VendorFormat; headerIndex: number }, options: LoadOptions, defaultMembrane: string,
): LayoutReadResult {
  const text = FORMAT_TEXT[found.format.name]!;
  if (!options.layout) throw new InputError('layout-needed', m.layoutNeeded(text.software, text.exportName), { file }, m.layoutNeededHint());
  const sheet = readLayoutSheet(options.layout);
  const read = found.format.read(found.table, { file, headerIndex: found.headerIndex, ...(options.decimal ? { decimal: options.decimal } : {}) });
  const targets = assignTargets(file, read.rows, options);
  const joined = joinLayout(file, read.rows, targets, sheet, defaultMembrane);
  const warnings: AnalysisWarning[] = [
    { code: 'signal-column', message: m.signalColumnUsed(read.signalColumn, text.software, text.exportName), at: { file, column: read.signalColumn } },
    ...read.skipped.map((s) => ({ code: `${s.reason}-skipped`, message: m.skippedRows(s.count, s.reason), at: { file } })),
    ...read.warnings,
    ...joined.warnings,
  ];
  return { layout: found.format.name, rows: read.dataRows, decimal: read.decimal, delimiter: found.table.delimiter, bands: joined.bands, warnings };
}

/** The text of `blotbypass formats`: one block per format. */
export function describeFormats(): string {
  const formats = listFormats();
  const width = Math.max(...formats.map((f) => f.name.length)) + 2;
  const pad = ' '.repeat(width + 2);
  const blocks = formats.map((f) => [
    `  ${f.name.padEnd(width)}${f.software}: ${f.exportName}`,
    `${pad}columns: ${f.signature}`,
    `${pad}signal:  ${f.signal}`,
    `${pad}export:  ${f.howToExport}`,
  ].join('\n'));
  return `${m.formatsIntro()}\n${blocks.join('\n')}\n`;
}
