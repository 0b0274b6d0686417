/**
 * The lane layout sheet: which sample sits in which lane. Instrument exports know lanes and signals
 * but not the experiment; this sheet supplies the design, and `joinLayout` puts the two together.
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
import { InputError, InputErrors, type AnalysisWarning } from '../errors.js';
import { loadMessages as lm } from '../messages/load.js';
import { vendorMessages as m } from '../messages/vendors.js';
import { aliasesOf, type DesignColumn, type DesignField } from './designColumns.js';
import { isVehicle, parseStatus, withSecondDrug } from './designValues.js';
import { decodeText } from './decodeText.js';
import type { InputBytes } from './loadFile.js';
import { decideDecimalMark } from './decimalMark.js';
import { parseNumberCell, type DecimalMark } from './numberCells.js';
import { isBlankRow, readTable, type Delimiter } from './readTable.js';
import { firstNonBlankRow, mapDesignColumns } from './tidyLayouts.js';
import type { Band, Status, TargetIdentity } from './types.js';
import type { VendorRow } from './vendors/types.js';

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

const designKey = (membrane: string | null, lane: string): string => `${(membrane ?? '').toLowerCase()}\u0000${lane}`;

export interface LayoutReadOptions {
  decimal?: DecimalMark;
  delimiter?: Delimiter;
}

export function readLayoutSheet(input: InputBytes, options: LayoutReadOptions = {}): LayoutSheet {
  const file = input.name;
  const table = isZip(input.bytes) ? workbookTable(file, input.bytes) : readTable(file, decodeText(file, input.bytes).text, options.delimiter);
  const headerIndex = firstNonBlankRow(table);
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

/**
 * The layout lane an unmatched export lane probably is: the lane of the sheet, not seen in the export,
 * with the same number (`3` for `3a`), or the only one left when this export lane is the only one left.
 */
function closestLane(lane: string, absent: readonly string[], onlyUnmatched: boolean): string | null {
  const digits = lane.replace(/\D+/g, '').replace(/^0+/, '');
  const same = digits === '' ? [] : absent.filter((l) => l.replace(/\D+/g, '').replace(/^0+/, '') === digits);
  if (same.length === 1) return same[0]!;
  return onlyUnmatched && absent.length === 1 ? absent[0]! : null;
}

/** The layout membrane an export file or image belongs to: an exact name, or the longest name it starts with before a separator. */
export function matchMembrane(candidate: string, membranes: readonly string[]): string | null {
  const c = candidate.toLowerCase();
  let best: string | null = null;
  for (const name of membranes) {
    const n = name.toLowerCase();
    const matches = c === n || (c.startsWith(n) && /[-_. ]/.test(c.charAt(n.length)));
    if (matches && (best === null || name.length > best.length)) best = name;
  }
  return best;
}

export interface JoinResult {
  bands: Band[];
  warnings: AnalysisWarning[];
}

/** A layout lane seen in the export: its design and the first row of each target in it. */
interface LaneSlot {
  design: LaneDesign;
  firstRowOf: Map<string, number>;
}

/**
 * Joins instrument rows to the layout sheet by membrane and lane; `targets[i]` is the target of
 * `rows[i]`. Rows of lanes the sheet does not name are left out with a warning (file:row of their
 * first band); lanes of the sheet that the export lacks are reported per membrane. `fileMembrane`
 * is the export's base name. Per row: two map look-ups (membrane, then lane as written) and no
 * string building, so a million-row export joins in linear time.
 */
