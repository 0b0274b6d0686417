/**
 * The key chart: fraction of vehicle per target, every model of each resistant/sensitive pair, one
 * panel per drug condition, on a log scale with the precomputed confidence intervals (never
 * bootstrapped in the browser) and the suppressed / sustained thresholds drawn as bands.
 */
import type { TopLevelSpec } from 'vega-lite';
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import type { RatioSummary } from '../../stats/comparisonTypes.js';
import { CHART_CONFIG, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, logDomain, rankSort, withRanks } from './chartCommon.js';
import { modelColourScale, modelShapeScale } from './modelColours.js';
import { firstItems } from './thinMarks.js';
import type { ReportChart } from './types.js';
import { zoneLayers } from './zoneLayers.js';

/** At most this many model x condition x target estimates (each an error bar and a point)... */
export const MAX_FRACTION_ESTIMATES = 200;
/** ...in at most this many panels (conditions). */
export const MAX_FRACTION_PANELS = 12;

interface EstimateRow {
  kind: 'estimate';
  condition: string;
  target: string;
  model: string;
  status: 'sensitive' | 'resistant';
  versus: string | null;
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
}

interface GuideRow {
  kind: 'suppressed' | 'sustained' | 'vehicle';
  condition: string;
  y: number;
  y2: number;
  /** Where the band's label sits: the geometric middle of the band. */
  labelY: number;
  label: string;
}

export function fractionOfVehicleChart(results: Results): ReportChart {
  const thresholds = results.rules.thresholds;
  const conditions = results.design.conditions.map((c) => m.conditionLabel(c.treatment, c.dose_nM, c.time_h));
  const estimates: EstimateRow[] = [];
  const seenSensitive = new Set<string>();
  for (const c of results.comparisons) {
    const condition = m.conditionLabel(c.treatment, c.dose_nM, c.time_h);
    estimates.push(estimateRow(condition, c.target, c.line, 'resistant', c.versus, c.fractionOfVehicle));
    const key = JSON.stringify([condition, c.target, c.versus]);
    if (!seenSensitive.has(key)) {
      seenSensitive.add(key);
      estimates.push(estimateRow(condition, c.target, c.versus, 'sensitive', null, c.sensitiveFractionOfVehicle));
    }
  }
  const perCondition = Math.max(1, estimates.length / Math.max(1, conditions.length));
  const shownConditions = firstItems(conditions, Math.max(1, Math.min(MAX_FRACTION_PANELS, Math.floor(MAX_FRACTION_ESTIMATES / perCondition))));
  const shown = new Set(shownConditions.rows);
  const rows = estimates.filter((r) => shown.has(r.condition));

  const [low, high] = logDomain(rows.flatMap((r) => [r.estimate, r.ciLow, r.ciHigh]), [thresholds.suppressed, thresholds.sustained, 1]);
  const guides: GuideRow[] = shownConditions.rows.flatMap((condition): GuideRow[] => [
    { kind: 'suppressed', condition, y: low, y2: thresholds.suppressed, labelY: geometricMiddle(low, thresholds.suppressed), label: m.bandSuppressed(thresholds.suppressed) },
    { kind: 'sustained', condition, y: thresholds.sustained, y2: high, labelY: geometricMiddle(thresholds.sustained, high), label: m.bandSustained(thresholds.sustained) },
    { kind: 'vehicle', condition, y: 1, y2: 1, labelY: 1, label: '' },
  ]);

  const colours = modelColourScale(results.design);
  const targets = results.design.targets.map((t) => t.protein);
  const columns = shownConditions.rows.length > 1 ? 2 : 1;
  const width = Math.floor((PAGE_WIDTH_PX - 200) / columns) - (columns > 1 ? 30 : 0);
  const y = { field: 'y', type: 'quantitative' as const, scale: { type: 'log' as const, domain: [low, high], nice: false }, title: m.axisFractionOfVehicle() };
  // Ticks read "pERK/ERK", the ratio plotted, not the protein alone.
  const ratioLabels = Object.fromEntries(results.design.targets.map((t) => [t.protein, m.axisRatioLabel(t.protein, t.ratioBasis)]));
  const x = { field: 'target', type: 'nominal' as const, sort: rankSort('target'), title: m.axisTarget(), axis: { labelAngle: 0, grid: false, labelExpr: `${JSON.stringify(ratioLabels)}[datum.label] || datum.label` } };
  const orders = { condition: shownConditions.rows, target: targets, model: colours.domain };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    description: m.chartKeyTitle(),
    data: { values: withRanks([...guides, ...rows.map((r) => ({ ...r, y: r.estimate }))], orders) },
    facet: { field: 'condition', type: 'nominal', sort: rankSort('condition'), title: null },
    columns,
    spec: {
      width,
      height: 220,
      layer: [
        ...zoneLayers(y, width),
        {
          transform: [{ filter: { field: 'kind', equal: 'estimate' } }],
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: {
            x,
            xOffset: { field: 'model', sort: rankSort('model') },
            y: { ...y, field: 'ciLow' },
            y2: { field: 'ciHigh' },
            color: { field: 'model', type: 'nominal', scale: colours, legend: { title: m.legendModel() } },
          },
        },
        {
          transform: [{ filter: { field: 'kind', equal: 'estimate' } }],
          mark: { type: 'point', filled: true, size: 55, opacity: 1 },
          encoding: {
            x,
            xOffset: { field: 'model', sort: rankSort('model') },
            y,
            color: { field: 'model', type: 'nominal', scale: colours, legend: { title: m.legendModel() } },
            shape: { field: 'model', type: 'nominal', scale: modelShapeScale(results.design), legend: { title: m.legendModel() } },
            tooltip: [
              { field: 'model', title: m.columnModel() },
              { field: 'target', title: m.columnTarget() },
              { field: 'condition', title: m.columnCondition() },
              { field: 'estimate', type: 'quantitative', format: '.3~g', title: m.tooltipFraction() },
              { field: 'ciLow', type: 'quantitative', format: '.3~g', title: m.columnCiLow() },
              { field: 'ciHigh', type: 'quantitative', format: '.3~g', title: m.columnCiHigh() },
              { field: 'n', type: 'quantitative', title: m.columnN() },
            ],
          },
        },
      ],
    },
    resolve: { scale: { y: 'shared' } },
    config: CHART_CONFIG,
  };
  return {
    name: 'fraction-of-vehicle',
    title: m.chartKeyTitle(),
    caption: m.chartKeyCaption(results.settings.confidenceLevel, thresholds.suppressed, thresholds.sustained, results.settings.test === 'linear-model'),
    notes: shownConditions.thinned ? [m.cappedGroups(shownConditions.rows.length, shownConditions.total, m.groupsConditions())] : [],
    spec,
  };
}

function estimateRow(condition: string, target: string, model: string, status: EstimateRow['status'], versus: string | null, s: RatioSummary): EstimateRow {
  return { kind: 'estimate', condition, target, model, status, versus, estimate: chartNumber(s.estimate), ciLow: chartNumber(s.ciLow), ciHigh: chartNumber(s.ciHigh), n: s.n };
}

function geometricMiddle(a: number, b: number): number {
  return chartNumber(Math.sqrt(a * b))!;
}
