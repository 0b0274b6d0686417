/**
 * The install story outside the clone, as a colleague would follow it: `npm pack` gives a tarball,
 * `npm install -g --prefix P tarball` puts `blotbypass` on P/bin, and it runs from another folder
 * (--version, the bundled example, and its whole report: the CLI is a bundle whose chunks find
 * vega's builds, pdfkit, resvg and report.pdf's worker script from wherever npm put the package). The
 * worked example of docs/api.md is typechecked (strict, nodenext) against the installed package's own
 * declarations and run, and its worker threads start.
 *
 * Needs dist/ (npm test builds it first) and the npm cache that `npm ci` filled (installs prefer it).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenCsv } from './parallel/screenInput.js';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

let tmp: string;
let prefix: string;
const bin = () => join(prefix, 'bin', 'blotbypass');

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'blotbypass-pack-'));
  prefix = join(tmp, 'prefix');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp, ...NPM_FLAGS], { cwd: ROOT, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  const tarball = join(tmp, packed[0]!.filename);
  execFileSync('npm', ['install', '-g', '--prefix', prefix, tarball, ...NPM_FLAGS], { cwd: tmp, encoding: 'utf8' });
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed package, installed outside the clone', () => {
  it('ships dist/, the licence and the README, and no tests or sources', () => {
    const listed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', ...NPM_FLAGS], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const paths = listed[0]!.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'dist/app/blotbypass.html']));
    expect(paths.filter((p) => p.startsWith('tests/') || p.startsWith('src/'))).toEqual([]);
  });

  it('blotbypass --version and the example, run from another folder', () => {
    const work = join(tmp, 'elsewhere');
    mkdirSync(work);
    copyFileSync(join(ROOT, 'examples', 'trk-bypass-long.csv'), join(work, 'blots.csv'));
    expect(execFileSync(bin(), ['--version'], { cwd: work, encoding: 'utf8' }).trim()).toBe(pkg.version);
    const said = execFileSync(bin(), ['analyze', 'blots.csv', '--out', 'results', '--no-report'], { cwd: work, encoding: 'utf8' });
    expect(said).toMatch(/MAPK bypass/);
    expect(existsSync(join(work, 'results', 'results.json'))).toBe(true);
  }, 120_000);

  it('starts its worker threads from the installed package', () => {
    const project = join(tmp, 'threads');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    symlinkSync(join(prefix, 'lib', 'node_modules', 'blotbypass'), join(project, 'node_modules', 'blotbypass'), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'threads', private: true, type: 'module' }));
    writeFileSync(join(project, 'screen.csv'), screenCsv(2));
    writeFileSync(join(project, 'run.js'), [
      "import { readFileSync } from 'node:fs';",
      "import { analyzeParallel } from 'blotbypass';",
      'let threads = 0;',
      "const r = await analyzeParallel([{ name: 'screen.csv', bytes: readFileSync('screen.csv') }], {}, { threads: 2, minLanes: 0, onThreads: (n) => { threads = n; } });",
      'console.log(threads, r.comparisons.length > 0);',
    ].join('\n'));
    expect(execFileSync(process.execPath, ['run.js'], { cwd: project, encoding: 'utf8', timeout: 60_000 }).trim()).toBe('2 true');
  }, 120_000);

  it('writes the whole report from the installed copy: the vega builds inlined, the PNGs, report.pdf from its worker', () => {
    const work = join(tmp, 'with-report');
    mkdirSync(work);
    copyFileSync(join(ROOT, 'examples', 'trk-bypass-long.csv'), join(work, 'blots.csv'));
    execFileSync(bin(), ['analyze', 'blots.csv', '--out', 'results'], { cwd: work, encoding: 'utf8' });
    const html = readFileSync(join(work, 'results', 'report.html'), 'utf8');
    expect(html).toMatch(/vega-lite/);
    expect(html).toContain('<svg');
    expect(readFileSync(join(work, 'results', 'charts', 'phospho-total.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(join(work, 'results', 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);

  it('docs/api.md\'s worked example typechecks against the package and runs', () => {
    const project = join(tmp, 'pipeline');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    mkdirSync(join(project, 'exp1'));
    symlinkSync(join(prefix, 'lib', 'node_modules', 'blotbypass'), join(project, 'node_modules', 'blotbypass'), 'dir');
    copyFileSync(join(ROOT, 'examples', 'trk-bypass-long.csv'), join(project, 'exp1', 'blots.csv'));
    const doc = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pipeline', private: true, type: 'module' }));
    writeFileSync(join(project, 'pipeline.ts'), example!);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noUncheckedIndexedAccess: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022',
        types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')], outDir: 'out', skipLibCheck: true,
      },
      files: ['pipeline.ts'],
    }));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
    const out = execFileSync(process.execPath, [join(project, 'out', 'pipeline.js'), 'exp1'], { cwd: project, encoding: 'utf8' });
    expect(out).toMatch(/^exp1\tKM12-LR\tmapk-bypass\t(strong|moderate)\t/m);
    expect(existsSync(join(project, 'exp1', 'results.json'))).toBe(true);
  }, 120_000);
});
