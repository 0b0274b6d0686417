/**
 * Phospho/total ratio of every replicate per condition (vehicle lanes first, then the drug
 * conditions), one panel per target with its own log scale, coloured by model; a short bar marks
 * each model's geometric mean. Large inputs are thinned to a fixed number of points.
 */
import type { TopLevelSpec } from 'vega-lite';
import { reportMessages as m } from '../../messages/report.js';
import type { NormalizedLane } from '../../normalize/types.js';
import { compareNullableNumber, compareText } from '../../order.js';
import type { Results } from '../../results.js';
import { CHART_CONFIG, LOG_AXIS_LABELS, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, rankSort, withRanks } from './chartCommon.js';
import { modelColourScale, modelShapeScale } from './modelColours.js';
import { firstItems, thinByGroup } from './thinMarks.js';
import type { ReportChart } from './types.js';

/** At most this many replicate points... */
export const MAX_REPLICATE_POINTS = 400;
/** ...this many conditions on a panel's axis... */
export const MAX_CONDITIONS = 24;
/** ...and this many model x condition x target groups (each with a geometric-mean bar). */
export const MAX_GROUPS = 150;

/** A replicate point (with replicate, membrane and lane) or a geometric-mean bar (with n). */
interface PointRow {
  kind: 'replicate' | 'mean';
  target: string;
  condition: string;
  model: string;
  status: string;
  ratio: number;
  replicate?: string;
  membrane?: string;
  lane?: string;
  n?: number;
}

export function phosphoTotalChart(results: Results): ReportChart {
  const measured = results.lanes.filter((l): l is MeasuredLane =>
    l.phosphoTotalRatio !== null && Number.isFinite(l.phosphoTotalRatio) && l.phosphoTotalRatio > 0);
  const shownConditions = firstItems(conditionOrder(measured), MAX_CONDITIONS);
  const conditions = shownConditions.rows;
  const groupOf = (l: NormalizedLane) => JSON.stringify([l.target, conditionOf(l), l.line]);
  const panels = panelsWithin(measured.filter((l) => conditions.includes(conditionOf(l))), results.design.targets.map((t) => t.protein), groupOf, results.design.pairs);
  const means = geometricMeans(panels.lanes, groupOf);
  const thinned = thinByGroup(panels.lanes, groupOf, (l) => l.phosphoTotalRatio, MAX_REPLICATE_POINTS);
  const rows: PointRow[] = [
    ...thinned.rows.map((l): PointRow => ({
      kind: 'replicate', target: l.target, condition: conditionOf(l), model: l.line, status: l.status, ratio: chartNumber(l.phosphoTotalRatio)!,
      replicate: l.replicate, membrane: l.membrane, lane: l.lane,
    })),
    ...means,
  ];
  const colours = modelColourScale(results.design);
  const targets = panels.targets;
  const columns = Math.min(3, Math.max(1, targets.length));
  // Room at the right for the last panel's slanted condition labels: the chart stays within 180 mm.
  const width = Math.floor((PAGE_WIDTH_PX - 150) / columns) - 60;
  const x = { field: 'condition', type: 'nominal' as const, sort: rankSort('condition'), title: m.axisCondition(), axis: { labelAngle: -30, labelLimit: 120, grid: false } };
  const y = { field: 'ratio', type: 'quantitative' as const, scale: { type: 'log' as const }, title: m.axisPhosphoTotal(), axis: { labelExpr: LOG_AXIS_LABELS } };
  const color = { field: 'model', type: 'nominal' as const, scale: colours, legend: { title: m.legendModel() } };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    description: m.chartPhosphoTotalTitle(),
    data: { values: withRanks(rows, { condition: conditions, target: targets, model: colours.domain }) },
    facet: { field: 'target', type: 'nominal', sort: rankSort('target'), title: null },
    columns,
    spec: {
      width,
      height: 150,
      layer: [
        {
          transform: [{ filter: { field: 'kind', equal: 'replicate' } }],
          mark: { type: 'point', filled: true, size: 30 },
          encoding: {
            x, xOffset: { field: 'model', sort: rankSort('model') }, y, color,
            shape: { field: 'model', type: 'nominal', scale: modelShapeScale(results.design), legend: { title: m.legendModel() } },
            tooltip: [
              { field: 'model', title: m.columnModel() },
              { field: 'target', title: m.columnTarget() },
              { field: 'condition', title: m.columnCondition() },
              { field: 'replicate', title: m.columnReplicate() },
              { field: 'membrane', title: m.columnMembrane() },
              { field: 'lane', title: m.columnLane() },
              { field: 'ratio', type: 'quantitative', format: '.3~g', title: m.columnRatio() },
            ],
          },
        },
        {
          transform: [{ filter: { field: 'kind', equal: 'mean' } }],
          mark: { type: 'tick', thickness: 2, bandSize: 10 },
          encoding: {
            x, xOffset: { field: 'model', sort: rankSort('model') }, y, color,
            tooltip: [
              { field: 'model', title: m.columnModel() },
              { field: 'target', title: m.columnTarget() },
              { field: 'condition', title: m.columnCondition() },
              { field: 'ratio', type: 'quantitative', format: '.3~g', title: m.columnGeometricMean() },
              { field: 'n', type: 'quantitative', title: m.columnN() },
            ],
          },
        },
      ],
    },
    resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
    config: CHART_CONFIG,
  };
  return {
    name: 'phospho-total',
    title: m.chartPhosphoTotalTitle(),
    caption: m.chartPhosphoTotalCaption(),
    notes: [
      ...(shownConditions.thinned ? [m.cappedGroups(conditions.length, shownConditions.total, m.groupsConditions())] : []),
      ...(panels.total > targets.length ? [m.cappedGroups(targets.length, panels.total, m.groupsTargets())] : []),
      ...(panels.totalModels > panels.models ? [m.cappedGroups(panels.models, panels.totalModels, m.groupsModels())] : []),
      ...(thinned.thinned ? [m.thinnedPoints(thinned.rows.length, thinned.total)] : []),
    ],
    spec,
  };
}

