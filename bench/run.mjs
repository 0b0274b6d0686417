/**
 * `npm run bench`: how fast and how lean `blotbypass analyze` is, end to end, as a user runs it.
 *
 *   1. generate (or reuse) deterministic long-layout datasets: bench/generate.mjs
 *   2. per dataset: `node dist/cli.js analyze <file> --out <tmp>` (whole process: parse, normalise,
 *      statistics, rules, report), wall time and peak RSS; the same file streamed through papaparse
 *      alone (bench/parseOnly.mjs) as the floor
 *   3. `blotbypass --version` against `node -e 0`; the bundled example end to end
 *   4. where the time of the largest dataset goes, stage by stage (bench/stages.mjs)
 *   5. a table on stdout, bench/results/latest.json and bench/results/latest.md (both gitignored)
 *
 * Usage: node bench/run.mjs [--sizes 1000,100000,1000000] [--runs N]
 * Run `npm run build` first (`npm run bench` does). Timings are medians; peak RSS is the largest seen.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const PROBE = join(HERE, 'rssProbe.mjs');
const EXAMPLE = join(ROOT, 'examples', 'trk-bypass-long.csv');
const RESULTS_DIR = join(HERE, 'results');

const TARGETS = {
  analyzeOverParse: 2,
  peakRssMiB: 1024,
  reportMiB: 3,
  exampleSeconds: 0.5,
  versionOverNode: 1.5,
};

function parseArgs(argv) {
  const args = { sizes: [1_000, 100_000, 1_000_000], runs: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') args.sizes = argv[++i].split(',').map(Number);
    else if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** Runs `node <args>` with the probe preloaded; resolves to wall seconds, peak RSS and the exit code. */
function measure(nodeArgs, { cwd = ROOT } = {}) {
  const probeDir = mkdtempSync(join(tmpdir(), 'blotbypass-probe-'));
  const probeFile = join(probeDir, 'probe.json');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PROBE, ...nodeArgs], {
      cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_PROBE_FILE: probeFile },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let probe = null;
      try {
        probe = JSON.parse(readFileSync(probeFile, 'utf8'));
      } catch {
        // The process died before its exit handler ran (killed, out of memory).
      }
      rmSync(probeDir, { recursive: true, force: true });
      resolve({ seconds, peakRssMiB: probe ? probe.maxRssKiB / 1024 : null, code, stdout, stderr });
    });
  });
}

/** Wall seconds of a bare `node <args>` (no probe), for start-up comparisons. */
function wall(nodeArgs) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`node ${nodeArgs.join(' ')} exited with ${code}`));
      else resolve(Number(process.hrtime.bigint() - start) / 1e9);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const maxOf = (xs) => (xs.some((x) => x === null) ? null : Math.max(...xs));

function filesIn(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesIn(path, base));
    else out.push({ path: relative(base, path), bytes: statSync(path).size });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function defaultRuns(rows) {
  if (rows <= 10_000) return 5;
  if (rows <= 200_000) return 3;
  return 1;
}

async function benchDataset(rows, runsOverride) {
  const meta = generate(rows);
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
    rows: meta.rows, fileMiB: statSync(meta.path).size / 2 ** 20, modelPairs: meta.pairs, runs,
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

/** Seconds per stage of one in-process run (bench/stages.mjs). */
async function benchStages(rows) {
  const meta = generate(rows);
  const r = await measure([join(HERE, 'stages.mjs'), meta.path]);
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

async function benchExample(runs = 5) {
  const seconds = [];
  let outputs = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'blotbypass-example-'));
    const r = await measure([CLI, 'analyze', EXAMPLE, '--out', out]);
    if (r.code !== 0) throw new Error(`example failed: ${r.stderr}`);
    outputs = filesIn(out);
    rmSync(out, { recursive: true, force: true });
    seconds.push(r.seconds);
  }
  return { seconds: median(seconds), outputs: outputs.map((f) => f.path), runs };
}

const fmt = (x, digits = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
const fmtInt = (x) => Math.round(x).toLocaleString('en-US');
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'met' : 'NOT met');

