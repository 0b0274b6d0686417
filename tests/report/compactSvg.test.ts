/**
 * compactSvg(svg): a vega chart's SVG without the attributes and empty paths a still picture does
 * not use, drawn pixel for pixel the same (resvg renders both), about a quarter smaller.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { compactSvg } from '../../src/report/compactSvg.js';
import { reportCharts } from '../../src/report/charts/reportCharts.js';
import { renderSvg } from '../../src/report/renderSvg.js';
import { exampleResults } from './reportDatasets.js';

const pixels = (svg: string) => Buffer.from(new Resvg(svg, { font: { loadSystemFonts: true } }).render().pixels);

describe('compactSvg(svg)', () => {
  it('drops ARIA of the marks, aria-hidden, pointer-events, opacity="1", zero line ends and empty paths, and keeps the root as it is', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img" aria-label="kept">'
      + '<g class="mark-group" role="graphics-object" aria-roledescription="group mark container"><path class="foreground" aria-hidden="true" d="" display="none"/>'
      + '<path class="background" aria-hidden="true" d="M0,0h0v0h0Z"/><line transform="translate(0,5)" x2="10" y2="0" stroke="#888" opacity="1"/>'
      + '<path aria-label="x: 1" role="graphics-symbol" aria-roledescription="point" d="M1,1h2v2h-2Z" opacity="0.5" pointer-events="none"/></g></svg>';
    expect(compactSvg(svg)).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img" aria-label="kept">'
      + '<g class="mark-group"><line transform="translate(0,5)" x2="10" stroke="#888"/><path d="M1,1h2v2h-2Z" opacity="0.5"/></g></svg>');
  });

  it("draws the example's charts pixel for pixel as vega's SVG does, in at most 85 % of the bytes", async () => {
    const specs = reportCharts(exampleResults());
    for (const chart of [specs.fractionOfVehicle, specs.phosphoTotal, specs.heatmap, specs.loading]) {
      const { svg } = await renderSvg(chart.spec, `${chart.name}-`);
      const compact = compactSvg(svg);
      expect(compact.length, chart.name).toBeLessThan(svg.length * 0.85);
      expect(pixels(compact).equals(pixels(svg)), chart.name).toBe(true);
    }
  });
});
