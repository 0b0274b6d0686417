/**
 * The output set owns its files: a reused --out holds exactly the current run's files
 * (writeOutputSet with a manifest, and `blotbypass analyze` end to end across report / no-report and
 * single-dose / dose-series runs), and nothing a manifest does not list is ever removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { MANIFEST_NAME, writeOutputSet } from '../../src/report/writeOutputs.js';

const MANIFEST = { manifest: { tool: 'blotbypass', version: 'test' } };

/** Every file below `dir`, relative, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

describe('writeOutputSet(outDir, files, inputs, { manifest })', () => {
  let root: string;
  beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'blotbypass-manifest-')); });
  afterEach(() => { rmSync(root, { recursive: true, force: true }); });

  it('lists every file written with its size and SHA-256 (streamed content included)', () => {
    writeOutputSet(root, [{ path: 'a.txt', content: 'héllo' }, { path: 'sub/b.json', content: { chunks: () => ['{"x":', '1}\n'] } }], [], MANIFEST);
    const manifest = JSON.parse(readFileSync(join(root, MANIFEST_NAME), 'utf8')) as { tool: string; files: { path: string; bytes: number; sha256: string }[] };
    expect(manifest.tool).toBe('blotbypass');
    expect(manifest.files).toEqual(['a.txt', 'sub/b.json'].map((path) => {
      const bytes = readFileSync(join(root, path));
      return { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    }));
  });

  it('removes the previous set\'s files that this set does not write, and the folders they leave empty', () => {
    writeOutputSet(root, [{ path: 'results.json', content: '1' }, { path: 'report.html', content: 'old' }, { path: 'charts/x.svg', content: '<svg/>' }], [], MANIFEST);
    writeOutputSet(root, [{ path: 'results.json', content: '2' }], [], MANIFEST);
    expect(filesBelow(root)).toEqual([MANIFEST_NAME, 'results.json']);
    expect(existsSync(join(root, 'charts'))).toBe(false);
  });

  it('never removes a file the previous manifest does not list, nor one outside the folder', () => {
    const outside = join(root, 'outside.txt');
    writeFileSync(outside, 'keep');
    const out = join(root, 'out');
    writeOutputSet(out, [{ path: 'results.json', content: '1' }], [], MANIFEST);
    writeFileSync(join(out, 'my-notes.txt'), 'mine');
    // A manifest edited to point outside the folder (or anywhere odd) is not followed.
    writeFileSync(join(out, MANIFEST_NAME), JSON.stringify({ files: [{ path: '../outside.txt' }, { path: '/etc/hostname' }, { path: 'results.json' }, { path: './my-notes.txt' }] }));
    writeOutputSet(out, [{ path: 'other.csv', content: 'x' }], [], MANIFEST);
    expect(readFileSync(outside, 'utf8')).toBe('keep');
    expect(filesBelow(out)).toEqual([MANIFEST_NAME, 'my-notes.txt', 'other.csv']);
  });

  it('an unreadable previous manifest removes nothing', () => {
    writeFileSync(join(root, 'report.html'), 'x');
    writeFileSync(join(root, MANIFEST_NAME), '{not json');
    writeOutputSet(root, [{ path: 'results.json', content: '1' }], [], MANIFEST);
    expect(filesBelow(root)).toEqual([MANIFEST_NAME, 'report.html', 'results.json']);
  });
});

describe('blotbypass analyze into a reused --out', () => {
  let root: string;
  beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'blotbypass-reuse-')); });
  afterEach(() => { rmSync(root, { recursive: true, force: true }); });
  const cli = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: root });
    return { code, stdout, stderr };
  };

  it('holds exactly the current run\'s files: report then --no-report, dose series then single dose', async () => {
    const out = join(root, 'out');
    expect((await cli(['analyze', 'examples/trk-dose-response.csv', '--out', out])).code).toBe(0);
    const full = filesBelow(out);
    expect(full).toContain('report.html');
    expect(full).toContain('dose-responses.csv');
    expect((await cli(['analyze', 'examples/trk-bypass-long.csv', '--out', out, '--no-report'])).code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { outputFiles: string[] };
    expect(filesBelow(out)).toEqual([...results.outputFiles].sort());
    expect(results.outputFiles).toEqual(['results.json', 'normalized.csv', 'comparisons.csv', MANIFEST_NAME]);
  }, 120_000);

  it('--json without --out writes nothing; --out - is refused; --json refusals are JSON with the code', async () => {
    // Relative --out folders resolve against the process's folder, where the default would appear.
    const defaultOut = resolve('blotbypass-out');
    const hadDefault = existsSync(defaultOut);
    const r = await cli(['analyze', 'examples/trk-bypass-long.csv', '--json']);
    expect(r.code).toBe(0);
    expect(existsSync(defaultOut)).toBe(hadDefault);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('outputFiles');
    expect(readdirSync(root)).toEqual([]);
    const dash = await cli(['analyze', 'examples/trk-bypass-long.csv', '--out', '-']);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toMatch(/--out needs a folder name, got "-"/);
    const bad = await cli(['analyze', join(root, 'missing.csv'), '--json']);
    expect(bad.code).toBe(2);
    const errors = (JSON.parse(bad.stderr) as { errors: { code: string; message: string }[] }).errors;
    expect(errors[0]?.code).toMatch(/^[a-z-]+$/);
    expect(readdirSync(root)).toEqual([]);
  }, 60_000);

  it('an over-long --out name is the user\'s to fix (exit 2), not a bug', async () => {
    const r = await cli(['analyze', 'examples/trk-bypass-long.csv', '--no-report', '--out', join(root, 'x'.repeat(300))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/longer than the file system allows/);
  }, 60_000);
});
