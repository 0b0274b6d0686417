/**
 * The screen report: past eight resistant models the report opens with an overview of every verdict
 * (counts per mechanism, a compact heat map, a sortable table) and draws its per-model charts for six
 * models, one of each mechanism first. A screen of the shape (dose series x time course,
 * replicates, many models) is built and reported here at a size CI runs in seconds; the full
 * 1,000-model screen runs in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { reportFiles } from '../../../src/report/html/reportFiles.js';
import { verdictReadouts } from '../../../src/report/screen/screenReadouts.js';
import { CHARTED_RESISTANT, chartedResults, orderVerdicts, screenView } from '../../../src/report/screen/screenView.js';
import type { Results } from '../../../src/results.js';
import { designResults, exampleResults, fullVerdict } from '../reportDatasets.js';

/** The screen shape, small: 5 doses at 2 times, 2 replicates, `n` resistant models. */
function screen(n: number): Results {
  const conditions = [1, 24].flatMap((time) => [1, 10, 100, 1000].map((dose) => ({ treatment: 'larotrectinib', dose, time })));
  return designResults({ seed: 7, resistant: Array.from({ length: n }, (_, i) => `R${String(i + 1).padStart(3, '0')}`), replicates: 2, conditions }, 'screen.csv');
}

const html = async (results: Results) => (await reportFiles(results)).find((f) => f.path === 'report.html')!.content as string;

describe('screenView', () => {
  it('is off for an experiment of a few models', () => {
    expect(screenView(exampleResults())).toBeNull();
  });

  it('orders verdicts by mechanism (first appearance), then confidence, keeping input order within', () => {
    const verdicts = [
      fullVerdict({ line: 'A', mechanism: 'mapk-bypass', confidence: 'moderate' }),
      fullVerdict({ line: 'B', mechanism: 'on-target', confidence: 'strong' }),
      fullVerdict({ line: 'C', mechanism: 'mapk-bypass', confidence: 'strong' }),
      fullVerdict({ line: 'D', mechanism: 'on-target', confidence: 'provisional' }),
      fullVerdict({ line: 'E', mechanism: 'mapk-bypass', confidence: 'strong' }),
    ];
    expect(orderVerdicts(verdicts).map((v) => v.line)).toEqual(['C', 'E', 'A', 'B', 'D']);
  });

  it('charts one model of each mechanism first, then the next in table order', () => {
    const mechanisms = ['mapk-bypass', 'mapk-bypass', 'mapk-bypass', 'on-target', 'mapk-bypass', 'pi3k-akt-bypass', 'mapk-bypass', 'mapk-bypass', 'mapk-bypass', 'inconclusive'] as const;
    const verdicts = mechanisms.map((mechanism, i) => fullVerdict({ line: `R${i}`, mechanism, confidence: 'strong' }));
    const design = { models: [{ line: 'S', status: 'sensitive' as const }, ...verdicts.map((v) => ({ line: v.line, status: 'resistant' as const }))] } as Results['design'];
    const view = screenView({ design, verdicts })!;
    expect(view.resistantTotal).toBe(10);
    expect(view.charted).toEqual(['R0', 'R3', 'R5', 'R9', 'R1', 'R2']);
    expect(view.charted).toHaveLength(CHARTED_RESISTANT);
  });
});

describe('a screen report', () => {
  const results = screen(12);
  const view = screenView(results)!;

  it('restricts the per-model charts to the charted models and their partner', () => {
    const charted = chartedResults(results, view.charted);
    const lines = new Set([...view.charted, 'KM12']);
    expect(new Set(charted.design.models.map((m) => m.line))).toEqual(lines);
    expect(new Set(charted.lanes.map((l) => l.line))).toEqual(lines);
    expect(charted.comparisons.every((c) => view.charted.includes(c.line))).toBe(true);
    expect(charted.comparisons.length).toBe(results.comparisons.filter((c) => view.charted.includes(c.line)).length);
    expect(charted.doseResponses.every((d) => lines.has(d.line))).toBe(true);
    expect(charted.loading.length).toBeGreaterThan(0);
  });

  it('reads every verdict at its reading dose and time', () => {
    const readouts = verdictReadouts(results, view.verdictOrder);
    expect(readouts).toHaveLength(results.verdicts.length);
    for (const r of readouts) {
      expect(r.dose_nM).toBe(r.verdict.dose_nM ?? r.verdict.readingDose_nM);
      const trk = r.fractions[results.design.targets.findIndex((t) => t.protein === 'TRK')];
      const comparison = results.comparisons.find((c) => c.line === r.verdict.line && c.target === 'TRK' && c.dose_nM === r.dose_nM && c.time_h === r.time_h)!;
      expect(trk).toBe(comparison.fractionOfVehicle.estimate);
    }
  });

  it('opens with the overview: counts per mechanism, the heat map of every model, every verdict in a sortable table', async () => {
    const page = await html(results);
    const overview = page.slice(page.indexOf('<section id="screen">'), page.indexOf('<section id="answer">'));
    expect(overview).toContain('12 resistant models');
    const counted = [...overview.matchAll(/<tr class="mechanism-[^"]+"><th scope="row">[^<]+<\/th>(?:<td class="num">\d+<\/td>){3}<td class="num">(\d+)<\/td><\/tr>/g)].map((x) => Number(x[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(results.verdicts.length);
    expect(overview).toContain('data-chart="screen-heatmap"');
    const table = overview.slice(overview.indexOf('<table class="numbers sortable screen-verdicts">'));
    expect(table.match(/<tr class="mechanism-/g)).toHaveLength(results.verdicts.length);
    expect(page).toContain(`drawn for ${CHARTED_RESISTANT} of 12 resistant models`);
    expect(page.indexOf('<section id="screen">')).toBeLessThan(page.indexOf('<nav class="toc"'));
  }, 60_000);

  it('stays the same size whatever the number of models, less the table rows', async () => {
    const small = await html(results);
    const large = await html(screen(36));
    const rowBytes = (page: string) => page.match(/<tr class="mechanism-[^>]*>.*?<\/tr>/g)!.join('').length;
    // Per verdict: one table row and a heat-map row (4 cells in the SVG and in the spec, about 4.5 kB); everything else is drawn for six models.
    const perModel = (large.length - rowBytes(large) - (small.length - rowBytes(small))) / 24;
    expect(perModel).toBeLessThan(6_000);
    expect(large.length).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);
});