export function joinLayout(
  file: string, rows: readonly VendorRow[], targets: readonly TargetIdentity[], sheet: LayoutSheet, fileMembrane: string,
): JoinResult {
  const membraneOf = new Map<string, string | null>();
  const resolveMembrane = (row: VendorRow): string | null => {
    if (!sheet.hasMembranes) return fileMembrane;
    const candidate = row.membrane ?? fileMembrane;
    let found = membraneOf.get(candidate);
    if (found === undefined) {
      found = matchMembrane(candidate, sheet.membranes) ?? (row.membrane === null ? null : matchMembrane(fileMembrane, sheet.membranes));
      membraneOf.set(candidate, found);
    }
    return found;
  };
  /** membrane -> lane as written in the export -> slot (null: not in the layout). */
  const slots = new Map<string, Map<string, LaneSlot | null>>();
  const slotOfDesign = new Map<LaneDesign, LaneSlot>();
  const slotOf = (membrane: string, lane: string): LaneSlot | null => {
    let lanes = slots.get(membrane);
    if (!lanes) {
      lanes = new Map();
      slots.set(membrane, lanes);
    }
    let slot = lanes.get(lane);
    if (slot === undefined) {
      const design = sheet.byKey.get(designKey(sheet.hasMembranes ? membrane : null, laneKey(lane)));
      slot = null;
      if (design) {
        // "1" and "Lane 01" are one lane: they share its slot.
        slot = slotOfDesign.get(design) ?? { design, firstRowOf: new Map() };
        slotOfDesign.set(design, slot);
      }
      lanes.set(lane, slot);
    }
    return slot;
  };
  const labelKey = new Map<TargetIdentity, string>();
  const bands: Band[] = [];
  const errors: InputError[] = [];
  const unmatched = new Map<string, { lane: string; membrane: string; row: number; count: number }>();
  const unplaced = new Map<string, { row: number; count: number }>();
  rows.forEach((r, i) => {
    const membrane = resolveMembrane(r);
    if (membrane === null) {
      const image = r.membrane ?? fileMembrane;
      const entry = unplaced.get(image);
      if (entry) entry.count++;
      else unplaced.set(image, { row: r.at.row ?? 0, count: 1 });
      return;
    }
    const slot = slotOf(membrane, r.lane);
    if (slot === null) {
      const key = `${membrane}\u0000${laneKey(r.lane)}`;
      const entry = unmatched.get(key);
      if (entry) entry.count++;
      else unmatched.set(key, { lane: r.lane, membrane, row: r.at.row ?? 0, count: 1 });
      return;
    }
    const target = targets[i]!;
    let label = labelKey.get(target);
    if (label === undefined) {
      label = target.label.toLowerCase();
      labelKey.set(target, label);
    }
    const first = slot.firstRowOf.get(label);
    if (first !== undefined) {
      if (errors.length < MAX_ERRORS) {
        errors.push(new InputError('duplicate-band', m.duplicateBand(target.label, membrane, slot.design.lane, first), { file, row: r.at.row }, m.duplicateBandHint()));
      }
      return;
    }
    slot.firstRowOf.set(label, r.at.row ?? 0);
    const d = slot.design;
    bands.push({
      at: r.at, membrane, lane: d.lane, line: d.line, status: d.status, treatment: d.treatment,
      vehicle: d.vehicle, dose_nM: d.dose_nM, time_h: d.time_h, replicate: d.replicate ?? membrane,
      target, signal: r.signal, saturated: r.saturated ?? false,
    });
  });
  if (sheet.hasMembranes && slots.size === 0 && rows.length > 0) {
    const names = [...new Set(rows.map((r) => r.membrane ?? fileMembrane))];
    throw new InputError('membrane-not-in-layout', m.membraneNotInLayout(names, sheet.membranes), { file }, m.membraneNotInLayoutHint());
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrors(errors);
  const onMembrane = (l: LaneDesign, membrane: string) => !sheet.hasMembranes || l.membrane === membrane;
  if (bands.length === 0 && rows.length > 0) {
    const exportLanes = [...new Set(rows.map((r) => r.lane))];
    const layoutLanes = sheet.lanes.filter((l) => [...slots.keys()].some((mb) => onMembrane(l, mb))).map((l) => l.lane);
    throw new InputError('no-lane-in-layout', m.noLaneMatched(exportLanes, layoutLanes), { file }, m.noLaneMatchedHint());
  }

  const warnings: AnalysisWarning[] = [];
  for (const [image, u] of unplaced) {
    warnings.push({ code: 'image-not-in-layout', message: m.imageNotInLayout(image, u.count), at: { file, row: u.row } });
  }
  const absentOn = new Map<string, string[]>();
  for (const [membrane, lanes] of slots) {
    const seen = new Set<LaneDesign>();
    for (const slot of lanes.values()) if (slot) seen.add(slot.design);
    absentOn.set(membrane, sheet.lanes.filter((l) => onMembrane(l, membrane) && !seen.has(l)).map((l) => l.lane));
  }
  const unmatchedOn = new Map<string, number>();
  for (const u of unmatched.values()) unmatchedOn.set(u.membrane, (unmatchedOn.get(u.membrane) ?? 0) + 1);
  for (const u of unmatched.values()) {
    const suggestion = closestLane(u.lane, absentOn.get(u.membrane) ?? [], unmatchedOn.get(u.membrane) === 1);
    warnings.push({ code: 'lane-not-in-layout', message: m.laneNotInLayout(u.lane, u.membrane, u.count) + (suggestion === null ? '' : m.didYouMeanLane(suggestion)), at: { file, row: u.row } });
  }
  for (const [membrane, absent] of absentOn) {
    if (absent.length > 0) warnings.push({ code: 'layout-lane-missing', message: m.layoutLanesMissing(absent, membrane, sheet.file), at: { file } });
  }
  return { bands, warnings };
}
