/**
 * The results of `npm run bench` as markdown (bench/results/latest.md, and RESULTS.md's sections), and
 * issue 29's targets judged against them.
 */
import { relative } from 'node:path';
import { floorsMarkdown } from './floors.mjs';
import { ROOT } from './measure.mjs';

/** Issue 29's targets (goals in comments). */
export const TARGETS = {
  screenOverParse: 20, // goal 5
  peakRssMiB: 1024, // goal 512
  reportMiB: 3,
  typicalOverPeer: 0.5, // goal 0.25
  typicalNoReportOverPeer: 0.2, // goal 0.1
  versionOverNode: 1.3, // goal 1.1
  curveOverScipy: 0.5, // goal 0.1
  appOverCli: 1,
};
const fmt = (x, digits = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
export const fmtInt = (x) => Math.round(x).toLocaleString('en-US');
const fmtMs = (seconds) => (seconds === null ? 'failed' : `${fmt(seconds * 1000, 0)} ms`);
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'met' : 'NOT met');

export function markdown(result) {
  const lines = [];
  lines.push(`Machine: ${result.machine.cpu} x ${result.machine.cores}, ${fmt(result.machine.memoryGiB, 0)} GiB RAM, Node ${result.machine.node}; load average ${fmt(result.machine.loadAverageBefore)} before, ${fmt(result.machine.loadAverageAfter)} after.`);
  lines.push('');
  lines.push('| dataset | rows | file MiB | analyze s | peak RSS MiB | rows/s | report.html MiB | charts/ MiB | all outputs MiB | papaparse s | papaparse RSS MiB | analyze / papaparse |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const d of result.datasets) {
    const total = d.outputs.reduce((s, f) => s + f.MiB, 0);
    lines.push(`| ${d.name} | ${fmtInt(d.rows)} | ${fmt(d.fileMiB, 1)} | ${d.ok ? fmt(d.analyzeSeconds) : `failed (${fmt(d.analyzeSeconds)})`} | ${fmt(d.analyzePeakRssMiB, 0)} | ${d.ok ? fmtInt(d.rowsPerSecond) : 'n/a'} | ${fmt(d.reportMiB)} | ${fmt(d.chartsMiB)} | ${d.ok ? fmt(total, 1) : 'n/a'} | ${fmt(d.parseSeconds)} | ${fmt(d.parsePeakRssMiB, 0)} | ${fmt(d.analyzeOverParse, 1)}x |`);
  }
  lines.push('');
  lines.push(`\`blotbypass --version\`: ${fmt(result.startup.versionSeconds * 1000, 0)} ms; \`node -e 0\`: ${fmt(result.startup.nodeSeconds * 1000, 0)} ms (${fmt(result.startup.versionOverNode)}x). `
    + `Bundled example (180 rows) end to end with its report (${result.example.outputs.length} output files): ${fmt(result.example.seconds * 1000, 0)} ms. `
    + `Typical experiment (${result.typical.file}, 156 rows, runs interleaved): with its report ${fmtMs(result.typical.seconds)}, with --no-report ${fmtMs(result.typical.noReportSeconds)}; `
    + `\`python3 ../shared/peers/reference.py\` on the same file: ${result.typical.peerSeconds === null ? `failed (${result.typical.failure})` : `${fmtMs(result.typical.peerSeconds)} (blotbypass takes ${fmt(result.typical.overPeer)}x its time with the report, ${fmt(result.typical.noReportOverPeer)}x without)`}.`);
  lines.push('');
  if (result.stages) {
    const total = result.stages.stages.reduce((n, x) => n + x.seconds, 0);
    lines.push(`Where the time goes, ${result.stages.name} (${fmtInt(result.stages.rows)} rows) (one run in process, peak RSS ${fmt(result.stages.peakRssMiB, 0)} MiB):`);
    lines.push('');
    lines.push('| stage | s | share |');
    lines.push('|---|---:|---:|');
    for (const x of result.stages.stages) lines.push(`| ${x.stage} | ${fmt(x.seconds)} | ${fmt((100 * x.seconds) / total, 0)} % |`);
    lines.push(`| total | ${fmt(total)} | |`);
    lines.push('');
  }
  if (result.curves) {
    const c = result.curves;
    lines.push(`Curves (${relative(ROOT, c.file)}, ${c.curves} dose series): blotbypass's curve stage ${fmt(c.msPerCurve, 2)} ms per curve (several starts, profile IC50 interval, joint fold fit); \`curves_scipy.py\` (one bounded trf curve_fit, Wald interval) ${c.peer.ms_per_curve === undefined ? `failed (${c.peer.failure})` : `${fmt(c.peer.ms_per_curve, 2)} ms per curve (${fmt(c.ratio)}x)`}.`);
    lines.push('');
  }
  if (result.floors) lines.push(...floorsMarkdown(result.floors, result.startup.nodeSeconds));
  lines.push('| target | measured | |');
  lines.push('|---|---|---|');
  for (const t of result.targets) lines.push(`| ${t.name} | ${t.measured} | ${verdict(t.met)} |`);
  for (const d of result.datasets.filter((x) => !x.ok)) lines.push('', `${fmtInt(d.rows)} rows: ${d.failure}`);
  return `${lines.join('\n')}\n`;
}

