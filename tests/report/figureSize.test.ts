/**
 * Figures for print and slides: every chart fits a two-column (180 mm) journal figure at its drawn
 * size (at most 680 CSS px; the PNG is that at 300 dpi), and its text is at least 7 pt there
 * (9.33 CSS px: 1 px = 1/96 in, 1 pt = 1/72 in). The key chart's band labels and the pathway map
 * (issue 27's) are left out of the text floor; their width is checked.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { chartList } from '../../src/report/charts/reportCharts.js';
import { renderReportCharts } from '../../src/report/html/reportHtml.js';
import { designResults, exampleResults } from './reportDatasets.js';

const DOUBLE_COLUMN_PX = 680;
const SEVEN_POINT_PX = (7 / 72) * 96;
const OWN_TEXT_FLOOR_EXEMPT = new Set(['fraction-of-vehicle']);

const example = (file: string) => analyze([{ name: file, bytes: readFileSync(fileURLToPath(new URL(`../../examples/${file}`, import.meta.url))) }]);

describe('chart sizes for print', () => {
  it('every chart at most 180 mm wide, its text at least 7 pt at that size', async () => {
    const screen = designResults({ seed: 7, resistant: Array.from({ length: 10 }, (_, i) => `R${i}`), replicates: 2 }, 'screen.csv');
    let checked = 0;
    for (const results of [exampleResults(), example('trk-dose-response.csv'), example('trk-time-course.csv'), screen]) {
      const rendered = await renderReportCharts(results);
      for (const chart of chartList(rendered.charts)) {
        const width = Number(/^<svg[^>]*\bwidth="([\d.]+)"/.exec(chart.svg)![1]);
        expect.soft(width, chart.name).toBeLessThanOrEqual(DOUBLE_COLUMN_PX);
        const sizes = [...chart.svg.matchAll(/font-size="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1]));
        expect(sizes.length, chart.name).toBeGreaterThan(0);
        if (!OWN_TEXT_FLOOR_EXEMPT.has(chart.name)) expect.soft(Math.min(...sizes), chart.name).toBeGreaterThanOrEqual(SEVEN_POINT_PX);
        checked += 1;
      }
      expect(Number(/^<svg[^>]*\bwidth="([\d.]+)"/.exec(rendered.pathway)![1])).toBeLessThanOrEqual(DOUBLE_COLUMN_PX);
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  }, 120_000);
});
