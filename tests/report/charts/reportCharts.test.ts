/**
 * Every chart spec the tool can produce, for the example and for edge designs (several resistant
 * models, time course, missing values, a single replicate, hostile names, a large input), is
 * validated against vega-lite's own JSON schema and rendered to SVG with vega in Node, with no
 * vega-lite or vega warning.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartList, reportCharts } from '../../../src/report/charts/reportCharts.js';
import { MAX_FRACTION_ESTIMATES } from '../../../src/report/charts/fractionOfVehicleChart.js';
import { MAX_HEATMAP_CELLS } from '../../../src/report/charts/resistantVsSensitiveHeatmap.js';
import { MAX_LOADING_LANES } from '../../../src/report/charts/loadingQualityChart.js';
import { MAX_GROUPS, MAX_REPLICATE_POINTS } from '../../../src/report/charts/phosphoTotalChart.js';
import { renderSvg } from '../../../src/report/renderSvg.js';
import type { Results } from '../../../src/results.js';
import { edgeDatasets, exampleResults, largeResults } from '../reportDatasets.js';

const require = createRequire(import.meta.url);
const schemaPath = join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json');

let validate: ValidateFunction;
const datasets: { name: string; results: Results }[] = [];

beforeAll(() => {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  datasets.push(...edgeDatasets(), { name: 'large input', results: largeResults() });
});

interface SpecNode { [key: string]: unknown }

/** Every object in a spec (depth first). */
function objects(value: unknown): SpecNode[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value !== null && typeof value === 'object') return [value as SpecNode, ...Object.values(value).flatMap(objects)];
  return [];
}

function dataValues(spec: unknown): Record<string, unknown>[] {
  return ((spec as { data: { values: Record<string, unknown>[] } }).data.values);
}

describe('reportCharts(results): vega-lite schema and rendering', () => {
  it('every chart of every edge design is valid against vega-lite-schema.json and renders to SVG without warnings', async () => {
    expect(datasets.map((d) => d.name)).toEqual(['example', 'several resistant models', 'time course', 'missing values', 'single replicate', 'dose series', 'hostile names', 'large input']);
    for (const { name, results } of datasets) {
      for (const chart of chartList(reportCharts(results))) {
        const valid = validate(chart.spec);
        expect(valid ? [] : validate.errors!.slice(0, 3), `${name}: ${chart.name}`).toEqual([]);
        const { svg, warnings } = await renderSvg(chart.spec, `${chart.name}-`);
        expect(warnings, `${name}: ${chart.name}`).toEqual([]);
        expect(svg.startsWith('<svg'), `${name}: ${chart.name}`).toBe(true);
        expect(svg).toMatch(/<path|<line|<text/);
      }
    }
  });

  it('produces the four charts with fixed, file-safe names, and the dose-response and time-course charts where the design has them', () => {
    expect(chartList(reportCharts(exampleResults())).map((c) => c.name)).toEqual(['fraction-of-vehicle', 'phospho-total', 'log2-heatmap', 'loading-control']);
    const named = (name: string) => chartList(reportCharts(datasets.find((d) => d.name === name)!.results)).map((c) => c.name);
    expect(named('dose series')).toEqual(['fraction-of-vehicle', 'dose-response', 'phospho-total', 'log2-heatmap', 'loading-control']);
    expect(named('time course')).toEqual(['fraction-of-vehicle', 'time-course', 'phospho-total', 'log2-heatmap', 'loading-control']);
  });

  it('draws each dose series\' points, fitted curves (not-reached ones too) and the IC50 bars of fitted curves', () => {
    const chart = reportCharts(datasets.find((d) => d.name === 'dose series')!.results).doseResponse!;
    const rows = dataValues(chart.spec);
    const count = (kind: string, model: string, target: string) => rows.filter((r) => r.kind === kind && r.model === model && r.target === target).length;
    expect(count('point', 'KM12', 'TRK')).toBe(21);
    expect(count('curve', 'KM12-LR', 'ERK')).toBeGreaterThan(10);
    expect(count('ic50', 'KM12', 'ERK')).toBe(1);
    expect(count('ic50', 'KM12-LR', 'ERK')).toBe(0);
  });
});