type MeasuredLane = NormalizedLane & { phosphoTotalRatio: number };

/** Whole panels (targets) in panel order, as many as fit in MAX_GROUPS groups (at least one). */
function panelsWithin(
  lanes: readonly MeasuredLane[], panelOrder: readonly string[], groupOf: (l: NormalizedLane) => string, pairs: Results['design']['pairs'],
) {
  const groupsOf = new Map<string, Set<string>>();
  for (const lane of lanes) {
    const groups = groupsOf.get(lane.target) ?? new Set<string>();
    groups.add(groupOf(lane));
    groupsOf.set(lane.target, groups);
  }
  const order = [...panelOrder.filter((t) => groupsOf.has(t)), ...[...groupsOf.keys()].filter((t) => !panelOrder.includes(t))];
  const targets: string[] = [];
  let groups = 0;
  for (const target of order) {
    const size = groupsOf.get(target)!.size;
    if (targets.length > 0 && groups + size > MAX_GROUPS) break;
    targets.push(target);
    groups += size;
  }
  const shown = new Set(targets);
  const inPanels = lanes.filter((l) => shown.has(l.target));
  // One panel alone can exceed the cap on a screen (many models x conditions): keep the first model
  // pairs (each resistant model beside its sensitive partner), in design order.
  const present = new Set(inPanels.map((l) => l.line));
  const models = [...new Set([...pairs.flatMap((p) => [p.sensitive, p.resistant]), ...present])].filter((x) => present.has(x));
  if (groups <= MAX_GROUPS) return { targets, total: order.length, models: models.length, totalModels: models.length, lanes: inPanels };
  const groupsOfModel = new Map<string, Set<string>>();
  for (const lane of inPanels) {
    const set = groupsOfModel.get(lane.line) ?? new Set<string>();
    set.add(groupOf(lane));
    groupsOfModel.set(lane.line, set);
  }
  const keptModels = new Set<string>();
  let kept = 0;
  for (const model of models) {
    const size = groupsOfModel.get(model)!.size;
    if (keptModels.size > 0 && kept + size > MAX_GROUPS) break;
    keptModels.add(model);
    kept += size;
  }
  return { targets, total: order.length, models: keptModels.size, totalModels: models.length, lanes: inPanels.filter((l) => keptModels.has(l.line)) };
}

function conditionOf(l: NormalizedLane): string {
  return l.vehicle ? m.vehicleLabel(l.treatment, l.time_h) : m.conditionLabel(l.treatment, l.dose_nM, l.time_h);
}

/** Vehicle conditions first (by time), then drugs by treatment, dose and time. */
function conditionOrder(lanes: readonly NormalizedLane[]): string[] {
  const sorted = [...lanes].sort((a, b) =>
    Number(b.vehicle) - Number(a.vehicle) || compareText(a.treatment, b.treatment) ||
    compareNullableNumber(a.dose_nM, b.dose_nM) || compareNullableNumber(a.time_h, b.time_h));
  return [...new Set(sorted.map(conditionOf))];
}

function geometricMeans(lanes: readonly MeasuredLane[], groupOf: (l: NormalizedLane) => string): PointRow[] {
  const groups = new Map<string, { first: NormalizedLane; logs: number[] }>();
  for (const lane of lanes) {
    const key = groupOf(lane);
    const group = groups.get(key) ?? { first: lane, logs: [] };
    group.logs.push(Math.log2(lane.phosphoTotalRatio));
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, logs }): PointRow => ({
    kind: 'mean', target: first.target, condition: conditionOf(first), model: first.line, status: first.status,
    ratio: chartNumber(2 ** (logs.reduce((s, x) => s + x, 0) / logs.length))!, n: logs.length,
  }));
}
