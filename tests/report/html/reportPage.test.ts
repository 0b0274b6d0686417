/**
 * report.html as text: section order, the two renderings of every chart, the Content-Security-
 * Policy, no network reference, no wall-clock time.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFiles } from '../../../src/report/html/reportFiles.js';
import type { Results } from '../../../src/results.js';
import { exampleResults, fullVerdict } from '../reportDatasets.js';
import { packedBlocks, packedSpec, withoutPackedBlocks } from './packedBlocks.js';

let results: Results;
let html: string;

beforeAll(async () => {
  results = { ...exampleResults(), verdicts: [fullVerdict()] };
  html = (await reportFiles(results))[0]!.content as string;
});

/** Inline scripts that run (not packed data blocks): their exact text. */
function runnableScripts(page: string): string[] {
  return [...withoutPackedBlocks(page).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe('reportPage(input)', () => {
  it('puts the sections in reading order: the answer and its chart first (before the contents), evidence next, provenance last', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['answer', 'drug-effect', 'verdicts', 'phospho-total', 'resistant-vs-sensitive', 'quality', 'numbers', 'warnings', 'methods', 'provenance']);
    expect(html.indexOf('<section id="drug-effect">')).toBeLessThan(html.indexOf('<nav class="toc"'));
    const answer = html.slice(html.indexOf('<section id="answer">'), html.indexOf('<section id="drug-effect">')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(answer).toContain('KM12-LR versus KM12, larotrectinib 100 nM, 2 h: receptor tyrosine kinase bypass (MET) - moderate evidence (see why below). Next: test crizotinib or capmatinib with the TRK inhibitor.');
    // Provenance: options in words, never a raw null or [].
    const provenance = html.slice(html.indexOf('<section id="provenance">'));
    expect(provenance).not.toMatch(/>null<|>\[\]</);
    expect(html.indexOf('class="answer mechanism-rtk-bypass"')).toBeLessThan(html.indexOf('id="chart-fraction-of-vehicle"'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  });

  it('inlines every chart twice: a pre-rendered SVG and its vega-lite spec, packed', () => {
    const figures = [...html.matchAll(/<figure class="chart" id="chart-([a-z0-9-]+)" data-chart="\1"[^>]*>([\s\S]*?)<\/figure>/g)];
    expect(figures.map((f) => f[1])).toEqual(['fraction-of-vehicle', 'phospho-total', 'log2-heatmap', 'loading-control']);
    for (const [, name, body] of figures) {
      expect(body).toMatch(/<div class="chart-static"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(body).toContain('<div class="chart-live"></div>');
      expect(body).toContain(`<script type="text/x-zlib-base64" id="spec-${name}">`);
      expect(packedSpec(body!, name!)).toHaveProperty('$schema', 'https://vega.github.io/schema/vega-lite/v6.json');
    }
  });

  it('carries vega, vega-lite and vega-embed packed, and allows exactly its own scripts by hash: its chart script and the builds it inflates', () => {
    const builds = packedBlocks(html).filter((b) => b.attributes['data-bundle'] !== undefined);
    expect(builds.map((b) => b.attributes['data-bundle'])).toEqual(['vega', 'vega-lite', 'vega-embed']);
    expect(builds[0]!.text).toMatch(/version="\d+\.\d+\.\d+"/);
    const scripts = [...builds.map((b) => b.text), ...runnableScripts(html)];
    expect(scripts).toHaveLength(4);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replaceAll('&#39;', "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    const allowed = /script-src ([^;]+)/.exec(csp)![1]!.split(' ');
    expect(allowed).toEqual(scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('refers to nothing outside the file: no src, no link, no external href (outside the library code)', () => {
    const page = withoutPackedBlocks(html);
    expect(page.length).toBeLessThan(html.length - 300_000);
    expect(page).not.toMatch(/<(img|iframe|link|object|embed|video|audio|source)\b/i);
    expect(page).not.toMatch(/\ssrc=/i);
    for (const [, href] of page.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^#/);
    expect(page).not.toMatch(/url\((?!#)/);
    expect(html).not.toContain('sourceMappingURL');
  });

  it('states the date of the analysis, and says so when a library call gave none', async () => {
    expect(html).toContain('no date (a library call given no time)');
    const stamped = (await reportFiles(exampleResults({ sourceDateEpoch: 1_700_000_000, experiment: { id: 'EXP-7' } }), { pdf: false }))[0]!.content as string;
    // Python: datetime.fromtimestamp(1700000000, timezone.utc).isoformat() -> 2023-11-14T22:13:20+00:00
    expect(stamped).toContain('experiment EXP-7; analysed 2023-11-14 22:13 UTC');
  });

  it('prints the numbers tables, the methods paragraph and the provenance of the inputs', () => {
    expect(html).toContain('<table class="numbers comparisons">');
    expect(html).toContain('<table class="numbers lanes">');
    expect(html).toContain('<p class="methods">Background-corrected band densitometry (1 file) was analysed with blotbypass');
    expect(html).toContain(`<td>${results.inputs[0]!.sha256}</td>`);
    expect(html).toContain('vega 6.2.0, vega-lite 6.4.3, vega-embed 7.3.0');
    expect(html).toContain(`${results.rules.name} ${results.rules.version}`);
  });
});
