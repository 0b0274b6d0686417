/**
 * What the dose-response search costs at the least, as the fit is specified (every start of
 * curveStarts.ts run to convergence, docs/curve-fitting.md): how many evaluations of the residuals the
 * multi-start search makes per series, and what one evaluation costs on its own: the residuals of one
 * curve in a tight loop, no solver around them and no Jacobian (the solver asks for one only after an
 * accepted step; with it and the curvature, `fullEvaluationMicros`). Their product is a lower bound of the
 * search per series; times a screen's curves over the cores, a lower bound of its curve stage.
 *
 * Series: bench/curveSeries.mjs (the nine truths at CV 10, 20 and 30 %, `runs` each), at the doses and
 * number of blocks asked for (a screen's shape: bench/data/screen-*.csv.json).
 * Usage: node bench/curveFloor.mjs [runs=20] [doses=0,1,3,10,30,100,300,1000] [blocks=3]   (prints JSON)
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CVS, DOSES, TRUTHS, series } from './curveSeries.mjs';

const DIST = fileURLToPath(new URL('../dist/stats/', import.meta.url));
const load = (module) => import(pathToFileURL(`${DIST}${module}.js`).href);

export async function curveFloor(runs = 20, shape = {}) {
  const { curveData, curveProblem } = await load('logLogisticModel');
  const { multiStart } = await load('curveStarts');
  const all = CVS.flatMap((cv, c) => TRUTHS.flatMap((truth, t) => Array.from({ length: runs }, (_, k) => series(truth, cv, 1_000_003 * c + 10_007 * t + k + 1, shape))));
  const problems = all.map((points) => {
    const data = curveData(points);
    return { data, problem: curveProblem(data) };
  });
  // The search, its evaluations counted (a copy of each problem whose evaluate counts its calls).
  let evaluations = 0;
  const counted = problems.map(({ data, problem }) => ({ data, problem: { ...problem, evaluate: (x, r, jac) => { evaluations++; return problem.evaluate(x, r, jac); } } }));
  for (const { data, problem } of counted.slice(0, 50)) multiStart(problem, data); // warm-up
  evaluations = 0;
  const searchStart = performance.now();
  for (const { data, problem } of counted) multiStart(problem, data);
  const searchMs = performance.now() - searchStart;
  const evaluationsPerSeries = evaluations / counted.length;
  // One evaluation alone: the residuals only (a trial point), and with the Jacobian and curvature (an accepted one).
  const { problem } = problems[0];
  const x = new Float64Array([0.2, 1.8, 1.1]);
  const r = new Float64Array(problem.n);
  const jac = new Float64Array(problem.n * problem.p);
  const s = new Float64Array(problem.p * problem.p);
  const micros = (full) => {
    const loop = (count) => {
      for (let k = 0; k < count; k++) {
        x[1] = 1.8 + (k % 7) * 1e-3;
        problem.evaluate(x, r, full ? jac : null);
        if (full) problem.curvature(s);
      }
    };
    loop(200_000);
    const count = 1_000_000;
    const loopStart = performance.now();
    loop(count);
    return ((performance.now() - loopStart) * 1000) / count;
  };
  const evaluationMicros = micros(false);
  const fullEvaluationMicros = micros(true);
  return {
    series: counted.length, points: problem.n, doses: shape.doses ?? DOSES, blocks: shape.blocks ?? 3, evaluationsPerSeries,
    searchMsPerSeries: searchMs / counted.length,
    evaluationMicros, fullEvaluationMicros,
    floorMsPerSeries: (evaluationsPerSeries * evaluationMicros) / 1000,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [runs, doses, blocks] = process.argv.slice(2);
  const shape = { ...(doses ? { doses: doses.split(',').map(Number) } : {}), ...(blocks ? { blocks: Number(blocks) } : {}) };
  process.stdout.write(`${JSON.stringify(await curveFloor(Number(runs ?? 20), shape), null, 2)}\n`);
}
