/**
 * The follow-up experiment in the report: a chart per follow-up question (valid against vega-lite's
 * JSON schema, rendered to SVG with vega in Node without warnings), the follow-up section, and the
 * answer line that tells the follow-up's outcome.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateFollowUp } from '../../bench/calibration/followUps.mjs';
import { analyze } from '../../src/analyze.js';
import { chartList, reportCharts } from '../../src/report/charts/reportCharts.js';
import { chartedFollowUps, followUpCharts, MAX_FOLLOW_UP_CHARTS } from '../../src/report/charts/followUpChart.js';
import { reportFiles } from '../../src/report/html/reportFiles.js';
import { followUpSection } from '../../src/report/html/followUpSection.js';
import { MAX_COMPARISON_ROWS } from '../../src/report/html/numberTables.js';
import { renderSvg } from '../../src/report/renderSvg.js';
import type { Results } from '../../src/results.js';
import { textInput } from '../helpers/inputs.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json'), 'utf8')) as object;

const results = (caseName: string): Results => analyze([textInput('f.csv', simulateFollowUp({ caseName, n: 3, cv: 0.1, seed: 11 }))]);

describe('followUpCharts(results)', () => {
  it('draws one chart per model pair, readout and time: valid vega-lite, rendered without warnings', async () => {
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
    for (const caseName of ['MEK combination restores (MAPK bypass)', 'MET combination restores (receptor bypass)', 'next-generation inhibitor restores (on-target)']) {
      const charts = followUpCharts(results(caseName));
      expect(charts.length, caseName).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(validate(chart.spec) ? [] : validate.errors!.slice(0, 3), `${caseName}: ${chart.name}`).toEqual([]);
        const { svg, warnings } = await renderSvg(chart.spec, `${chart.name}-`);
        expect(warnings).toEqual([]);
        expect(svg).toMatch(/^<svg[\s\S]*<path/);
      }
    }
  });

  it('shows every arm at the follow-up\'s time for its readout, both models, with intervals; names and places the charts', () => {
    const r = results('MET combination restores (receptor bypass)');
    const charts = chartList(reportCharts(r));
    expect(charts.map((c) => c.name)).toEqual(['fraction-of-vehicle', 'follow-up-1', 'follow-up-2', 'phospho-total', 'log2-heatmap', 'loading-control']);
    const erk = charts[1]!;
    expect(erk.title).toBe('Follow-up larotrectinib + capmatinib: pERK in KM12-R and KM12 under each arm');
    expect(erk.caption).toContain('Larotrectinib + capmatinib restores pERK suppression in KM12-R');
    const rows = (erk.spec as { data: { values: { kind: string; arm: string; model: string; ciLow: number | null }[] } }).data.values.filter((v) => v.kind === 'estimate');
    expect(new Set(rows.map((v) => v.arm))).toEqual(new Set(['larotrectinib 100 nM', 'capmatinib 100 nM', 'larotrectinib + capmatinib 100 nM']));
    expect(new Set(rows.map((v) => v.model))).toEqual(new Set(['KM12', 'KM12-R']));
    expect(rows.every((v) => v.ciLow !== null)).toBe(true);
    expect(chartedFollowUps(r.followUps!).map((f) => [f.arm, f.readout])).toEqual([['larotrectinib + capmatinib', 'ERK'], ['capmatinib', 'MET']]);
    expect(MAX_FOLLOW_UP_CHARTS).toBeGreaterThanOrEqual(2);
  });

  it('draws none for an experiment without follow-up arms', () => {
    expect(followUpCharts({ ...results('MEK combination restores (MAPK bypass)'), followUps: [] })).toEqual([]);
  });
});

describe('report.html with a follow-up experiment', () => {
  let html: string;
  beforeAll(async () => {
    html = (await reportFiles(results('MEK combination restores (MAPK bypass)')))[0]!.content as string;
  });

  it('adds the outcome to the answer line and moves the next step on', () => {
    const answer = html.slice(html.indexOf('<section id="answer">'), html.indexOf('<section id="drug-effect">')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(answer).toMatch(/MAPK bypass .* Confirmed: larotrectinib \+ trametinib restores pERK suppression in KM12-R: [0-9.]+ % of vehicle vs [0-9.]+ % under larotrectinib/);
    expect(answer).toContain('Next: test larotrectinib + trametinib for viability and synergy');
  });

  it('has a follow-up section after the verdicts with a row per follow-up and its chart', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids.slice(0, 4)).toEqual(['answer', 'drug-effect', 'verdicts', 'follow-up']);
    const section = html.slice(html.indexOf('<section id="follow-up">'), html.indexOf('<section id="phospho-total">'));
    expect(section).toContain('<table class="follow-ups">');
    expect(section.match(/<tr>/g)).toHaveLength(3);
    expect(section).toContain('restored, confirms the verdict');
    expect(section).toContain('id="chart-follow-up-1"');
  });

  it('stops a long follow-up table at the comparison table\'s cap and says that results.json has every row', () => {
    const one = results('MEK combination restores (MAPK bypass)');
    const many = { ...one, followUps: Array.from({ length: 400 }, (_, i) => one.followUps![i % one.followUps!.length]!) };
    const section = followUpSection(many, []);
    expect(section.match(/<tr>/g)).toHaveLength(MAX_COMPARISON_ROWS + 1);
    expect(section).toContain(`showing the first ${MAX_COMPARISON_ROWS} of 400 rows; every row is in results.json`);
    expect(followUpSection(one, [])).not.toContain('showing the first');
  });
});
