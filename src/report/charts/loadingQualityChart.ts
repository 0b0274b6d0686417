/**
 * Quality panel chart: the loading control of every lane relative to its membrane's median, one
 * panel per membrane, with the drift limits as dashed lines; drifting and saturated lanes get their
 * own shape. Inputs with very many membranes show the first ones and say so.
 */
import type { TopLevelSpec } from 'vega-lite';
import { reportMessages as m } from '../../messages/report.js';
import type { LoadingLane } from '../../normalize/types.js';
import type { Results } from '../../results.js';
import { CHART_CONFIG, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, logDomain, rankSort, withRanks } from './chartCommon.js';
import { modelColourScale, modelShapeScale } from './modelColours.js';
import { firstItems } from './thinMarks.js';
import type { ReportChart } from './types.js';

/** At most this many lanes in the chart (whole membranes at a time, or the first lanes of a huge first membrane). */
export const MAX_LOADING_LANES = 300;

export function loadingQualityChart(results: Results): ReportChart {
  const fold = results.settings.loadingDriftFold;
  const byMembrane = new Map<string, LoadingLane[]>();
  for (const lane of results.loading) {
    if (lane.relativeToMembraneMedian === null) continue;
    byMembrane.set(lane.membrane, [...(byMembrane.get(lane.membrane) ?? []), lane]);
  }
  const membranes = [...results.design.membranes.filter((b) => byMembrane.has(b)), ...[...byMembrane.keys()].filter((b) => !results.design.membranes.includes(b))];
  const shownMembranes: string[] = [];
  let lanesShown = 0;
  for (const membrane of membranes) {
    const size = byMembrane.get(membrane)!.length;
    if (shownMembranes.length > 0 && lanesShown + size > MAX_LOADING_LANES) break;
    shownMembranes.push(membrane);
    lanesShown += size;
  }
  const firstMembrane = firstItems(byMembrane.get(shownMembranes[0] ?? '') ?? [], MAX_LOADING_LANES);
  const lanes = [...firstMembrane.rows, ...shownMembranes.slice(1).flatMap((b) => byMembrane.get(b)!)];
  const rows = [
    ...lanes.map((l) => ({
      kind: 'lane', membrane: l.membrane, lane: l.lane, model: l.line, treatment: l.treatment, replicate: l.replicate, control: l.control,
      signal: chartNumber(l.signal), relative: chartNumber(l.relativeToMembraneMedian),
      flag: l.saturated ? m.loadingFlagSaturated() : l.drift ? m.loadingFlagDrift() : m.loadingFlagOk(),
    })),
    ...shownMembranes.flatMap((membrane) => [1 / fold, fold].map((limit) => ({ kind: 'limit', membrane, relative: chartNumber(limit) }))),
  ];
  const [low, high] = logDomain(lanes.map((l) => l.relativeToMembraneMedian), [1 / fold, fold]);
  const colours = modelColourScale(results.design);
  const laneOrder = [...new Set(lanes.map((l) => l.lane))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0));
  const columns = shownMembranes.length > 1 ? 2 : 1;
  const y = { field: 'relative', type: 'quantitative' as const, scale: { type: 'log' as const, domain: [low, high], nice: false }, title: m.axisLoadingRelative() };
  const flagged = [m.loadingFlagDrift(), m.loadingFlagSaturated()];
  const laneX = { field: 'lane', type: 'ordinal' as const, sort: rankSort('lane'), title: m.axisLane(), axis: { labelAngle: 0, grid: false } };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    description: m.chartLoadingTitle(),
    data: { values: withRanks(rows, { membrane: shownMembranes, lane: laneOrder }) },
    facet: { field: 'membrane', type: 'nominal', sort: rankSort('membrane'), title: null },
    columns,
    spec: {
      width: Math.floor((PAGE_WIDTH_PX - 200) / columns) - (columns > 1 ? 30 : 0),
      height: 130,
      layer: [
        {
          transform: [{ filter: { field: 'kind', equal: 'limit' } }],
          mark: { type: 'rule', strokeDash: [4, 3], color: '#595959' },
          encoding: { y },
        },
        {
          transform: [{ filter: { field: 'kind', equal: 'lane' } }],
          // The model by colour and shape; a flag by a black ring (drift) or square (saturated) around the point.
          mark: { type: 'point', filled: true, size: 40 },
          encoding: {
            x: laneX,
            y,
            color: { field: 'model', type: 'nominal', scale: colours, legend: { title: m.legendModel() } },
            shape: { field: 'model', type: 'nominal', scale: modelShapeScale(results.design), legend: { title: m.legendModel() } },
            tooltip: [
              { field: 'membrane', title: m.columnMembrane() },
              { field: 'lane', title: m.columnLane() },
              { field: 'model', title: m.columnModel() },
              { field: 'treatment', title: m.columnCondition() },
              { field: 'replicate', title: m.columnReplicate() },
              { field: 'control', title: m.columnControl() },
              { field: 'signal', type: 'quantitative', format: '.4~g', title: m.columnSignal() },
              { field: 'relative', type: 'quantitative', format: '.3~g', title: m.columnRelative() },
              { field: 'flag', title: m.columnFlag() },
            ],
          },
        },
        // Fixed shapes, not a second shape scale: the model's shape scale keeps one legend with its colours.
        ...flagged.map((flag, i) => ({
          transform: [{ filter: { field: 'kind', equal: 'lane' } }, { filter: { field: 'flag', equal: flag } }],
          mark: { type: 'point' as const, filled: false, size: 190, strokeWidth: 1.5, color: '#1a1a1a', shape: i === 0 ? 'circle' : 'square' },
          encoding: { x: laneX, y },
        })),
      ],
    },
    resolve: { scale: { x: 'independent' } },
    config: CHART_CONFIG,
  };
  return {
    name: 'loading-control',
    title: m.chartLoadingTitle(),
    caption: m.chartLoadingCaption(fold),
    notes: [
      ...(shownMembranes.length < membranes.length ? [m.cappedGroups(shownMembranes.length, membranes.length, m.groupsMembranes())] : []),
      ...(firstMembrane.thinned ? [m.cappedGroups(firstMembrane.rows.length, firstMembrane.total, m.groupsLanes())] : []),
    ],
    spec,
  };
}
