/**
 * Worker threads for step 3 (the comparisons and the curves; src/parallel/): the analysis of one file
 * with 1, 2, ... threads, side by side and alternating, in this process. For each run: the wall time of
 * the whole analysis and of step 3 (from `compare` starting to `curves` ending, through onProgress),
 * and the CPU time of the process (every thread), so that a loaded machine shows as CPU time that
 * does not shrink the wall time. Also the start-up of one worker (start, load the stats, one empty
 * task back), the cost a small experiment must not pay. Checks that every run gives the same results.
 *
 * Usage: node bench/threads.mjs <file.csv> [maxThreads (default 2)] [repeats (default 3)]
 *   prints JSON: { file, lanes, workerStartSeconds, runs: [{ threads, wallSeconds, step3Seconds, cpuSeconds, step3CpuSeconds }], medians }
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const DIST = new URL('../dist/', import.meta.url);
const { analyzeParallel } = await import(new URL('parallel/analyzeParallel.js', DIST).href);
const { WorkerPool } = await import(new URL('parallel/pool.js', DIST).href);

const [file, maxArg = '2', repeatArg = '3'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/threads.mjs <file.csv> [maxThreads] [repeats]\n');
  process.exit(2);
}
const bytes = readFileSync(file);
const threadCounts = Array.from({ length: Number(maxArg) }, (_, i) => i + 1);

/** Start one worker, send it an empty comparison, stop it. */
async function workerStart() {
  const start = performance.now();
  const pool = new WorkerPool(1);
  try {
    const unit = { pair: { resistant: 'R', sensitive: 'S' }, members: null, lanes: [] };
    const shared = { targets: [], conditions: [], designVehicleTimes: [], confidenceLevel: 0.95, test: 'linear-model' };
    await pool.run([{ kind: 'compare', shared, unit }], [0]);
  } finally {
    await pool.close();
  }
  return (performance.now() - start) / 1000;
}

async function once(threads) {
  let step3Start = 0;
  let step3End = 0;
  let step3Cpu = null;
  let step3CpuEnd = null;
  const onProgress = (stage, done, total) => {
    if (stage === 'compare' && done === 0) { step3Start = performance.now(); step3Cpu = process.cpuUsage(); }
    if (stage === 'curves' && done === total) { step3End = performance.now(); step3CpuEnd = process.cpuUsage(step3Cpu); }
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  const results = await analyzeParallel([{ name: file, bytes }], { sourceDateEpoch: 0, onProgress }, { threads, minLanes: 0 });
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { results, run: { threads, wallSeconds: wall, step3Seconds: (step3End - step3Start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, step3CpuSeconds: (step3CpuEnd.user + step3CpuEnd.system) / 1e6 } };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const starts = [];
for (let i = 0; i < 3; i++) starts.push(await workerStart());
const runs = [];
let reference = null;
let lanes = 0;
for (let r = 0; r < Number(repeatArg); r++) {
  for (const threads of threadCounts) {
    const { results, run } = await once(threads);
    const json = JSON.stringify(results);
    reference ??= json;
    if (json !== reference) throw new Error(`results with ${threads} threads differ from those with ${threadCounts[0]}`);
    lanes = results.lanes.length;
    runs.push(run);
  }
}
const medians = threadCounts.map((threads) => {
  const mine = runs.filter((r) => r.threads === threads);
  const of = (key) => median(mine.map((r) => r[key]));
  return { threads, wallSeconds: of('wallSeconds'), step3Seconds: of('step3Seconds'), cpuSeconds: of('cpuSeconds'), step3CpuSeconds: of('step3CpuSeconds') };
});
process.stdout.write(`${JSON.stringify({ file, lanes, cores: availableParallelism(), loadAverage: loadavg(), workerStartSeconds: median(starts), runs, medians, identical: true }, null, 1)}\n`);
