/**
 * Step 3 on worker threads (src/parallel/): the same bytes whatever the number of threads, errors
 * surfaced as the single thread gives them, and no worker left running. A worker runs compiled
 * JavaScript, so these tests load the pipeline from dist/ (npm test builds it first).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/errors.js';
import { errorFromData, errorToData, type WorkerTask } from '../../src/parallel/workerTasks.js';
import type { OutputFile } from '../../src/report/writeOutputs.js';
import { screenCsv } from './screenInput.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fromDist = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(ROOT, 'dist', path)).href)) as T;
const { analyzeParallel } = await fromDist<typeof import('../../src/parallel/analyzeParallel.js')>('parallel/analyzeParallel.js');
const { analyze } = await fromDist<typeof import('../../src/analyze.js')>('analyze.js');
const { buildDataFiles } = await fromDist<typeof import('../../src/report/dataFiles.js')>('report/dataFiles.js');
const { WorkerPool } = await fromDist<typeof import('../../src/parallel/pool.js')>('parallel/pool.js');
const { runTask } = await fromDist<typeof import('../../src/parallel/workerTasks.js')>('parallel/workerTasks.js');

const screen = { name: 'screen.csv', bytes: new TextEncoder().encode(screenCsv(4)) };
const EPOCH = 1_765_000_000;

/** Each output file's bytes, by path. */
function filesOf(files: readonly OutputFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) {
    const c = f.content;
    out[f.path] = typeof c === 'string' ? c : c instanceof Uint8Array ? Buffer.from(c).toString('base64') : [...c.chunks()].join('');
  }
  return out;
}

async function outputsWith(threads: number, settings: Parameters<typeof analyze>[1] = {}): Promise<{ files: Record<string, string>; used: number }> {
  let used = 0;
  const results = await analyzeParallel([screen], { sourceDateEpoch: EPOCH, ...settings }, { threads, minLanes: 0, onThreads: (n) => { used = n; } });
  return { files: filesOf(buildDataFiles(results, { lanes: true })), used };
}

describe('analyzeParallel', () => {
  it.each([
    ['pairs found in the data', {}],
    // One parental compared with two resistant models, one parental alone, per-replicate t-tests.
    ['a shared parental and --test paired', { settings: { test: 'paired' as const, pairs: [{ resistant: 'CL1-R', sensitive: 'CL1' }, { resistant: 'CL2-R', sensitive: 'CL1' }, { resistant: 'CL3-R', sensitive: 'CL3' }, { resistant: 'CL4-R', sensitive: 'CL4' }] } }],
  ])('writes results.json and the CSVs byte for byte the same with 1, 2 and 3 threads (%s)', async (_, settings) => {
    const one = await outputsWith(1, settings);
    const two = await outputsWith(2, settings);
    const three = await outputsWith(3, settings);
    expect([one.used, two.used, three.used]).toEqual([1, 2, 3]);
    expect(Object.keys(one.files)).toEqual(expect.arrayContaining(['results.json', 'normalized.csv', 'comparisons.csv']));
    expect(two.files).toEqual(one.files);
    expect(three.files).toEqual(one.files);
    // ...and as analyze() in one thread.
    expect(filesOf(buildDataFiles(analyze([screen], { sourceDateEpoch: EPOCH, ...settings }), { lanes: true }))).toEqual(one.files);
    const results = JSON.parse(one.files['results.json']!) as { doseResponses: { status: string }[]; verdicts: { mechanism: string }[] };
    expect(results.doseResponses.filter((d) => d.status === 'fitted').length).toBeGreaterThan(10);
    expect(new Set(results.verdicts.map((v) => v.mechanism)).size).toBeGreaterThan(1);
  }, 120_000);

  it('keeps a small experiment in this thread, and one pair whatever its size', async () => {
    const used: number[] = [];
    await analyzeParallel([screen], {}, { threads: 2, onThreads: (n) => used.push(n) });
    const onePair = { name: 'pair.csv', bytes: new TextEncoder().encode(screenCsv(1)) };
    await analyzeParallel([onePair], {}, { threads: 2, minLanes: 0, onThreads: (n) => used.push(n) });
    expect(used).toEqual([1, 1]);
  });

  it('refuses a bad thread count or option as analyze refuses its options', async () => {
    const refusal = async (parallel: object) => {
      const error = await analyzeParallel([screen], {}, parallel).then(() => null, (e: unknown) => e);
      return error instanceof Error && 'errors' in error ? (error.errors as InputError[]).map((e) => ({ code: e.code, message: e.message })) : error;
    };
    expect(await refusal({ threads: 0 })).toEqual([{ code: 'bad-option', message: 'threads must be a whole number from 1 to 256, got 0' }]);
    expect(await refusal({ threads: 1.5, minLanes: -1 })).toEqual([
      { code: 'bad-option', message: 'threads must be a whole number from 1 to 256, got 1.5' },
      { code: 'bad-option', message: `minLanes must be from 0 to ${Number.MAX_SAFE_INTEGER}, got -1` },
    ]);
    expect(await refusal({ thread: 2 })).toEqual([{ code: 'bad-option', message: 'unknown option thread; the options are threads, minLanes, onThreads' }]);
  });

  it('rejects with the error analyze throws for the same input', async () => {
    const bad = { name: 'bad.csv', bytes: new TextEncoder().encode('line,target,signal\nKM12,pERK,abc\n') };
    let expected: unknown;
    try {
      analyze([bad]);
    } catch (error) {
      expected = error;
    }
    const got = await analyzeParallel([bad], {}, { threads: 2, minLanes: 0 }).then(() => null, (e: unknown) => e);
    expect(expected).toBeInstanceOf(Error);
    expect((got as { format(): string }).format()).toBe((expected as { format(): string }).format());
    expect((got as Error).constructor).toBe((expected as Error).constructor);
  });
});

