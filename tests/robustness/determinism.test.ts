/**
 * Determinism: the same input gives the same bytes in every output file (results.json, the CSVs,
 * report.html, the charts), run after run, in one process or in fresh ones, whatever the time zone
 * or locale, given the same SOURCE_DATE_EPOCH; without it the time of the run is stamped.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { builtCli, makeTempDir, readTree, spawnCli } from './harness.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

let dir: string;
beforeAll(() => {
  dir = makeTempDir();
  for (const name of ['trk-bypass-long.csv', 'trk-bypass-wide.csv']) copyFileSync(join(EXAMPLES, name), join(dir, name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

async function analyzeInProcess(inputs: readonly string[], out: string, env: Record<string, string> = EPOCH): Promise<Map<string, Buffer>> {
  let stderr = '';
  const code = await run(['analyze', ...inputs.map((i) => join(dir, i)), '--out', join(dir, out)], { stdout: () => undefined, stderr: (t) => { stderr += t; }, env, cwd: dir });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return readTree(join(dir, out));
}

function expectSameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), `${name} differs`).toBe(true);
}

describe('two runs on the same input give byte-identical outputs', () => {
  for (const inputs of [['trk-bypass-long.csv'], ['trk-bypass-wide.csv']]) {
    it(`${inputs.join(' + ')}: every output file, twice in one process`, async () => {
      const tag = inputs.map((i) => i.replace('.csv', '')).join('+');
      const first = await analyzeInProcess(inputs, `${tag}-1`);
      const second = await analyzeInProcess(inputs, `${tag}-2`);
      expect(first.has('results.json') && first.has('normalized.csv') && first.has('comparisons.csv')).toBe(true);
      expectSameTree(first, second);
    });
  }

  it('without SOURCE_DATE_EPOCH stamps the time of the run in results.json and the report', async () => {
    const outputs = await analyzeInProcess(['trk-bypass-long.csv'], 'no-epoch', {});
    const stamp = JSON.parse(outputs.get('results.json')!.toString('utf8')).generatedAt as string;
    expect(Math.abs(Date.parse(stamp) - Date.now())).toBeLessThan(10 * 60_000);
    expect(outputs.get('report.html')!.toString('utf8')).toContain(`analysed ${stamp.slice(0, 10)} ${stamp.slice(11, 16)} UTC`);
  });

  it('honours SOURCE_DATE_EPOCH, the same stamp in both runs', async () => {
    const first = await analyzeInProcess(['trk-bypass-long.csv'], 'epoch-1');
    const second = await analyzeInProcess(['trk-bypass-long.csv'], 'epoch-2');
    expect(JSON.parse(first.get('results.json')!.toString('utf8')).generatedAt).toBe('2026-01-01T00:00:00.000Z');
    expectSameTree(first, second);
  });

  it('fresh processes in different time zones and locales write the same bytes as the library in-process', async () => {
    const cli = builtCli();
    const inProcess = await analyzeInProcess(['trk-bypass-long.csv'], 'reference');
    const trees = [
      { ...EPOCH, TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
      { ...EPOCH, TZ: 'Asia/Kolkata', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    ].map((env, i) => {
      const r = spawnCli(cli, ['analyze', join(dir, 'trk-bypass-long.csv'), '--out', join(dir, `spawned-${i}`)], dir, env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return readTree(join(dir, `spawned-${i}`));
    });
    expectSameTree(trees[0]!, trees[1]!);
    expectSameTree(inProcess, trees[0]!);
  });
});
