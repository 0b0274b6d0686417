/**
 * The report's output files, through the library and through `blotbypass analyze` in-process:
 * report.html, charts/<name>.vl.json and charts/<name>.svg; the same input gives the same bytes;
 * --no-report writes the data files only; the page stays under 3 MB at any input size.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli.js';
import { reportFiles } from '../../../src/report/html/reportFiles.js';
import { EXAMPLE_PATH, exampleResults, stressResults } from '../reportDatasets.js';
import { packedSpec } from './packedBlocks.js';

const MAX_REPORT_BYTES = 3 * 1024 * 1024;
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

async function analyzeInTemp(args: readonly string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'blotbypass-report-'));
  dirs.push(dir);
  let stderr = '';
  const code = await run(['analyze', EXAMPLE_PATH, '--out', join(dir, 'out'), ...args], { stdout: () => {}, stderr: (t) => { stderr += t; }, env, cwd: dir });
  return { code, stderr, out: join(dir, 'out') };
}

describe('reportFiles(results)', () => {
  it('returns report.html, the pathway map, and per chart its vega-lite spec, SVG and PNG, matching what the page inlines', async () => {
    const files = await reportFiles(exampleResults());
    expect(files.map((f) => f.path)).toEqual([
      'report.html', 'report.pdf', 'prism.pzfx', 'charts/pathway.svg', 'charts/pathway.png',
      'charts/figure.vl.json', 'charts/figure.svg', 'charts/figure.png',
      'charts/fraction-of-vehicle.vl.json', 'charts/fraction-of-vehicle.svg', 'charts/fraction-of-vehicle.png',
      'charts/phospho-total.vl.json', 'charts/phospho-total.svg', 'charts/phospho-total.png',
      'charts/log2-heatmap.vl.json', 'charts/log2-heatmap.svg', 'charts/log2-heatmap.png',
      'charts/loading-control.vl.json', 'charts/loading-control.svg', 'charts/loading-control.png',
    ]);
    // Each PNG is the SVG at 300 dpi: its width is the SVG's CSS width x 300 / 96.
    for (const name of ['fraction-of-vehicle', 'pathway']) {
      const svg = files.find((f) => f.path === `charts/${name}.svg`)!.content as string;
      const png = files.find((f) => f.path === `charts/${name}.png`)!.content as Uint8Array;
      expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
      const pngWidth = Buffer.from(png.subarray(16, 20)).readUInt32BE(0);
      expect(pngWidth).toBe(Math.round((Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]) * 300) / 96));
    }
    const html = files[0]!.content as string;
    for (const name of ['fraction-of-vehicle', 'phospho-total', 'log2-heatmap', 'loading-control']) {
      const spec = JSON.parse(files.find((f) => f.path === `charts/${name}.vl.json`)!.content as string) as unknown;
      expect(packedSpec(html, name)).toEqual(spec);
      const svg = (files.find((f) => f.path === `charts/${name}.svg`)!.content as string).trimEnd();
      expect(html).toContain(`<div class="chart-static">${svg}</div>`);
    }
  });

  it('gives the same bytes for the same input', async () => {
    const a = await reportFiles(exampleResults({ sourceDateEpoch: 1_700_000_000 }));
    const b = await reportFiles(exampleResults({ sourceDateEpoch: 1_700_000_000 }));
    // prism.pzfx is streamed (its content is its chunks): compared as the text written.
    const bytes = (files: typeof a) => files.map((f) => (typeof f.content === 'string' || f.content instanceof Uint8Array ? f.content : [...f.content.chunks()].join('')));
    expect(bytes(b)).toEqual(bytes(a));
    expect(bytes(a)[a.findIndex((f) => f.path === 'prism.pzfx')]).toMatch(/^<\?xml[\s\S]*<\/GraphPadPrismFile>\n$/);
  });

  it('keeps report.html under 3 MB: the example, and every part at its cap at once', async () => {
    const example = Buffer.byteLength((await reportFiles(exampleResults(), { pdf: false }))[0]!.content as string);
    const stress = Buffer.byteLength((await reportFiles(stressResults(), { pdf: false }))[0]!.content as string);
    console.log(`report.html: example ${example} bytes, stress input ${stress} bytes`);
    expect(example).toBeLessThan(MAX_REPORT_BYTES);
    expect(stress).toBeLessThan(MAX_REPORT_BYTES);
  });
});

describe('blotbypass analyze: report outputs', () => {
  it('writes report.html and charts/ next to the data files; --no-pdf leaves report.pdf out', async () => {
    const { code, stderr, out } = await analyzeInTemp(['--no-pdf']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['blotbypass-manifest.json', 'charts', 'comparisons.csv', 'normalized.csv', 'prism.pzfx', 'report.html', 'results.json']);
    expect(readdirSync(join(out, 'charts')).sort()).toHaveLength(17);
  });

  it('--no-report writes the data files only', async () => {
    const { code, out } = await analyzeInTemp(['--no-report']);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['blotbypass-manifest.json', 'comparisons.csv', 'normalized.csv', 'results.json']);
  });

  it('stamps the report with SOURCE_DATE_EPOCH when it is set', async () => {
    const { out } = await analyzeInTemp(['--no-pdf'], { SOURCE_DATE_EPOCH: '1700000000' });
    // Python: datetime.fromtimestamp(1700000000, timezone.utc).isoformat() -> 2023-11-14T22:13:20+00:00
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('analysed 2023-11-14 22:13 UTC');
  });
});
