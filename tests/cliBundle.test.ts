/**
 * The command line as `npm run build` bundles it (scripts/buildCli.mjs): dist/cli.js and the chunks
 * beside it. What each command loads is read from Node's module loader (a load hook writes every
 * URL it is asked for), not timed: `--version` loads the entry (src/bin.ts) and the version, no
 * package's code; `--help` adds the shell and commander; `--no-report` loads neither vega nor pdfkit nor resvg; a report
 * starts report.pdf's worker (dist/pdfWorker.js), which never keeps a refused run alive. And the
 * bundle, with report.pdf laid out on its worker thread, writes the same bytes as the sources run
 * in process (vega's several copies of vega-scenegraph found in the bundle, fonts, rules, ...).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { screenCsv } from './parallel/screenInput.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const EXAMPLE = 'examples/trk-bypass-long.csv';

/** A load hook that appends every module URL Node loads to the file named by $LOADED_LOG. */
const HOOKS = "import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { appendFileSync(process.env.LOADED_LOG, `${url}\\n`); return next(url, context); }";
const PRELOAD = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

const newest = (dir: string): number => Math.max(0, ...(readdirSync(dir, { recursive: true }) as string[]).map((n) => statSync(join(dir, n)).mtimeMs));

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'blotbypass-bundle-'));
  const bundled = existsSync(CLI) && readFileSync(CLI, 'utf8').includes('__blotbypassRequire');
  if (!bundled || newest(join(ROOT, 'src')) > statSync(CLI).mtimeMs) {
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    const built = spawnSync(process.execPath, ['scripts/buildCli.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`scripts/buildCli.mjs failed: ${built.stderr}`);
  }
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The files of the project a command loads (paths below the repository), and its exit code. */
function loaded(args: string[]): { status: number | null; files: string[]; stderr: string } {
  const log = join(tmp, `loaded-${args.join('-').replace(/\W+/g, '_')}.txt`);
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PRELOAD)}`, CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOADED_LOG: log } });
  const urls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: r.status, files: urls.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)), stderr: r.stderr };
}

/** The packages whose code a bundled file holds: esbuild marks each module it takes in with a `// node_modules/<path>` comment. */
function bundledPackages(file: string): Set<string> {
  const names = [...readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]!);
  return new Set(names);
}

const packagesOf = (files: string[]): string[] => [...new Set(files.flatMap((f) => [...bundledPackages(f), ...(/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.slice(1) ?? [])]))].sort();

describe('the bundled command line (dist/cli.js)', () => {
  it('answers --version from the entry and one small chunk, and --help with commander alone', () => {
    for (const [args, packages, maxBytes] of [[['--version'], [], 20_000], [['-V'], [], 20_000], [['--help'], ['commander'], 400_000]] as const) {
      const { status, files } = loaded([...args]);
      expect(status).toBe(0);
      expect(files[0]).toBe(CLI);
      expect(files.every((f) => f === CLI || /^cli\.[\w-]+-[A-Z0-9]{8}\.js$/.test(f.slice(DIST.length + 1))), files.join(', ')).toBe(true);
      expect(packagesOf(files)).toEqual(packages);
      expect(files.reduce((n, f) => n + statSync(f).size, 0)).toBeLessThan(maxBytes);
    }
  });

  it('loads no vega, pdfkit or resvg for --no-report, and all three for a report', () => {
    const noReport = loaded(['analyze', EXAMPLE, '--no-report', '--out', join(tmp, 'no-report')]);
    expect(noReport.status).toBe(0);
    const without = packagesOf(noReport.files);
    expect(without).toContain('papaparse');
    expect(without.filter((p) => /^(vega|vega-lite|pdfkit|@resvg\/resvg-js)$/.test(p))).toEqual([]);
    const withReport = loaded(['analyze', EXAMPLE, '--out', join(tmp, 'report')]);
    expect(withReport.status).toBe(0);
    expect(packagesOf(withReport.files)).toEqual(expect.arrayContaining(['vega', 'vega-lite', '@resvg/resvg-js', 'pdfkit']));
    // report.pdf is laid out, and the PNGs drawn, by the bundled worker scripts.
    expect(withReport.files).toContain(join(DIST, 'pdfWorker.js'));
    expect(withReport.files).toContain(join(DIST, 'pngWorker.js'));
  }, 120_000);

  it('ends with exit 2 on refused input although report.pdf\'s worker was already started', () => {
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'line,status,treatment,target,signal\nKM12,sensitive,DMSO,pERK,faint\n');
    const r = spawnSync(process.execPath, [CLI, 'analyze', bad, '--out', join(tmp, 'refused')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect([r.status, r.signal]).toEqual([2, null]);
    expect(r.stderr).toMatch(/signal is not a number/);
    expect(existsSync(join(tmp, 'refused'))).toBe(false);
  }, 90_000);

  it('writes the same bytes as the sources run in process, report.pdf included', async () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const bundled = spawnSync(process.execPath, [CLI, 'analyze', EXAMPLE, '--out', join(tmp, 'bundled')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(bundled.status, bundled.stderr).toBe(0);
    const code = await run(['analyze', EXAMPLE, '--out', join(tmp, 'sources')], { stdout: () => undefined, stderr: () => undefined, env, cwd: ROOT });
    expect(code).toBe(0);
    const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
    const names = files(join(tmp, 'sources'));
    expect(files(join(tmp, 'bundled'))).toEqual(names);
    expect(names).toEqual(expect.arrayContaining(['report.html', 'report.pdf', 'charts/phospho-total.png']));
    const differing = names.filter((f) => !readFileSync(join(tmp, 'bundled', f)).equals(readFileSync(join(tmp, 'sources', f))));
    expect(differing).toEqual([]);
  }, 180_000);

  it('starts analyzeParallel\'s workers from dist/analysisWorker.js beside the bundle, with the bytes of one thread', () => {
    // 45 pairs (8,100 lanes): above the 8,000 from which the CLI uses threads (src/parallel/limits.ts).
    const screen = join(tmp, 'screen.csv');
    writeFileSync(screen, screenCsv(45));
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
    const analyse = (cli: string, threads: string, out: string) => spawnSync(process.execPath, [cli, 'analyze', screen, '--out', join(tmp, out), '--no-report', '--threads', threads], { cwd: ROOT, encoding: 'utf8', env });
    const two = analyse(CLI, '2', 'threads-2');
    expect(two.status, two.stderr).toBe(0);
    const one = analyse(CLI, '1', 'threads-1');
    expect(one.status, one.stderr).toBe(0);
    for (const f of ['comparisons.csv', 'normalized.csv']) expect(readFileSync(join(tmp, 'threads-2', f)).equals(readFileSync(join(tmp, 'threads-1', f)))).toBe(true);
    // The workers really are that file: a copy of the build without it fails where the threads start
    // (workers start without the parent's flags, so a load hook cannot see them).
    const copy = join(tmp, 'package-copy');
    cpSync(DIST, join(copy, 'dist'), { recursive: true });
    copyFileSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    rmSync(join(copy, 'dist', 'analysisWorker.js'));
    const without = analyse(join(copy, 'dist', 'cli.js'), '2', 'threads-missing');
    expect(without.status).toBe(1);
    expect(without.stderr).toMatch(/analysisWorker\.js/);
  }, 180_000);
});
