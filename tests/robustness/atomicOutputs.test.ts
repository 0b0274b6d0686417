/**
 * Outputs are written as a set or not at all (src/report/writeOutputs.ts): staged in a temporary
 * folder, renamed into place, rolled back on any failure; never over an input file. Failures are
 * injected by wrapping node:fs (renameSync / writeFileSync / mkdtempSync throw on a chosen call).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli.js';
import { InputError } from '../../src/errors.js';
import { STAGING_PREFIX, writeOutputSet } from '../../src/report/writeOutputs.js';
import { BASE_SPEC, experimentCsv } from './experiment.js';
import { makeTempDir, readTree, STACK_FRAME } from './harness.js';

/** Which fs call to fail, and how: `{ fn: 'renameSync', call: 2, code: 'ENOSPC' }` fails the second rename. */
const injected = vi.hoisted(() => ({ fn: '', call: 0, code: '', calls: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failing = <F extends (...args: never[]) => unknown>(name: string, real: F): F => ((...args: Parameters<F>) => {
    if (injected.fn === name && ++injected.calls === injected.call) {
      throw Object.assign(new Error(`${injected.code}: injected failure, ${name}`), { code: injected.code });
    }
    return real(...args);
  }) as F;
  const wrapped = {
    ...fs,
    renameSync: failing('renameSync', fs.renameSync),
    writeFileSync: failing('writeFileSync', fs.writeFileSync),
    mkdtempSync: failing('mkdtempSync', fs.mkdtempSync),
  };
  return { ...wrapped, default: wrapped };
});

function inject(fn: string, call: number, code: string): void {
  Object.assign(injected, { fn, call, code, calls: 0 });
}

let dir: string;
beforeEach(() => {
  inject('', 0, '');
  dir = makeTempDir();
});
afterEach(() => {
  inject('', 0, '');
  rmSync(dir, { recursive: true, force: true });
});

async function analyzeInto(inputs: readonly string[], out: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  // A fixed stamp: a rerun writes the same bytes, so a file left from the first run would show.
  const code = await run(['analyze', ...inputs, '--out', out], { stdout: () => undefined, stderr: (t) => { stderr += t; }, env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: dir });
  return { code, stderr };
}

const stagingLeft = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder).filter((n) => n.startsWith(STAGING_PREFIX)) : []);

describe('outputs never overwrite an input', () => {
  it('refuses --out where results.json would overwrite an input named results.json, and writes nothing', async () => {
    const input = join(dir, 'results.json');
    const text = experimentCsv(BASE_SPEC);
    writeFileSync(input, text);
    const r = await analyzeInto([input], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: refusing to write ${input}: it is one of the input files - choose another --out directory; blotbypass never overwrites an input\n`);
    expect(readFileSync(input, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['results.json']);
  });

  it('refuses when any output of the set is an input (normalized.csv), not only the first', async () => {
    const input = join(dir, 'normalized.csv');
    writeFileSync(input, experimentCsv(BASE_SPEC));
    const r = await analyzeInto([input], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: refusing to write .*normalized\.csv: it is one of the input files/);
    expect(readdirSync(dir)).toEqual(['normalized.csv']);
  });

  it('refuses an output path that is a symbolic link to an input', async () => {
    const input = join(dir, 'blot.csv');
    const text = experimentCsv(BASE_SPEC);
    writeFileSync(input, text);
    mkdirSync(join(dir, 'out'));
    symlinkSync(input, join(dir, 'out', 'comparisons.csv'));
    const r = await analyzeInto([input], join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/comparisons\.csv: it is one of the input files/);
    expect(readFileSync(input, 'utf8')).toBe(text);
    expect(readdirSync(join(dir, 'out'))).toEqual(['comparisons.csv']);
  });

  it('refuses a folder in the way of an output file, and leaves the folder alone', async () => {
    const input = join(dir, 'blot.csv');
    writeFileSync(input, experimentCsv(BASE_SPEC));
    mkdirSync(join(dir, 'out', 'results.json'), { recursive: true });
    writeFileSync(join(dir, 'out', 'results.json', 'keep.txt'), 'mine');
    const r = await analyzeInto([input], join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${join(dir, 'out', 'results.json')}: cannot write ${join(dir, 'out', 'results.json')}: a folder of that name is in the way - rename or remove that folder, or choose another --out directory\n`);
    expect([...readTree(join(dir, 'out')).keys()]).toEqual(['results.json/keep.txt']);
  });
});

