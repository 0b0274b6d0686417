/**
 * The lane layout sheet: which sample sits in which lane. Instrument exports know lanes and signals
 * but not the experiment; this sheet supplies the design, and `joinLayout` (layoutJoin.ts) puts the
 * two together.
 *
 *   membrane,lane,line,status,treatment,dose_nM,time_h,replicate
 *   M1,1,KM12,sensitive,DMSO,0,2,1
 *
 * `membrane` is optional: without it the sheet describes every export given (each file is then its own
 * membrane, named after the file). With it, a membrane matches the exports whose file (or image) name
 * is the membrane name or starts with it followed by `-`, `_`, `.` or a space (M1 matches M1_pERK.csv).
 * `dose`, `time` and `replicate` are optional, as in the long layout, and take the same header names.
 * Lanes match when they are the same after dropping a `Lane` / `Cap` prefix and leading zeros.
 */
import { isZip, workbookTable } from './workbook.js';
import { InputError, InputErrors } from '../errors.js';
import { loadMessages as lm } from '../messages/load.js';
import { vendorMessages as m } from '../messages/vendors.js';
import { aliasesOf, type DesignColumn, type DesignField } from './designColumns.js';
import { isVehicle, parseStatus, parseTimeWithUnit, withSecondDrug } from './designValues.js';
import { decodeText } from './decodeText.js';
import { decideDecimalMark } from './decimalMark.js';
import { parseNumberCell, type DecimalMark } from './numberCells.js';
import { isBlankRow, readTable, type Delimiter } from './readTable.js';
import { firstNonBlankRow, headerRowBelowTitle, mapDesignColumns } from './tidyColumns.js';
import type { Band, InputBytes } from './types.js';

const MAX_ERRORS = 25;
const REQUIRED: readonly DesignField[] = ['lane', 'line', 'status', 'treatment'];

/**
 * The design of one lane of the layout sheet: a band's design fields (`lane` as written in the
 * sheet), with membrane and replicate still optional until the sheet is joined to an export.
 */
export type LaneDesign = Pick<Band, 'lane' | 'line' | 'status' | 'treatment' | 'vehicle' | 'dose_nM' | 'time_h'> & {
  membrane: string | null;
  replicate: string | null;
  /** Spreadsheet row of the lane in the sheet. */
  row: number;
};

export interface LayoutSheet {
  file: string;
  /** True when the sheet has a membrane column. */
  hasMembranes: boolean;
  /** Membrane names in sheet order (empty without a membrane column). */
  membranes: string[];
  lanes: LaneDesign[];
  /** Lane by `designKey(membrane, laneKey(lane))`. */
  byKey: ReadonlyMap<string, LaneDesign>;
}

/**
 * The comparable form of a lane name: trimmed, lower-case, without a `Lane` / `Ln` / `Cap` /
 * `Capillary` / `Well` prefix, and without leading zeros when it is a number ("Lane 03" -> "3").
 */
