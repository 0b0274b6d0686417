/**
 * trajectoryCharts(results): one chart per lineage trajectory, valid against vega-lite's JSON schema
 * and rendered to SVG with vega in Node without warnings; its points are the stages' fractions of
 * vehicle (the parental at 0), its bands the thresholds, its mark the stage where the mechanism emerged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { chartList, reportCharts } from '../../../src/report/charts/reportCharts.js';
import { trajectoryChartName, trajectoryCharts } from '../../../src/report/charts/trajectoryChart.js';
import { renderSvg } from '../../../src/report/renderSvg.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json'), 'utf8')) as object;
const exampleText = readFileSync(new URL('../../../examples/trk-lineage.csv', import.meta.url), 'utf8');
const lineageResults = (text = exampleText) => analyze([{ name: 'trk-lineage.csv', bytes: new Uint8Array(Buffer.from(text, 'utf8')) }]);

type Row = Record<string, unknown>;
const rowsOf = (spec: unknown) => (spec as { data: { values: Row[] } }).data.values;

describe('trajectoryCharts(results)', () => {
  it('is valid against vega-lite-schema.json and renders to SVG without warnings', async () => {
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
    const [chart] = trajectoryCharts(lineageResults());
    expect(chart!.name).toBe('trajectory-km12-lr');
    expect(validate(chart!.spec) ? [] : validate.errors!.slice(0, 3)).toEqual([]);
    const { svg, warnings } = await renderSvg(chart!.spec, `${chart!.name}-`);
    expect(warnings).toEqual([]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('MAPK bypass emerged');
    expect(svg).toContain('weeks on drug');
  });

  it('draws pTRK, pERK and pAKT of the parental at week 0 and of each stage at its weeks, from the comparisons', () => {
    const results = lineageResults();
    const rows = rowsOf(trajectoryCharts(results)[0]!.spec);
    const erk = rows.filter((r) => r.kind === 'point' && r.target === 'ERK');
    expect(erk.map((r) => [r.line, r.x])).toEqual([['KM12', 0], ['KM12-LR w2', 2], ['KM12-LR w4', 4], ['KM12-LR w8', 8], ['KM12-LR w16', 16]]);
    const w8 = results.comparisons.find((c) => c.line === 'KM12-LR w8' && c.target === 'ERK')!;
    expect(erk[3]!.y).toBeCloseTo(w8.fractionOfVehicle.estimate!, 5);
    expect(erk[0]!.y).toBeCloseTo(w8.sensitiveFractionOfVehicle.estimate!, 5);
    expect(new Set(rows.filter((r) => r.kind === 'point').map((r) => r.readout))).toEqual(new Set(['pTRK', 'pERK', 'pAKT']));
    expect(rows.filter((r) => r.kind === 'emerged').map((r) => r.x)).toEqual([8, 8, 8]);
    const thresholds = results.rules.thresholds;
    expect(rows.filter((r) => r.kind === 'band' && r.target === 'ERK').map((r) => [r.zone, r.y, r.y2])).toEqual([
      ['suppressed', expect.any(Number), thresholds.suppressed], ['sustained', thresholds.sustained, expect.any(Number)],
    ]);
  });

  it('is listed with the report charts (charts/trajectory-<lineage>.*), and absent without a stage column', () => {
    expect(chartList(reportCharts(lineageResults())).map((c) => c.name)).toContain('trajectory-km12-lr');
    const noStage = exampleText.replace('weeks_on_drug', 'notes').replace(/,(2|4|8|16),(DMSO|larotrectinib)/g, ',,$2');
    expect(chartList(reportCharts(lineageResults(noStage))).map((c) => c.name).filter((n) => n.startsWith('trajectory'))).toEqual([]);
  });

  it('names charts file-safe and apart when one lineage has two conditions', () => {
    const t = lineageResults().trajectories![0]!;
    const other = { ...t, dose_nM: 300 };
    expect(trajectoryChartName(t, [t, other])).toBe('trajectory-km12-lr-larotrectinib-100');
    expect(trajectoryChartName({ ...t, lineage: '<KM12 / LR>' }, [])).toBe('trajectory-km12-lr');
  });
});