describe('an existing output directory is replaced as a complete set', () => {
  it('a second run replaces every file of the first, keeps unrelated files and leaves no staging folder', async () => {
    const first = join(dir, 'first.csv');
    const second = join(dir, 'second.csv');
    writeFileSync(first, experimentCsv(BASE_SPEC));
    writeFileSync(second, experimentCsv({ ...BASE_SPEC, seed: BASE_SPEC.seed + 1 }));
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'my notes');

    expect((await analyzeInto([second], out)).code).toBe(0);
    const expected = readTree(out);
    rmSync(out, { recursive: true });
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'my notes');
    expect((await analyzeInto([first], out)).code).toBe(0);
    const previous = readTree(out);
    expect((await analyzeInto([second], out)).code).toBe(0);

    const now = readTree(out);
    expect([...now.keys()]).toEqual([...expected.keys()]);
    for (const [name, bytes] of expected) expect(now.get(name)!.equals(bytes), name).toBe(true);
    expect(now.get('results.json')!.equals(previous.get('results.json')!)).toBe(false);
    expect(now.get('notes.txt')!.toString()).toBe('my notes');
    expect(stagingLeft(out)).toEqual([]);
  });

  for (const [fn, call, code, exit] of [
    ['renameSync', 2, 'ENOSPC', 2], ['renameSync', 3, 'EIO', 1], ['writeFileSync', 2, 'ENOSPC', 2], ['mkdtempSync', 1, 'EACCES', 2],
  ] as const) {
    it(`a failure midway (${fn} call ${call} fails with ${code}) leaves the previous outputs intact and no staging folder`, async () => {
      const input = join(dir, 'blot.csv');
      writeFileSync(input, experimentCsv(BASE_SPEC));
      const out = join(dir, 'out');
      expect((await analyzeInto([input], out)).code).toBe(0);
      // One file of the previous set is absent: a failed run must not leave its new copy behind.
      unlinkSync(join(out, 'comparisons.csv'));
      const previous = readTree(out);

      writeFileSync(input, experimentCsv({ ...BASE_SPEC, seed: BASE_SPEC.seed + 7 }));
      inject(fn, call, code);
      const r = await analyzeInto([input], out);
      inject('', 0, '');

      expect(r.code).toBe(exit);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      if (exit === 2) {
        const reason = code === 'ENOSPC' ? 'no space left on the disk' : 'permission denied';
        expect(r.stderr).toBe(`error: ${out}: cannot write the outputs: ${reason} - choose another --out folder; nothing was written and earlier outputs are unchanged\n`);
      } else {
        // An unexpected file-system error is reported as an internal error, still without a stack trace.
        expect(r.stderr).toMatch(/^internal error: EIO: injected failure, renameSync\n/);
      }
      const after = readTree(out);
      expect([...after.keys()]).toEqual([...previous.keys()]);
      for (const [name, bytes] of previous) expect(after.get(name)!.equals(bytes), name).toBe(true);
      expect(stagingLeft(out)).toEqual([]);
    });
  }

  it('writeOutputSet rolls back every rename done before the failing one', () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'a.txt'), 'old a');
    writeFileSync(join(out, 'b.txt'), 'old b');
    inject('renameSync', 3, 'EIO');
    expect(() => writeOutputSet(out, [
      { path: 'a.txt', content: 'new a' }, { path: 'b.txt', content: 'new b' }, { path: 'c/new.txt', content: 'new c' },
    ], [])).toThrow(/EIO: injected failure/);
    inject('', 0, '');
    expect(Object.fromEntries([...readTree(out)].map(([k, v]) => [k, v.toString()]))).toEqual({ 'a.txt': 'old a', 'b.txt': 'old b' });
  });

  it('writeOutputSet turns a file-system error a user can fix into a located InputError', () => {
    const out = join(dir, 'out');
    inject('writeFileSync', 1, 'EROFS');
    let error: unknown;
    try {
      writeOutputSet(out, [{ path: 'results.json', content: '{}' }], []);
    } catch (e) {
      error = e;
    }
    inject('', 0, '');
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toBe(`${out}: cannot write the outputs: the disk is read-only - choose another --out folder; nothing was written and earlier outputs are unchanged`);
    expect(stagingLeft(out)).toEqual([]);
  });
});
