/**
 * Resistance over time (docs/resistance-over-time.md): one chart per lineage trajectory. The fraction
 * of vehicle of pTRK, pERK and pAKT (and of the driver receptor of a receptor bypass) against weeks on
 * drug (or stage order), the parental at 0, each point with its interval (the lineage's joint model),
 * the suppressed and sustained bands shaded, and the stage where the mechanism emerged marked.
 */
import type { TopLevelSpec } from 'vega-lite';
import { groupKey } from '../../groupKey.js';
import { reportMessages as rm } from '../../messages/report.js';
import { trajectoryReportMessages as m } from '../../messages/lineage.js';
import type { Results } from '../../results.js';
import type { Trajectory } from '../../rules/trajectoryTypes.js';
import type { Comparison } from '../../stats/comparisonTypes.js';
import { CHART_CONFIG, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, logDomain, rankSort, withRanks } from './chartCommon.js';
import type { ReportChart } from './types.js';

const CORE_READOUTS = ['TRK', 'ERK', 'AKT'];

interface Point { kind: 'point'; target: string; readout: string; line: string; x: number; y: number | null; ciLow: number | null; ciHigh: number | null }

/** The comparisons of a trajectory's stages at its condition, by line and target. */
export function trajectoryComparisons(results: Pick<Results, 'comparisons'>, t: Trajectory): Map<string, Comparison> {
  const lines = new Set(t.stages.map((s) => s.line));
  const found = new Map<string, Comparison>();
  for (const c of results.comparisons) {
    if (!lines.has(c.line) || c.versus !== t.parental || c.treatment !== t.treatment) continue;
    if ((t.dose_nM !== null && c.dose_nM !== t.dose_nM) || (t.time_h !== null && c.time_h !== t.time_h)) continue;
    const key = groupKey(c.line, c.target);
    if (!found.has(key)) found.set(key, c);
  }
  return found;
}

/** A file-safe, unique chart name: trajectory-<lineage>[-<condition>]. */
export function trajectoryChartName(t: Trajectory, all: readonly Trajectory[]): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'lineage';
  const shared = all.filter((x) => x.lineage === t.lineage).length > 1;
  return `trajectory-${slug(t.lineage)}${shared ? `-${slug([t.treatment, t.dose_nM ?? '', t.time_h ?? ''].join(' '))}` : ''}`;
}

export function trajectoryCharts(results: Results): ReportChart[] {
  const all = results.trajectories ?? [];
  return all.map((t) => trajectoryChart(results, t, trajectoryChartName(t, all)));
}

export function trajectoryChart(results: Results, t: Trajectory, name: string): ReportChart {
  const comparisons = trajectoryComparisons(results, t);
  const receptors = t.mechanism === 'rtk-bypass' ? t.drivers : [];
  const targets = [...CORE_READOUTS, ...receptors].filter((target) => t.stages.some((s) => comparisons.has(groupKey(s.line, target))));
  const xOf = (s: { weeksOnDrug: number | null; stage: number }) => s.weeksOnDrug ?? s.stage;
  const points: Point[] = [];
  for (const target of targets) {
    const first = t.stages.map((s) => comparisons.get(groupKey(s.line, target))).find((c) => c !== undefined);
    if (first) points.push(point(target, t.parental, 0, first.sensitiveFractionOfVehicle));
    for (const s of t.stages) {
      const c = comparisons.get(groupKey(s.line, target));
      if (c) points.push(point(target, s.line, xOf(s), c.fractionOfVehicle));
    }
  }
  const th = results.rules.thresholds;
  const [low, high] = logDomain(points.flatMap((p) => [p.y, p.ciLow, p.ciHigh]), [th.suppressed, th.sustained, 1]);
  const bands = targets.flatMap((target) => [
    { kind: 'band', target, readout: m.readout(target), zone: m.zoneSuppressed(), y: low, y2: th.suppressed },
    { kind: 'band', target, readout: m.readout(target), zone: m.zoneSustained(), y: th.sustained, y2: high },
  ]);
  const marks = t.emerged ? targets.map((target) => ({ kind: 'emerged', target, readout: m.readout(target), x: xOf(t.emerged!), label: m.emergedMark(t.emerged!.mechanism, t.emerged!.drivers) })) : [];
  const columns = Math.max(1, Math.min(targets.length, 4));
  const width = Math.floor((PAGE_WIDTH_PX - 120) / columns) - 20;
  const xTitle = t.scale === 'weeks' ? m.axisWeeks() : m.axisStage();
  const x = { field: 'x', type: 'quantitative' as const, title: xTitle, scale: { zero: true } };
  const y = { field: 'y', type: 'quantitative' as const, scale: { type: 'log' as const, domain: [low, high], nice: false }, title: rm.axisFractionOfVehicle() };
  const onlyPoints = { filter: { field: 'kind', equal: 'point' } };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    description: m.chartTitle(t.lineage),
    data: { values: withRanks([...bands, ...marks, ...points], { target: targets }) },
    facet: { field: 'readout', type: 'nominal', sort: rankSort('target'), title: null },
    columns,
    spec: {
      width, height: 170,
      layer: [
        {
          transform: [{ filter: { field: 'kind', equal: 'band' } }], mark: { type: 'rect', opacity: 0.12 },
          encoding: {
            y: { ...y, field: 'y' }, y2: { field: 'y2' },
            color: { field: 'zone', type: 'nominal', scale: { domain: [m.zoneSuppressed(), m.zoneSustained()], range: ['#0072B2', '#D55E00'] }, legend: { title: m.legendZone() } },
          },
        },
        { transform: [{ filter: { field: 'kind', equal: 'emerged' } }], mark: { type: 'rule', strokeDash: [5, 3], color: '#333333', strokeWidth: 1.2 }, encoding: { x } },
        { transform: [{ filter: { field: 'kind', equal: 'emerged' } }], mark: { type: 'text', align: 'left', dx: 3, dy: 0, baseline: 'top', fontSize: 9, color: '#333333', y: 2 }, encoding: { x, text: { field: 'label' } } },
        { transform: [onlyPoints], mark: { type: 'line', strokeWidth: 1.5, color: '#555555' }, encoding: { x, y } },
        { transform: [onlyPoints], mark: { type: 'rule', strokeWidth: 1.2, color: '#555555' }, encoding: { x, y: { ...y, field: 'ciLow' }, y2: { field: 'ciHigh' } } },
        {
          transform: [onlyPoints], mark: { type: 'point', filled: true, size: 45, color: '#222222' },
          encoding: {
            x, y,
            tooltip: [{ field: 'line', title: rm.columnModel() }, { field: 'readout', title: rm.columnTarget() }, { field: 'x', title: xTitle }, { field: 'y', format: '.3~g', title: rm.columnFraction() }, { field: 'ciLow', format: '.3~g', title: rm.columnCiLow() }, { field: 'ciHigh', format: '.3~g', title: 'CI high' }],
          },
        },
      ],
    },
    resolve: { scale: { x: 'shared', y: 'shared' } },
    config: CHART_CONFIG,
  } as TopLevelSpec;
  return { name, title: m.chartTitle(t.lineage), caption: m.chartCaption(t.parental, results.settings.confidenceLevel, th.suppressed, th.sustained, t.scale), notes: [], spec };
}

function point(target: string, line: string, x: number, s: Comparison['fractionOfVehicle']): Point {
  return { kind: 'point', target, readout: m.readout(target), line, x, y: chartNumber(s.estimate), ciLow: chartNumber(s.ciLow), ciHigh: chartNumber(s.ciHigh) };
}
