/**
 * Where the time of one `blotbypass analyze` goes, stage by stage: the pipeline in process (timed
 * through its onProgress callback), then each output file built and written on its own.
 *
 * Memory: each stage also records the process's resident set when it ends (`rssMiB`), the peak so far
 * (`peakRssMiB`, from the kernel's maxRSS: the stage whose row raises it holds the run's peak) and the V8
 * heap in use (`heapMiB`). Run with `node --expose-gc bench/stages.mjs` to collect before each reading,
 * so that `heapMiB` is what the stage leaves alive (the collections then add to the seconds).
 *
 * STAGES_LOG=1 also writes each stage's row to stderr as it ends (a long run that may not finish).
 *
 * Usage: node bench/stages.mjs <file.csv>   (prints JSON: { stages: [{ stage, seconds, rssMiB, peakRssMiB, heapMiB }], ... })
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIST = new URL('../dist/', import.meta.url);
const { analyze } = await import(new URL('analyze.js', DIST).href);
const { buildDataFiles, buildReportFiles } = await import(new URL('report/outputFiles.js', DIST).href);
const { writeOutputSet } = await import(new URL('report/writeOutputs.js', DIST).href);

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/stages.mjs <file.csv>\n');
  process.exit(2);
}

const stages = [];
let mark = performance.now();
const MIB = 1 << 20;
const lap = (stage) => {
  const now = performance.now();
  const seconds = (now - mark) / 1000;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const peakRssMiB = Math.round((process.resourceUsage().maxRSS * 1024) / MIB);
  stages.push({ stage, seconds, rssMiB: Math.round(rss / MIB), peakRssMiB, heapMiB: Math.round(heapUsed / MIB) });
  if (process.env.STAGES_LOG) process.stderr.write(`${JSON.stringify(stages.at(-1))}\n`);
  mark = performance.now();
};

const bytes = readFileSync(file);
lap('read file');
const results = analyze([{ name: file, bytes }], {
  // Each stage ends when the next one starts; `load` reports files, the others 0 of 1 then 1 of 1.
  onProgress: (stage, done, total) => {
    if (done === total) lap(stage);
  },
});
const out = mkdtempSync(join(tmpdir(), 'blotbypass-stages-'));
try {
  const report = await buildReportFiles(results);
  lap('report (charts, SVG, HTML)');
  for (const f of [...buildDataFiles(results), ...report.filter((r) => r.path === 'report.html')]) {
    writeOutputSet(out, [f], [file]);
    lap(`write ${f.path}`);
  }
  writeOutputSet(out, report.filter((r) => r.path !== 'report.html'), [file]);
  lap('write charts/');
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify({ file, rows: results.inputs.reduce((n, i) => n + i.rows, 0), stages })}\n`);
