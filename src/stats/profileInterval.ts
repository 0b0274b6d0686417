/**
 * Profile-likelihood intervals by warm-started refits: one parameter held at a value, the others
 * refitted from the previous profile point's optimum (continuation), the interval's ends where the
 * profiled RSS rises above its minimum by the cut-off.
 */
import { solveBounded, type LeastSquaresProblem, type Workspace } from './boundedLeastSquares.js';

/**
 * The two ends of the profile interval of parameter `k` of `problem`: where sqrt(RSS(k) - RSS) - cut
 * crosses zero. A side is null when the profile stays below the cut-off up to the parameter's bound
 * (the data do not bound it there) or a refit fails.
 *
 * @param optimum the parameters at the least-squares optimum
 * @param rss the RSS there
 * @param cut sqrt of the allowed rise of the RSS (t s for a t-based interval)
 * @param se the Wald standard error of parameter k, for the first step (null: 0.25)
 */
export function profileInterval(
  problem: LeastSquaresProblem, ws: Workspace, optimum: Float64Array, rss: number, k: number, cut: number, se: number | null,
): { low: number | null; high: number | null } {
  const fixed = new Uint8Array(problem.p);
  fixed[k] = 1;
  const x = new Float64Array(problem.p);
  const side = (direction: 1 | -1): number | null => {
    x.set(optimum);
    const excess = (value: number): number | null => {
      x[k] = value;
      const at = solveBounded(problem, x, ws, fixed);
      if (!Number.isFinite(at)) return null;
      return Math.sqrt(Math.max(at - rss, 0)) - cut;
    };
    return profileBound(optimum[k]!, direction, excess, -cut, direction > 0 ? problem.upper[k]! : problem.lower[k]!, se);
  };
  return { low: side(-1), high: side(1) };
}

/**
 * Where `excess` (the root of the profiled RSS above its minimum, minus the cut) crosses zero on one
 * side of the optimum: brackets the crossing by doubling a step (from the Wald half-width), then
 * regula falsi (Illinois). The root is nearly linear in the parameter, so few refits are needed.
 */
export function profileBound(
  optimum: number, direction: 1 | -1, excess: (value: number) => number | null, atOptimum: number, limit: number, se: number | null,
): number | null {
  let inner = optimum;
  let innerValue = atOptimum;
  let step = Math.min(Math.max(se !== null ? 2 * se : 0.25, 0.02), 1);
  let outer = optimum;
  let outerValue: number | null = null;
  for (let k = 0; k < 12; k++) {
    const e = direction > 0 ? Math.min(optimum + direction * step, limit) : Math.max(optimum + direction * step, limit);
    const v = excess(e);
    if (v === null) return null;
    if (v > 0) { outer = e; outerValue = v; break; }
    inner = e;
    innerValue = v;
    if (e === limit) return null;
    step *= 2;
  }
  if (outerValue === null) return null;
  let outerAt: number = outerValue;
  let lastSide = 0;
  for (let k = 0; k < 40 && Math.abs(outer - inner) > 1e-6; k++) {
    const e: number = inner - (innerValue * (outer - inner)) / (outerAt - innerValue);
    const v: number | null = excess(e);
    if (v === null) return null;
    if (v > 0) {
      outer = e; outerAt = v;
      if (lastSide === 1) innerValue /= 2;
      lastSide = 1;
    } else {
      inner = e; innerValue = v;
      if (lastSide === -1) outerAt /= 2;
      lastSide = -1;
    }
    if (Math.abs(v) < 1e-7) return e;
  }
  return (inner + outer) / 2;
}