describe('the worker pool', () => {
  const shared = { targets: [], conditions: [], designVehicleTimes: [], confidenceLevel: 0.95, test: 'linear-model' as const };
  const task = (lanes: unknown): WorkerTask => ({ kind: 'compare', shared, unit: { pair: { resistant: 'R', sensitive: 'S' }, members: null, lanes: lanes as [] } });

  it('throws the error of the lowest-numbered failing task, as its thread would', async () => {
    const tasks = [task([]), task(null), task(7)];
    let expected: unknown;
    try {
      runTask(tasks[1]!);
    } catch (error) {
      expected = error;
    }
    const pool = new WorkerPool(2);
    try {
      // Handed out last first, so that the later failure is seen first.
      const got = await pool.run(tasks, [2, 1, 0]).then(() => null, (e: unknown) => e);
      expect(got).toBeInstanceOf(Error);
      expect([(got as Error).name, (got as Error).message]).toEqual([(expected as Error).name, (expected as Error).message]);
      expect(await pool.run([task([]), task([])], [0, 1])).toEqual([{ comparisons: [], levels: [], warnings: [] }, { comparisons: [], levels: [], warnings: [] }]);
    } finally {
      await pool.close();
    }
  });

  it('carries an input error across as the same InputError, with its code, place and hint', () => {
    const one = new InputError('bad-cell', 'not a number', { file: 'a.csv', row: 3, column: 'signal' }, 'write a number');
    const several = new InputErrors([one, new InputError('no-files', 'no files')]);
    for (const error of [one, several]) {
      const back = errorFromData(structuredClone(errorToData(error)));
      expect(back.constructor).toBe(error.constructor);
      expect((back as InputError).format()).toBe(error.format());
      expect((back as InputError).code).toBe(error.code);
    }
    const internal = errorFromData(structuredClone(errorToData(new TypeError('x is not iterable'))));
    expect([internal.name, internal.message, internal instanceof InputError]).toEqual(['TypeError', 'x is not iterable', false]);
  });

  describe('leaves no thread running', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'blotbypass-threads-'));
      writeFileSync(join(dir, 'screen.csv'), screen.bytes);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('node exits by itself after a threaded analysis and after a failed one', () => {
      const script = `
        import { readFileSync } from 'node:fs';
        const { analyzeParallel } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'parallel', 'analyzeParallel.js')).href)});
        const { WorkerPool } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'parallel', 'pool.js')).href)});
        const r = await analyzeParallel([{ name: 'screen.csv', bytes: readFileSync('screen.csv') }], {}, { threads: 3, minLanes: 0 });
        const pool = new WorkerPool(2);
        const failed = await pool.run([{ kind: 'curves', shared: null, unit: null }], [0]).then(() => 'no', (e) => e.name).finally(() => pool.close());
        console.log(r.verdicts.length > 0, failed);
      `;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(out.trim()).toBe('true TypeError');
    }, 90_000);
  });
});

describe('blotbypass analyze --threads', () => {
  it('refuses a thread count that is not a whole number from 1', async () => {
    const { run } = await import('../../src/cli.js');
    let stderr = '';
    const code = await run(['analyze', join(ROOT, 'examples', 'trk-bypass-long.csv'), '--threads', '0', '--no-report'], { stdout: () => undefined, stderr: (t) => { stderr += t; }, env: {}, cwd: ROOT });
    expect(code).toBe(2);
    expect(stderr).toContain('--threads must be a whole number from 1 to 256, got "0"');
  });

  it('takes --threads in the built command (a screen this small stays in one thread): the same results.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blotbypass-threads-cli-'));
    try {
      writeFileSync(join(dir, 'screen.csv'), screen.bytes);
      const json = (threads: string) => execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', 'screen.csv', '--json', '--no-report', '--threads', threads], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) } });
      expect(json('2')).toBe(json('1'));
      expect(readFileSync(join(dir, 'screen.csv')).equals(Buffer.from(screen.bytes))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
