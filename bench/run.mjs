/**
 * `npm run bench`: how fast and how lean `blotbypass analyze` is, end to end, as a user runs it.
 *
 *   1. generate (or reuse) deterministic long-layout datasets: model pairs x drugs x doses x times
 *      (bench/generate.mjs), and issue 14's screen, 1,000 models x 4 times x 5 doses x 4 replicates,
 *      six phospho/total pairs + GAPDH, 1.04M rows (bench/generateScreen.mjs)
 *   2. per dataset: `node dist/cli.js analyze <file> --out <tmp>` (whole process: parse, normalise,
 *      statistics, rules, report), wall time and peak RSS; the same file streamed through papaparse
 *      alone (bench/parseOnly.mjs) as the floor
 *   3. `blotbypass --version` against `node -e 0`; the bundled example end to end; a typical experiment
 *      (bench/generateTypical.mjs), with its report and with --no-report, against the pandas + scipy
 *      script a lab would write (../shared/peers/reference.py, python3 with pandas and scipy), the
 *      three interleaved in one loop so that the machine's load falls on each alike
 *   4. where the time of the screen (else the largest dataset) goes, stage by stage (bench/stages.mjs)
 *   5. the curve stage per curve against scipy's curve_fit on the same dose series
 *      (bench/curves.mjs, ../shared/peers/curves_scipy.py), on a 20-model screen
 *   6. the floors the unmet targets leave room for (bench/floors.mjs): where the typical experiment's CPU
 *      goes, and the least time the curve search can take on the screen
 *   7. a table on stdout, bench/results/latest.json and bench/results/latest.md (both gitignored;
 *      bench/resultsMarkdown.mjs writes the table and judges the targets)
 *
 * Usage: node bench/run.mjs [--sizes 1000,100000] [--screen MODELS] [--runs N]   (--screen 0: no screen)
 * Run `npm run build` first (`npm run bench` does). Timings are medians; peak RSS is the largest seen.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { generateScreen } from './generateScreen.mjs';
import { generateTypical } from './generateTypical.mjs';
import { benchCurves } from './curves.mjs';
import { benchApp } from './app.mjs';
import { filesIn, maxOf, measure, median, wall } from './measure.mjs';
import { benchFloors } from './floors.mjs';
import { TARGETS, fmtInt, judge, markdown } from './resultsMarkdown.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLE = join(ROOT, 'examples', 'trk-bypass-long.csv');
const RESULTS_DIR = join(HERE, 'results');

/** Models of the screen the per-curve comparison runs on (480 curves). */
const CURVE_SCREEN_MODELS = 20;
const PEER = join(ROOT, '..', 'shared', 'peers', 'reference.py');

function parseArgs(argv) {
  const args = { sizes: [1_000, 100_000], screen: 1000, runs: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') args.sizes = argv[++i].split(',').map(Number);
    else if (argv[i] === '--screen') args.screen = Number(argv[++i]);
    else if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

function defaultRuns(rows) {
  if (rows <= 10_000) return 5;
  if (rows <= 200_000) return 3;
  return 1;
}

async function benchDataset(meta, runsOverride) {
  const runs = runsOverride ?? defaultRuns(meta.rows);
  const analyze = [];
  const parse = [];
  let outputs = [];
  let failure = null;
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'blotbypass-bench-'));
    const a = await measure([CLI, 'analyze', meta.path, '--out', out]);
    if (a.code !== 0) failure = `analyze exited with ${a.code}: ${(a.stderr || a.stdout).trim().split('\n').slice(0, 3).join(' | ')}`;
    else outputs = filesIn(out);
    rmSync(out, { recursive: true, force: true });
    analyze.push(a);
    const p = await measure([join(HERE, 'parseOnly.mjs'), meta.path]);
    if (p.code !== 0) throw new Error(`parseOnly failed: ${p.stderr}`);
    parse.push(p);
    process.stderr.write(`  ${meta.rows} rows, run ${i + 1}/${runs}: analyze ${a.seconds.toFixed(2)} s, papaparse ${p.seconds.toFixed(2)} s\n`);
  }
  const analyzeSeconds = median(analyze.map((a) => a.seconds));
  const parseSeconds = median(parse.map((p) => p.seconds));
  const report = outputs.find((f) => f.path === 'report.html') ?? null;
  const charts = outputs.filter((f) => f.path.startsWith('charts'));
  return {
    name: meta.name, rows: meta.rows, fileMiB: statSync(meta.path).size / 2 ** 20, runs,
    ok: failure === null, failure,
    analyzeSeconds, analyzePeakRssMiB: maxOf(analyze.map((a) => a.peakRssMiB)),
    rowsPerSecond: meta.rows / analyzeSeconds,
    parseSeconds, parsePeakRssMiB: maxOf(parse.map((p) => p.peakRssMiB)),
    analyzeOverParse: analyzeSeconds / parseSeconds,
    reportMiB: report ? report.bytes / 2 ** 20 : null,
    chartsMiB: charts.length > 0 ? charts.reduce((n, f) => n + f.bytes, 0) / 2 ** 20 : null,
    outputs: outputs.map((f) => ({ path: f.path, MiB: f.bytes / 2 ** 20 })),
  };
}

