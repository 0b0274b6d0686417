/**
 * The simulated dose series of the curve checks (bench/curveOptimum.mjs, bench/curveFloor.mjs): nine
 * truths (IC50 10, 100, 600 nM x (bottom 0.05, hill 1), (0.15, hill 1.7), (0.85, hill 1)), doses 0
 * (vehicle), 1, 3, 10, 30, 100, 300, 1000 nM, 3 blocks each with its own level, log-normal noise at a
 * CV, seeded (another dose series or number of blocks on request).
 */
import { gaussian, mulberry32 as generator } from './generate.mjs';

export const DOSES = [0, 1, 3, 10, 30, 100, 300, 1000];
export const SHAPES = [{ bottom: 0.05, hill: 1 }, { bottom: 0.15, hill: 1.7 }, { bottom: 0.85, hill: 1 }];
export const TRUTHS = [10, 100, 600].flatMap((ic50) => SHAPES.map((s) => ({ ic50, ...s })));
export const CVS = [0.1, 0.2, 0.3];

/** The points of one series (CurvePoint[]), at DOSES in 3 blocks unless told otherwise. */
export function series(truth, cv, seed, { doses = DOSES, blocks = 3 } = {}) {
  const random = generator(seed);
  const sd = Math.sqrt(Math.log(1 + cv * cv)) / Math.LN2;
  const points = [];
  for (let b = 0; b < blocks; b++) {
    const level = 0.5 * gaussian(random);
    for (const dose of doses) {
      const f = dose === 0 ? 1 : truth.bottom + (1 - truth.bottom) / (1 + (dose / truth.ic50) ** truth.hill);
      points.push({ dose_nM: dose, log2Signal: level + Math.log2(f) + sd * gaussian(random), block: `r${b}` });
    }
  }
  return points;
}
