/**
 * Heat map of mean log2(resistant / sensitive) per target: the drug effect (fraction of vehicle)
 * under each condition, then the basal phospho/total ratio and the total protein of the vehicle
 * lanes. One row of panels per resistant model; cells carry their CI, p values and n as tooltips.
 */
import { onDarkSide, signedScale, TEXT_ON_DARK, TEXT_ON_LIGHT } from './signedColours.js';
import type { TopLevelSpec } from 'vega-lite';
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import type { Comparison, GroupComparison } from '../../stats/comparisonTypes.js';
import { CHART_CONFIG, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, rankSort, withRanks } from './chartCommon.js';
import { firstItems } from './thinMarks.js';
import type { ReportChart } from './types.js';

/** At most this many cells (model x column x target). */
export const MAX_HEATMAP_CELLS = 400;
/** Colours saturate at this |log2 ratio| (16-fold). */
const COLOUR_LIMIT = 4;
/** Cell widths: room for a label such as "+3.1*" at 10 px. */
const MIN_CELL_PX = 34;
const MAX_CELL_PX = 64;

interface CellRow {
  model: string;
  versus: string;
  column: string;
  target: string;
  log2Ratio: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  p: number | null;
  pAdjusted: number | null;
  n: number;
  test: string;
  label: string;
}

export function resistantVsSensitiveHeatmap(results: Results): ReportChart {
  const { alpha, minLog2Ratio } = results.rules.thresholds;
  const counts = { alpha, minLog2Ratio };
  const times = new Set(results.design.conditions.map((c) => c.time_h));
  const severalTimes = times.size > 1;
  const columns: string[] = [];
  const addColumn = (label: string) => { if (!columns.includes(label)) columns.push(label); };
  const cells: CellRow[] = [];
  for (const c of results.comparisons) {
    const drug = m.heatmapDrug(m.conditionLabel(c.treatment, c.dose_nM, c.time_h));
    cells.push(cell(c, drug, c.resistantVsSensitive, counts));
  }
  for (const condition of results.design.conditions) addColumn(m.heatmapDrug(m.conditionLabel(condition.treatment, condition.dose_nM, condition.time_h)));
  const levelTimes = new Set(results.levels.map((l) => l.time_h));
  for (const level of ['basal', 'total'] as const) {
    for (const l of results.levels) {
      const column = level === 'basal' ? m.heatmapBasal(l.time_h, levelTimes.size > 1 || severalTimes) : m.heatmapTotal(l.time_h, levelTimes.size > 1 || severalTimes);
      addColumn(column);
      cells.push(cell(l, column, level === 'basal' ? l.basal.resistantVsSensitive : l.totalProtein.resistantVsSensitive, counts));
    }
  }
  const shown = firstItems(cells, MAX_HEATMAP_CELLS);
  const targets = results.design.targets.map((t) => t.protein);
  const models = results.design.pairs.map((p) => p.resistant);
  const shownColumns = columns.filter((c) => shown.rows.some((r) => r.column === c));
  const y = { field: 'target', type: 'nominal' as const, sort: rankSort('target'), title: m.axisTarget(), axis: { grid: false } };
  const x = { field: 'column', type: 'nominal' as const, sort: rankSort('column'), title: m.axisComparison(), axis: { labelAngle: -30, labelLimit: 200, orient: 'top' as const, grid: false } };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    description: m.chartHeatmapTitle(),
    data: { values: withRanks(shown.rows, { target: targets, column: shownColumns, model: models }) },
    facet: { row: { field: 'model', type: 'nominal', sort: rankSort('model'), title: null, header: { labelAngle: 0, labelAlign: 'left' } } },
    spec: {
      // Narrower cells for many columns, so the chart fits a 180 mm figure without shrinking its text.
      width: { step: Math.max(MIN_CELL_PX, Math.min(MAX_CELL_PX, Math.floor((PAGE_WIDTH_PX - 200) / Math.max(1, shownColumns.length)))) },
      height: { step: 24 },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
          encoding: {
            x, y,
            color: {
              field: 'log2Ratio', type: 'quantitative',
              // Lightness rises with the ratio (the sign survives grey print); the legend marks 0.
              scale: signedScale(COLOUR_LIMIT),
              legend: { title: m.axisLog2Ratio(), orient: 'bottom', direction: 'horizontal', gradientLength: 200, values: [-COLOUR_LIMIT, -COLOUR_LIMIT / 2, 0, COLOUR_LIMIT / 2, COLOUR_LIMIT] },
            },
            tooltip: [
              { field: 'model', title: m.columnModel() },
              { field: 'versus', title: m.columnVersus() },
              { field: 'column', title: m.axisComparison() },
              { field: 'target', title: m.columnTarget() },
              { field: 'log2Ratio', type: 'quantitative', format: '.3~g', title: m.axisLog2Ratio() },
              { field: 'ciLow', type: 'quantitative', format: '.3~g', title: m.columnCiLow() },
              { field: 'ciHigh', type: 'quantitative', format: '.3~g', title: m.columnCiHigh() },
              { field: 'test', title: m.columnTest() },
              { field: 'p', type: 'quantitative', format: '.2~g', title: m.columnP() },
              { field: 'pAdjusted', type: 'quantitative', format: '.2~g', title: m.columnPAdjusted() },
              { field: 'n', type: 'quantitative', title: m.columnN() },
            ],
          },
        },
        {
          mark: { type: 'text', fontSize: 10 },
          encoding: {
            x, y,
            text: { field: 'label' },
            color: { condition: { test: onDarkSide('log2Ratio'), value: TEXT_ON_DARK }, value: TEXT_ON_LIGHT },
          },
        },
      ],
    },
    config: CHART_CONFIG,
  };
  return {
    name: 'log2-heatmap',
    title: m.chartHeatmapTitle(),
    caption: m.chartHeatmapCaption(alpha, 2 ** minLog2Ratio),
    notes: shown.thinned ? [m.cappedGroups(shown.rows.length, shown.total, m.groupsCells())] : [],
    spec,
  };
}

/** A cell is starred when the difference counts as the rules count it: at least the rule's fold, and p < alpha. */
function cell(c: Pick<Comparison, 'line' | 'versus' | 'target'>, column: string, g: GroupComparison, counts: { alpha: number; minLog2Ratio: number }): CellRow {
  const log2Ratio = chartNumber(g.log2Ratio);
  const significant = log2Ratio !== null && Math.abs(log2Ratio) >= counts.minLog2Ratio && g.p !== null && g.p < counts.alpha;
  return {
    model: c.line, versus: c.versus, column, target: c.target, log2Ratio,
    ciLow: chartNumber(g.ciLow), ciHigh: chartNumber(g.ciHigh), p: chartNumber(g.p), pAdjusted: chartNumber(g.pAdjusted), n: g.n, test: g.test,
    label: log2Ratio === null ? m.notAvailable() : `${log2Ratio >= 0 ? '+' : ''}${log2Ratio.toFixed(1)}${significant ? '*' : ''}`,
  };
}
