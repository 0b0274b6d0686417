/**
 * Runs the CLI in-process (`run(argv, io)` from src/cli.ts) inside a fresh temporary folder, with
 * files given as bytes, and collects the exit code, stdout, stderr and every output file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The temporary working folder (inputs are written here; `out/` is the output directory). */
  dir: string;
  /** Output files by path relative to the output directory. */
  outputs: Map<string, Buffer>;
}

export function makeTempDir(prefix = 'blotbypass-robust-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file under `dir` (recursively), by relative path with `/` separators, sorted. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(dir, sub)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const rel = sub === '' ? name : `${sub}/${name}`;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else files.set(rel, readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return files;
}

export function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/**
 * Writes `files` into a fresh folder and runs `argv` there. Relative paths in argv are relative to
 * that folder (the harness passes it as cwd and prefixes nothing: tests name files as written).
 */
export async function runInTemp(
  files: Readonly<Record<string, string | Uint8Array>>,
  argv: (dir: string) => readonly string[],
  options: { env?: Record<string, string | undefined>; keep?: boolean; dir?: string } = {},
): Promise<CliRun> {
  const dir = options.dir ?? makeTempDir();
  writeFiles(dir, files);
  let stdout = '';
  let stderr = '';
  const code = await run(argv(dir), {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env: options.env ?? {},
    cwd: dir,
  });
  const outputs = readTree(join(dir, 'out'));
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  return { code, stdout, stderr, dir, outputs };
}

/** What a stack trace looks like on stderr: `    at fn (file:line:col)`. */
export const STACK_FRAME = /^\s+at\s.+[:(]/m;

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(path) : s.mtimeMs);
  }
  return newest;
}

/**
 * The path of a built `cli.js` that matches src/: dist/cli.js when it is newer than every source
 * file, otherwise a private build in node_modules/.cache (so node still finds the dependencies and
 * a shared dist/ is left alone), reused by every test file while src/ is unchanged. The build goes
 * to a fresh folder and is renamed into place, so two test files building at once do not collide.
 * Type errors elsewhere do not stop tsc emitting.
 */
export function builtCli(): string {
  const newest = Math.max(newestMtime(join(REPO, 'src')), statSync(join(REPO, 'package.json')).mtimeMs);
  const dist = join(REPO, 'dist', 'cli.js');
  if (existsSync(dist) && statSync(dist).mtimeMs > newest) return dist;
  const cache = join(REPO, 'node_modules', '.cache');
  const root = join(cache, `blotbypass-robustness-${Math.floor(newest)}`);
  const cli = join(root, 'dist', 'cli.js');
  if (existsSync(cli)) return cli;
  mkdirSync(cache, { recursive: true });
  const fresh = mkdtempSync(`${root}-building-`);
  copyFileSync(join(REPO, 'package.json'), join(fresh, 'package.json'));
  spawnSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO, 'tsconfig.build.json'), '--outDir', join(fresh, 'dist')], { encoding: 'utf8' });
  if (!existsSync(join(fresh, 'dist', 'cli.js'))) throw new Error(`building the CLI into ${fresh} failed`);
  try {
    renameSync(fresh, root);
  } catch {
    // Another test file finished the same build first: use theirs.
    rmSync(fresh, { recursive: true, force: true });
  }
  // Builds of older sources are of no further use.
  for (const name of readdirSync(cache)) {
    if (name.startsWith('blotbypass-robustness-') && join(cache, name) !== root && !name.includes('-building-')) rmSync(join(cache, name), { recursive: true, force: true });
  }
  return cli;
}

export interface SpawnedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnCli(cli: string, argv: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnedRun {
  const r = spawnSync(process.execPath, [cli, ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
