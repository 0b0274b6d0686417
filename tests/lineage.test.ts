/**
 * analyze(inputs) with and without a stage column (docs/resistance-over-time.md).
 *
 * Without a stage column the lineage reading adds nothing: no `trajectories`, and each resistant line is
 * compared with its parental as an unrelated model, as before lineages existed (checked byte for byte
 * against commit 1f39a1c when lineages were added; later issues have since added fields of their own).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, loadInputs } from '../src/analyze.js';
import { resultsToJson } from '../src/report/jsonOutput.js';
import { inputErrorOf } from './helpers/inputs.js';
import { normalize } from '../src/normalize/normalize.js';
import { buildPreview, previewText } from '../src/report/preview.js';
import { textSummary } from '../src/report/textSummary.js';
import { runAnalysis } from '../src/app/runAnalysis.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';

const exampleText = readFileSync(new URL('../examples/trk-lineage.csv', import.meta.url), 'utf8');
const input = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
/** The example with its fifth column (weeks_on_drug) rewritten by `cell(value, row)`, or cut out. */
const withStageColumn = (cell: ((value: string, row: number) => string) | null) => exampleText.split('\n').map((line, row) => {
  if (line === '') return line;
  const cells = line.split(',');
  if (cell === null) cells.splice(4, 1);
  else cells[4] = cell(cells[4]!, row);
  return cells.join(',');
}).join('\n');

describe('analyze(inputs) with a stage column', () => {
  it('gives one trajectory: the stages in week order, each with its verdict, MAPK bypass emerged at week 8', () => {
    const r = analyze([input('trk-lineage.csv', exampleText)]);
    expect(r.trajectories).toHaveLength(1);
    const t = r.trajectories![0]!;
    expect(t.stages.map((s) => [s.line, s.weeksOnDrug])).toEqual([['KM12-LR w2', 2], ['KM12-LR w4', 4], ['KM12-LR w8', 8], ['KM12-LR w16', 16]]);
    for (const s of t.stages) {
      const v = r.verdicts.find((x) => x.line === s.line)!;
      expect([s.mechanism, s.confidence]).toEqual([v.mechanism, v.confidence]);
    }
    expect(t.emerged).toMatchObject({ mechanism: 'mapk-bypass', weeksOnDrug: 8 });
    expect(t.trend?.target).toBe('ERK');
    expect(t.summary).toMatch(/^KM12-LR: MAPK bypass emerged by week 8, strong from week 8; pERK escape grows with time on drug$/);
  });

  it('reads days on drug as weeks', () => {
    const r = analyze([input('days.csv', withStageColumn((v, row) => (row === 0 ? 'Days on drug' : v === '' ? '' : String(Number(v) * 7))))]);
    expect(r.trajectories![0]!.stages.map((s) => s.weeksOnDrug)).toEqual([2, 4, 8, 16]);
  });

  it('stops at a resistant line at stage 0, located', () => {
    const error = inputErrorOf(() => analyze([input('zero.csv', withStageColumn((v, row) => (row > 0 && v === '2' ? '0' : v)))]));
    expect(error.code).toBe('resistant-stage-zero');
    expect(error.at?.file).toBe('zero.csv');
    expect(error.at?.row).toBeGreaterThan(1);
  });
});

describe('analyze(inputs) without a stage column', () => {
  it('gives no trajectories, and each stage its own verdict against the parental as with the column', () => {
    const now = JSON.parse(resultsToJson(analyze([input('trk-lineage-no-stage.csv', withStageColumn(null))]))) as { verdicts: { line: string; mechanism: string }[] };
    expect(now).not.toHaveProperty('trajectories');
    const staged = analyze([input('trk-lineage.csv', exampleText)]);
    expect(now.verdicts.map((v) => [v.line, v.mechanism])).toEqual(staged.verdicts.map((v) => [v.line, v.mechanism]));
  });

  it('gives no trajectory when the stage column is blank on every row', () => {
    expect(analyze([input('blank.csv', withStageColumn((v, row) => (row === 0 ? v : '')))])).not.toHaveProperty('trajectories');
  });
});

describe('the shells around analyze() with a lineage', () => {
  it('validate previews the lineage and its stages in order; without a stage column the preview has no lineages', () => {
    const preview = (text: string) => {
      const loaded = loadInputs([input('trk-lineage.csv', text)]);
      return buildPreview(loaded, normalize(loaded.flatMap((f) => f.bands), { ...DEFAULT_SETTINGS, pairs: [] }));
    };
    const p = preview(exampleText);
    expect(p.lineages).toEqual([expect.objectContaining({ name: 'KM12-LR', parental: 'KM12', scale: 'weeks' })]);
    expect(previewText(p)).toContain('lineage KM12-LR (from KM12, 4 stages): KM12-LR w2 at week 2, KM12-LR w4 at week 4, KM12-LR w8 at week 8, KM12-LR w16 at week 16\n');
    expect(preview(withStageColumn(null))).not.toHaveProperty('lineages');
    // a stage column with one resistant population is a lineage of one
    const one = preview(withStageColumn((v, row) => (row === 0 ? 'passage' : v === '8' ? '12' : ''))).lineages!;
    expect(one).toEqual([{ name: 'KM12-LR w8', parental: 'KM12', scale: 'order', stages: [{ line: 'KM12-LR w8', value: 12 }] }]);
  });

  it('the command line summary ends with the lineage line and its trend', () => {
    const summary = textSummary(analyze([input('trk-lineage.csv', exampleText)]), null);
    expect(summary).toMatch(/\nResistance over time:\n  KM12-LR: MAPK bypass emerged by week 8, strong from week 8; pERK escape grows with time on drug\n    trend: pERK's escape grows/);
  });

  it('the browser app writes the same report section', async () => {
    const outcome = await runAnalysis({ files: [input('trk-lineage.csv', exampleText)], options: {} });
    if (!outcome.ok) throw new Error(outcome.messages.join('\n'));
    const report = outcome.files.find((f) => f.name === 'report.html')!;
    const html = 'text' in report ? report.text : '';
    expect(html).toContain('<section id="resistance-over-time">');
    expect(html).toContain('id="chart-trajectory-km12-lr"');
  });
});