export function judge(datasets, startup, typical, curves, app) {
  const screen = datasets.find((d) => d.name.startsWith('screen')) ?? datasets.reduce((a, b) => (b.rows > a.rows ? b : a), datasets[0]);
  const reports = datasets.filter((d) => d.reportMiB !== null);
  return [
    { name: `${screen.name} (${fmtInt(screen.rows)} rows) with its report: within ${TARGETS.screenOverParse}x the papaparse-only parse (goal 5x)`, measured: `${fmt(screen.analyzeOverParse, 1)}x (${fmt(screen.analyzeSeconds)} s vs ${fmt(screen.parseSeconds)} s)`, met: screen.ok && screen.analyzeOverParse <= TARGETS.screenOverParse },
    { name: `${screen.name}: peak RSS at most ${TARGETS.peakRssMiB} MiB, no flags (goal 512 MiB)`, measured: `${fmt(screen.analyzePeakRssMiB, 0)} MiB`, met: screen.analyzePeakRssMiB === null ? false : screen.ok && screen.analyzePeakRssMiB <= TARGETS.peakRssMiB },
    { name: `report under ${TARGETS.reportMiB} MB at every size`, measured: reports.map((d) => `${d.name} ${fmt(d.reportMiB)} MiB`).join(', ') || 'no report.html written', met: reports.length === 0 ? null : reports.length === datasets.length && reports.every((d) => d.reportMiB < TARGETS.reportMiB) },
    { name: `typical experiment (156 rows) with its report: at most ${TARGETS.typicalOverPeer}x the wall time of reference.py on the same file (goal 0.25x)`, measured: typical.overPeer === null ? `failed (${typical.failure})` : `${fmt(typical.overPeer)}x (${fmt(typical.seconds, 3)} s vs ${fmt(typical.peerSeconds, 3)} s)`, met: typical.overPeer === null ? null : typical.overPeer <= TARGETS.typicalOverPeer },
    { name: `typical experiment, --no-report: at most ${TARGETS.typicalNoReportOverPeer}x the wall time of reference.py (goal 0.1x)`, measured: typical.noReportOverPeer === null ? `failed (${typical.failure})` : `${fmt(typical.noReportOverPeer)}x (${fmt(typical.noReportSeconds, 3)} s vs ${fmt(typical.peerSeconds, 3)} s)`, met: typical.noReportOverPeer === null ? null : typical.noReportOverPeer <= TARGETS.typicalNoReportOverPeer },
    { name: `--version within ${TARGETS.versionOverNode}x of node -e 0 (goal 1.1x)`, measured: `${fmt(startup.versionOverNode)}x (${fmt(startup.versionSeconds * 1000, 0)} ms vs ${fmt(startup.nodeSeconds * 1000, 0)} ms)`, met: startup.versionOverNode <= TARGETS.versionOverNode },
    { name: `per-curve time of the curve stage at most ${TARGETS.curveOverScipy}x scipy curve_fit's on the same series (goal 0.1x)`, measured: curves.ratio === null ? 'peer failed' : `${fmt(curves.ratio)}x (${fmt(curves.msPerCurve)} ms vs ${fmt(curves.peer.ms_per_curve)} ms)`, met: curves.ratio === null ? null : curves.ratio <= TARGETS.curveOverScipy },
    { name: `the browser app on the example (Chromium, file given once the page's worker is ready, to every chart drawn) at most ${TARGETS.appOverCli}x the CLI on it (with its report)`, measured: app.failure !== undefined ? `failed (${app.failure})` : `${fmt(app.appOverCli)}x (${fmt(app.appSeconds)} s vs ${fmt(app.cliSeconds)} s; verdict shown at ${fmt(app.resultsSeconds)} s; file given as the page opens, before its worker is ready: ${fmt(app.coldAppSeconds)} s, ${fmt(app.coldAppSeconds / app.cliSeconds)}x)`, met: app.failure !== undefined ? null : app.appOverCli <= TARGETS.appOverCli },
  ];
}
