/**
 * Colour in the charts, for grey print and colour blindness (WCAG 1.4.1, 1.4.11):
 * - no chart tells models apart by colour alone: every layer coloured by model also carries the
 *   model as a shape (points), a line dash (lines, interval rules), or its own slot (xOffset);
 * - the model palette: neighbours in design order differ by at least 14 CIE L* units in normal
 *   vision, in grey (L* of the luminance) and under simulated deuteranopia (Machado, Oliveira &
 *   Fernandes 2009, severity 1.0, applied in linear RGB); every colour keeps 3:1 on white;
 * - the key chart's models, both heat maps' colour ends and middle, and the pathway map's states keep
 *   their order in lightness (the distinction survives grey print and deuteranopia); heat-map text
 *   keeps 4.5:1 on its cell. (The pathway map's text contrast belongs to pathwayMap.ts and issue 27.)
 *
 * Reference (numpy, the same formulas; /usr/bin/python3):
 *   >>> M = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
 *   hex      L*    L* deuteranopia  contrast on white
 *   #1B3F66  26.0  24.8             10.77
 *   #D55E00  54.2  58.0             3.87
 *   #6A3D9A  35.5  35.8             7.64
 *   #B8860B  59.2  61.0             3.25
 *   #3E5C80  38.3  37.2             6.89
 *   #9A9A9A  63.6  63.6             2.81
 *   #E8A25C  72.1  74.2             2.15
 *   #FFE3A3  91.2  92.1             1.25
 */
import { describe, expect, it } from 'vitest';
import { pathwaySvg } from '../../../src/report/charts/pathwayMap.js';
import { chartList, reportCharts } from '../../../src/report/charts/reportCharts.js';
import { modelColourScale } from '../../../src/report/charts/modelColours.js';
import { signedScale } from '../../../src/report/charts/signedColours.js';
import { screenHeatmapChart } from '../../../src/report/charts/screenHeatmapChart.js';
import { verdictReadouts } from '../../../src/report/screen/screenReadouts.js';
import { orderVerdicts } from '../../../src/report/screen/screenView.js';
import type { Design } from '../../../src/normalize/types.js';
import { designResults, edgeDatasets, exampleResults } from '../reportDatasets.js';

const MACHADO_DEUTERANOPIA = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]] as const;