/** Seconds per stage of one in-process run (bench/stages.mjs), with the node flags the CLI would use. */
async function benchStages(meta) {
  const { LARGE_RUN_BYTES, LARGE_RUN_NODE_FLAGS } = await import(join(ROOT, 'dist', 'largeRun.js'));
  const flags = statSync(meta.path).size >= LARGE_RUN_BYTES ? [...LARGE_RUN_NODE_FLAGS] : [];
  const r = await measure([...flags, join(HERE, 'stages.mjs'), meta.path]);
  if (r.code !== 0) throw new Error(`stages failed: ${r.stderr}`);
  return { rows: meta.rows, ...JSON.parse(r.stdout), peakRssMiB: r.peakRssMiB };
}

async function benchStartup(runs = 11) {
  const version = [];
  const bare = [];
  // Warm the file cache, then interleave so drift on the machine hits both alike.
  await wall([CLI, '--version']);
  await wall(['-e', '0']);
  for (let i = 0; i < runs; i++) {
    version.push(await wall([CLI, '--version']));
    bare.push(await wall(['-e', '0']));
  }
  return { versionSeconds: median(version), nodeSeconds: median(bare), versionOverNode: median(version) / median(bare), runs };
}

/** A run end to end with its report, as a user runs it: median seconds and the files written. */
async function benchExample(file, runs = 5) {
  const seconds = [];
  let outputs = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'blotbypass-example-'));
    const r = await measure([CLI, 'analyze', file, '--out', out]);
    if (r.code !== 0) throw new Error(`${file} failed: ${r.stderr}`);
    outputs = filesIn(out);
    rmSync(out, { recursive: true, force: true });
    seconds.push(r.seconds);
  }
  return { file: relative(ROOT, file), seconds: median(seconds), outputs: outputs.map((f) => f.path), runs };
}

/** The first python3 that has pandas and scipy ($BENCH_PYTHON first; a pyenv shim may shadow Debian's). */
function findPython() {
  const candidates = [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean);
  return candidates.find((python) => spawnSync(python, ['-c', 'import pandas, scipy'], { stdio: 'ignore' }).status === 0) ?? null;
}

/**
 * The typical experiment three ways, interleaved run by run: `blotbypass analyze` with its report,
 * with --no-report, and the pandas + scipy script a lab would write (../shared/peers/reference.py).
 * Each ratio divides medians measured in the same loop.
 */
