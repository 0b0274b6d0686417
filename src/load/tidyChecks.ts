/**
 * Checks of a tidy table that span rows: numbers beyond the header (shifted cells), stray cells,
 * and, once bands are read, one design per lane, one band per target per lane, one status per model.
 * Problems are collected so a user sees them all at once, identical ones grouped.
 */
import { InputError, InputErrors, type AnalysisWarning } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import { groupErrors } from './groupErrors.js';
import { parseNumberCell } from './numberCells.js';
import type { Band } from './types.js';

/** List at most this many distinct problems (identical ones are grouped): the first ones are what a user fixes first. */
export const MAX_ERRORS = 25;
/** Stop reading a file after this many bad cells: a wholly wrong column is found long before. */
const MAX_COLLECTED = 5_000;

export class ErrorCollector {
  readonly errors: InputError[] = [];
  add(error: InputError): void {
    if (this.errors.length < MAX_COLLECTED) this.errors.push(error);
  }
  get full(): boolean {
    return this.errors.length >= MAX_COLLECTED;
  }
}

/** Runs `check`; a refusal from it comes with `slips` (column names left out for a typing slip) first. */
export function slipsFirst(slips: readonly InputError[], check: () => void): void {
  try {
    check();
  } catch (error) {
    if (slips.length === 0 || !(error instanceof InputError)) throw error;
    throw new InputErrors([...slips, ...(error instanceof InputErrors ? error.errors : [error])]);
  }
}

export function throwCollected(errors: InputError[]): never {
  const grouped = groupErrors(errors, MAX_ERRORS);
  if (grouped.length === 1) throw grouped[0]!;
  throw new InputErrors(grouped);
}

/**
 * Numbers beyond the header's last column mean the cells of the row are shifted: in a comma-separated
 * file, most often an unquoted decimal comma ("1,5") split into two cells. Reading on would silently
 * take the wrong numbers, so this is an error (a text note there stays a warning).
 */
export function checkRowWidths(file: string, header: readonly string[], dataRows: readonly { row: number; cells: string[] }[], delimiter: string): void {
  const errors = new ErrorCollector();
  for (const { row, cells } of dataRows) {
    if (cells.length <= header.length) continue;
    const extra = cells.slice(header.length).find((c) => parseNumberCell(c, 'dot').kind === 'number' || parseNumberCell(c, 'comma').kind === 'number');
    if (extra === undefined) continue;
    errors.add(new InputError('extra-cells', m.extraCells(cells.length, header.length, extra), { file, row }, delimiter === ',' ? m.extraCellsCommaHint() : m.extraCellsHint()));
  }
  if (errors.errors.length > 0) throwCollected(errors.errors);
}

export function warnAboutStrayCells(
  file: string, header: readonly string[], designIndexes: ReadonlySet<number>,
  dataRows: readonly { row: number; cells: string[] }[], warnings: AnalysisWarning[],
): void {
  for (const { row, cells } of dataRows) {
    cells.forEach((c, index) => {
      if (c !== '' && !designIndexes.has(index) && (header[index] ?? '') === '') {
        warnings.push({ code: 'stray-cell', message: m.strayCell(c), at: { file, row } });
      }
    });
  }
}

/**
 * One lane, one design; one band per target per lane; one status per model.
 */
export function checkConsistency(file: string, bands: readonly Band[], isLong: boolean, statusColumn: string): void {
  const errors: InputError[] = [];
  // Per lane (membrane + lane): its first band, and its bands by lower-cased target label.
  type LaneEntry = { first: Band; byLabel: Map<string, Band> };
  const lanes = new Map<string, LaneEntry>();
  const lowerOf = new Map<string, string>();
  const lineStatus = new Map<string, Band>();
  let current: { membrane: string; lane: string; entry: LaneEntry } | null = null;
  for (const b of bands) {
    // A lane's bands usually follow one another: look the lane up only when it changes.
    let entry: LaneEntry | undefined = current !== null && current.membrane === b.membrane && current.lane === b.lane ? current.entry : undefined;
    if (!entry) {
      const laneKey = `${b.membrane}\u0000${b.lane}`;
      entry = lanes.get(laneKey);
      if (!entry) lanes.set(laneKey, (entry = { first: b, byLabel: new Map() }));
      current = { membrane: b.membrane, lane: b.lane, entry };
    }
    const first = entry.first;
    const conflict = !sameDesign(first, b);
    if (conflict) {
      errors.push(new InputError('conflicting-design', m.conflictingDesign(b.membrane, b.lane, first.at.row ?? 0), { file, row: b.at.row }, m.conflictingDesignHint()));
    }
    let label = lowerOf.get(b.target.label);
    if (label === undefined) lowerOf.set(b.target.label, (label = b.target.label.toLowerCase()));
    const dup = entry.byLabel.get(label);
    // A lane with a conflicting design is one problem: do not report it again as a repeated band.
    if (dup && !conflict) {
      errors.push(new InputError(
        'duplicate-band', isLong ? m.duplicateBand(b.target.label, b.membrane, b.lane, dup.at.row ?? 0) : m.duplicateLane(b.membrane, b.lane, dup.at.row ?? 0),
        { file, row: b.at.row }, m.duplicateBandHint(),
      ));
    } else entry.byLabel.set(label, b);
    const statusOwner = lineStatus.get(b.line);
    if (!statusOwner) lineStatus.set(b.line, b);
    else if (statusOwner.status !== b.status) {
      errors.push(new InputError('conflicting-status', m.conflictingStatus(b.line, statusOwner.status, b.status, statusOwner.at.row ?? 0), { file, row: b.at.row, column: statusColumn }, m.conflictingStatusHint()));
    }
    if (errors.length >= MAX_ERRORS) break;
  }
  // The wide layout repeats one duplicate lane per target column: report each row once.
  const unique = dedupeByRowAndCode(errors);
  if (unique.length > 0) throwCollected(unique);
}

function dedupeByRowAndCode(errors: InputError[]): InputError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.code}:${e.at?.row}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameDesign(a: Band, b: Band): boolean {
  return a.line === b.line && a.status === b.status && a.treatment === b.treatment && a.dose_nM === b.dose_nM && a.time_h === b.time_h && a.replicate === b.replicate;
}
