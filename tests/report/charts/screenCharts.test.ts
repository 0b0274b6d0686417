/**
 * A screen of many models (issue "Screens"): a 1,000-model report crashed with "Maximum call stack size
 * exceeded" because vega-lite compiles an array sort (every model, every membrane) into one nested
 * conditional per value, and compiling that expression overflowed the stack. The charts now sort by a
 * rank field in their data. Checked at 1,100 models: no spec sorts by an array, and every chart renders.
 */
import { describe, expect, it } from 'vitest';
import { reportCharts } from '../../../src/report/charts/reportCharts.js';
import { renderSvg } from '../../../src/report/renderSvg.js';
import { designResults } from '../reportDatasets.js';

/** Every `sort` in a spec that is an array. */
function arraySorts(x: unknown, path = ''): string[] {
  if (Array.isArray(x)) return x.flatMap((v, i) => arraySorts(v, `${path}[${i}]`));
  if (x === null || typeof x !== 'object') return [];
  return Object.entries(x).flatMap(([k, v]) => (k === 'sort' && Array.isArray(v) ? [`${path}.sort`] : arraySorts(v, `${path}.${k}`)));
}

describe('report charts of a 1,100-model screen', () => {
  const resistant = Array.from({ length: 1100 }, (_, i) => `R${String(i).padStart(4, '0')}`);
  const results = designResults({ seed: 31, resistant, replicates: 2 }, 'screen.csv');

  it('sort by rank fields, never by arrays, and every chart renders to SVG', async () => {
    const charts = reportCharts(results);
    for (const chart of [charts.fractionOfVehicle, charts.phosphoTotal, charts.heatmap, charts.loading]) {
      expect(arraySorts(chart.spec), chart.name).toEqual([]);
      const { svg } = await renderSvg(chart.spec, `${chart.name}-`);
      expect(svg.startsWith('<svg')).toBe(true);
    }
  }, 120_000);
});