function markdown(result) {
  const lines = [];
  lines.push(`Machine: ${result.machine.cpu} x ${result.machine.cores}, ${fmt(result.machine.memoryGiB, 0)} GiB RAM, Node ${result.machine.node}; load average ${fmt(result.machine.loadAverageBefore)} before, ${fmt(result.machine.loadAverageAfter)} after.`);
  lines.push('');
  lines.push('| rows | file MiB | analyze s | peak RSS MiB | rows/s | report.html MiB | charts/ MiB | all outputs MiB | papaparse s | papaparse RSS MiB | analyze / papaparse |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const d of result.datasets) {
    const total = d.outputs.reduce((s, f) => s + f.MiB, 0);
    lines.push(`| ${fmtInt(d.rows)} | ${fmt(d.fileMiB, 1)} | ${d.ok ? fmt(d.analyzeSeconds) : `failed (${fmt(d.analyzeSeconds)})`} | ${fmt(d.analyzePeakRssMiB, 0)} | ${d.ok ? fmtInt(d.rowsPerSecond) : 'n/a'} | ${fmt(d.reportMiB)} | ${fmt(d.chartsMiB)} | ${d.ok ? fmt(total, 1) : 'n/a'} | ${fmt(d.parseSeconds)} | ${fmt(d.parsePeakRssMiB, 0)} | ${fmt(d.analyzeOverParse, 1)}x |`);
  }
  lines.push('');
  lines.push(`\`blotbypass --version\`: ${fmt(result.startup.versionSeconds * 1000, 0)} ms; \`node -e 0\`: ${fmt(result.startup.nodeSeconds * 1000, 0)} ms (${fmt(result.startup.versionOverNode)}x). `
    + `Bundled example end to end (${result.example.outputs.length} output files): ${fmt(result.example.seconds * 1000, 0)} ms.`);
  lines.push('');
  if (result.stages) {
    const total = result.stages.stages.reduce((n, x) => n + x.seconds, 0);
    lines.push(`Where the time goes, ${fmtInt(result.stages.rows)} rows (one run in process, peak RSS ${fmt(result.stages.peakRssMiB, 0)} MiB):`);
    lines.push('');
    lines.push('| stage | s | share |');
    lines.push('|---|---:|---:|');
    for (const x of result.stages.stages) lines.push(`| ${x.stage} | ${fmt(x.seconds)} | ${fmt((100 * x.seconds) / total, 0)} % |`);
    lines.push(`| total | ${fmt(total)} | |`);
    lines.push('');
  }
  lines.push('| target | measured | |');
  lines.push('|---|---|---|');
  for (const t of result.targets) lines.push(`| ${t.name} | ${t.measured} | ${verdict(t.met)} |`);
  for (const d of result.datasets.filter((x) => !x.ok)) lines.push('', `${fmtInt(d.rows)} rows: ${d.failure}`);
  return `${lines.join('\n')}\n`;
}

function judge(datasets, startup, example) {
  const largest = datasets.reduce((a, b) => (b.rows > a.rows ? b : a), datasets[0]);
  const reports = datasets.filter((d) => d.reportMiB !== null);
  return [
    { name: `${fmtInt(largest.rows)} rows: analyze within ${TARGETS.analyzeOverParse}x papaparse`, measured: `${fmt(largest.analyzeOverParse, 1)}x (${fmt(largest.analyzeSeconds)} s vs ${fmt(largest.parseSeconds)} s)`, met: largest.ok && largest.analyzeOverParse <= TARGETS.analyzeOverParse },
    { name: `${fmtInt(largest.rows)} rows: peak RSS under ${TARGETS.peakRssMiB} MiB`, measured: `${fmt(largest.analyzePeakRssMiB, 0)} MiB`, met: largest.analyzePeakRssMiB === null ? false : largest.ok && largest.analyzePeakRssMiB < TARGETS.peakRssMiB },
    { name: `report under ${TARGETS.reportMiB} MB at every size`, measured: reports.length === 0 ? 'no report.html written' : reports.map((d) => `${fmt(d.reportMiB)} MiB`).join(', '), met: reports.length === 0 ? null : reports.length === datasets.length && reports.every((d) => d.reportMiB < TARGETS.reportMiB) },
    { name: `bundled example end to end under ${TARGETS.exampleSeconds} s`, measured: `${fmt(example.seconds, 3)} s`, met: example.seconds < TARGETS.exampleSeconds },
    { name: `--version within ${TARGETS.versionOverNode}x of node -e 0`, measured: `${fmt(startup.versionOverNode)}x`, met: startup.versionOverNode <= TARGETS.versionOverNode },
  ];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (or `npm run bench`, which builds)');
  // Other work on the machine skews every figure: the one-minute load average is recorded beside them.
  const loadAverageBefore = loadavg()[0];
  const datasets = [];
  for (const rows of args.sizes) {
    process.stderr.write(`dataset of about ${fmtInt(rows)} rows\n`);
    datasets.push(await benchDataset(rows, args.runs));
  }
  process.stderr.write('start-up and the bundled example\n');
  const startup = await benchStartup();
  const example = await benchExample();
  const largest = Math.max(...args.sizes);
  process.stderr.write(`stages of the ${fmtInt(largest)}-row dataset\n`);
  const stages = await benchStages(largest);
  const result = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGiB: totalmem() / 2 ** 30, node: process.version, platform: process.platform,
      loadAverageBefore, loadAverageAfter: loadavg()[0],
    },
    datasets, startup, example, stages, targets: judge(datasets, startup, example),
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
