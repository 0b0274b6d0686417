/**
 * Dose-response curves: each drug lane's fraction of vehicle (points), the fitted log-logistic curve
 * (line) and the relative IC50 with its interval (a bar at the curve's half-way height), one panel
 * per target and dose series, models coloured as in every other chart. Null when the data have no
 * dose series.
 */
import type { TopLevelSpec } from 'vega-lite';
import { reportMessages as rm } from '../../messages/report.js';
import { seriesMessages as m } from '../../messages/series.js';
import type { Results } from '../../results.js';
import type { DoseResponse } from '../../stats/doseResponseTypes.js';
import { logLogistic } from '../../stats/logLogisticFit.js';
import { groupKey } from '../../groupKey.js';
import { CHART_CONFIG, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, rankSort, withRanks } from './chartCommon.js';
import { modelColourScale, modelDashScale, modelShapeScale } from './modelColours.js';
import { firstItems, thinByGroup } from './thinMarks.js';
import type { ReportChart } from './types.js';
import { maxOf, minOf } from '../../arrays.js';

/** At most this many curves are drawn (a screen's others are in results.json)... */
export const MAX_CURVES = 48;
/** ...with at most this many lane points in all (spread over every curve and dose). */
export const MAX_DOSE_POINTS = 1500;
/** ...sampled at this many doses each. */
const CURVE_SAMPLES = 40;