describe('reportCharts(results): the charts say the same thing the same way', () => {
  it('one colour per model, the same in every chart that colours by model; sensitive and resistant models apart', () => {
    const results = datasets.find((d) => d.name === 'several resistant models')!.results;
    const scales = chartList(reportCharts(results)).flatMap((c) =>
      objects(c.spec).filter((o) => (o as { field?: unknown }).field === 'model' && String((o.scale as { range?: unknown[] } | undefined)?.range?.[0]).startsWith('#')).map((o) => o.scale));
    expect(scales.length).toBeGreaterThanOrEqual(4);
    for (const scale of scales) expect(scale).toEqual(scales[0]);
    const { domain, range } = scales[0] as { domain: string[]; range: string[] };
    expect(domain).toEqual(['KM12', 'KM12-ER', 'KM12-LR', 'KM12-XR'].filter((x) => results.design.models.some((m) => m.line === x)));
    expect(domain).toEqual(results.design.models.map((m) => m.line));
    expect(new Set(range).size).toBe(range.length);
  });

  it('draws precomputed confidence intervals: no aggregate, error-bar or bootstrap in any spec', () => {
    for (const { results } of datasets.slice(0, 7)) {
      for (const chart of chartList(reportCharts(results))) {
        const text = JSON.stringify(chart.spec);
        expect(text).not.toMatch(/"extent"|errorbar|errorband|"ci0"|"ci1"|bootstrap|"aggregate"/);
      }
    }
    const key = reportCharts(exampleResults()).fractionOfVehicle;
    const estimates = dataValues(key.spec).filter((r) => r.kind === 'estimate');
    const erk = estimates.find((r) => r.model === 'KM12-LR' && r.target === 'ERK')!;
    const comparison = exampleResults().comparisons.find((c) => c.target === 'ERK')!;
    expect(erk.ciLow).toBeCloseTo(comparison.fractionOfVehicle.ciLow!, 5);
    expect(erk.ciHigh).toBeCloseTo(comparison.fractionOfVehicle.ciHigh!, 5);
  });

  it('gives every positional and colour encoding a title (with units where there are any)', () => {
    for (const chart of chartList(reportCharts(exampleResults()))) {
      const encodings = objects(chart.spec).flatMap((o) => (o.encoding ? [o.encoding as Record<string, SpecNode>] : []));
      for (const encoding of encodings) {
        for (const channel of ['x', 'y', 'color'] as const) {
          const def = encoding[channel];
          if (def && def.field !== undefined && channel !== 'color') expect(def.title, `${chart.name} ${channel}`).toEqual(expect.any(String));
        }
      }
    }
    const text = JSON.stringify(reportCharts(exampleResults()).fractionOfVehicle.spec);
    expect(text).toContain('log scale');
    // The ticks name the ratio plotted (pERK/ERK), not the protein alone.
    expect(text).toContain('\\"ERK\\":\\"pERK/ERK\\"');
  });

  it('key chart: log scale and the suppressed / sustained thresholds of the rule set as bands', () => {
    const results = exampleResults();
    const key = reportCharts(results).fractionOfVehicle;
    const { suppressed, sustained } = results.rules.thresholds;
    const bands = dataValues(key.spec).filter((r) => r.kind === 'suppressed' || r.kind === 'sustained');
    expect(bands.map((b) => [b.kind, b.kind === 'suppressed' ? b.y2 : b.y])).toEqual([['suppressed', suppressed], ['sustained', sustained]]);
    const logScales = objects(key.spec).filter((o) => (o.scale as { type?: string } | undefined)?.type === 'log');
    expect(logScales.length).toBeGreaterThan(0);
    expect(key.caption).toContain(`${suppressed * 100} % of vehicle`);
    expect(key.caption).not.toContain('--test');
  });

  it('time course: one key-chart panel per condition, in design order', () => {
    const results = datasets.find((d) => d.name === 'time course')!.results;
    const key = reportCharts(results).fractionOfVehicle.spec as unknown as { facet: { sort: unknown }; data: { values: { condition: string; conditionRank: number }[] } };
    // Panels sort by a rank in the data, never by an array (which vega-lite compiles into one nested
    // conditional per value: a thousand-model screen overflowed the stack).
    expect(key.facet.sort).toEqual({ field: 'conditionRank', op: 'min' });
    const ranks = new Map(key.data.values.map((v) => [v.condition, v.conditionRank]));
    expect([...ranks].sort((a, b) => a[1] - b[1]).map(([c]) => c)).toEqual(['larotrectinib 100 nM, 1 h', 'larotrectinib 100 nM, 6 h', 'larotrectinib 100 nM, 24 h', 'larotrectinib 100 nM, 48 h']);
  });

  it('missing values: null estimates stay null (no NaN), and unmeasured heat-map cells read n/a', () => {
    const results = datasets.find((d) => d.name === 'missing values')!.results;
    const charts = reportCharts(results);
    for (const chart of chartList(charts)) expect(JSON.stringify(chart.spec)).not.toMatch(/NaN|Infinity/);
    const cells = dataValues(charts.heatmap.spec);
    expect(cells.some((c) => c.log2Ratio === null && c.label === 'n/a')).toBe(true);
  });
});

describe('reportCharts(results): bounded size at any input size', () => {
  it('caps the marks of every chart and says so under the chart', () => {
    const results = datasets.find((d) => d.name === 'large input')!.results;
    expect(results.lanes.length).toBeGreaterThan(MAX_REPLICATE_POINTS);
    const charts = reportCharts(results);
    const replicates = dataValues(charts.phosphoTotal.spec).filter((r) => r.kind === 'replicate');
    expect(replicates.length).toBeLessThanOrEqual(MAX_REPLICATE_POINTS);
    expect(dataValues(charts.phosphoTotal.spec).filter((r) => r.kind === 'mean').length).toBeLessThanOrEqual(MAX_GROUPS);
    expect(charts.phosphoTotal.notes.length).toBeGreaterThan(0);
    expect(dataValues(charts.fractionOfVehicle.spec).filter((r) => r.kind === 'estimate').length).toBeLessThanOrEqual(MAX_FRACTION_ESTIMATES);
    expect(dataValues(charts.heatmap.spec).length).toBeLessThanOrEqual(MAX_HEATMAP_CELLS);
    expect(dataValues(charts.loading.spec).filter((r) => r.kind === 'lane').length).toBeLessThanOrEqual(MAX_LOADING_LANES);
    for (const chart of chartList(charts)) expect(JSON.stringify(chart.spec).length, chart.name).toBeLessThan(400_000);
  });

  it('leaves small inputs whole: no note under any chart of the example', () => {
    for (const chart of chartList(reportCharts(exampleResults()))) expect(chart.notes, chart.name).toEqual([]);
  });
});
