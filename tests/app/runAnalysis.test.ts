/**
 * The browser app's analysis gives the command line's answers: for the same files and options,
 * results.json, normalized.csv and comparisons.csv are byte-identical to what `blotbypass analyze`
 * writes (the app's input names are the CLI's paths here, so even inputs[].file agrees), and bad
 * input gives the CLI's located messages. This runs in Node; tests/browser/app.browser.test.ts runs
 * the built page in Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { runAnalysis, type AppOutcome } from '../../src/app/runAnalysis.js';
import type { AppOptionValues } from '../../src/app/appRequest.js';

const dir = mkdtempSync(join(tmpdir(), 'blotbypass-app-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DATA_FILES = ['results.json', 'normalized.csv', 'comparisons.csv'];
/** The app's clock and the CLI's SOURCE_DATE_EPOCH: the same time, so the same stamp. */
const NOW = 1_767_225_600_000;

async function cli(args: readonly string[], out: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await run(['analyze', ...args, '--out', join(dir, out), '--no-pdf'], { stdout: () => {}, stderr: (t) => { stderr += t; }, env: { SOURCE_DATE_EPOCH: String(NOW / 1000) }, cwd: process.cwd() });
  return { code, stderr };
}

/**
 * A written results.json less its last key, `outputFiles` (the list of the output folder's files:
 * the app writes no folder, so its results.json has none).
 */
const withoutOutputList = (text: string) => text.replace(/,\n {2}"outputFiles": \[[^\]]*\]\n\}\n$/, '\n}\n');

const bytes = (path: string) => ({ name: path, bytes: new Uint8Array(readFileSync(path)) });

function files(outcome: AppOutcome): Map<string, string> {
  if (!outcome.ok) throw new Error(`the app's analysis failed: ${outcome.messages.join('\n')}`);
  return new Map(outcome.files.map((f) => [f.name, 'text' in f ? f.text : Buffer.from(f.bytes).toString('latin1')]));
}

const cases: { name: string; args: string[]; data: string[]; variants?: string[]; options?: AppOptionValues }[] = [
  { name: 'long layout', args: ['examples/trk-bypass-long.csv'], data: ['examples/trk-bypass-long.csv'] },
  { name: 'wide layout with variants', args: ['examples/trk-bypass-wide.csv', '--variants', 'examples/km12-lr-variants.maf'], data: ['examples/trk-bypass-wide.csv'], variants: ['examples/km12-lr-variants.maf'] },
  { name: 'dose series', args: ['examples/trk-dose-response.csv'], data: ['examples/trk-dose-response.csv'] },
  { name: 'time course', args: ['examples/trk-time-course.csv'], data: ['examples/trk-time-course.csv'] },
  {
    name: 'long layout with options',
    args: ['examples/trk-bypass-long.csv', '--test', 'welch', '--confidence', '0.9', '--loading', 'GAPDH', '--drift-fold', '2', '--saturation', '60000'],
    data: ['examples/trk-bypass-long.csv'],
    options: { test: 'welch', confidence: ' 0.9 ', loading: 'GAPDH', driftFold: '2', saturation: '60000', weakReference: '' },
  },
];

describe('runAnalysis (the browser app) against blotbypass analyze', () => {
  for (const c of cases) {
    it(`${c.name}: results.json, normalized.csv and comparisons.csv are byte-identical`, async () => {
      const out = c.name.replace(/\W+/g, '-');
      expect((await cli(c.args, out)).code).toBe(0);
      const app = files(await runAnalysis({ files: c.data.map(bytes), ...(c.variants ? { variants: c.variants.map(bytes) } : {}), options: c.options ?? {}, now: NOW }));
      for (const name of DATA_FILES) {
        const written = readFileSync(join(dir, out, name), 'utf8');
        expect(app.get(name), name).toBe(name === 'results.json' ? withoutOutputList(written) : written);
      }
      expect(app.get('report.html')).toMatch(/^<!DOCTYPE html>/i);
    });
  }

  it('reports progress through every stage of the pipeline and the report', async () => {
    const stages: string[] = [];
    await runAnalysis({ files: [bytes('examples/trk-bypass-long.csv')], options: {} }, (stage) => { if (stages.at(-1) !== stage) stages.push(stage); });
    expect(stages[0]).toBe('load');
    expect(stages.at(-1)).toBe('report');
    expect(stages).toEqual(expect.arrayContaining(['normalize', 'compare', 'rules']));
  });

  it('hands over the report and the data files first, before report.pdf and the figure; the outcome has every file, the same text', async () => {
    const early: AppOutcome[] = [];
    const outcome = await runAnalysis({ files: [bytes('examples/trk-bypass-long.csv')], options: {}, now: NOW }, undefined, (o) => early.push(o));
    expect(early).toHaveLength(1);
    const first = files(early[0]!);
    const all = files(outcome);
    expect([...first.keys()]).toEqual(expect.arrayContaining(['results.json', 'report.html', 'prism.pzfx', 'charts/pathway.svg', 'charts/fraction-of-vehicle.svg']));
    expect(first.has('report.pdf') || first.has('charts/figure.svg')).toBe(false);
    expect([...all.keys()]).toEqual(expect.arrayContaining([...first.keys(), 'report.pdf', 'charts/figure.svg', 'charts/figure.vl.json']));
    for (const [name, text] of first) expect(all.get(name), name).toBe(text);
  });

  it('a bad value gives the same located message as the CLI and no files', async () => {
    const text = readFileSync('examples/trk-bypass-long.csv', 'utf8').replace('7257.8', 'n/a7');
    const bad = join(dir, 'bad.csv');
    (await import('node:fs')).writeFileSync(bad, text);
    const { code, stderr } = await cli([bad], 'bad');
    expect(code).toBe(2);
    const outcome = await runAnalysis({ files: [{ name: bad, bytes: new TextEncoder().encode(text) }], options: {} });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.internal).toBe(false);
    expect(outcome.messages.map((line) => `error: ${line}\n`).join('')).toBe(stderr);
    expect(outcome.messages[0]).toMatch(/bad\.csv:2 \(column "signal"\).*not a number/);
  });

  it('a bad option value is refused with the flag named, as on the command line', async () => {
    const outcome = await runAnalysis({ files: [bytes('examples/trk-bypass-long.csv')], options: { confidence: '95%' } });
    expect(outcome).toMatchObject({ ok: false, internal: false });
    if (!outcome.ok) expect(outcome.messages[0]).toMatch(/--confidence/);
  });
});
