/**
 * The reading every importer shares: find the lane, signal, target, channel and image columns by their
 * header keys, parse the signal cells with the project's number rules, and return located rows.
 * Importers differ only in an `ExportColumns` description (and a few hooks for their quirks).
 */
import { InputError, InputErrors, type AnalysisWarning } from '../../errors.js';
import { loadMessages as lm } from '../../messages/load.js';
import { vendorMessages as m } from '../../messages/vendors.js';
import { headerKey } from '../designColumns.js';
import { decideDecimalMark } from '../decimalMark.js';
import { parseNumberCell, type DecimalMark } from '../numberCells.js';
import { isBlankRow, type Table } from '../readTable.js';
import type { SkippedRows, VendorContext, VendorReadResult, VendorRow } from './types.js';

/** Stop collecting after this many errors: the first ones are what a user fixes first. */
const MAX_ERRORS = 25;

export interface ExportColumns {
  /** Lane column keys in preference order; `row-number` takes ImageJ's leading unnamed column, else counts data rows. */
  lane: readonly string[] | 'row-number';
  /** Signal column keys in preference order: background-corrected columns first. */
  signal: readonly string[];
  /** Signal keys that are not background-corrected; using one of them is warned about. */
  uncorrected?: readonly string[];
  /** Columns that may name the target of a row, in preference order (first non-empty cell wins). */
  target?: readonly string[];
  channel?: readonly string[];
  /** Column naming the image (membrane) a row was measured on. */
  image?: readonly string[];
  /** Cleans an image cell into a membrane name (ImageJ `blot.tif:0001-0123` -> `blot`). */
  imageName?: (cell: string) => string;
  /** The columns repeat side by side in blocks, each starting at the lane column (Image Lab workbooks saved as CSV). */
  repeatingBlocks?: boolean;
  /** Rows left out on purpose (ladder, standards); `cell` reads this row by header key. */
  skip?: (cell: (key: string) => string) => SkippedRows['reason'] | null;
}

interface Block {
  lane: number | null;
  signal: number;
  signalHeader: string;
  targets: readonly number[];
  channel: number | null;
  image: number | null;
  byKey: ReadonlyMap<string, number>;
}

/** Index of the first key of `wanted` (in its order) that the header has within [start, end). */
function findColumn(keys: readonly string[], wanted: readonly string[] | undefined, start: number, end: number): number | null {
  for (const key of wanted ?? []) {
    const index = keys.indexOf(key, start);
    if (index !== -1 && index < end) return index;
  }
  return null;
}

function blockStarts(keys: readonly string[], columns: ExportColumns): number[] {
  if (!columns.repeatingBlocks || columns.lane === 'row-number') return [0];
  const laneKey = columns.lane.find((k) => keys.includes(k));
  const first = laneKey === undefined ? -1 : keys.indexOf(laneKey);
  if (first === -1) return [0];
  // A block starts where the lane column and the column after it repeat (`Lane %` alone is not a new block).
  const next = keys[first + 1];
  return keys.flatMap((k, i) => (k === laneKey && keys[i + 1] === next ? [i] : []));
}

function resolveBlocks(file: string, header: readonly string[], keys: readonly string[], columns: ExportColumns, headerRow: number): Block[] {
  const starts = blockStarts(keys, columns);
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? keys.length;
    const signal = findColumn(keys, columns.signal, start, end);
    if (signal === null) {
      throw new InputError('missing-columns', m.noSignalColumn(), { file, row: headerRow }, m.noSignalColumnHint(columns.signal));
    }
    let lane: number | null = null;
    if (columns.lane !== 'row-number') {
      lane = findColumn(keys, columns.lane, start, end);
      if (lane === null) throw new InputError('missing-columns', m.noLaneColumn(), { file, row: headerRow }, m.noLaneColumnHint(columns.lane));
    } else if (keys[0] === '') lane = 0;
    const byKey = new Map<string, number>();
    for (let i = end - 1; i >= start; i--) byKey.set(keys[i]!, i);
    const targets = (columns.target ?? []).map((k) => findColumn(keys, [k], start, end)).filter((i): i is number => i !== null);
    return {
      lane, signal, signalHeader: header[signal] ?? '', targets, byKey,
      channel: findColumn(keys, columns.channel, start, end), image: findColumn(keys, columns.image, start, end),
    };
  });
}

