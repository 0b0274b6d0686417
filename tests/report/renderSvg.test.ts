import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { helveticaWidth, prefixIds, renderSvg, roundGeometry } from '../../src/report/renderSvg.js';

const clipped: TopLevelSpec = {
  data: { values: [{ x: 1, y: 2 }, { x: 3, y: 40 }] },
  mark: { type: 'point', clip: true },
  encoding: { x: { field: 'x', type: 'quantitative', title: 'x (h)' }, y: { field: 'y', type: 'quantitative', scale: { type: 'log' }, title: 'y (a.u.)' } },
};

describe('renderSvg(spec, idPrefix)', () => {
  it('renders a vega-lite spec to SVG in Node, with no warnings', async () => {
    const { svg, warnings } = await renderSvg(clipped, 'a-');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('>x (h)</text>');
    expect(warnings).toEqual([]);
  });

  it('is deterministic: the same bytes again after other charts were rendered (id counters reset)', async () => {
    const first = (await renderSvg(clipped, 'a-')).svg;
    await renderSvg(clipped, 'b-');
    await renderSvg({ ...clipped, mark: { type: 'line', clip: true } } as TopLevelSpec, 'c-');
    expect((await renderSvg(clipped, 'a-')).svg).toBe(first);
    expect(first).toContain('id="a-clip1"');
    expect(first).toContain('clip-path="url(#a-clip1)"');
  });

  it('collects vega-lite warnings instead of printing them', async () => {
    const { warnings } = await renderSvg({ ...clipped, encoding: { ...clipped.encoding, y: { field: 'y', type: 'quantitative', scale: { type: 'log' }, stack: true } } } as TopLevelSpec, 'w-');
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('does not truncate a label that fits its limit (text measured with Helvetica metrics)', async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ c: 'larotrectinib 100 nM, 2 h', v: 1 }] },
      mark: 'point',
      encoding: { x: { field: 'c', type: 'nominal', axis: { labelLimit: 120, labelAngle: -30 } }, y: { field: 'v', type: 'quantitative' } },
    };
    expect((await renderSvg(spec, 't-')).svg).toContain('>larotrectinib 100 nM, 2 h</text>');
  });
});

describe('helveticaWidth(item, text)', () => {
  it('sums Helvetica advance widths (Adobe AFM, 1/1000 em) at the item font size, capped at its limit', () => {
    // Helvetica AFM: H 722, e 556, l 222, l 222, o 556 -> 2278/1000 em; at 10 px -> 22.78 px
    expect(helveticaWidth({ fontSize: 10 }, 'Hello')).toBeCloseTo(22.78, 6);
    expect(helveticaWidth({}, 'Hello')).toBeCloseTo(2.278 * 11, 6);
    expect(helveticaWidth({ fontSize: 10, limit: 20 }, 'Hello')).toBe(20);
    expect(helveticaWidth({ fontSize: 10, fontWeight: 'bold' }, 'Hello')).toBeGreaterThan(22.78);
    expect(helveticaWidth({ fontSize: 10 }, null)).toBe(0);
  });
});

describe('prefixIds(svg, prefix) / roundGeometry(svg)', () => {
  it('prefixes ids and their references', () => {
    expect(prefixIds('<clipPath id="clip1"><rect/></clipPath><g clip-path="url(#clip1)"><use href="#clip1"/></g>', 'k-'))
      .toBe('<clipPath id="k-clip1"><rect/></clipPath><g clip-path="url(#k-clip1)"><use href="#k-clip1"/></g>');
  });

  it('rounds coordinates in geometry attributes only, never in text', () => {
    expect(roundGeometry('<path d="M0,124.59113365130807h210v95.4" transform="translate(30.0049,146.883814)"/><text x="1.23456">0.0125</text>'))
      .toBe('<path d="M0,124.59h210v95.4" transform="translate(30,146.88)"/><text x="1.23">0.0125</text>');
  });
});
