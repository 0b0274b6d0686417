/**
 * One input file to typed band records: decode, split into a table, read the layout.
 */
import { sha256Hex } from '../platform/sha256.js';
import { InputError } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import { decodeText } from './decodeText.js';
import { readTable } from './readTable.js';
import { readAnyLayout } from './formats.js';
import { loadWorkbook } from './loadWorkbook.js';
import { compoundFileError, isCompoundFile, isZip } from './workbook.js';
import { suggestTarget } from './targetSpelling.js';
import type { Band, InputBytes, LayoutReadResult, LoadedFile, LoadOptions } from './types.js';

export type { InputBytes, LoadOptions } from './types.js';

export { sha256Hex };

/** The file's base name without extension: the default membrane name. */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? name;
  return last.replace(/\.[^.]+$/, '') || last;
}

export function loadFile(input: InputBytes, options: LoadOptions = {}): LoadedFile {
  const file = input.name;
  if (isCompoundFile(input.bytes)) throw compoundFileError(file, input.bytes);
  let result: LayoutReadResult & { sheet?: string; sheets?: string[] };
  let encoding: LoadedFile['encoding'] = 'utf-8';
  if (isZip(input.bytes)) result = loadWorkbook(input, options, baseName(file));
  else {
    const decoded = decodeText(file, input.bytes);
    encoding = decoded.encoding;
    const table = readTable(file, decoded.text, options.delimiter);
    // The table is this function's alone: its rows may go as they become bands.
    result = readAnyLayout(file, decoded.text, table, options, baseName(file), true);
  }
  const warnings = [...result.warnings];
  if (encoding === 'windows-1252') warnings.unshift({ code: 'windows-1252', message: m.windows1252(), at: { file } });
  const unknown = new Map<string, { row: number; target: Band['target'] }>();
  for (const b of result.bands) {
    if (!b.target.known && !unknown.has(b.target.label)) unknown.set(b.target.label, { row: b.at.row ?? 0, target: b.target });
  }
  for (const [label, { row, target }] of unknown) {
    const at = { file, row, ...(result.sheet ? { sheet: result.sheet } : {}) };
    const suggestion = suggestTarget(target);
    // A loading control analysed as a target would leave its lanes without one: refuse, with the name meant.
    if (suggestion?.loading) throw new InputError('misspelled-loading-control', m.misspelledLoadingControl(label, suggestion.protein), at, m.misspelledLoadingControlHint(suggestion.protein));
    warnings.push({ code: 'unknown-target', message: m.unknownTarget(label, suggestion?.protein ?? null), at });
  }
  if (result.bands.length === 0) throw new InputError('no-data-rows', m.headerOnly(), { file }, m.headerOnlyHint());
  return {
    file, sha256: sha256Hex(input.bytes), layout: result.layout, rows: result.rows, encoding,
    delimiter: result.delimiter, decimal: result.decimal, bands: result.bands, warnings,
    ...(result.sheet ? { sheet: result.sheet } : {}),
    ...(result.sheets ? { sheets: result.sheets } : {}),
  };
}
