/**
 * The least time each unmet speed target of issue 29 leaves room for, measured in the same run as the
 * target (bench/run.mjs):
 *
 *   typical experiment  where its CPU goes, by thread and library (bench/typicalProfile.mjs): the report's
 *                       three libraries (vega drawing the charts, resvg their PNGs, pdfkit report.pdf)
 *                       over the cores is a floor of the run with its report; node's own start
 *                       (`node -e 0`) is a floor of every run
 *   screen              the curve search's floor (bench/curveFloor.mjs, on series of the screen's shape):
 *                       evaluations per series x one evaluation's cost x the screen's curves / cores
 */
import { availableParallelism } from 'node:os';
import { curveFloor } from './curveFloor.mjs';
import { typicalProfile } from './typicalProfile.mjs';

/** The report's libraries, as typicalProfile.mjs names them. */
const REPORT_OWNERS = /^(PNGs|report\.pdf|charts):/;

/**
 * @param typicalFile  the typical experiment's CSV
 * @param screen       { models, doses, replicates, curves } of the screen (curves: its dose series)
 * @param budgets      { typicalSeconds, noReportSeconds, screenSeconds } the targets in seconds
 */
export async function benchFloors(typicalFile, screen, budgets) {
  const cores = availableParallelism();
  const withReport = typicalProfile(typicalFile, [], 3);
  const noReport = typicalProfile(typicalFile, ['--no-report'], 3);
  const reportCpuMs = withReport.rows.filter((r) => REPORT_OWNERS.test(r.owner)).reduce((s, r) => s + r.ms, 0);
  const curves = await curveFloor(20, { doses: screen.doses, blocks: screen.replicates });
  return {
    cores, budgets, withReport, noReport,
    reportFloorSeconds: reportCpuMs / 1000 / cores,
    curves: { ...curves, screenCurves: screen.curves, screenFloorSeconds: (screen.curves * curves.floorMsPerSeries) / 1000 / cores, screenSearchSeconds: (screen.curves * curves.searchMsPerSeries) / 1000 / cores },
  };
}

const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
const s = (x) => `${x.toFixed(1)} s`;

export function floorsMarkdown(f, nodeSeconds) {
  const lines = [];
  const table = (p) => {
    lines.push('| thread time spent in | CPU ms | share |', '|---|---:|---:|');
    for (const r of p.rows) lines.push(`| ${r.owner} | ${Math.round(r.ms)} | ${Math.round((100 * r.ms) / p.cpuMs)} % |`);
    lines.push(`| total (${p.threads} thread${p.threads > 1 ? 's' : ''}; wall ${ms(p.wallMs)} under the profiler) | ${Math.round(p.cpuMs)} | |`, '');
  };
  lines.push(`Floors of the unmet targets (bench/floors.mjs, ${f.cores} cores):`, '');
  lines.push(`Typical experiment with its report: CPU by what spends it (\`node --cpu-prof\`, every thread, median of ${f.withReport.runs} runs):`, '');
  table(f.withReport);
  lines.push(`The report's three libraries alone take ${ms(f.reportFloorSeconds * f.cores * 1000)} of CPU: at least ${ms(f.reportFloorSeconds * 1000)} of wall time on ${f.cores} cores, against a target of ${ms(f.budgets.typicalSeconds * 1000)} for the whole run (node's start alone: ${ms(nodeSeconds * 1000)}).`, '');
  lines.push('Typical experiment with --no-report:', '');
  table(f.noReport);
  lines.push(`Node's start (\`node -e 0\`, ${ms(nodeSeconds * 1000)}) is ${Math.round((100 * nodeSeconds) / f.budgets.noReportSeconds)} % of the target's ${ms(f.budgets.noReportSeconds * 1000)}.`, '');
  const c = f.curves;
  lines.push(`Screen: the curve search on ${c.series} simulated series of the screen's shape (doses ${c.doses.join(', ')} nM, ${c.blocks} blocks, ${c.points} points): ${Math.round(c.evaluationsPerSeries)} evaluations per series (every start to convergence), ${c.evaluationMicros.toFixed(2)} µs per evaluation of the residuals alone (${c.fullEvaluationMicros.toFixed(2)} µs with the Jacobian and curvature an accepted step adds), so at least ${c.floorMsPerSeries.toFixed(2)} ms per series (the search itself: ${c.searchMsPerSeries.toFixed(2)} ms). The screen's ${c.screenCurves.toLocaleString('en-US')} curves: at least ${s(c.screenFloorSeconds)} on ${f.cores} cores (the search as it runs: ${s(c.screenSearchSeconds)}), against a target of ${s(f.budgets.screenSeconds)} for the whole screen.`, '');
  return lines;
}
