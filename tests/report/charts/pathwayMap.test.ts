/**
 * The pathway map on every mechanism (simulated experiments with a known mechanism, bench/calibration/):
 * node states, drivers outlined, receptors raised, EMT markers; well-formed SVG with a title on every
 * node; rendered to PNG; and in report.html at the top of the verdicts.
 */
import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { pathwayMessages } from '../../../src/messages/pathway.js';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../bench/calibration/simulate.mjs';
import { analyze } from '../../../src/analyze.js';
import { FILL, pathwayMaps, pathwaySvg } from '../../../src/report/charts/pathwayMap.js';
import { renderPng } from '../../../src/report/renderPng.js';
import { buildReportFiles } from '../../../src/report/outputFiles.js';
import type { Results } from '../../../src/results.js';

const resultsOf = (caseName: string): Results =>
  analyze([{ name: 'sim.csv', bytes: new TextEncoder().encode(simulate({ caseName, n: 6, cv: 0.05, seed: 3 })) }]);
const nodeOf = (r: Results, id: string) => pathwayMaps(r).maps[0]!.nodes.find((n) => n.id === id)!;

describe('pathwayMaps(results) on every mechanism', () => {
  it('on-target: the TRK fusion sustained and outlined, pERK and pAKT escaping with it', () => {
    const r = resultsOf('on-target');
    expect(r.verdicts[0]!.mechanism).toBe('on-target');
    expect(nodeOf(r, 'TRK')).toMatchObject({ state: 'sustained', driver: true, raised: true, label: 'TRK fusion' });
    expect(nodeOf(r, 'ERK').state).toBe('sustained');
  });

  it('MAPK bypass: TRK suppressed, ERK sustained, raised and outlined; RAS, RAF, MEK drawn as not probed', () => {
    const r = resultsOf('mapk-bypass');
    expect(nodeOf(r, 'TRK')).toMatchObject({ state: 'suppressed', driver: false });
    expect(nodeOf(r, 'ERK')).toMatchObject({ state: 'sustained', driver: true, raised: true });
    for (const id of ['RAS', 'RAF', 'MEK', 'PI3K', 'mTORC1']) expect(nodeOf(r, id).state).toBe('not-probed');
  });

  it('PI3K-AKT bypass: AKT sustained and outlined, ERK suppressed', () => {
    const r = resultsOf('pi3k-akt-bypass');
    expect(nodeOf(r, 'AKT')).toMatchObject({ state: 'sustained', driver: true });
    expect(nodeOf(r, 'ERK').state).toBe('suppressed');
  });

  it('receptor bypass: MET outlined and raised (amplified total), with IGF1R drawn unprobed', () => {
    const r = resultsOf('rtk-bypass (MET amplified)');
    expect(r.verdicts[0]!.drivers).toContain('MET');
    expect(nodeOf(r, 'MET')).toMatchObject({ driver: true, raised: true });
    expect(nodeOf(r, 'MET').title).toMatch(/^pMET in KM12-R: .* of vehicle .*; total MET \d+(\.\d)?x KM12; named by the verdict$/);
    expect(nodeOf(r, 'IGF1R').state).toBe('not-probed');
  });

  it('non-genetic: the EMT markers listed with their folds, and in the SVG', () => {
    const r = resultsOf('non-genetic (EMT)');
    expect(r.verdicts[0]!.mechanism).toBe('non-genetic');
    const markers = pathwayMaps(r).maps[0]!.markers;
    expect(markers.map((x) => x.protein)).toEqual(['E-cadherin', 'vimentin']);
    expect(markers[0]!.fold!).toBeLessThan(0.5);
    expect(markers[1]!.fold!).toBeGreaterThan(2);
    expect(pathwaySvg(r)).toMatch(/EMT markers \(total, vs sensitive\): E-cadherin 0\.\d+x\*, vimentin \d+(\.\d)?x\*/);
  });
});

describe('the example\'s map (MAPK bypass): each node reads its own quantity', () => {
  const path = 'examples/trk-bypass-long.csv';
  const r = analyze([{ name: path, bytes: new Uint8Array(readFileSync(path)) }]);
  const map = pathwayMaps(r).maps[0]!;
  const at = (id: string) => map.nodes.find((n) => n.id === id)!;

  it('the receptors, not raised versus KM12, are drawn unchanged, not like the driver ERK', () => {
    expect(at('ERK')).toMatchObject({ state: 'sustained', driver: true });
    for (const id of ['EGFR', 'HER2', 'MET']) {
      expect(at(id).state, id).toBe('unchanged');
      expect(FILL[at(id).state]).not.toBe(FILL[at('ERK').state]);
      expect(at(id).title).toMatch(new RegExp(`basal p${id}/${id} .*x KM12 \\(p `));
    }
  });

  it('shows the sensitive model\'s state beside the resistant\'s for TRK and downstream, with both numbers in the figure', () => {
    expect(at('TRK')).toMatchObject({ state: 'suppressed', sensitiveState: 'suppressed' });
    expect(at('ERK')).toMatchObject({ state: 'sustained', sensitiveState: 'suppressed' });
    const svg = pathwaySvg(r);
    const erk = /<g class="node state-sustained driver" data-node="ERK".*?<\/g>/.exec(svg)![0];
    expect(erk).toMatch(/>R \d+% · S \d+%</);
    expect(erk).toContain(`fill="${FILL.suppressed}"`);
  });

  it('the caption says how to read the numbers without hovering', () => {
    expect(pathwayMessages.sectionIntro()).not.toMatch(/hover/i);
  });
});

