/**
 * What the unmet speed targets of issue 29 leave room for, measured in the same run as the targets
 * (bench/run.mjs):
 *
 *   typical experiment  CPU seconds (user + system, every thread: the child's own rusage, bench/rssProbe.mjs)
 *                       of `blotbypass analyze` with its report, with --no-pdf and with --no-report,
 *                       interleaved run by run. The report's CPU (with it minus without) over the cores
 *                       bounds the run's wall time from below however well its threads overlap; so does
 *                       that of the charts and their PNGs alone (--no-pdf minus --no-report). Where the
 *                       CPU goes, by thread and library: bench/typicalProfile.mjs (a breakdown only: the
 *                       profiler's samples count time a thread waits for a core as the function's).
 *   screen              the curve search on the screen's own series (bench/curveFloor.mjs): evaluations
 *                       per series x one evaluation's cost alone x the screen's series / cores
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { curveFloor } from './curveFloor.mjs';
import { measure, median, ROOT } from './measure.mjs';
import { typicalProfile } from './typicalProfile.mjs';

const CLI = join(ROOT, 'dist', 'cli.js');

/** Median CPU and wall seconds of the typical experiment three ways, interleaved. */
async function typicalCpu(file, runs) {
  const ways = { report: [], noPdf: ['--no-pdf'], noReport: ['--no-report'] };
  const cpu = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  const wall = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  const dir = mkdtempSync(join(tmpdir(), 'blotbypass-floors-'));
  try {
    for (let i = 0; i <= runs; i++) {
      for (const [way, extra] of Object.entries(ways)) {
        const out = join(dir, `${way}-${i}`);
        const r = await measure([CLI, 'analyze', file, '--out', out, ...extra]);
        if (r.code !== 0) throw new Error(`floors: ${way} failed: ${r.stderr}`);
        rmSync(out, { recursive: true, force: true });
        // The first round fills the file cache.
        if (i > 0) {
          cpu[way].push(r.cpuSeconds);
          wall[way].push(r.seconds);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const of = (xs) => Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, median(v)]));
  return { runs, cpuSeconds: of(cpu), wallSeconds: of(wall) };
}

/**
 * @param typicalFile  the typical experiment's CSV
 * @param screen       { file, series }: a small screen of the same generator (its series are fitted) and
 *                     the number of series of the screen the target is about
 * @param budgets      { typicalSeconds, noReportSeconds, screenSeconds }: the targets in seconds (the typical ones null without the peer)
 */
export async function benchFloors(typicalFile, screen, budgets) {
  const cores = availableParallelism();
  const typical = await typicalCpu(typicalFile, 5);
  const { cpuSeconds: c } = typical;
  const curves = await curveFloor(screen.file);
  return {
    cores, budgets, typical,
    reportCpuSeconds: c.report - c.noReport,
    chartsCpuSeconds: c.noPdf - c.noReport,
    withReport: typicalProfile(typicalFile, [], 3),
    noReport: typicalProfile(typicalFile, ['--no-report'], 3),
    curves: { ...curves, screenSeries: screen.series, screenFloorSeconds: (screen.series * curves.floorMsPerSeries) / 1000 / cores, screenSearchSeconds: (screen.series * curves.searchMsPerSeries) / 1000 / cores },
  };
}

const ms = (seconds) => (seconds === null ? 'n/a (no peer measured)' : `${Math.round(seconds * 1000).toLocaleString('en-US')} ms`);
const s = (x) => `${x.toFixed(1)} s`;

export function floorsMarkdown(f, nodeSeconds) {
  const lines = [];
  const { cpuSeconds: cpu, wallSeconds: wall } = f.typical;
  const table = (p) => {
    lines.push('| thread time in | ms | share |', '|---|---:|---:|');
    for (const r of p.rows) lines.push(`| ${r.owner} | ${Math.round(r.ms)} | ${Math.round((100 * r.ms) / p.cpuMs)} % |`);
    lines.push(`| total (${p.threads} thread${p.threads > 1 ? 's' : ''}; each row the median of ${p.runs} runs; wall ${ms(p.wallMs / 1000)} under the profiler) | ${Math.round(p.cpuMs)} | |`, '');
  };
  lines.push(`Floors of the unmet targets (bench/floors.mjs, ${f.cores} cores):`, '');
  lines.push(`- Typical experiment, CPU (user + system, every thread; median of ${f.typical.runs} interleaved runs): with its report ${ms(cpu.report)} (wall ${ms(wall.report)}), `
    + `with --no-pdf ${ms(cpu.noPdf)} (wall ${ms(wall.noPdf)}), with --no-report ${ms(cpu.noReport)} (wall ${ms(wall.noReport)}). `
    + `The report costs ${ms(f.reportCpuSeconds)} of CPU, so a run with it takes at least ${ms(f.reportCpuSeconds / f.cores)} on ${f.cores} cores however its threads overlap; `
    + `its charts and their PNGs alone (without report.pdf) ${ms(f.chartsCpuSeconds)}, at least ${ms(f.chartsCpuSeconds / f.cores)}; the target allows ${ms(f.budgets.typicalSeconds)} for the whole run.`);
  lines.push(`- Typical experiment with --no-report: node's own start (\`node -e 0\`, ${ms(nodeSeconds)}) is ${f.budgets.noReportSeconds === null ? 'n/a' : Math.round((100 * nodeSeconds) / f.budgets.noReportSeconds)} % of the ${ms(f.budgets.noReportSeconds)} the target allows; the rest of the run is below (not a floor).`);
  const c = f.curves;
  lines.push(`- Screen: the curve search on the ${c.series} series of ${relative(ROOT, c.file)} (the screen's generator; ${c.points} points each): ${Math.round(c.evaluationsPerSeries).toLocaleString('en-US')} evaluations of the residuals per series `
    + `(every start until its convergence test or the 400-iteration cap), ${c.evaluationMicros.toFixed(2)} µs per evaluation alone (${c.fullEvaluationMicros.toFixed(2)} µs with the Jacobian and curvature an accepted step adds): `
    + `at least ${c.floorMsPerSeries.toFixed(2)} ms per series for this search (as it runs: ${c.searchMsPerSeries.toFixed(2)} ms). The screen's ${c.screenSeries.toLocaleString('en-US')} series: at least ${s(c.screenFloorSeconds)} on ${f.cores} cores `
    + `(projected as it runs: ${s(c.screenSearchSeconds)}), against ${s(f.budgets.screenSeconds)} for the whole screen.`, '');
  lines.push('Where the typical experiment\'s thread time goes (`node --cpu-prof`, every thread; a breakdown, not CPU: a sample taken while a thread waits for a core counts as the function\'s), with its report:', '');
  table(f.withReport);
  lines.push('With --no-report:', '');
  table(f.noReport);
  return lines;
}
