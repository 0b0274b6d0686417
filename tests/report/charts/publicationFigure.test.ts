/**
 * The publication figure: valid against vega-lite's schema, rendered by vega without warnings; one
 * panel per target the verdict reads (pTRK, pAKT, pERK for the example's MAPK bypass), y axis in words
 * and log scale, every replicate a dot, the geometric mean and 95 % interval per group (checked
 * against R), the four groups in design order, the p value with stars; 85 or 180 mm wide at 300 dpi
 * with text of at least 7 pt.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { DOUBLE_COLUMN_MM, MIN_TEXT_PX, SINGLE_COLUMN_MM, publicationFigure } from '../../../src/report/charts/publicationFigure.js';
import { renderFigure } from '../../../src/report/figureFile.js';
import { renderPng } from '../../../src/report/renderPng.js';
import { exampleResults } from '../reportDatasets.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json'), 'utf8')) as object;

interface Layer { data: { values: Record<string, number>[] }; mark: { type: string } }
interface Panel { title: string; layer: Layer[] }

describe('publicationFigure', () => {
  const results = exampleResults({ sourceDateEpoch: 1_767_225_600 });
  const figure = publicationFigure(results)!;
  const panels = (figure.spec as unknown as { hconcat: Panel[] }).hconcat;

  it('is a valid vega-lite spec: one panel per target the verdict reads, in a row, y in words on a log scale', () => {
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
    expect(validate(figure.spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(panels.map((p) => p.title)).toEqual(['pTRK/TRK', 'pAKT/AKT', 'pERK/ERK']);
    const text = JSON.stringify(figure.spec);
    expect(text).toContain('"title":"pERK/ERK (fold of KM12 DMSO)"');
    expect(text).toContain('"type":"log"');
    const labels = /"labelExpr":"(\[.*?\])\[datum\.value\]"/.exec(text)![1]!.replaceAll('\\"', '"');
    expect(JSON.parse(labels)).toEqual(['KM12 −', 'KM12 +', 'KM12-LR −', 'KM12-LR +']);
  });

  it('draws every replicate, and the geometric mean with its 95 % interval per group as R computes them', () => {
    const erk = panels[2]!;
    const points = erk.layer.find((l) => l.mark.type === 'point')!.data.values;
    expect(points).toHaveLength(12);
    const intervals = erk.layer[0]!.data.values;
    // R: x <- log2(c(2.282088577, 1.298967124, 1.48570778)); m <- mean(x); h <- qt(0.975, 2) * sd(x) / sqrt(3)
    //    sprintf('%.10g', c(2^m, 2^(m-h), 2^(m+h)))  ->  "1.639160015" "0.7889961627" "3.405397492"
    const resistantDrug = intervals.find((s) => s.x === 3)!;
    expect(resistantDrug.mean).toBeCloseTo(1.63916, 5);
    expect(resistantDrug.low).toBeCloseTo(0.788996, 5);
    expect(resistantDrug.high).toBeCloseTo(3.4054, 4);
    const p = results.comparisons.find((c) => c.target === 'ERK')!.resistantVsSensitive.p!;
    expect(p).toBeLessThan(0.0001);
    expect(JSON.stringify(erk)).toContain('"label":"p < 0.0001 ***"');
  });

  it('renders without warnings at 180 mm (2126 pixels at 300 dpi), every text at least 7 pt', async () => {
    const rendered = (await renderFigure(results))!;
    expect(rendered.warnings).toEqual([]);
    const width = Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(rendered.svg)![1]);
    const viewBoxWidth = Number(/viewBox="0 0 ([\d.]+)/.exec(rendered.svg)![1]);
    expect(width).toBeCloseTo((DOUBLE_COLUMN_MM / 25.4) * 96, 1);
    const sizes = [...rendered.svg.matchAll(/font-size[=:]"?([\d.]+)px/g)].map((m) => Number(m[1]) * (width / viewBoxWidth));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    const png = await renderPng(rendered.svg);
    expect(png.width).toBe(2126);
  });

  it('a dose-series verdict: 85 mm for one or two panels, 180 mm for more', async () => {
    const path = 'examples/trk-dose-response.csv';
    const dose = analyze([{ name: path, bytes: new Uint8Array(readFileSync(path)) }], { sourceDateEpoch: 1_767_225_600 });
    const rendered = (await renderFigure(dose))!;
    expect(rendered.warnings).toEqual([]);
    const count = (rendered.spec as unknown as { hconcat: Panel[] }).hconcat.length;
    const width = Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(rendered.svg)![1]);
    expect(width).toBeCloseTo(((count <= 2 ? SINGLE_COLUMN_MM : DOUBLE_COLUMN_MM) / 25.4) * 96, 1);
    expect(JSON.stringify(rendered.spec)).toContain('fold of KM12 DMSO');
  });
});
