/**
 * Tidy CSV outputs. Text cells that came from the input and start with `=`, `+`, `-`, `@`, tab or
 * carriage return get a leading apostrophe so that a spreadsheet shows them as text instead of
 * running them as formulas (OWASP "CSV injection"); numbers are written as plain numbers.
 */
import type { Results } from '../results.js';
import type { GroupComparison, RatioSummary } from '../stats/comparisonTypes.js';
import { levelLookup } from './levelLookup.js';
import { roundedNumberText } from './jsonOutput.js';

type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? roundedNumberText(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = neutraliseText(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  return [...csvChunks(header, rows)].join('');
}

/**
 * A piece is handed out once it is this long. Small pieces are born and die in the young
 * generation (a string over 128 KB would go straight to the old one), which keeps a million-row
 * run's garbage collection cheap and its memory flat.
 */
const CHUNK_CHARS = 1 << 15;

/** The text of `toCsv` in pieces, so that a million-row table is streamed to disk rather than held whole. */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly Cell[]>): Generator<string> {
  let chunk = `${header.map(csvCell).join(',')}\n`;
  for (const row of rows) {
    chunk += `${row.map(csvCell).join(',')}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

const NORMALIZED_COLUMNS = [
  'line', 'status', 'treatment', 'vehicle', 'dose_nM', 'time_h', 'replicate', 'membrane', 'lane', 'target',
  'phosphoLabel', 'totalLabel', 'phospho', 'total', 'totalMembrane', 'totalLane', 'loadingControl',
  'phosphoLaneLoading', 'totalLaneLoading', 'phosphoOverLoading', 'totalOverLoading', 'ratioBasis',
  'phosphoTotalRatio', 'fractionOfVehicle', 'ratioVsReference', 'flags',
] as const;

/** normalized.csv: one row per lane (sample) and target, every normalised value. */
export function normalizedCsv(results: Results): string {
  return [...normalizedCsvChunks(results)].join('');
}

export function normalizedCsvChunks(results: Results): Generator<string> {
  return csvChunks(NORMALIZED_COLUMNS, mapLazily(results.lanes, (l) => NORMALIZED_COLUMNS.map((c) => (c === 'flags' ? l.flags.join(';') : l[c]))));
}

function* mapLazily<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

const summaryColumns = (prefix: string) => ['estimate', 'ciLow', 'ciHigh', 'n'].map((k) => `${prefix}_${k}`);
const testColumns = (prefix: string) => ['log2Ratio', 'ciLow', 'ciHigh', 'test', 'se', 't', 'df', 'p', 'pAdjusted', 'n'].map((k) => `${prefix}_${k}`);
const summaryCells = (s: RatioSummary): Cell[] => [s.estimate, s.ciLow, s.ciHigh, s.n];
const testCells = (g: GroupComparison | undefined): Cell[] => (g ? [g.log2Ratio, g.ciLow, g.ciHigh, g.test, g.se, g.t, g.df, g.p, g.pAdjusted, g.n] : Array<Cell>(10).fill(null));

/** comparisons.csv: one row per resistant model, condition and target, flattened. */
export function comparisonsCsv(results: Results): string {
  return [...comparisonsCsvChunks(results)].join('');
}

export function comparisonsCsvChunks(results: Results): Generator<string> {
  const header = [
    'line', 'versus', 'treatment', 'dose_nM', 'time_h', 'target', 'ratioBasis',
    ...summaryColumns('fractionOfVehicle'), ...summaryColumns('sensitiveFractionOfVehicle'), ...testColumns('resistantVsSensitive'),
    ...testColumns('basal'), ...testColumns('totalProtein'), 'flags',
  ];
  // The basal columns repeat the levels of the comparison's vehicle time: a flat table for spreadsheets.
  const levelOf = levelLookup(results.levels);
  const rows = mapLazily(results.comparisons, (c): Cell[] => [
    c.line, c.versus, c.treatment, c.dose_nM, c.time_h, c.target, c.ratioBasis,
    ...summaryCells(c.fractionOfVehicle), ...summaryCells(c.sensitiveFractionOfVehicle), ...testCells(c.resistantVsSensitive),
    ...testCells(levelOf(c)?.basal.resistantVsSensitive), ...testCells(levelOf(c)?.totalProtein.resistantVsSensitive), c.flags.join(';'),
  ]);
  return csvChunks(header, rows);
}

/** dose-responses.csv: one row per fitted curve (written when the design has a dose series), flattened for a spreadsheet or Prism. */
export function doseResponsesCsv(results: Results): string {
  const header = [
    'line', 'treatment', 'time_h', 'target', 'status', 'ic50_nM', 'ic50_ciLow', 'ic50_ciHigh', 'hill', 'bottom', 'top',
    'fractionAtTopDose', 'n', 'replicates', 'doses_nM', 'versus', 'ic50Fold', 'ic50Fold_ciLow', 'ic50Fold_ciHigh', 'ic50Fold_atLeast', 'reason',
  ];
  const rows = results.doseResponses.map((r): Cell[] => [
    r.line, r.treatment, r.time_h, r.target, r.status, r.ic50_nM.estimate, r.ic50_nM.ciLow, r.ic50_nM.ciHigh, r.hill, r.bottom, r.top,
    r.fractionAtTopDose, r.n, r.replicates, r.doses_nM.join(';'), r.versus ?? null,
    r.ic50Fold?.estimate ?? null, r.ic50Fold?.ciLow ?? null, r.ic50Fold?.ciHigh ?? null, r.ic50Fold?.atLeast ?? null, r.reason,
  ]);
  return toCsv(header, rows);
}