export function laneKey(lane: string): string {
  const key = lane.trim().toLowerCase().replace(/^(?:capillary|cap|lane|ln|well)[\s_.#:-]*(?=[a-z0-9])/, '');
  return /^\d+$/.test(key) ? String(Number(key)) : key;
}

/** The key of a lane of the sheet: its membrane (lower-cased, '' without a membrane column) and its `laneKey`. */
export const designKey = (membrane: string | null, lane: string): string => `${(membrane ?? '').toLowerCase()}\u0000${lane}`;

export interface LayoutReadOptions {
  decimal?: DecimalMark;
  delimiter?: Delimiter;
}

export function readLayoutSheet(input: InputBytes, options: LayoutReadOptions = {}): LayoutSheet {
  const file = input.name;
  const table = isZip(input.bytes) ? workbookTable(file, input.bytes) : readTable(file, decodeText(file, input.bytes).text, options.delimiter);
  // The first row that names the required columns, below any title rows; else the first non-blank row.
  const belowTitle = headerRowBelowTitle(table, (cells) => { const c = mapDesignColumns(cells); return REQUIRED.every((f) => c.has(f)); });
  const headerIndex = belowTitle !== -1 ? belowTitle : firstNonBlankRow(table);
  if (headerIndex === -1) throw new InputError('empty-file', lm.emptyFile(), { file }, m.layoutHasSignalsHint());
  const header = table.rows[headerIndex]!;
  const headerRow = headerIndex + 1;
  const columns = mapDesignColumns(header);
  if (columns.has('signal')) throw new InputError('layout-has-signals', m.layoutHasSignals(), { file, row: headerRow }, m.layoutHasSignalsHint());
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length > 0) {
    throw new InputError('missing-columns', lm.missingColumns(missing), { file, row: headerRow }, lm.missingColumnsHint(missing.map((f) => [f, aliasesOf(f)])));
  }
  const rows: { row: number; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    if (!isBlankRow(table.rows[i]!)) rows.push({ row: i + 1, cells: table.rows[i]! });
  }
  if (rows.length === 0) throw new InputError('no-data-rows', lm.headerOnly(), { file, row: headerRow }, m.layoutHasSignalsHint());

  const numeric = [columns.get('dose'), columns.get('time')].filter((c): c is DesignColumn => c !== undefined);
  const decimal = options.decimal ?? layoutDecimal(file, rows, numeric);
  const errors: InputError[] = [];
  const lanes: LaneDesign[] = [];
  for (const { row, cells } of rows) {
    if (errors.length >= MAX_ERRORS) break;
    const lane = readLaneRow(file, row, cells, columns, decimal, errors);
    if (lane) lanes.push(lane);
  }
  checkLanes(file, lanes, errors);
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrors(errors.slice(0, MAX_ERRORS));

  const byKey = new Map<string, LaneDesign>();
  for (const l of lanes) byKey.set(designKey(l.membrane, laneKey(l.lane)), l);
  const membranes = [...new Set(lanes.flatMap((l) => (l.membrane === null ? [] : [l.membrane])))];
  return { file, hasMembranes: columns.has('blot'), membranes, lanes, byKey };
}

function layoutDecimal(file: string, rows: readonly { cells: string[] }[], numeric: readonly DesignColumn[]): DecimalMark {
  return decideDecimalMark(rows.flatMap(({ cells }) => numeric.map((c) => cells[c.index] ?? '')), { file }).mark;
}

function readLaneRow(
  file: string, row: number, cells: readonly string[], columns: ReadonlyMap<DesignField, DesignColumn>, decimal: DecimalMark, errors: InputError[],
): LaneDesign | null {
  const before = errors.length;
  const text = (field: DesignField): string => {
    const c = columns.get(field);
    return c === undefined ? '' : (cells[c.index] ?? '');
  };
  const at = (field: DesignField) => ({ file, row, column: columns.get(field)!.header });
  const lane = text('lane');
  if (lane === '') errors.push(new InputError('missing-value', lm.emptyCell('lane'), at('lane'), m.emptyLaneHint()));
  const line = text('line');
  if (line === '') errors.push(new InputError('missing-value', lm.emptyCell('line'), at('line'), lm.emptyLineHint()));
  const status = parseStatus(text('status'));
  if (status === null) errors.push(new InputError('unknown-status', lm.unknownStatus(text('status')), at('status'), lm.unknownStatusHint()));
  const number = (field: 'dose' | 'time'): number | null => {
    const c = columns.get(field);
    if (!c) return null;
    const parsed = parseNumberCell(cells[c.index] ?? '', decimal);
    if (parsed.kind === 'missing') return null;
    // A time with its unit or as a clock reading (`2h`, `2:00`, a workbook's time cell) is in hours.
    const withUnit = field === 'time' && parsed.kind === 'invalid' ? parseTimeWithUnit(cells[c.index] ?? '') : null;
    if (withUnit !== null) return Number(withUnit.toPrecision(12));
    if (parsed.kind === 'invalid' || parsed.value < 0) {
      errors.push(new InputError('not-a-number', lm.notANumber(field, cells[c.index] ?? ''), at(field), lm.designNumberHint(field, c.unit?.unit ?? '')));
      return null;
    }
    return Number((parsed.value * (c.unit?.toCanonical ?? 1)).toPrecision(12));
  };
  const dose_nM = number('dose');
  const time_h = number('time');
  let treatment = withSecondDrug(text('treatment'), text('secondDrug'));
  if (treatment === '' && dose_nM === 0) treatment = 'vehicle';
  if (treatment === '') errors.push(new InputError('missing-value', lm.emptyCell('treatment'), at('treatment'), lm.emptyTreatmentHint()));
  if (errors.length > before || status === null) return null;
  const membrane = text('blot');
  const replicate = text('replicate');
  return {
    membrane: membrane === '' ? null : membrane, lane, line, status, treatment, vehicle: isVehicle(treatment, dose_nM),
    dose_nM, time_h, replicate: replicate === '' ? null : replicate, row,
  };
}

/** One row per lane; one status per model. */
function checkLanes(file: string, lanes: readonly LaneDesign[], errors: InputError[]): void {
  const seen = new Map<string, LaneDesign>();
  const statusOf = new Map<string, LaneDesign>();
  for (const l of lanes) {
    const key = designKey(l.membrane, laneKey(l.lane));
    const first = seen.get(key);
    if (first) errors.push(new InputError('duplicate-lane', m.layoutDuplicateLane(l.lane, l.membrane, first.row), { file, row: l.row }, m.layoutDuplicateLaneHint()));
    else seen.set(key, l);
    const owner = statusOf.get(l.line);
    if (!owner) statusOf.set(l.line, l);
    else if (owner.status !== l.status) {
      errors.push(new InputError('conflicting-status', lm.conflictingStatus(l.line, owner.status, l.status, owner.row), { file, row: l.row }, lm.conflictingStatusHint()));
    }
  }
}
