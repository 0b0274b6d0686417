/**
 * What the dose-response search costs at the least, as the fit is built (every start of curveStarts.ts
 * run until the convergence tests of boundedLeastSquares.ts or its 400-iteration cap): on the dose series
 * of a real file (every series the curve stage fits, src/stats/doseResponses.ts `unitSeries` and
 * `seriesPoints`), how many times the multi-start search evaluates the residuals per series, and what one
 * evaluation of the residuals costs alone (one series' problem in a tight loop: no Jacobian, no linear
 * algebra, no solver around it; with the Jacobian and curvature an accepted step adds:
 * `fullEvaluationMicros`). Their product bounds this search's time per series from below; times a
 * screen's series over the cores, its curve search.
 *
 * Usage: node bench/curveFloor.mjs FILE.csv [--dist DIR]   (prints JSON; DIR: another build's dist/)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The problems of every series of `file` that the curve stage fits (at least as many points as it needs). */
async function seriesProblems(file, dist) {
  const load = (module) => import(pathToFileURL(`${dist}/${module}.js`).href);
  const { prepareAnalysis } = await load('analyze');
  const { planDoseResponses } = await load('stats/curvePlan');
  const { unitSeries, seriesPoints } = await load('stats/doseResponses');
  const { curveData, curveProblem } = await load('stats/logLogisticModel');
  const { normalized } = prepareAnalysis([{ name: file, bytes: readFileSync(file) }]);
  const plan = planDoseResponses(normalized, 0.95);
  const problems = [];
  for (const unit of plan.units) {
    for (const series of unitSeries(plan.shared, unit)) {
      const data = curveData(seriesPoints(series).points);
      if (data === null) continue;
      const problem = curveProblem(data);
      if (problem.n - problem.p - problem.levelCount >= 1) problems.push({ data, problem });
    }
  }
  return problems;
}

/** Microseconds per evaluation of one problem's residuals (`full`: with the Jacobian and curvature). */
function evaluationMicros(problem, full) {
  const x = new Float64Array([0.2, (problem.lower[1] + problem.upper[1]) / 2, 1.1]);
  const centre = x[1];
  const r = new Float64Array(problem.n);
  const jac = new Float64Array(problem.n * problem.p);
  const s = new Float64Array(problem.p * problem.p);
  const loop = (count) => {
    for (let k = 0; k < count; k++) {
      x[1] = centre + (k % 7) * 1e-3;
      problem.evaluate(x, r, full ? jac : null);
      if (full) problem.curvature(s);
    }
  };
  loop(200_000);
  const count = 1_000_000;
  const started = performance.now();
  loop(count);
  return ((performance.now() - started) * 1000) / count;
}

export async function curveFloor(file, dist = fileURLToPath(new URL('../dist', import.meta.url))) {
  const { multiStart } = await import(pathToFileURL(`${dist}/stats/curveStarts.js`).href);
  const problems = await seriesProblems(file, dist);
  // The search timed as it runs, then its evaluations counted (a copy of each problem counting its calls).
  for (const { data, problem } of problems.slice(0, 50)) multiStart(problem, data); // warm-up
  const started = performance.now();
  for (const { data, problem } of problems) multiStart(problem, data);
  const searchMs = performance.now() - started;
  let evaluations = 0;
  for (const { data, problem } of problems) multiStart({ ...problem, evaluate: (x, r, jac) => { evaluations++; return problem.evaluate(x, r, jac); } }, data);
  const evaluationsPerSeries = evaluations / problems.length;
  // The median series' size stands for all (the screen's series are alike).
  const sizes = problems.map(({ problem }) => problem.n).sort((a, b) => a - b);
  const typical = problems.find(({ problem }) => problem.n === sizes[Math.floor(sizes.length / 2)]).problem;
  const micros = evaluationMicros(typical, false);
  return {
    file, series: problems.length, points: typical.n, evaluationsPerSeries,
    searchMsPerSeries: searchMs / problems.length,
    evaluationMicros: micros, fullEvaluationMicros: evaluationMicros(typical, true),
    floorMsPerSeries: (evaluationsPerSeries * micros) / 1000,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node bench/curveFloor.mjs FILE.csv [--dist DIR]\n');
    process.exit(2);
  }
  const at = process.argv.indexOf('--dist');
  const dist = at > 0 ? resolve(process.argv[at + 1]) : undefined;
  process.stdout.write(`${JSON.stringify(await curveFloor(file, dist), null, 2)}\n`);
}
