/**
 * The global-optimum check of the dose-response fit (docs/curve-fitting.md): simulated series with known
 * curves, each fitted by fitLogLogistic and by a dense reference (the solver run to convergence from 408
 * starts: 17 log10 IC50s over the box x 6 hills x 4 bottoms); reports how far the fit's RSS ever lies
 * above the reference's.
 *
 *   9 truths (IC50 10, 100, 600 nM x (bottom 0.05, hill 1), (0.15, hill 1.7), (0.85, hill 1)), doses
 *   0 (vehicle), 1, 3, 10, 30, 100, 300, 1000 nM, n = 3 blocks, log-normal noise at CV 10, 20 and 30 %,
 *   `--runs` series per truth and CV (100: 2,700 series), seeded
 *
 * Usage: node bench/curveOptimum.mjs [--runs 100] [--dist DIR] [--save FILE.json] [--compare FILE.json]
 *   --save writes each series' RSS and parameters; --compare counts the series whose optimum moved
 *   against such a file (a different IC50 by more than 1e-6 decades or an RSS by more than 1e-9 relative).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gaussian, mulberry32 as generator } from './generate.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', '100'));
const dist = resolve(arg('dist', new URL('../dist', import.meta.url).pathname));
const load = (module) => import(pathToFileURL(`${dist}/stats/${module}.js`).href);
const { fitLogLogistic } = await load('logLogisticFit');
const { curveData, curveProblem, boxOf } = await load('logLogisticModel');
const { solveBounded, workspace } = await load('boundedLeastSquares');

const DOSES = [0, 1, 3, 10, 30, 100, 300, 1000];
const SHAPES = [{ bottom: 0.05, hill: 1 }, { bottom: 0.15, hill: 1.7 }, { bottom: 0.85, hill: 1 }];
const TRUTHS = [10, 100, 600].flatMap((ic50) => SHAPES.map((s) => ({ ic50, ...s })));
const CVS = [0.1, 0.2, 0.3];

function series(truth, cv, seed) {
  const random = generator(seed);
  const sd = Math.sqrt(Math.log(1 + cv * cv)) / Math.LN2;
  const points = [];
  for (let b = 0; b < 3; b++) {
    const level = 0.5 * gaussian(random);
    for (const dose of DOSES) {
      const f = dose === 0 ? 1 : truth.bottom + (1 - truth.bottom) / (1 + (dose / truth.ic50) ** truth.hill);
      points.push({ dose_nM: dose, log2Signal: level + Math.log2(f) + sd * gaussian(random), block: `r${b}` });
    }
  }
  return points;
}

/** The lowest RSS from 408 starts. */
function dense(points) {
  const data = curveData(points);
  const problem = curveProblem(data);
  const ws = workspace(problem.n, problem.p);
  const { low, high } = boxOf(data);
  const x = new Float64Array(3);
  let best = Infinity;
  for (let i = 0; i < 17; i++) for (const h of [0.3, 0.6, 1, 2, 4, 8]) for (const b of [0.01, 0.2, 0.5, 0.85]) {
    x[0] = b; x[1] = low + ((high - low) * i) / 16; x[2] = h;
    const rss = solveBounded(problem, x, ws);
    if (rss < best) best = rss;
  }
  return best;
}

const rows = [];
let maxExcess = -Infinity;
let above = 0;
const started = performance.now();
let fitMs = 0;
for (const [c, cv] of CVS.entries()) for (const [t, truth] of TRUTHS.entries()) for (let k = 0; k < runs; k++) {
  const points = series(truth, cv, 1_000_003 * c + 10_007 * t + k + 1);
  const t0 = performance.now();
  const fit = fitLogLogistic(points);
  fitMs += performance.now() - t0;
  const reference = dense(points);
  const excess = (fit.rss - reference) / reference;
  maxExcess = Math.max(maxExcess, excess);
  if (excess > 2e-9) above++;
  rows.push({ cv, truth: t, k, rss: fit.rss, bottom: fit.bottom, log10Ic50: fit.log10Ic50, hill: fit.hill, reference });
}
const out = { series: rows.length, maxExcess, above2e9: above, fitMsPerSeries: fitMs / rows.length, seconds: (performance.now() - started) / 1000 };
const save = arg('save', null);
if (save) writeFileSync(save, JSON.stringify(rows));
const compare = arg('compare', null);
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8'));
  let moved = 0;
  let maxIc50 = 0;
  let maxRss = 0;
  for (const [i, r] of rows.entries()) {
    const b = before[i];
    const dIc50 = Math.abs(r.log10Ic50 - b.log10Ic50);
    const dRss = Math.abs(r.rss - b.rss) / b.rss;
    maxIc50 = Math.max(maxIc50, dIc50);
    maxRss = Math.max(maxRss, dRss);
    if (dIc50 > 1e-6 || dRss > 1e-9) moved++;
  }
  Object.assign(out, { moved, maxLog10Ic50Change: maxIc50, maxRelativeRssChange: maxRss });
}
process.stdout.write(`${JSON.stringify(out)}\n`);