describe('pathwaySvg(results)', () => {
  const r = resultsOf('mapk-bypass');
  const svg = pathwaySvg(r);

  it('is well-formed SVG with a title, and a text label and a <title> with numbers on every node', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="group" aria-labelledby="pathway-title"/);
    const nodes = [...svg.matchAll(/<g class="node[^"]*" data-node="([^"]+)" tabindex="0" role="img" aria-label="([^"]+)"><title>([^<]+)<\/title>/g)];
    // Every node is reachable by keyboard and touch, its numbers in its accessible name (not on hover only).
    for (const n of nodes) expect(n[2]).toBe(n[3]);
    expect(nodes.length).toBe(pathwayMaps(r).maps[0]!.nodes.length);
    expect(nodes.find((n) => n[1] === 'ERK')![2]).toMatch(/^pERK in KM12-R: \d+ % of vehicle \(95 % CI .*\), sustained; KM12: .*; .*x KM12 \(p [^)]*\); total ERK .*x KM12; named by the verdict$/);
  });

  it('tells the states apart in grey print: suppressed light, sustained dark, the grey zone hatched', () => {
    const luminance = (hex: string) => {
      const [r8, g8, b8] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * r8! + 0.7152 * g8! + 0.0722 * b8!;
    };
    expect(luminance(FILL.suppressed)).toBeGreaterThan(0.8);
    expect(luminance(FILL.sustained)).toBeLessThan(0.35);
    expect(FILL.grey).toBe('url(#grey-hatch)');
    // The receptors' own scale: raised dark, unchanged white, lower dotted.
    expect(luminance(FILL.raised)).toBeLessThan(0.35);
    expect(FILL.unchanged).toBe('#ffffff');
    expect(FILL.lower).toBe('url(#lower-dots)');
  });

  it('draws arrows and unprobed outlines at 3:1 or more against white (WCAG 1.4.11), and node text at 4.5:1', () => {
    const luminance = (hex: string) => {
      const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      const [r8, g8, b8] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255));
      return 0.2126 * r8! + 0.7152 * g8! + 0.0722 * b8!;
    };
    const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);
    const lines = new Set([...svg.matchAll(/<line [^>]*stroke="(#[0-9a-f]{6})"/g)].map((x) => x[1]!));
    const dashed = new Set([...svg.matchAll(/stroke="(#[0-9a-f]{6})" stroke-width="1" stroke-dasharray/g)].map((x) => x[1]!));
    expect(lines.size + dashed.size).toBeGreaterThan(0);
    for (const colour of [...lines, ...dashed]) expect(contrast(colour), colour).toBeGreaterThanOrEqual(3);
    const notProbedText = /<g class="node state-not-probed[^>]*>.*?<text [^>]*fill="(#[0-9a-f]{6})"/.exec(svg)![1]!;
    expect(contrast(notProbedText)).toBeGreaterThanOrEqual(4.5);
  });

  it('renders to a 300 dpi PNG', async () => {
    const png = await renderPng(svg);
    expect([...png.png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.width).toBe(Math.round((Number(/width="(\d+)"/.exec(svg)![1]) * 300) / 96));
  });

  it('draws at most 12 maps and says how many were left out', () => {
    const many = { ...r, verdicts: Array.from({ length: 15 }, () => r.verdicts[0]!) };
    expect(pathwayMaps(many).maps).toHaveLength(12);
    expect(pathwaySvg(many)).toContain('showing the first 12 of 15 maps (verdicts)');
  });

  it('stands at the top of the report\'s verdict section, and is written as charts/pathway.svg and .png', async () => {
    const files = await buildReportFiles(r, { pdf: false });
    const html = files.find((f) => f.path === 'report.html')!.content as string;
    const verdicts = html.indexOf('id="verdicts"');
    expect(html.indexOf('<figure class="pathway"><svg')).toBeGreaterThan(verdicts);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['charts/pathway.svg', 'charts/pathway.png', 'charts/fraction-of-vehicle.png']));
  }, 30_000);
});
