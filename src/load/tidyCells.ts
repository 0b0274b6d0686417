/**
 * One row of a tidy layout read cell by cell (tidyLayouts.ts walks the rows): the lane's design
 * values, a dose or time with its unit, a signal, and the decimal mark the numeric columns use. Every
 * problem is an `InputError` located by file, row and column, added to the row's collector.
 */
import { InputError, type AnalysisWarning } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import type { DesignColumn, DesignField } from './designColumns.js';
import { parseStatus, parseFlag, parseTimeWithUnit, withSecondDrug } from './designValues.js';
import { parseStageCell } from './lineageStage.js';
import { decideDecimalMark } from './decimalMark.js';
import { parseNumberCell, type DecimalMark } from './numberCells.js';
import type { ErrorCollector } from './tidyChecks.js';
import type { BandStage, Status } from './types.js';

export interface LaneDesign {
  membrane: string;
  lane: string | null;
  line: string;
  status: Status;
  treatment: string;
  dose_nM: number | null;
  time_h: number | null;
  replicate: string | null;
  saturated: boolean;
  /** Absent without a stage column (docs/resistance-over-time.md). */
  stage?: BandStage | null;
}

/** The decimal mark of the numeric columns, detected from their cells (a note says how when it is not plain). */
export function decideDecimal(file: string, header: readonly string[], dataRows: readonly { row: number; cells: string[] }[], indexes: readonly number[], warnings: AnalysisWarning[]): DecimalMark {
  const cells = function* (): Generator<string> {
    for (const { cells: c } of dataRows) for (const i of indexes) yield c[i] ?? '';
  };
  const locate = (example: string) => {
    for (const { row, cells: c } of dataRows) for (const i of indexes) if ((c[i] ?? '').trim() === example) return { row, column: header[i] ?? String(i + 1) };
    return null;
  };
  const { mark, note } = decideDecimalMark(cells(), { file, locate });
  if (note) warnings.push(note);
  return mark;
}

export function readDesign(
  file: string, row: number, cells: readonly string[], columns: Map<DesignField, DesignColumn>,
  cell: (cells: readonly string[], field: DesignField) => string | undefined,
  decimal: DecimalMark, defaultMembrane: string, errors: ErrorCollector,
): LaneDesign | null {
  const before = errors.errors.length;
  const header = (f: DesignField) => columns.get(f)!.header;

  const line = cell(cells, 'line') ?? '';
  if (line === '') errors.add(new InputError('missing-value', m.emptyCell('line'), { file, row, column: header('line') }, m.emptyLineHint()));
  const statusText = cell(cells, 'status') ?? '';
  const status = parseStatus(statusText);
  if (status === null) errors.add(new InputError('unknown-status', m.unknownStatus(statusText), { file, row, column: header('status') }, m.unknownStatusHint()));

  const dose = readOptionalNumber(file, row, columns.get('dose'), cells, decimal, errors, 'dose');
  const time = readOptionalNumber(file, row, columns.get('time'), cells, decimal, errors, 'time');
  let treatment = withSecondDrug(cell(cells, 'treatment') ?? '', cell(cells, 'secondDrug'));
  if (treatment === '') {
    if (dose === 0) treatment = 'vehicle';
    else errors.add(new InputError('missing-value', m.emptyCell('treatment'), { file, row, column: header('treatment') }, m.emptyTreatmentHint()));
  }
  let saturated = false;
  const saturatedText = cell(cells, 'saturated');
  if (saturatedText !== undefined) {
    const flag = parseFlag(saturatedText);
    if (flag === null) errors.add(new InputError('bad-flag', m.badFlag(saturatedText), { file, row, column: header('saturated') }, m.badFlagHint()));
    else saturated = flag;
  }
  const stageColumn = columns.get('stage');
  const stage = stageColumn ? parseStageCell(cells[stageColumn.index] ?? '', stageColumn.unit?.unit === 'order' ? 'order' : 'weeks', stageColumn.unit?.toCanonical ?? 1, decimal) : undefined;
  if (stageColumn && stage === undefined) {
    errors.add(new InputError('bad-stage', m.badStage(cells[stageColumn.index] ?? ''), { file, row, column: stageColumn.header }, m.badStageHint(stageColumn.unit?.unit === 'order')));
  }
  if (errors.errors.length > before || status === null) return null;

  const blot = cell(cells, 'blot');
  const lane = cell(cells, 'lane');
  const replicate = cell(cells, 'replicate');
  return {
    membrane: blot !== undefined && blot !== '' ? blot : defaultMembrane,
    lane: lane !== undefined && lane !== '' ? lane : null,
    line, status, treatment, dose_nM: dose, time_h: time,
    replicate: replicate !== undefined && replicate !== '' ? replicate : null,
    saturated,
    ...(stageColumn ? { stage: stage ?? null } : {}),
  };
}

function readOptionalNumber(
  file: string, row: number, column: DesignColumn | undefined, cells: readonly string[],
  decimal: DecimalMark, errors: ErrorCollector, what: 'dose' | 'time',
): number | null {
  if (!column) return null;
  const text = cells[column.index] ?? '';
  const parsed = parseNumberCell(text, decimal);
  if (parsed.kind === 'missing') return null;
  // A time written with its unit ("2h", "120 min", "30'") is read in hours whatever the column's unit.
  const withUnit = what === 'time' && parsed.kind === 'invalid' ? parseTimeWithUnit(text) : null;
  if (withUnit !== null) return Number(withUnit.toPrecision(12));
  if (parsed.kind === 'invalid' || parsed.value < 0) {
    const negative = parsed.kind === 'number';
    errors.add(new InputError(
      negative ? 'negative-number' : 'not-a-number', negative ? m.negativeNumber(what, text) : m.notANumber(what, text),
      { file, row, column: column.header }, m.designNumberHint(what, column.unit?.unit ?? ''),
    ));
    return null;
  }
  // Round away binary noise from unit conversion (0.1 uM -> 100 nM, not 100.00000000000001).
  return Number((parsed.value * (column.unit?.toCanonical ?? 1)).toPrecision(12));
}

/** Reads a signal cell: a number, null (missing), or undefined after recording an error. */
export function readSignal(
  file: string, row: number, column: string, text: string, decimal: DecimalMark,
  errors: ErrorCollector, missingCounts: Map<string, number>,
): number | null | undefined {
  const parsed = parseNumberCell(text, decimal);
  if (parsed.kind === 'number') return parsed.value;
  if (parsed.kind === 'missing') {
    missingCounts.set(column, (missingCounts.get(column) ?? 0) + 1);
    return null;
  }
  const hint = decimal === 'dot' && /^\d+,\d+$/.test(text) ? m.decimalCommaHint() : m.signalHint();
  errors.add(new InputError('not-a-number', m.notANumber('signal', text), { file, row, column }, hint));
  return undefined;
}
