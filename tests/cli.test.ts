/**
 * The command line, in process through `run(argv, io)` (stdout and stderr captured), and once as
 * the built binary (`node dist/cli.js`) for the real exit codes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.js';
import { CORE_FIXTURES, nonFiniteNumbers } from './helpers/inputs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const fixturePath = (name: string) => join(CORE_FIXTURES, name);

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], env: Record<string, string | undefined> = {}, io: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env, cwd: ROOT, ...io,
  });
  return { code, stdout, stderr };
}

/** Every file below `dir` with its bytes, for "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[name] = readFileSync(path, 'base64');
  }
  return out;
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'blotbypass-cli-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('blotbypass analyze', () => {
  it('writes results.json, normalized.csv and comparisons.csv and prints a summary (exit 0)', async () => {
    const out = join(tmp, 'out');
    const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['results.json', 'normalized.csv', 'comparisons.csv']));
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(r.stdout).toContain(`blotbypass ${packageVersion}: 1 file, 84 rows; models KM12 (sensitive), KM12-LR (resistant)`);
    expect(r.stdout).toMatch(/wrote .*results\.json, .*normalized\.csv, .*comparisons\.csv/);
  });

  it('results.json carries the contract fields, and the sha256 of each input matches sha256sum', async () => {
    const out = join(tmp, 'out');
    const inputs = [fixturePath('membrane-M1.csv'), fixturePath('membrane-M2.csv')];
    expect((await cli(['analyze', ...inputs, '--out', out])).code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Record<string, unknown> & {
      inputs: { file: string; sha256: string; layout: string }[];
      comparisons: Record<string, unknown>[];
    };
    expect(results).toMatchObject({ schemaVersion: '3.0.0', tool: { name: 'blotbypass', version: packageVersion } });
    expect(Object.keys(results)).toEqual(expect.arrayContaining(['schemaVersion', 'tool', 'inputs', 'comparisons', 'levels', 'warnings']));
    // Schema 3: the lanes are in normalized.csv; results.json has them only with --lanes-in-json.
    expect(results).not.toHaveProperty('lanes');
    const sums = execFileSync('sha256sum', inputs, { encoding: 'utf8' }).trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(results.inputs.map((i) => [i.file, i.sha256, i.layout])).toEqual([[inputs[0], sums[0], 'long'], [inputs[1], sums[1], 'long']]);
    expect(results.comparisons[0]).toMatchObject({
      line: 'KM12-LR', versus: 'KM12', treatment: 'larotrectinib', dose_nM: 100, time_h: null, target: 'ERK',
      fractionOfVehicle: { estimate: 0.8, ciLow: null, ciHigh: null, n: 1 },
      sensitiveFractionOfVehicle: { estimate: 0.08, n: 1 },
      resistantVsSensitive: { test: 'linear-model', t: null, df: 0, p: null, pAdjusted: null },
    });
    const rvs = results.comparisons[0]!.resistantVsSensitive as { log2Ratio: number };
    expect(rvs.log2Ratio).toBeCloseTo(Math.log2(10), 9);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).not.toMatch(/NaN|Infinity/);
  });

  it('--json prints results.json to stdout (the same bytes as the file)', async () => {
    const out = join(tmp, 'out');
    const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', out, '--json', '--test', 'paired']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(out, 'results.json'), 'utf8'));
    const parsed = JSON.parse(r.stdout) as { comparisons: { target: string; resistantVsSensitive: { p: number } }[] };
    // scipy ttest_rel p of the GraphPad example (tests/stats/compareModels.test.ts), rounded to 10 digits
    expect(parsed.comparisons.find((c) => c.target === 'ERK')!.resistantVsSensitive.p).toBe(0.0005185925535);
    expect(nonFiniteNumbers(parsed)).toEqual([]);
  });

  it('writes the same bytes twice with SOURCE_DATE_EPOCH, and stamps the time of the run without it', async () => {
    const epoch = { SOURCE_DATE_EPOCH: '1767225600' };
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', a, '--no-report'], epoch);
    await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', b, '--no-report'], epoch);
    for (const name of ['results.json', 'normalized.csv', 'comparisons.csv']) {
      expect(readFileSync(join(a, name), 'utf8'), name).toBe(readFileSync(join(b, name), 'utf8'));
    }
    expect((JSON.parse(readFileSync(join(a, 'results.json'), 'utf8')) as { generatedAt: string }).generatedAt).toBe('2026-01-01T00:00:00.000Z');
    const c = join(tmp, 'c');
    const before = Math.floor(Date.now() / 1000) * 1000;
    await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', c, '--no-report']);
    const stamped = Date.parse((JSON.parse(readFileSync(join(c, 'results.json'), 'utf8')) as { generatedAt: string }).generatedAt);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds (exit 2, with the fix), and writes nothing', async () => {
    for (const bad of ['2026-01-01', '-5', '1.5e9', '99999999999999']) {
      const out = join(tmp, `bad-epoch-${bad.replace(/\W/g, '')}`);
      const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', out], { SOURCE_DATE_EPOCH: bad });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, got "${bad}"`);
      expect(r.stderr).toContain('date +%s');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('--experiment, --operator and --title go into results.json and the report header', async () => {
    const out = join(tmp, 'experiment');
    const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', out, '--no-pdf', '--experiment', 'EXP-042', '--operator', ' A.  Lab ', '--title', 'KM12-LR bypass'], { SOURCE_DATE_EPOCH: '1767225600' });
    expect(r.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { experiment: unknown };
    expect(results.experiment).toEqual({ id: 'EXP-042', operator: 'A. Lab', title: 'KM12-LR bypass' });
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h1>KM12-LR bypass</h1>');
    expect(html).toContain('experiment EXP-042; operator A. Lab; analysed 2026-01-01 00:00 UTC');
  });

  it('passes the options through: --loading, --saturation, --keep-saturated, --pair, --drift-fold, --weak-reference, --confidence, --test, --decimal', async () => {
    const out = join(tmp, 'out');
    const r = await cli([
      'analyze', fixturePath('paired-three-targets.csv'), '--out', out, '--json', '--loading', 'GAPDH', '--saturation', '65535', '--keep-saturated',
      '--pair', 'KM12-LR=KM12', '--drift-fold', '2', '--weak-reference', '0.05', '--confidence', '0.9', '--test', 'paired', '--decimal', 'dot',
    ]);
    expect(r.code).toBe(0);
    const { settings } = JSON.parse(r.stdout) as { settings: Record<string, unknown> };
    expect(settings).toMatchObject({
      loadingControl: 'GAPDH', saturation: 65535, keepSaturated: true, pairs: [{ resistant: 'KM12-LR', sensitive: 'KM12' }],
      loadingDriftFold: 2, weakReferenceFraction: 0.05, confidenceLevel: 0.9, test: 'paired',
    });
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(out, 'comparisons.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    // scipy 90% interval of the ERK log2 ratio: 0.9436019275668486 to 1.0780880163794493
    expect(Number(csv.data.find((row) => row.target === 'ERK')!.resistantVsSensitive_ciLow)).toBeCloseTo(0.9436019275668486, 9);
  });

  it('--lanes-in-json embeds every lane of normalized.csv in results.json, in the file and on stdout alike', async () => {
    const out = join(tmp, 'out');
    const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', out, '--json', '--lanes-in-json']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(r.stdout);
    const { lanes } = JSON.parse(r.stdout) as { lanes: { line: string; target: string; replicate: string }[] };
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(out, 'normalized.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(lanes.length).toBe(csv.data.length);
    expect(lanes.map((l) => [l.line, l.target])).toEqual(csv.data.map((row) => [row.line, row.target]));
  });
});

describe('blotbypass analyze: failures', () => {
  it('bad input: exit 2, one line per problem naming file, row and column, no stack trace, no output folder', async () => {
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'line,status,treatment,target,signal\nKM12,sensitive,DMSO,pERK,faint\nKM12,maybe,DMSO,ERK,2\n');
    const out = join(tmp, 'out');
    const r = await cli(['analyze', bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe([
      `error: ${bad}:2 (column "signal"): signal is not a number: "faint" - write the band's number; use NA or n.d. for a band that was not measured`,
      `error: ${bad}:3 (column "status"): unknown status "maybe": expected sensitive (or parental) or resistant - write "sensitive" for the parental model and "resistant" for the resistant derivative`,
      '',
    ].join('\n'));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('a failed run leaves an existing output folder untouched', async () => {
    const out = join(tmp, 'out');
    expect((await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', out])).code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const before = snapshot(out);
    const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', out, '--loading', 'vinculin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: loading control "vinculin" (--loading) is on no membrane - loading controls in the input: GAPDH\n');
    expect(snapshot(out)).toEqual(before);
  });

  it('a missing file: exit 2 with the path', async () => {
    const r = await cli(['analyze', join(tmp, 'nope.csv'), '--out', join(tmp, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${join(tmp, 'nope.csv')}: cannot read the file: no such file - check the path and that you may read it\n`);
  });

  it('refuses to write over an input file (exit 2) and leaves it as it was', async () => {
    const dir = join(tmp, 'data');
    mkdirSync(dir);
    const input = join(dir, 'results.json');
    copyFileSync(fixturePath('paired-three-targets.csv'), input);
    const before = readFileSync(input);
    const r = await cli(['analyze', input, '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: refusing to write ${input}: it is one of the input files - choose another --out directory; blotbypass never overwrites an input\n`);
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['results.json']);
  });

  it.each([
    [['--confidence', '2'], 'error: --confidence must be a number from 0.5 to 0.999, got "2" - e.g. --confidence 0.95\n'],
    [['--drift-fold', 'abc'], 'error: --drift-fold must be a number from 1 to 100, got "abc" - e.g. --drift-fold 1.5\n'],
    [['--weak-reference', '1.5'], 'error: --weak-reference must be a number from 0 to 1, got "1.5" - e.g. --weak-reference 0.1\n'],
    [['--saturation', '-1'], 'error: --saturation must be a number of at least 0, got "-1" - e.g. --saturation 65535\n'],
    [['--pair', 'KM12-LR'], 'error: --pair must look like RESISTANT=SENSITIVE, got "KM12-LR" - write the model names as in the line column, e.g. --pair KM12-LR=KM12\n'],
    [['--pair', 'KM12-XR=KM12'], 'error: --pair names "KM12-XR", which is not a model in the input - write --pair RESISTANT=SENSITIVE with model names as in the line column\n'],
  ])('bad option %j: exit 2 with one line', async (option, message) => {
    const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', join(tmp, 'out'), ...option]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  });

  it.each([
    [['analyze', 'x.csv', '--decimal', 'period'], "error: option '--decimal <mark>' argument 'period' is invalid. Allowed choices are dot, comma."],
    [['analyze', 'x.csv', '--bogus'], "error: unknown option '--bogus'"],
    [['analyze'], "error: missing required argument 'files'"],
    [['frobnicate'], "error: unknown command 'frobnicate'"],
  ])('usage error %j: exit 2, the problem and a pointer to --help', async (argv, first) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${first}\n(run blotbypass --help for usage)\n`);
  });

  it('an internal error: exit 1, a one-line report without a stack unless BLOTBYPASS_DEBUG is set', async () => {
    // a terminal that fails to take the summary stands in for a bug past the input checks
    const failingStdout = { stdout: () => { throw new TypeError('stdout is closed'); } };
    const r = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', join(tmp, 'out')], {}, failingStdout);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('internal error: stdout is closed\nthis is a bug in blotbypass; please report it with the input that caused it (set BLOTBYPASS_DEBUG=1 for details)\n');
    const debug = await cli(['analyze', fixturePath('paired-three-targets.csv'), '--out', join(tmp, 'out2')], { BLOTBYPASS_DEBUG: '1' }, failingStdout);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^internal error: stdout is closed\nthis is a bug in blotbypass; please report it with the input that caused it\nTypeError: stdout is closed\n\s+at /);
  });
});

describe('blotbypass validate', () => {
  it('checks files without analysing them and previews what was understood (exit 0)', async () => {
    const r = await cli(['validate', fixturePath('semicolon-decimal-comma.csv'), fixturePath('antibody-spellings-wide.csv')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      `${fixturePath('semicolon-decimal-comma.csv')}: ok - long layout, 8 rows, 8 bands, utf-8, delimiter ";", decimal comma`,
      `${fixturePath('antibody-spellings-wide.csv')}: ok - wide layout, 4 rows, 36 bands, utf-8, delimiter ",", decimal dot`,
      'models: KM12 (sensitive), KM12-LR (resistant, compared with KM12)',
      'treatments: DMSO (vehicle), larotrectinib (its dose-0 lanes are vehicle)',
      'doses: 0, 100 nM; times: 2 h',
      'dose series, time courses: none (one verdict per drug condition)',
      'replicates: 1 (1)',
    ]);
    expect(r.stdout).toContain('Phospho-p44/42 MAPK (Erk1/2) (Thr202/Tyr204) Antibody #9101 = ERK phospho');
    expect(r.stdout).toContain('pFOO = FOO phospho (unknown: kept under its own name)');
    expect(r.stdout).toContain('loading control: beta-actin on 1 membrane (antibody-spellings-wide); none on 1 membrane (semicolon-decimal-comma)');
    expect(r.stdout).toContain(`  warning: ${fixturePath('antibody-spellings-wide.csv')}:2: target "pFOO" is not a known antibody; kept under its own name`);
    const json = JSON.parse((await cli(['validate', fixturePath('antibody-spellings-wide.csv'), '--json'])).stdout) as { models: unknown[]; antibodies: { label: string; protein: string; form: string }[] };
    expect(json.antibodies).toContainEqual({ label: 't-AKT', protein: 'AKT', form: 'total', known: true });
  });

  it('reports a bad file with exit 2 and writes nothing', async () => {
    const bad = join(tmp, 'split.csv');
    writeFileSync(bad, 'line,status,treatment,target,signal\nKM12,sensitive,DMSO,pERK,1,5\n');
    const r = await cli(['validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: the row has 6 cells but the header has 5`));
    expect(readdirSync(tmp)).toEqual(['split.csv']);
  });

  it('--decimal comma reads decimal commas the detection would not decide on', async () => {
    const f = join(tmp, 'c.csv');
    writeFileSync(f, 'line;status;treatment;target;signal\nKM12;sensitive;DMSO;pERK;1,250\n');
    expect((await cli(['validate', f, '--decimal', 'comma'])).stdout).toContain('decimal comma');
  });
});

describe('command-line conventions', () => {
  it('- reads standard input; --json prints results.json alone on stdout and says on stderr where the files went', async () => {
    const out = join(tmp, 'out');
    const r = await cli(['analyze', '-', '--out', out, '--json', '--no-report'], {}, { stdin: () => readFileSync(fixturePath('paired-three-targets.csv')) });
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { inputs: { file: string }[] };
    expect(parsed.inputs[0]!.file).toBe('stdin');
    expect(r.stderr).toMatch(/^wrote .*out: results\.json, normalized\.csv, comparisons\.csv, blotbypass-manifest\.json\n$/);
  });

  it('formats --json lists the formats as data; help shows no "(default: [])"', async () => {
    const formats = JSON.parse((await cli(['formats', '--json'])).stdout) as { name: string }[];
    expect(formats.map((f) => f.name)).toEqual(expect.arrayContaining(['long', 'wide', 'imagelab-bands', 'compass']));
    const help = await cli(['analyze', '--help']);
    expect(help.stdout).toContain('--target <name>');
    expect(help.stdout).not.toContain('(default: [])');
  });
});

describe('blotbypass power', () => {
  it('prints, per target, the pilot\'s residual SD and the chance of calling a 2-, 4- and 8-fold difference with n = 2 to 8', async () => {
    const r = await cli(['power', fixturePath('paired-three-targets.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('KM12-LR vs KM12 (pilot: 3 replicates, 1 drug condition; the same design is assumed)');
    expect(r.stdout).toMatch(/^ {2}ERK {6}2x /m);
    const json = await cli(['power', fixturePath('paired-three-targets.csv'), '--json']);
    const parsed = JSON.parse(json.stdout) as { alpha: number; targets: { target: string; df: number; probability: Record<string, Record<string, number>> }[] };
    expect(parsed.alpha).toBe(0.05);
    const erk = parsed.targets.find((t) => t.target === 'ERK')!;
    expect(erk.df).toBe(6);
    // More replicates never lower the chance of calling a difference.
    const eightFold = Object.values(erk.probability['8x']!);
    expect(eightFold).toEqual([...eightFold].sort((a, b) => a - b));
    expect(erk.probability['2x']!['8']).toBeLessThanOrEqual(0.5 + 1e-9);
  });
});

describe('blotbypass --version / --help', () => {
  it('prints the package version and exits 0', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await cli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
    }
  });

  it('prints help and exits 0', async () => {
    const r = await cli(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--loading <target>');
  });
});

describe('the built binary (node dist/cli.js)', () => {
  const dist = join(ROOT, 'dist', 'cli.js');

  /** Newest modification time below a folder (ms). */
  const newest = (dir: string): number =>
    Math.max(0, ...(readdirSync(dir, { recursive: true }) as string[]).map((n) => statSync(join(dir, n)).mtimeMs));

  beforeAll(() => {
    if (!existsSync(dist) || newest(join(ROOT, 'src')) > statSync(dist).mtimeMs) {
      // Build like `npm run build`. Type errors in work elsewhere in the tree still emit JavaScript; the checks below judge it.
      spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    }
  });

  const bin = (args: string[]) => spawnSync(process.execPath, [dist, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BLOTBYPASS_DEBUG: '' } });

  it('exits 0 and prints the package version for --version', () => {
    const r = bin(['--version']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${packageVersion}\n`, '']);
  });

  it('exits 0 on a good analysis, 2 on bad input and on a bad option', () => {
    const out = join(tmp, 'out');
    expect(bin(['analyze', fixturePath('paired-three-targets.csv'), '--out', out]).status).toBe(0);
    expect(existsSync(join(out, 'results.json'))).toBe(true);
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'line,status,treatment,target,signal\nKM12,sensitive,DMSO,pERK,faint\n');
    const r = bin(['analyze', bad, '--out', join(tmp, 'out2')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(bin(['analyze', bad, '--confidence', '7']).status).toBe(2);
  });
});