function linear(hex: string): [number, number, number] {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
}
const luminance = ([r, g, b]: readonly number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
const lStar = (y: number) => 116 * (y > 0.008856 ? Math.cbrt(y) : 7.787 * y + 16 / 116) - 16;
const deuteranopia = (rgb: readonly number[]) => MACHADO_DEUTERANOPIA.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0]! + row[1] * rgb[1]! + row[2] * rgb[2]!)));
/** L* as printed in grey, and as seen with deuteranopia. */
const grey = (hex: string) => lStar(luminance(linear(hex)));
const deutan = (hex: string) => lStar(luminance(deuteranopia(linear(hex))));
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(linear(a)), luminance(linear(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

type SpecNode = Record<string, unknown>;
function objects(value: unknown): SpecNode[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value !== null && typeof value === 'object') return [value as SpecNode, ...Object.values(value).flatMap(objects)];
  return [];
}
const fieldOf = (encoding: SpecNode, channel: string) => (encoding[channel] as { field?: unknown } | undefined)?.field;

const design = (statuses: readonly ('sensitive' | 'resistant')[]): Design => ({
  models: statuses.map((status, i) => ({ line: `M${i}`, status })), pairs: [], membranes: [], replicates: [], conditions: [], targets: [], loadingControls: [],
});

function expectNeighboursApart(colours: readonly string[], what: string): void {
  for (let i = 1; i < colours.length; i++) {
    const [a, b] = [colours[i - 1]!, colours[i]!];
    expect(Math.abs(grey(a) - grey(b)), `${what}: ${a} / ${b} in grey`).toBeGreaterThanOrEqual(14);
    expect(Math.abs(deutan(a) - deutan(b)), `${what}: ${a} / ${b} under deuteranopia`).toBeGreaterThanOrEqual(14);
  }
}

describe('chart colours', () => {
  it('the L* and contrast computations agree with the numpy reference', () => {
    expect(grey('#1B3F66')).toBeCloseTo(26.0, 1);
    expect(deutan('#D55E00')).toBeCloseTo(58.0, 1);
    expect(grey('#FFE3A3')).toBeCloseTo(91.2, 1);
    expect(contrast('#6A3D9A', '#ffffff')).toBeCloseTo(7.64, 2);
  });

  it('no chart tells models apart by colour alone', () => {
    const conditions = [1, 24].flatMap((time) => [1, 10, 100, 1000].map((dose) => ({ treatment: 'larotrectinib', dose, time })));
    const sets = [...edgeDatasets().map((d) => d.results), designResults({ seed: 7, resistant: ['R1', 'R2', 'R3'], replicates: 2, conditions })];
    let checked = 0;
    for (const results of sets) {
      for (const chart of chartList(reportCharts(results))) {
        for (const node of objects(chart.spec)) {
          const encoding = node.encoding as SpecNode | undefined;
          if (!encoding || fieldOf(encoding, 'color') !== 'model') continue;
          checked += 1;
          const second = ['shape', 'strokeDash', 'xOffset'].filter((channel) => fieldOf(encoding, channel) === 'model');
          expect(second, `${chart.name}: a layer coloured by model (${JSON.stringify(node.mark)})`).not.toEqual([]);
          const mark = node.mark as { opacity?: number } | undefined;
          expect(mark?.opacity ?? 1, `${chart.name}: marks at full opacity`).toBe(1);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the model palette: neighbours differ in lightness in grey and under deuteranopia; every colour 3:1 on white', () => {
    const designs = [
      ['sensitive', 'resistant'], ['sensitive', 'resistant', 'resistant', 'resistant', 'resistant', 'resistant', 'resistant'],
      ['sensitive', 'resistant', 'sensitive', 'resistant'], ['sensitive', 'sensitive', 'resistant', 'resistant'], Array(12).fill('resistant'),
    ] as const;
    for (const statuses of designs) {
      const { range } = modelColourScale(design(statuses));
      expectNeighboursApart(range, statuses.join(','));
      for (const colour of range) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('the key chart: its models apart in grey and under deuteranopia', () => {
    const key = reportCharts(designResults({ seed: 1, resistant: ['KM12-LR', 'KM12-ER', 'KM12-XR'] })).fractionOfVehicle;
    const scale = objects(key.spec).map((o) => (o as { scale?: { range?: unknown[] } }).scale).find((s) => String(s?.range?.[0]).startsWith('#'))!;
    expect(scale.range!.length).toBe(4);
    expectNeighboursApart(scale.range as string[], 'key chart');
  });

  it('the heat maps: lightness rises with the value (its sign survives grey and deuteranopia), and cell text keeps 4.5:1', () => {
    const heat = signedScale(4);
    const lows = heat.range.map(grey);
    const deut = heat.range.map(deutan);
    for (let i = 1; i < lows.length; i++) {
      expect(lows[i]!, `grey step ${i}`).toBeGreaterThan(lows[i - 1]! + 5);
      expect(deut[i]!, `deuteranopia step ${i}`).toBeGreaterThan(deut[i - 1]! + 5);
    }
    // Below zero (past -0.05) white text, from there up black text (resistantVsSensitiveHeatmap.ts).
    for (const colour of heat.range.slice(0, 2)) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    for (const colour of heat.range.slice(2)) expect(contrast(colour, '#000000'), colour).toBeGreaterThanOrEqual(4.5);
    const spec = reportCharts(exampleResults()).heatmap.spec;
    expect(JSON.stringify(spec)).toContain(JSON.stringify(heat.range));
    const legend = objects(spec).find((o) => Array.isArray((o as { values?: unknown }).values) && (o as { title?: unknown }).title !== undefined) as { values: number[] };
    expect(legend.values).toContain(0);

    const screen = designResults({ seed: 3, resistant: Array.from({ length: 10 }, (_, i) => `R${i}`) });
    const chart = screenHeatmapChart(screen, verdictReadouts(screen, orderVerdicts(screen.verdicts)));
    const classes = objects(chart.spec).find((o) => fieldOf(o, 'field') === undefined && (o as { field?: unknown }).field === 'fClass') as { scale: { range: string[] } };
    const [suppressed, partial, sustained] = classes.scale.range;
    expect(grey(suppressed!)).toBeLessThan(grey(partial!) - 14);
    expect(grey(partial!)).toBeLessThan(grey(sustained!) - 14);
    expect(deutan(suppressed!)).toBeLessThan(deutan(partial!) - 14);
    expect(deutan(partial!)).toBeLessThan(deutan(sustained!) - 14);
    expect(contrast(suppressed!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    for (const colour of [partial!, sustained!]) expect(contrast(colour, '#000000')).toBeGreaterThanOrEqual(4.5);
    const axes = objects((chart.spec as { layer: unknown }).layer).map((o) => (o as { axis?: { grid?: unknown } }).axis).filter((a) => a !== undefined);
    expect(axes.length).toBeGreaterThanOrEqual(2);
    for (const axis of axes) expect(axis.grid, 'no grid lines through cells').toBe(false);
  });

  // The map's own text contrast is issue 27's (pathwayMap.ts); here only what tells its states apart.
  it('the pathway map (as drawn): suppressed, sustained and unprobed nodes apart in grey and under deuteranopia', () => {
    const svg = pathwaySvg(exampleResults());
    const drawn = new Map<string, { fill: string }>();
    // Each node's first rect is its fill (patterns, url(#...), are told apart by their texture and skipped).
    for (const match of svg.matchAll(/class="node state-([a-z-]+)[^"]*"[^>]*>(?:<title>[^<]*<\/title>)?<rect [^>]*fill="(#[0-9a-fA-F]{6})"/g)) {
      drawn.set(match[1]!, { fill: match[2]! });
    }
    expect([...drawn.keys()]).toEqual(expect.arrayContaining(['suppressed', 'sustained']));
    // States compared within their own scale: the resistant model's state under the drug, and (where the
    // map draws it) a receptor's baseline versus the sensitive line; unprobed nodes are told apart by
    // their dashed outline, not their fill, so they are not compared with a baseline state.
    const scales = [['suppressed', 'sustained', 'not-probed'], ['raised', 'unchanged']];
    const states = [...drawn.entries()];
    const sameScale = (a: string, b: string) => scales.some((scale) => scale.includes(a) && scale.includes(b));
    for (let i = 0; i < states.length; i++) {
      const [name, { fill }] = states[i]!;
      for (const [other, { fill: otherFill }] of states.slice(i + 1).filter(([o]) => sameScale(name, o))) {
        expect(Math.abs(grey(fill) - grey(otherFill)), `${name} / ${other} in grey`).toBeGreaterThanOrEqual(5);
        expect(Math.abs(deutan(fill) - deutan(otherFill)), `${name} / ${other} under deuteranopia`).toBeGreaterThanOrEqual(5);
      }
    }
  });
});
