/**
 * The report with a lineage: the first-screen line, the "resistance over time" section (summary,
 * chart, a row per stage, trend, next steps), and charts/trajectory-<lineage>.vl.json/.svg/.png.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { escapeHtml } from '../../../src/report/html/escapeHtml.js';
import { reportFiles } from '../../../src/report/html/reportFiles.js';
import { trajectoryAnswers, trajectorySection } from '../../../src/report/html/trajectorySection.js';
import type { OutputFile } from '../../../src/report/writeOutputs.js';
import type { Results } from '../../../src/results.js';

const exampleText = readFileSync(new URL('../../../examples/trk-lineage.csv', import.meta.url), 'utf8');
let results: Results;
let files: OutputFile[];
let html: string;

beforeAll(async () => {
  results = analyze([{ name: 'trk-lineage.csv', bytes: new Uint8Array(Buffer.from(exampleText, 'utf8')) }]);
  files = await reportFiles(results);
  html = files[0]!.content as string;
});

const text = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the report of a lineage', () => {
  it('opens with the lineage\'s line on the first screen, before the verdicts of its stages', () => {
    const answer = html.slice(html.indexOf('<section id="answer">'), html.indexOf('<section id="drug-effect">'));
    expect(text(answer)).toContain('KM12-LR: MAPK bypass emerged by week 8, strong from week 8; pERK escape grows with time on drug');
    expect(answer.indexOf('class="answer lineage')).toBeLessThan(answer.indexOf('class="answer mechanism-'));
  });

  it('has a "resistance over time" section after the verdicts, with the chart, a row per stage, the trend and the next steps', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids.indexOf('resistance-over-time')).toBe(ids.indexOf('verdicts') + 1);
    const section = html.slice(html.indexOf('<section id="resistance-over-time">'), html.indexOf('<section id="phospho-total">'));
    expect(section).toContain('id="chart-trajectory-km12-lr"');
    const rows = [...section.matchAll(/<tr><td>([^<]*)<\/td><td class="nowrap">([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td class="num">([^<]*)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toEqual(results.trajectories![0]!.stages.map((s) => {
      const v = results.verdicts.find((x) => x.line === s.line)!;
      return [s.line, `week ${s.weeksOnDrug}`, v.mechanism === 'mapk-bypass' ? 'MAPK bypass' : 'no call', v.confidence, '3'];
    }));
    expect(text(section)).toContain(escapeHtml(results.trajectories![0]!.trend!.sentence));
    expect(text(section)).toContain('would have to start before week 8');
  });

  it('writes charts/trajectory-km12-lr.vl.json, .svg and .png', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['charts/trajectory-km12-lr.vl.json', 'charts/trajectory-km12-lr.svg', 'charts/trajectory-km12-lr.png']));
    const png = files.find((f) => f.path === 'charts/trajectory-km12-lr.png')!.content as Uint8Array;
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
  });
});

describe('trajectoryAnswers(results) and trajectorySection(trajectories, figures)', () => {
  it('write nothing for the first screen without trajectories', () => {
    expect(trajectoryAnswers({})).toBe('');
  });

  it('escape names', () => {
    const t = { ...results.trajectories![0]!, lineage: '<b>LR</b>', summary: '<b>LR</b>: x' };
    expect(trajectoryAnswers({ trajectories: [t] })).not.toContain('<b>');
    expect(trajectorySection([t], [''])).not.toContain('<b>');
  });
});
