/**
 * One chart per follow-up question (resistant model, readout, time): the readout's fraction of
 * vehicle under every arm of the experiment at that time, both models side by side, with the
 * precomputed intervals and the suppressed / sustained zones; the caption tells the outcome.
 */
import type { TopLevelSpec } from 'vega-lite';
import { followUpMessages as fm } from '../../messages/followUp.js';
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import type { FollowUp } from '../../rules/followUpTypes.js';
import type { RatioSummary } from '../../stats/comparisonTypes.js';
import { CHART_CONFIG, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, logDomain, rankSort, withRanks } from './chartCommon.js';
import { STATUS_SHAPES, modelColourScale } from './modelColours.js';
import type { ReportChart } from './types.js';
import { zoneLayers } from './zoneLayers.js';

/** At most this many follow-up charts; the rest are in results.json. */
export const MAX_FOLLOW_UP_CHARTS = 8;

interface ArmRow {
  kind: 'estimate';
  arm: string;
  model: string;
  status: 'resistant' | 'sensitive';
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
}

/** The follow-ups that get a chart: primary readouts, one per model pair, readout and time; single agents last. */
export function chartedFollowUps(followUps: readonly FollowUp[]): FollowUp[] {
  const seen = new Set<string>();
  const ordered = [...followUps.filter((f) => f.kind !== 'single-agent'), ...followUps.filter((f) => f.kind === 'single-agent')];
  return ordered.filter((f) => {
    const key = JSON.stringify([f.line, f.versus, f.readout, f.time_h]);
    if (!f.primary || seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_FOLLOW_UP_CHARTS);
}

export function followUpCharts(results: Results): ReportChart[] {
  return chartedFollowUps(results.followUps ?? []).map((f, i) => followUpChart(results, f, i + 1));
}

function followUpChart(results: Results, f: FollowUp, index: number): ReportChart {
  const t = results.rules.thresholds;
  const comparisons = results.comparisons.filter((c) => c.line === f.line && c.versus === f.versus && c.target === f.readout && c.time_h === f.time_h);
  const arms = [...new Set(comparisons.map((c) => m.conditionLabel(c.treatment, c.dose_nM, null)))];
  const rows: ArmRow[] = comparisons.flatMap((c) => {
    const arm = m.conditionLabel(c.treatment, c.dose_nM, null);
    return [row(arm, c.line, 'resistant', c.fractionOfVehicle), row(arm, c.versus, 'sensitive', c.sensitiveFractionOfVehicle)];
  });
  const [low, high] = logDomain(rows.flatMap((r) => [r.estimate, r.ciLow, r.ciHigh]), [t.suppressed, t.sustained, 1]);
  const guides = [
    { kind: 'suppressed', y: low, y2: t.suppressed, labelY: middle(low, t.suppressed), label: m.bandSuppressed(t.suppressed) },
    { kind: 'sustained', y: t.sustained, y2: high, labelY: middle(t.sustained, high), label: m.bandSustained(t.sustained) },
    { kind: 'vehicle', y: 1, y2: 1, labelY: 1, label: '' },
  ];
  const colours = modelColourScale(results.design);
  const width = Math.min(PAGE_WIDTH_PX - 200, 90 * Math.max(2, arms.length));
  const y = { field: 'y', type: 'quantitative' as const, scale: { type: 'log' as const, domain: [low, high], nice: false }, title: fm.chart.axis(f.readout) };
  const x = { field: 'arm', type: 'nominal' as const, sort: rankSort('arm'), title: fm.chart.axisArm(), axis: { labelAngle: -20, labelLimit: 160, grid: false } };
  const colour = { field: 'model', type: 'nominal' as const, scale: colours, legend: { title: m.legendModel() } };
  const title = fm.chart.title(f.line, f.versus, f.readout, f.arm);
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    description: title,
    width,
    height: 220,
    data: { values: withRanks([...guides, ...rows.map((r) => ({ ...r, y: r.estimate }))], { arm: arms, model: colours.domain }) },
    layer: [
      ...zoneLayers(y, width),
      {
        transform: [{ filter: { field: 'kind', equal: 'estimate' } }],
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: { x, xOffset: { field: 'model', sort: rankSort('model') }, y: { ...y, field: 'ciLow' }, y2: { field: 'ciHigh' }, color: colour },
      },
      {
        transform: [{ filter: { field: 'kind', equal: 'estimate' } }],
        mark: { type: 'point', filled: true, size: 55, opacity: 1 },
        encoding: {
          x, xOffset: { field: 'model', sort: rankSort('model') }, y, color: colour,
          shape: { field: 'status', type: 'nominal', scale: { domain: [...STATUS_SHAPES.domain], range: [...STATUS_SHAPES.range] }, legend: { title: m.legendStatus() } },
          tooltip: [
            { field: 'model', title: m.columnModel() },
            { field: 'arm', title: fm.chart.axisArm() },
            { field: 'estimate', type: 'quantitative', format: '.3~g', title: m.columnFraction() },
            { field: 'ciLow', type: 'quantitative', format: '.3~g', title: m.columnCiLow() },
            { field: 'ciHigh', type: 'quantitative', format: '.3~g', title: m.columnCiHigh() },
            { field: 'n', type: 'quantitative', title: m.columnN() },
          ],
        },
      },
    ],
    config: CHART_CONFIG,
  };
  return { name: `follow-up-${index}`, title, caption: fm.chart.caption(results.settings.confidenceLevel, f.sentence), notes: [], spec };
}

function row(arm: string, model: string, status: ArmRow['status'], s: RatioSummary): ArmRow {
  return { kind: 'estimate', arm, model, status, estimate: chartNumber(s.estimate), ciLow: chartNumber(s.ciLow), ciHigh: chartNumber(s.ciHigh), n: s.n };
}

function middle(a: number, b: number): number {
  return chartNumber(Math.sqrt(a * b))!;
}