export function doseResponseChart(results: Results): ReportChart | null {
  if (results.doseResponses.length === 0) return null;
  const models = [...new Set(results.doseResponses.map((r) => r.line))];
  const targets = results.design.targets.map((t) => t.protein).filter((t) => results.doseResponses.some((r) => r.target === t));
  const perModel = Math.max(1, results.doseResponses.length / models.length);
  const shownModels = firstItems(models, Math.max(1, Math.floor(MAX_CURVES / perModel)));
  const shown = new Set(shownModels.rows);
  const curves = results.doseResponses.filter((r) => shown.has(r.line));
  const series = [...new Set(curves.map((r) => m.seriesLabel(r.treatment, r.time_h)))];
  const inSeries = new Set(curves.map((r) => groupKey(r.line, r.treatment, r.time_h, r.target)));

  const allPoints = results.lanes
    .filter((l) => !l.vehicle && l.dose_nM !== null && l.dose_nM > 0 && l.fractionOfVehicle !== null && l.fractionOfVehicle > 0
      && inSeries.has(groupKey(l.line, l.treatment, l.time_h, l.target)))
    .map((l) => ({ kind: 'point', model: l.line, target: l.target, series: m.seriesLabel(l.treatment, l.time_h), dose: l.dose_nM, y: chartNumber(l.fractionOfVehicle), replicate: l.replicate }));
  const thinned = thinByGroup(allPoints, (p) => `${p.model}|${p.target}|${p.series}`, (p) => p.dose ?? 0, MAX_DOSE_POINTS);
  const points = thinned.rows;
  const lines = curves.flatMap((r) => curveRows(r));
  const ic50s = curves.filter((r) => r.status === 'fitted' && r.ic50_nM.estimate !== null && r.bottom !== null).map((r) => ({
    kind: 'ic50', model: r.line, target: r.target, series: m.seriesLabel(r.treatment, r.time_h),
    dose: chartNumber(r.ic50_nM.estimate), doseLow: chartNumber(r.ic50_nM.ciLow ?? r.ic50_nM.estimate), doseHigh: chartNumber(r.ic50_nM.ciHigh ?? r.ic50_nM.estimate),
    y: chartNumber((1 + r.bottom!) / 2),
  }));
  const allDoses = curves.flatMap((r) => r.doses_nM);
  const domain = [chartNumber(minOf(allDoses) / 2)!, chartNumber(maxOf(allDoses) * 2)!];
  const yMax = Math.max(1.25, maxOf(points.map((p) => p.y ?? 0)));

  const colours = modelColourScale(results.design);
  const columns = Math.min(3, targets.length);
  const width = Math.floor((PAGE_WIDTH_PX - 160) / columns) - 20;
  const x = { field: 'dose', type: 'quantitative' as const, scale: { type: 'log' as const, domain, nice: false }, title: m.axisDose() };
  const y = { field: 'y', type: 'quantitative' as const, scale: { domain: [0, chartNumber(yMax)!], nice: false }, title: m.axisFraction() };
  const color = { field: 'model', type: 'nominal' as const, scale: colours, legend: { title: rm.legendModel() } };
  // Models apart by more than colour: each point has the model's shape, each line its dash.
  const shape = { field: 'model', type: 'nominal' as const, scale: modelShapeScale(results.design), legend: { title: rm.legendModel() } };
  const strokeDash = { field: 'model', type: 'nominal' as const, scale: modelDashScale(results.design), legend: { title: rm.legendModel() } };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    description: m.doseChartTitle(),
    data: { values: withRanks([...lines, ...points, ...ic50s], { target: targets, series, model: colours.domain }) },
    // One series: a wrapped facet by target; several: targets across, series down.
    facet: series.length > 1
      ? { column: { field: 'target', type: 'nominal', sort: rankSort('target'), title: null }, row: { field: 'series', type: 'nominal', sort: rankSort('series'), title: null } }
      : { field: 'target', type: 'nominal', sort: rankSort('target'), title: null },
    spec: {
      width, height: 170,
      layer: [
        { transform: [{ filter: { field: 'kind', equal: 'curve' } }], mark: { type: 'line', strokeWidth: 1.5, clip: true }, encoding: { x, y, color, strokeDash, detail: { field: 'model' } } },
        {
          transform: [{ filter: { field: 'kind', equal: 'point' } }], mark: { type: 'point', filled: true, size: 26, clip: true },
          encoding: {
            x, y, color, shape,
            tooltip: [{ field: 'model', title: rm.columnModel() }, { field: 'target', title: rm.columnTarget() }, { field: 'dose', title: 'dose (nM)' }, { field: 'replicate', title: 'replicate' }, { field: 'y', format: '.3~g', title: rm.columnFraction() }],
          },
        },
        { transform: [{ filter: { field: 'kind', equal: 'ic50' } }], mark: { type: 'rule', strokeWidth: 2.5, clip: true }, encoding: { x: { ...x, field: 'doseLow' }, x2: { field: 'doseHigh' }, y, color, strokeDash } },
        {
          transform: [{ filter: { field: 'kind', equal: 'ic50' } }], mark: { type: 'point', filled: false, strokeWidth: 2, size: 110, clip: true },
          encoding: { x, y, color, shape, tooltip: [{ field: 'model', title: rm.columnModel() }, { field: 'target', title: rm.columnTarget() }, { field: 'dose', format: '.3~g', title: m.columnIc50() }, { field: 'doseLow', format: '.3~g', title: rm.columnCiLow() }, { field: 'doseHigh', format: '.3~g', title: 'CI high' }] },
        },
      ],
    },
    ...(series.length > 1 ? {} : { columns }),
    resolve: { scale: { x: 'shared', y: 'shared' } },
    config: CHART_CONFIG,
  } as TopLevelSpec;
  return {
    name: 'dose-response',
    title: m.doseChartTitle(),
    caption: m.doseChartCaption(results.settings.confidenceLevel),
    notes: [
      ...(shownModels.thinned ? [rm.cappedGroups(shownModels.rows.length, shownModels.total, m.groupsModels())] : []),
      ...(thinned.thinned ? [m.thinnedPoints(thinned.rows.length, thinned.total)] : []),
    ],
    spec,
  };
}

/** The fitted curve (not-reached ones too) sampled on log-spaced doses across the series; none without a fit. */
function curveRows(r: DoseResponse): object[] {
  if (r.status === 'no-fit' || r.bottom === null || r.hill === null) return [];
  const low = Math.log10(r.doses_nM[0]! / 2);
  const high = Math.log10(r.doses_nM[r.doses_nM.length - 1]! * 2);
  if (r.fittedIc50_nM === null) return [];
  const log10Ic50 = Math.log10(r.fittedIc50_nM);
  return Array.from({ length: CURVE_SAMPLES }, (_, i) => {
    const dose = 10 ** (low + ((high - low) * i) / (CURVE_SAMPLES - 1));
    return { kind: 'curve', model: r.line, target: r.target, series: m.seriesLabel(r.treatment, r.time_h), dose: chartNumber(dose), y: chartNumber(logLogistic(dose, r.bottom!, log10Ic50, r.hill!)) };
  });
}
