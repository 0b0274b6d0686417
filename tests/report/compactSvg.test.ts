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
  it('drops ARIA of the marks, aria-hidden, pointer-events, opacity="1", group classes and empty paths; moves a translated line\'s ends; says the one font once, on the root', () => {
    const text = (x: number) => `<text text-anchor="start" transform="translate(${x},9)" font-family="Helvetica, Arial, sans-serif" font-size="10px">a</text>`;
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img" aria-label="kept">'
      + '<g class="mark-group" role="graphics-object" aria-roledescription="group mark container"><path class="foreground" aria-hidden="true" d="" display="none"/>'
      + '<path class="background" aria-hidden="true" d="M0,0h0v0h0Z"/><line transform="translate(0,5)" x2="10" y2="0" stroke="#888" stroke-width="1" opacity="1"/>'
      + `<path aria-label="x: 1" role="graphics-symbol" aria-roledescription="point" d="M1,1h2v2h-2Z" opacity="0.5" stroke-width="2" pointer-events="none"/>${text(1)}${text(2)}</g></svg>`;
    const bare = (x: number) => `<text transform="translate(${x},9)" font-size="10px">a</text>`;
    expect(compactSvg(svg)).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img" aria-label="kept" font-family="Helvetica, Arial, sans-serif">'
      + `<g><line y1="5" x2="10" y2="5" stroke="#888"/><path d="M1,1h2v2h-2Z" opacity="0.5" stroke-width="2"/>${bare(1)}${bare(2)}</g></svg>`);
  });

  it('moves both ends of a translated line, to 2 decimals, and leaves other transforms alone', () => {
    const svg = (line: string) => `<svg xmlns="http://www.w3.org/2000/svg">${line}</svg>`;
    expect(compactSvg(svg('<line transform="translate(0.1,-3.2)" x1="0.2" y1="1" x2="-5.05" y2="0" stroke="#888"/>')))
      .toBe(svg('<line x1="0.3" y1="-2.2" x2="-4.95" y2="-3.2" stroke="#888"/>'));
    const rotated = svg('<line transform="translate(1,2) rotate(90)" x2="3" stroke="#888"/>');
    expect(compactSvg(rotated)).toBe(rotated);
  });

  it('keeps a stroke width of 1, a start anchor and each text\'s font where a group sets them or the fonts differ', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><g stroke-width="3" text-anchor="end"><line x2="1" stroke-width="1"/>'
      + '<text text-anchor="start" font-family="A">a</text><text font-family="B">b</text></g></svg>';
    expect(compactSvg(svg)).toBe(svg);
  });

  it("draws the example's charts pixel for pixel as vega's SVG does, in at most 75 % of the bytes", async () => {
    const specs = reportCharts(exampleResults());
    for (const chart of [specs.fractionOfVehicle, specs.phosphoTotal, specs.heatmap, specs.loading]) {
      const { svg } = await renderSvg(chart.spec, `${chart.name}-`);
      const compact = compactSvg(svg);
      expect(compact.length, chart.name).toBeLessThan(svg.length * 0.75);
      expect(pixels(compact).equals(pixels(svg)), chart.name).toBe(true);
    }
  });
});
