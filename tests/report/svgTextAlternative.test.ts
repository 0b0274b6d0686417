/**
 * withTextAlternative(svg, idPrefix, title, description), and every SVG the report writes to charts/:
 * a <title> and a <desc> (the chart's one-sentence description, with the verdict's numbers) at the
 * top, and the root an image (or, for the pathway map with focusable nodes, a group) named and
 * described by them.
 */
import { describe, expect, it } from 'vitest';
import { reportFiles } from '../../src/report/html/reportFiles.js';
import { withTextAlternative } from '../../src/report/svgTextAlternative.js';
import { exampleResults } from './reportDatasets.js';

describe('withTextAlternative(svg, idPrefix, title, description)', () => {
  it('every SVG in charts/ has a <title> and a <desc>, and the key chart\'s names the verdict and its numbers', async () => {
    const files = await reportFiles(exampleResults());
    const svgs = files.filter((f) => f.path.endsWith('.svg'));
    expect(svgs.map((f) => f.path)).toEqual(expect.arrayContaining(['charts/pathway.svg', 'charts/figure.svg']));
    expect(svgs.length).toBeGreaterThanOrEqual(5);
    for (const file of svgs) {
      const svg = file.content as string;
      const root = /^<svg\b[^>]*>/.exec(svg)![0];
      // An image, or a group whose parts are themselves focusable (the pathway map's nodes).
      expect(root, file.path).toMatch(/role="(img|group)"/);
      const title = /<title id="([^"]+)">([^<]+)<\/title>/.exec(svg);
      const desc = /<desc id="([^"]+)">([^<]+)<\/desc>/.exec(svg);
      expect(title, file.path).not.toBeNull();
      expect(desc, file.path).not.toBeNull();
      expect(root).toContain(`aria-labelledby="${title![1]}"`);
      expect(root).toContain(`aria-describedby="${desc![1]}"`);
    }
    const key = svgs.find((f) => f.path === 'charts/fraction-of-vehicle.svg')!.content as string;
    expect(/<desc[^>]*>([^<]+)</.exec(key)![1]).toMatch(/KM12-LR vs KM12, larotrectinib 100 nM 2 h: MAPK bypass \(strong\) - pERK stays at 72 % of vehicle while pTRK falls to 11 %\.$/);
  }, 60_000);

  it('keeps a title already there, adds the description after it, and escapes text', () => {
    const own = '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t"><title id="t">map</title><rect/></svg>';
    expect(withTextAlternative(own, 'x-', 'ignored', 'a < b & "c"')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t" aria-describedby="x-desc"><title id="t">map</title><desc id="x-desc">a &lt; b &amp; &quot;c&quot;</desc><rect/></svg>');
    expect(withTextAlternative('<svg width="2"><g/></svg>', 'k-', 'T', 'D')).toBe(
      '<svg width="2" role="img" aria-labelledby="k-title" aria-describedby="k-desc"><title id="k-title">T</title><desc id="k-desc">D</desc><g/></svg>');
    expect(() => withTextAlternative('<p>no</p>', 'k-', 'T', 'D')).toThrow(/not an SVG/);
  });
});