/** Reads an export described by `columns`. */
export function readExportColumns(table: Table, context: VendorContext, columns: ExportColumns): VendorReadResult {
  const { file, headerIndex } = context;
  const header = table.rows[headerIndex] ?? [];
  const keys = header.map(headerKey);
  const headerRow = headerIndex + 1;
  const blocks = resolveBlocks(file, header, keys, columns, headerRow);

  const dataRows: { row: number; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (!isBlankRow(cells)) dataRows.push({ row: i + 1, cells });
  }
  if (dataRows.length === 0) throw new InputError('no-data-rows', lm.headerOnly(), { file, row: headerRow }, m.exportHeaderOnlyHint());

  const warnings: AnalysisWarning[] = [];
  const decimal = context.decimal ?? decideDecimal(file, dataRows, blocks.map((b) => b.signal), warnings);
  const errors: InputError[] = [];
  const rows: VendorRow[] = [];
  const skipped = new Map<SkippedRows['reason'], number>();
  const missing = new Map<string, number>();
  let ordinal = 0;
  for (const { row, cells } of dataRows) {
    if (errors.length >= MAX_ERRORS) break;
    ordinal++;
    for (const block of blocks) {
      const lane = block.lane === null ? String(ordinal) : (cells[block.lane] ?? '');
      const signalText = cells[block.signal] ?? '';
      // Side-by-side blocks end at different rows: a block with neither lane nor signal holds no band here.
      if (lane === '' && signalText === '') continue;
      const reason = columns.skip ? columns.skip((key) => cells[block.byKey.get(key) ?? -1] ?? '') : null;
      if (reason !== null) {
        skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
        continue;
      }
      if (lane === '') {
        errors.push(new InputError('missing-value', lm.emptyCell('lane'), { file, row, column: header[block.lane ?? 0] ?? '' }, m.emptyLaneHint()));
        continue;
      }
      const parsed = parseNumberCell(signalText, decimal);
      let signal: number | null;
      if (parsed.kind === 'number') signal = parsed.value;
      else if (parsed.kind === 'missing') {
        missing.set(block.signalHeader, (missing.get(block.signalHeader) ?? 0) + 1);
        signal = null;
      } else {
        const hint = decimal === 'dot' && /^\d+,\d+$/.test(signalText) ? lm.decimalCommaHint() : lm.signalHint();
        errors.push(new InputError('not-a-number', lm.notANumber('signal', signalText), { file, row, column: block.signalHeader }, hint));
        continue;
      }
      const out: VendorRow = { at: { file, row, column: block.signalHeader }, membrane: null, lane, signal };
      for (const t of block.targets) {
        const label = cells[t] ?? '';
        // A cell that repeats its own header ("Primary" under `Primary`) is a placeholder, not a name.
        if (label !== '' && headerKey(label) !== keys[t]) {
          out.targetLabel = label;
          break;
        }
      }
      if (block.channel !== null && (cells[block.channel] ?? '') !== '') out.channel = cells[block.channel]!;
      if (block.image !== null && (cells[block.image] ?? '') !== '') {
        const image = cells[block.image]!;
        out.membrane = columns.imageName ? columns.imageName(image) : image;
      }
      rows.push(out);
    }
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrors(errors);

  const signalHeader = blocks[0]!.signalHeader;
  const signalKey = keys[blocks[0]!.signal]!;
  if (columns.uncorrected?.includes(signalKey)) warnings.push({ code: 'signal-not-corrected', message: m.uncorrectedSignal(signalHeader), at: { file, column: signalHeader } });
  for (const [column, count] of missing) warnings.push({ code: 'missing-values', message: lm.missingValues(count, column), at: { file, column } });
  return {
    rows, dataRows: dataRows.length, decimal, signalColumn: signalHeader, warnings,
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
  };
}

function decideDecimal(file: string, dataRows: readonly { cells: string[] }[], indexes: readonly number[], warnings: AnalysisWarning[]): DecimalMark {
  const cells = function* (): Generator<string> {
    for (const { cells: c } of dataRows) for (const i of indexes) yield c[i] ?? '';
  };
  const { mark, note } = decideDecimalMark(cells(), { file });
  if (note) warnings.push(note);
  return mark;
}

/** True when the header has every key of `all` and at least one key of each group in `anyOf`. */
export function hasKeys(keys: readonly string[], all: readonly string[], ...anyOf: readonly (readonly string[])[]): boolean {
  return all.every((k) => keys.includes(k)) && anyOf.every((group) => group.some((k) => keys.includes(k)));
}
