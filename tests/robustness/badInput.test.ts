/**
 * The bad-input table (tests/robustness/cases.ts) run in-process through `run(argv, io)`: each case
 * gets exactly its expected exit code and message, never a stack trace, never an internal error;
 * a refused input writes nothing; a go-on case carries its located warning into results.json.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, type BadInputCase, type ResultsJson } from './cases.js';
import { builtCli, makeTempDir, runInTemp, spawnCli, STACK_FRAME, writeFiles } from './harness.js';

function defaultArgv(c: BadInputCase, dir: string): { argv: string[]; firstFile: string } {
  const files = Object.keys(c.files).filter((f) => !f.includes('/')).map((f) => join(dir, f));
  const out = join(dir, 'out');
  const argv = c.argv ? c.argv({ dir, files, out }) : ['analyze', ...files, '--out', out, ...(c.args ?? [])];
  return { argv, firstFile: files[0] ?? '' };
}

function expectedLine(pattern: string, dir: string, file: string): string {
  return pattern.replaceAll('{FILE}', file).replaceAll('{DIR}', dir);
}

function expectedRegExp(pattern: RegExp, dir: string, file: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(pattern.source.replaceAll('\\{FILE\\}', escape(file)).replaceAll('\\{DIR\\}', escape(dir)), pattern.flags);
}

function unescapeHtml(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#34|#x27);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#34': '"', '#x27': "'" })[e]!);
}

describe('bad input table', () => {
  it('has at least 40 distinct cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = makeTempDir();
    let firstFile = '';
    const result = await runInTemp(c.files, (d) => {
      const built = defaultArgv(c, d);
      firstFile = built.firstFile;
      return built.argv;
    }, { dir });

    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(c.exit);

    if (c.exit === 2) {
      const first = result.stderr.split('\n')[0]!;
      if (typeof c.error === 'string') expect(first).toBe(expectedLine(c.error, dir, firstFile));
      else expect(first).toMatch(expectedRegExp(c.error!, dir, firstFile));
      // A refused input writes nothing.
      expect([...result.outputs.keys()]).toEqual([]);
      return;
    }
    expect(result.stderr).toBe('');
    const json = result.outputs.get('results.json');
    expect(json).toBeDefined();
    const results = JSON.parse(json!.toString('utf8')) as ResultsJson;
    if (c.warning) {
      // Informative messages (notes) and warnings are looked up alike.
      const w = [...results.warnings, ...results.notes].find((x) => x.code === c.warning!.code);
      expect(w, `warning ${c.warning.code} in ${JSON.stringify(results.warnings.map((x) => x.code))}`).toBeDefined();
      if (c.warning.file || c.warning.row !== undefined || c.warning.column !== undefined) expect(w!.at?.file).toBe(firstFile);
      if (c.warning.row !== undefined) expect(w!.at?.row).toBe(c.warning.row);
      if (c.warning.column !== undefined) expect(w!.at?.column).toBe(c.warning.column);
      if (c.warning.message) expect(w!.message).toMatch(c.warning.message);
      // The warning also reaches the terminal summary and, when written, the HTML report.
      expect(result.stdout).toContain(w!.message);
      const html = result.outputs.get('report.html');
      if (html) expect(unescapeHtml(html.toString('utf8'))).toContain(w!.message);
    }
    c.check?.(results);
  });
});

/** A handful of cases through a real process: the exit code the shell sees, and a clean stderr. */
const SPAWNED = [
  'empty file', 'binary file (PNG image)', 'non-numeric signal', 'no sensitive model', 'no vehicle lane anywhere',
  'output would overwrite an input named results.json', '--decimal with a value it does not know',
  'Windows-1252 from Excel: decoded, with a warning', 'a phospho without its total',
];

describe('bad input through the built CLI (node dist/cli.js)', () => {
  let cli: string;
  beforeAll(() => { cli = builtCli(); });

  it.each(SPAWNED.map((name) => [name, CASES.find((c) => c.name === name)!] as const))('%s', (_name, c) => {
    const dir = makeTempDir();
    try {
      writeFiles(dir, c.files);
      const { argv, firstFile } = defaultArgv(c, dir);
      const r = spawnCli(cli, argv, dir);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.code).toBe(c.exit);
      if (c.exit === 2) {
        const first = r.stderr.split('\n')[0]!;
        if (typeof c.error === 'string') expect(first).toBe(expectedLine(c.error, dir, firstFile));
        else expect(first).toMatch(expectedRegExp(c.error!, dir, firstFile));
      } else {
        expect(r.stderr).toBe('');
        expect(existsSync(join(dir, 'out', 'results.json'))).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
