/**
 * Tables of all the numbers: every comparison (resistant versus sensitive) and every normalised
 * lane value. Long tables stop at a fixed number of rows and point to the CSV that has them all, so
 * the report stays small at any input size.
 */
import { reportMessages as m } from '../../messages/report.js';
import { foldText, ic50Text, seriesMessages as sm } from '../../messages/series.js';
import type { Results } from '../../results.js';
import type { GroupComparison, RatioSummary } from '../../stats/comparisonTypes.js';
import { levelLookup } from '../levelLookup.js';
import { firstItems } from '../charts/thinMarks.js';
import { formatInterval, formatLog2, formatP, formatValue } from './formatNumbers.js';
import { htmlTable, noteParagraph } from './htmlTable.js';

export const MAX_COMPARISON_ROWS = 300;
export const MAX_LANE_ROWS = 300;

export function comparisonsTable(results: Pick<Results, 'comparisons' | 'levels'>): string {
  const shown = firstItems(results.comparisons, MAX_COMPARISON_ROWS);
  const levelOf = levelLookup(results.levels);
  const rows = shown.rows.map((c) => [
    `${c.line} / ${c.versus}`, m.conditionLabel(c.treatment, c.dose_nM, c.time_h), c.ratioBasis === 'phospho/total' ? c.target : `${c.target} (${c.ratioBasis})`,
    summaryCell(c.fractionOfVehicle), summaryCell(c.sensitiveFractionOfVehicle),
    log2Cell(c.resistantVsSensitive), c.resistantVsSensitive.test, String(c.resistantVsSensitive.n),
    formatP(c.resistantVsSensitive.p), formatP(c.resistantVsSensitive.pAdjusted),
    levelCell(levelOf(c)?.basal.resistantVsSensitive), levelCell(levelOf(c)?.totalProtein.resistantVsSensitive), c.flags.join(', '),
  ]);
  const table = htmlTable([
    { title: `${m.columnModel()} / ${m.columnVersus()}` }, { title: m.columnCondition() }, { title: m.columnTarget() },
    { title: m.columnFResistant(), numeric: true }, { title: m.columnFSensitive(), numeric: true }, { title: m.columnDrugLog2(), numeric: true },
    { title: m.columnTest(), nowrap: true }, { title: m.columnN(), numeric: true }, { title: m.columnP(), numeric: true }, { title: m.columnPAdjusted(), numeric: true },
    { title: m.columnBasalLog2(), numeric: true }, { title: m.columnTotalLog2(), numeric: true }, { title: m.columnFlags() },
  ], rows, 'numbers comparisons');
  return table + noteParagraph(shown.thinned ? m.cappedRows(shown.rows.length, shown.total, 'comparisons.csv') : null);
}

export function lanesTable(results: Pick<Results, 'lanes'>): string {
  const shown = firstItems(results.lanes, MAX_LANE_ROWS);
  const rows = shown.rows.map((l) => [
    l.line, l.vehicle ? m.vehicleLabel(l.treatment, l.time_h) : m.conditionLabel(l.treatment, l.dose_nM, l.time_h), l.replicate, l.target,
    `${l.membrane}:${l.lane}`, formatValue(l.phospho, 4), formatValue(l.total, 4), formatValue(l.phosphoLaneLoading, 4),
    formatValue(l.phosphoTotalRatio), formatValue(l.fractionOfVehicle), l.flags.join(', '),
  ]);
  const table = htmlTable([
    { title: m.columnModel() }, { title: m.columnCondition() }, { title: m.columnReplicate() }, { title: m.columnTarget() },
    { title: `${m.columnMembrane()}:${m.columnLane()}` }, { title: m.columnPhospho(), numeric: true }, { title: m.columnTotal(), numeric: true },
    { title: m.columnLoading(), numeric: true }, { title: m.columnRatio(), numeric: true }, { title: m.columnFraction(), numeric: true }, { title: m.columnFlags() },
  ], rows, 'numbers lanes');
  return table + noteParagraph(shown.thinned ? m.cappedRows(shown.rows.length, shown.total, 'normalized.csv') : null);
}

function summaryCell(s: RatioSummary): string {
  return formatInterval(formatValue(s.estimate), formatValue(s.ciLow), formatValue(s.ciHigh));
}

function log2Cell(g: GroupComparison): string {
  return formatInterval(formatLog2(g.log2Ratio), formatLog2(g.ciLow), formatLog2(g.ciHigh));
}

/** log2 ratio and its p: `+0.19 (p 0.61)`. */
function levelCell(g: GroupComparison | undefined): string {
  if (!g) return formatLog2(null);
  return g.p === null ? formatLog2(g.log2Ratio) : `${formatLog2(g.log2Ratio)} (p ${formatP(g.p)})`;
}

/** One row per fitted series: model, series, target, curve status, IC50 with interval, Hill, bottom, shift versus the partner. */
export function doseResponseTable(results: Pick<Results, 'doseResponses' | 'settings'>): string {
  const shown = firstItems(results.doseResponses, MAX_COMPARISON_ROWS);
  const level = results.settings.confidenceLevel;
  const rows = shown.rows.map((r) => [
    r.line, sm.seriesLabel(r.treatment, r.time_h), r.target, r.reason ? `${r.status}: ${r.reason}` : r.status,
    ic50Text(r, level), formatValue(r.hill), formatValue(r.bottom), r.versus ? `${foldText(r, level)} vs ${r.versus}` : '',
  ]);
  const table = htmlTable([
    { title: m.columnModel() }, { title: m.columnCondition() }, { title: m.columnTarget() }, { title: sm.columnStatus() },
    { title: sm.columnIc50(), numeric: true }, { title: sm.columnHill(), numeric: true }, { title: sm.columnBottom(), numeric: true }, { title: sm.columnFold() },
  ], rows, 'numbers dose-responses');
  return table + noteParagraph(shown.thinned ? m.cappedRows(shown.rows.length, shown.total, 'results.json') : null);
}
