/**
 * The two tidy layouts: **long** (one row per band: design columns, `target`, `signal`) and
 * **wide** (one row per lane: design columns, then one column per target).
 *
 * The layout is told from the header. Every cell that becomes a number goes through
 * `parseNumberCell`, so decimal commas, `NA` and `n.d.` are handled in one place; every problem
 * is an `InputError` located by file, row and column, collected so a user sees them all at once.
 */
import { InputError, type AnalysisWarning } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import { aliasesOf, type DesignField } from './designColumns.js';
import { isVehicle } from './designValues.js';
import type { DecimalMark } from './numberCells.js';
import { decideDecimal, readDesign, readSignal, type LaneDesign } from './tidyCells.js';
import { isBlankRow, type Table } from './readTable.js';
import { checkConsistency, checkRowWidths, ErrorCollector, slipsFirst, throwCollected, warnAboutStrayCells } from './tidyChecks.js';
import { likelyTidyHeader, mapDesignColumns, misspeltDesignColumns, REQUIRED_DESIGN, titleRows, wideTargetColumns } from './tidyColumns.js';
import { identifyTarget } from './targetNames.js';
import type { Band, TargetIdentity } from './types.js';

export { looksTidy, mapDesignColumns } from './tidyColumns.js';

export interface TidyReadOptions {
  /** Force the decimal mark instead of detecting it. */
  decimal?: DecimalMark;
  /** Membrane name to use when the file has no blot column (default: the file name). */
  defaultMembrane: string;
  /** The header's index in the table (default: the row most like a tidy header, `likelyTidyHeader`). */
  headerIndex?: number;
  /** The table is handed over: each data row is let go once read, so that a screen's table is not held beside its bands. */
  handOver?: boolean;
}

export interface TidyReadResult {
  layout: 'long' | 'wide';
  rows: number;
  decimal: DecimalMark;
  bands: Band[];
  warnings: AnalysisWarning[];
}

