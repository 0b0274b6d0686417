/**
 * Design cells: which model is sensitive, which lane is the vehicle, whether a band is saturated.
 */
import type { Status } from './types.js';

const SENSITIVE_WORDS: ReadonlySet<string> = new Set([
  'sensitive', 'sens', 's', 'parental', 'parent', 'parental_line', 'naive', 'wt', 'wild_type', 'wildtype', 'baseline', 'pre', 'pre_treatment', 'responder', 'sensitive_parental',
]);
const RESISTANT_WORDS: ReadonlySet<string> = new Set([
  'resistant', 'res', 'r', 'resistance', 'acquired', 'acquired_resistance', 'resistant_derivative', 'derived', 'post', 'post_treatment', 'progression', 'relapse', 'non_responder',
]);

/** The status words accepted, for help and error hints. */
export const STATUS_EXAMPLES = 'sensitive/parental or resistant';

export function parseStatus(cell: string): Status | null {
  const key = cell.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (SENSITIVE_WORDS.has(key)) return 'sensitive';
  if (RESISTANT_WORDS.has(key)) return 'resistant';
  return null;
}

const VEHICLE_WORDS: ReadonlySet<string> = new Set([
  'dmso', 'vehicle', 'veh', 'control', 'ctrl', 'ctl', 'untreated', 'mock', 'none', 'no_drug', 'no_treatment', 'solvent', 'carrier', 'vehicle_dmso', 'dmso_vehicle', 'dmso_control', '0', '-', 'basal', 'unstimulated', 'nt',
]);

/** A solvent concentration written with the vehicle: `0.1% DMSO`, `DMSO 0.1%`, `DMSO (0.1 %)`. */
const SOLVENT_PERCENT = /^(?:\d+(?:[.,]\d+)?\s*%\s*)?(dmso|ethanol|etoh|vehicle)(?:\s*\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?)?$/i;

/** Vehicle lanes: DMSO / vehicle / control / untreated (and close variants, `0.1% DMSO`), or a dose of 0. */
export function isVehicle(treatment: string, dose_nM: number | null): boolean {
  const key = treatment.trim().toLowerCase().replace(/[^a-z0-9-]+/g, '_').replace(/^_+|_+$/g, '');
  return VEHICLE_WORDS.has(key) || SOLVENT_PERCENT.test(treatment.trim()) || dose_nM === 0;
}

/**
 * A treatment with a second drug column (`drug 2`, `combination`...): `larotrectinib` and `trametinib`
 * read as `larotrectinib + trametinib`; an empty or vehicle second drug adds nothing, a vehicle first
 * one leaves the second alone.
 */
export function withSecondDrug(treatment: string, second: string | undefined): string {
  const partner = second?.trim() ?? '';
  if (partner === '' || isVehicle(partner, null)) return treatment;
  return treatment === '' || isVehicle(treatment, null) ? partner : `${treatment} + ${partner}`;
}

/**
 * Times as labs write them in a time column: `2h`, `2 h`, `2 hr`, `120 min`, `30'`, or as a clock
 * reading (a spreadsheet's time cell saved as CSV: `2:00`, `02:00:00`); hours, or null when it is
 * none of these.
 */
export function parseTimeWithUnit(cell: string): number | null {
  const clock = /^\s*(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?\s*$/.exec(cell);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(h|hr|hrs|hour|hours|min|mins|minute|minutes|'|m)\s*$/i.exec(cell);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  return unit.startsWith('h') ? value : value / 60;
}

const TRUE_WORDS: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1', 'x', 'saturated', 'sat', 't']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', 'no', 'n', '0', '', 'f', 'na', 'ok']);

/** A yes/no cell; null when it is neither. */
export function parseFlag(cell: string): boolean | null {
  const key = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return null;
}