async function benchTypical(file, runs = 5) {
  const python = findPython();
  const peerFailure = python === null ? 'no python3 with pandas and scipy (apt-get install python3-pandas python3-scipy, or set BENCH_PYTHON)' : null;
  const out = mkdtempSync(join(tmpdir(), 'blotbypass-typical-'));
  const withReport = [];
  const noReport = [];
  const peer = [];
  let outputs = [];
  let failure = peerFailure;
  try {
    const analyze = (extra) => measure([CLI, 'analyze', file, '--out', join(out, 'blotbypass'), ...extra]);
    const peerArgs = [PEER, file, join(out, 'OUT.csv'), '--quiet'];
    // One untimed round fills the file cache.
    await analyze([]);
    if (python !== null) await wall(peerArgs, { command: python });
    for (let i = 0; i < runs; i++) {
      rmSync(join(out, 'blotbypass'), { recursive: true, force: true });
      const r = await analyze([]);
      if (r.code !== 0) throw new Error(`${file} failed: ${r.stderr}`);
      outputs = filesIn(join(out, 'blotbypass'));
      withReport.push(r.seconds);
      rmSync(join(out, 'blotbypass'), { recursive: true, force: true });
      const n = await analyze(['--no-report']);
      if (n.code !== 0) throw new Error(`${file} --no-report failed: ${n.stderr}`);
      noReport.push(n.seconds);
      if (python !== null) peer.push(await wall(peerArgs, { command: python }));
    }
  } catch (error) {
    failure = String(error.message ?? error);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const peerSeconds = peer.length === runs ? median(peer) : null;
  const ratio = (xs) => (peerSeconds === null || xs.length < runs ? null : median(xs) / peerSeconds);
  return {
    file: relative(ROOT, file), runs, failure,
    seconds: withReport.length ? median(withReport) : null, outputs: outputs.map((f) => f.path),
    noReportSeconds: noReport.length ? median(noReport) : null,
    peerSeconds, overPeer: ratio(withReport), noReportOverPeer: ratio(noReport),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (or `npm run bench`, which builds)');
  // Other work on the machine skews every figure: the one-minute load average is recorded beside them.
  const loadAverageBefore = loadavg()[0];
  const datasets = [];
  for (const rows of args.sizes) {
    process.stderr.write(`dataset of about ${fmtInt(rows)} rows\n`);
    const meta = generate(rows);
    datasets.push(await benchDataset({ ...meta, name: `pairs-${meta.pairs}` }, args.runs));
  }
  const screenMeta = args.screen > 0 ? { ...generateScreen(args.screen), name: `screen-${args.screen}` } : null;
  if (screenMeta) {
    process.stderr.write(`screen of ${fmtInt(args.screen)} models (${fmtInt(screenMeta.rows)} rows)\n`);
    datasets.push(await benchDataset(screenMeta, args.runs));
  }
  process.stderr.write('start-up, the bundled example and the peer script\n');
  const startup = await benchStartup();
  const example = await benchExample(EXAMPLE);
  const typical = await benchTypical(generateTypical().path);
  process.stderr.write('curves against scipy curve_fit\n');
  const curves = await benchCurves(generateScreen(CURVE_SCREEN_MODELS).path, findPython());
  process.stderr.write('the browser app against the CLI on the example\n');
  const app = await benchApp({ file: EXAMPLE }).catch((error) => ({ failure: String(error.message ?? error).split('\n')[0] }));
  const stagesOf = screenMeta ?? { ...generate(Math.max(...args.sizes)), name: 'largest' };
  process.stderr.write(`stages of ${stagesOf.name}\n`);
  const stages = { name: stagesOf.name, ...(await benchStages(stagesOf)) };
  process.stderr.write('floors of the unmet targets\n');
  const peer = typical.peerSeconds;
  const floors = screenMeta ? await benchFloors(generateTypical().path, {
    file: generateScreen(CURVE_SCREEN_MODELS).path, series: (curves.curves / CURVE_SCREEN_MODELS) * screenMeta.models,
  }, {
    typicalSeconds: peer === null ? null : TARGETS.typicalOverPeer * peer, noReportSeconds: peer === null ? null : TARGETS.typicalNoReportOverPeer * peer,
    screenSeconds: TARGETS.screenOverParse * datasets.find((d) => d.name.startsWith('screen')).parseSeconds,
  }) : null;
  const result = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGiB: totalmem() / 2 ** 30, node: process.version, platform: process.platform,
      loadAverageBefore, loadAverageAfter: loadavg()[0],
    },
    datasets, startup, example, typical, curves, app, stages, floors, targets: judge(datasets, startup, typical, curves, app),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = markdown(result);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), md);
  process.stdout.write(`\n${md}\nwritten: ${relative(process.cwd(), join(RESULTS_DIR, 'latest.json'))}, ${relative(process.cwd(), join(RESULTS_DIR, 'latest.md'))}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