export function readTidyLayout(file: string, table: Table, options: TidyReadOptions): TidyReadResult {
  const headerIndex = options.headerIndex ?? likelyTidyHeader(table);
  if (headerIndex === -1) throw new InputError('empty-file', m.emptyFile(), { file }, m.emptyFileHint());
  const header = table.rows[headerIndex]!;
  const columns = mapDesignColumns(header);
  const headerRow = headerIndex + 1;

  const missing = REQUIRED_DESIGN.filter((f) => !columns.has(f));
  if (missing.length > 0) {
    throw new InputError('missing-columns', m.missingColumns(missing), { file, row: headerRow }, m.missingColumnsHint(missing.map((f) => [f, aliasesOf(f)])));
  }
  const isLong = columns.has('target') && columns.has('signal');
  if (columns.has('target') !== columns.has('signal')) {
    const absent: DesignField = columns.has('target') ? 'signal' : 'target';
    throw new InputError('missing-columns', m.missingColumns([absent]), { file, row: headerRow }, m.missingColumnsHint([[absent, aliasesOf(absent)]]));
  }

  const dataRows: { row: number; cells: string[] }[] = [];
  const repeatedHeaderRows: number[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (isBlankRow(cells)) continue;
    // Two exports pasted one below the other: the second header is not data.
    if (sameCells(cells, header)) repeatedHeaderRows.push(i + 1);
    else dataRows.push({ row: i + 1, cells });
  }
  if (dataRows.length === 0) throw new InputError('no-data-rows', m.headerOnly(), { file, row: headerRow }, m.headerOnlyHint());
  checkRowWidths(file, header, dataRows, table.delimiter);

  const designIndexes = new Set([...columns.values()].map((c) => c.index));
  const warnings: AnalysisWarning[] = repeatedHeaderRows.map((row) => ({ code: 'repeated-header', message: m.repeatedHeader(), at: { file, row } }));
  // A slip in an optional design column's name: said, and never read as an antibody.
  const slips: InputError[] = [];
  for (const slip of misspeltDesignColumns(header, columns)) {
    designIndexes.add(slip.index);
    const at = { file, row: headerRow, column: slip.header };
    warnings.push({ code: 'misspelt-column', message: m.misspeltColumn(slip.header, slip.meant), at });
    slips.push(new InputError('misspelt-column', m.misspeltColumn(slip.header, slip.meant), at));
  }
  const title = titleRows(table, headerIndex);
  if (title.length > 0) warnings.unshift({ code: 'title-rows', message: m.titleRows(headerRow, title), at: { file, row: headerRow } });
  const targetColumns = isLong ? [] : wideTargetColumns(file, header, designIndexes, dataRows, warnings);
  if (!isLong && targetColumns.length === 0) {
    throw new InputError('no-target-columns', m.noTargetColumns(), { file, row: headerRow }, m.noTargetColumnsHint());
  }
  if (isLong) warnAboutStrayCells(file, header, designIndexes, dataRows, warnings);

  // Decide the decimal mark from every numeric cell of the file, before parsing any of them.
  const numericIndexes = isLong
    ? [columns.get('signal')!.index, columns.get('dose')?.index, columns.get('time')?.index]
    : [...targetColumns.map((t) => t.index), columns.get('dose')?.index, columns.get('time')?.index];
  const decimal = options.decimal ?? decideDecimal(file, header, dataRows, numericIndexes.filter((i): i is number => i !== undefined), warnings);

  const errors = new ErrorCollector();
  const bands: Band[] = [];
  const missingCounts = new Map<string, number>();
  const cell = (cells: readonly string[], field: DesignField): string | undefined => {
    const col = columns.get(field);
    return col === undefined ? undefined : (cells[col.index] ?? '');
  };

  // A screen has a million rows but only thousands of lanes, and a lane's rows follow one another:
  // a row whose design cells equal those of the last good row reuses its reading (readDesign depends
  // on nothing else), and each target label is resolved once.
  const designCellIndexes = [...columns.values()].filter((c) => c.field !== 'target' && c.field !== 'signal').map((c) => c.index);
  let previous: { cells: readonly string[]; base: LaneBase } | null = null;
  const targetOf = new Map<string, TargetIdentity>();

  for (const data of dataRows) {
    const { row, cells } = data;
    if (options.handOver) table.rows[row - 1] = data.cells = [];
    if (errors.full) break;
    let base: LaneBase;
    if (previous !== null && sameCellsAt(previous.cells, cells, designCellIndexes)) base = previous.base;
    else {
      const design = readDesign(file, row, cells, columns, cell, decimal, options.defaultMembrane, errors);
      if (!design) continue;
      base = {
        membrane: design.membrane, lane: design.lane ?? defaultLaneId(design), line: design.line, status: design.status, treatment: design.treatment,
        vehicle: isVehicle(design.treatment, design.dose_nM), dose_nM: design.dose_nM, time_h: design.time_h,
        replicate: design.replicate ?? design.membrane, saturated: design.saturated,
        ...(design.stage !== undefined ? { stage: design.stage } : {}),
      };
      previous = { cells, base };
    }
    if (isLong) {
      const targetColumn = columns.get('target')!;
      const label = cells[targetColumn.index] ?? '';
      if (label === '') {
        errors.add(new InputError('missing-value', m.emptyCell('target'), { file, row, column: targetColumn.header }, m.emptyTargetHint()));
        continue;
      }
      const signalColumn = columns.get('signal')!;
      const signal = readSignal(file, row, signalColumn.header, cells[signalColumn.index] ?? '', decimal, errors, missingCounts);
      if (signal === undefined) continue;
      let target = targetOf.get(label);
      if (!target) targetOf.set(label, (target = identifyTarget(label)));
      bands.push(bandOf(base, { file, row, column: signalColumn.header }, target, signal));
    } else {
      for (const t of targetColumns) {
        // In the wide layout an empty cell means "not probed on this membrane": no band. NA / n.d. is a missing band.
        if ((cells[t.index] ?? '') === '') continue;
        const signal = readSignal(file, row, t.header, cells[t.index] ?? '', decimal, errors, missingCounts);
        if (signal === undefined) continue;
        bands.push(bandOf(base, { file, row, column: t.header }, t.target, signal));
      }
    }
  }
  // A refusal a left-out column may have caused (`replicte`: replicates read as repeats) names it first.
  const withSlips = (check: () => void) => slipsFirst(slips, check);
  withSlips(() => { if (errors.errors.length > 0) throwCollected(errors.errors); });

  for (const [column, count] of missingCounts) warnings.push({ code: 'missing-values', message: m.missingValues(count, column), at: { file, column } });
  withSlips(() => checkConsistency(file, bands, isLong, columns.get('status')!.header));
  return { layout: isLong ? 'long' : 'wide', rows: dataRows.length, decimal: decimal ?? 'dot', bands, warnings };
}

/** What every band of a lane shares. */
type LaneBase = Omit<Band, 'at' | 'target' | 'signal'>;

/** Every band built with its fields in one order, so that they all share one object shape. */
function bandOf(base: LaneBase, at: Band['at'], target: TargetIdentity, signal: number | null): Band {
  return {
    membrane: base.membrane, lane: base.lane, line: base.line, status: base.status, treatment: base.treatment, vehicle: base.vehicle,
    dose_nM: base.dose_nM, time_h: base.time_h, replicate: base.replicate, at, target, signal, saturated: base.saturated,
    ...(base.stage !== undefined ? { stage: base.stage } : {}),
  };
}

function sameCellsAt(a: readonly string[], b: readonly string[], indexes: readonly number[]): boolean {
  for (const i of indexes) if (a[i] !== b[i]) return false;
  return true;
}

/** Same cells, ignoring case and trailing empty cells. */
function sameCells(a: readonly string[], b: readonly string[]): boolean {
  // Cheap test first (this runs on every row): the keys below start with the first cell, lower-cased.
  if ((a[0] ?? '').toLowerCase() !== (b[0] ?? '').toLowerCase()) return false;
  const key = (cells: readonly string[]) => cells.join('\u0000').replace(/\u0000+$/, '').toLowerCase();
  return key(a) === key(b);
}

function defaultLaneId(d: LaneDesign): string {
  const parts = [d.line, d.treatment];
  if (d.dose_nM !== null) parts.push(`${d.dose_nM} nM`);
  if (d.time_h !== null) parts.push(`${d.time_h} h`);
  if (d.replicate !== null) parts.push(`rep ${d.replicate}`);
  return parts.join(' / ');
}

