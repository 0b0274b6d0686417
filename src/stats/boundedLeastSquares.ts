/**
 * A small dense bounded least-squares solver: Levenberg-Marquardt with Marquardt's diagonal scaling
 * (on the full Newton Hessian J'J + S when the problem gives S), box bounds by projection and an
 * active set, on Float64Arrays, for problems of a few dozen residuals and a handful of parameters
 * (the dose-response curves).
 *
 *   minimise sum r_i(x)^2 over lower <= x <= upper (some parameters may be held fixed)
 *
 *   each iteration: g = J'r, A = J'J (+ S) over the free parameters; a parameter on a bound whose
 *   gradient points out of the box is held there (active); (A + lambda diag J'J) step = -g by
 *   Cholesky on the rest (an indefinite A raises lambda until it is positive definite); the trial
 *   point projected into the box; accepted when the RSS falls, lambda updated from the gain ratio
 *   (Nielsen's rule).
 *
 * Converged when the scaled projected gradient (|g_i| / (|J_i| |r|), MINPACK's gtol test) is below
 * 1e-10, or an accepted step lowers the RSS by less than 1e-14 relative or moves no parameter by
 * more than 1e-10 (1 + |x|), or no damping finds a lower RSS (lambda past 1e16: the point is a
 * minimum to machine precision). All arrays live in a workspace made once per problem size:
 * nothing is allocated inside the iteration. A problem that can give its Jacobian after the fact
 * (`jacobian`) has a trial point evaluated without it, and the Jacobian made only for an accepted step.
 */

/** A least-squares problem: residuals r(x) (n of them) and their Jacobian dr/dx (n x p, row-major). */
export interface LeastSquaresProblem {
  readonly n: number;
  readonly p: number;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Writes r(x) into `r` and, unless `jac` is null, dr/dx into `jac`; returns sum r^2. */
  evaluate(x: Float64Array, r: Float64Array, jac: Float64Array | null): number;
  /**
   * Optional: writes sum_i r_i d^2 r_i / dx^2 (p x p) into `s`, at the point of the last evaluate
   * with a Jacobian. With it the step is Newton's (J'J + S) rather than Gauss-Newton's J'J, which
   * converges quadratically where the residuals are large (a noisy curve) instead of linearly.
   */
  curvature?(s: Float64Array): void;
  /**
   * Optional: writes dr/dx into `jac` at the point of the last evaluate (whose residuals are `r`).
   * With it a trial point is evaluated without its Jacobian, which is computed only if the step is
   * accepted (about one trial in five is not).
   */
  jacobian?(r: Float64Array, jac: Float64Array): void;
}

/** Work arrays for one problem size, reused by every solve. */
export interface Workspace {
  readonly r: Float64Array;
  readonly jac: Float64Array;
  readonly jacTrial: Float64Array;
  readonly trial: Float64Array;
  readonly rTrial: Float64Array;
  readonly g: Float64Array;
  readonly a: Float64Array;
  readonly chol: Float64Array;
  readonly step: Float64Array;
  readonly free: Int32Array;
  readonly s: Float64Array;
  readonly d: Float64Array;
  /** Squared column norms of the Jacobian (the diagonal of J'J). */
  readonly norms: Float64Array;
}

export function workspace(n: number, p: number): Workspace {
  return {
    r: new Float64Array(n), jac: new Float64Array(n * p), jacTrial: new Float64Array(n * p), trial: new Float64Array(p), rTrial: new Float64Array(n),
    g: new Float64Array(p), a: new Float64Array(p * p), chol: new Float64Array(p * p), step: new Float64Array(p), free: new Int32Array(p), s: new Float64Array(p * p), d: new Float64Array(p),
    norms: new Float64Array(p),
  };
}

export const SOLVER_LIMITS = { maxIterations: 400, gtol: 1e-10, ftol: 1e-14, xtol: 1e-10, maxLambda: 1e16 } as const;

/**
 * Minimises from `x` (overwritten with the minimum, projected into the box). `fixed[k]` = 1 holds
 * parameter k where it is. Returns the RSS at the minimum, or NaN when the residuals are not finite.
 */
export function solveBounded(problem: LeastSquaresProblem, x: Float64Array, ws: Workspace, fixed: Uint8Array | null = null, maxIterations: number = SOLVER_LIMITS.maxIterations): number {
  const { n, p, lower, upper } = problem;
  const { trial, g, a, chol, step, free, s: curvature, d: scale, norms } = ws;
  // The trial point is evaluated with its Jacobian; an accepted one swaps buffers, no second evaluation.
  let { r, jac, rTrial, jacTrial } = ws;
  for (let k = 0; k < p; k++) x[k] = Math.min(Math.max(x[k]!, lower[k]!), upper[k]!);
  let rss = problem.evaluate(x, r, jac);
  const lazy = problem.jacobian !== undefined;
  if (!Number.isFinite(rss)) return Number.NaN;
  let lambda = 1e-3;
  let nu = 2;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Gradient, the free set, and the scaled projected-gradient test.
    let nFree = 0;
    let worst = 0;
    const rNorm = Math.sqrt(rss);
    for (let k = 0; k < p; k++) {
      if (fixed !== null && fixed[k] === 1) continue;
      let gk = 0;
      let jk = 0;
      for (let i = 0; i < n; i++) {
        const v = jac[i * p + k]!;
        gk += v * r[i]!;
        jk += v * v;
      }
      g[k] = gk;
      norms[k] = jk;
      if ((x[k]! <= lower[k]! && gk > 0) || (x[k]! >= upper[k]! && gk < 0)) continue;
      free[nFree++] = k;
      if (jk > 0 && rNorm > 0) worst = Math.max(worst, Math.abs(gk) / (Math.sqrt(jk) * rNorm));
    }
    if (nFree === 0 || worst <= SOLVER_LIMITS.gtol) return rss;
    problem.curvature?.(curvature);
    const hasCurvature = problem.curvature !== undefined;
    for (let s = 0; s < nFree; s++) {
      const ks = free[s]!;
      for (let t = 0; t <= s; t++) {
        const kt = free[t]!;
        // The diagonal is the column's squared norm, summed above in the same order.
        let v = t === s ? norms[ks]! : 0;
        if (t !== s) for (let i = 0; i < n; i++) v += jac[i * p + ks]! * jac[i * p + kt]!;
        if (t === s) scale[s] = v;
        if (hasCurvature) v += curvature[ks * p + kt]!;
        a[s * nFree + t] = v;
        a[t * nFree + s] = v;
      }
    }
    // Damped steps until one lowers the RSS.
    let accepted = false;
    while (!accepted) {
      if (lambda > SOLVER_LIMITS.maxLambda) return rss;
      if (!dampedStep(a, scale, chol, g, step, free, nFree, lambda)) {
        lambda *= nu;
        nu *= 2;
        continue;
      }
      let predicted = 0;
      let largestStep = 0;
      for (let k = 0; k < p; k++) trial[k] = x[k]!;
      for (let s = 0; s < nFree; s++) {
        const k = free[s]!;
        const d = step[s]!;
        trial[k] = Math.min(Math.max(x[k]! + d, lower[k]!), upper[k]!);
        // Predicted decrease of the damped model: d'(lambda D d - g) (Madsen, Nielsen & Tingleff).
        predicted += d * (lambda * scale[s]! * d - g[k]!);
        largestStep = Math.max(largestStep, Math.abs(trial[k]! - x[k]!) / (1 + Math.abs(x[k]!)));
      }
      const next = problem.evaluate(trial, rTrial, lazy ? null : jacTrial);
      if (Number.isFinite(next) && next < rss) {
        if (lazy) problem.jacobian!(rTrial, jacTrial);
        const rho = predicted > 0 ? (rss - next) / predicted : 0;
        lambda *= Math.max(1 / 3, 1 - (2 * rho - 1) ** 3);
        nu = 2;
        const small = rss - next <= SOLVER_LIMITS.ftol * rss || largestStep <= SOLVER_LIMITS.xtol;
        for (let k = 0; k < p; k++) x[k] = trial[k]!;
        const rHeld = r;
        r = rTrial;
        rTrial = rHeld;
        const jacHeld = jac;
        jac = jacTrial;
        jacTrial = jacHeld;
        rss = next;
        if (small) return rss;
        accepted = true;
      } else {
        lambda *= nu;
        nu *= 2;
      }
    }
  }
  return rss;
}

/**
 * Solves (A + lambda D) step = -g over the free parameters by Cholesky (D: the diagonal of J'J,
 * floored at 1e-12 of its largest element); false when the damped matrix is not positive definite.
 */
function dampedStep(a: Float64Array, scale: Float64Array, chol: Float64Array, g: Float64Array, step: Float64Array, free: Int32Array, m: number, lambda: number): boolean {
  let maxDiagonal = 0;
  for (let s = 0; s < m; s++) maxDiagonal = Math.max(maxDiagonal, scale[s]!);
  const floor = 1e-12 * maxDiagonal;
  for (let s = 0; s < m; s++) {
    scale[s] = Math.max(scale[s]!, floor);
    for (let t = 0; t <= s; t++) chol[s * m + t] = a[s * m + t]!;
    chol[s * m + s] = a[s * m + s]! + lambda * scale[s]!;
  }
  if (!choleskyInPlace(chol, m)) return false;
  for (let s = 0; s < m; s++) step[s] = -g[free[s]!]!;
  choleskySolveInPlace(chol, m, step);
  return true;
}

/** Lower Cholesky factor of the m x m matrix in `c` (lower triangle read and overwritten); false unless positive definite. */
export function choleskyInPlace(c: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let d = c[j * m + j]!;
    for (let k = 0; k < j; k++) d -= c[j * m + k]! * c[j * m + k]!;
    if (!(d > 0)) return false;
    const root = Math.sqrt(d);
    c[j * m + j] = root;
    for (let i = j + 1; i < m; i++) {
      let v = c[i * m + j]!;
      for (let k = 0; k < j; k++) v -= c[i * m + k]! * c[j * m + k]!;
      c[i * m + j] = v / root;
    }
  }
  return true;
}

/** Solves L L' z = b in place (b overwritten with z) from the factor of choleskyInPlace. */
export function choleskySolveInPlace(c: Float64Array, m: number, b: Float64Array): void {
  for (let i = 0; i < m; i++) {
    let v = b[i]!;
    for (let k = 0; k < i; k++) v -= c[i * m + k]! * b[k]!;
    b[i] = v / c[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let v = b[i]!;
    for (let k = i + 1; k < m; k++) v -= c[k * m + i]! * b[k]!;
    b[i] = v / c[i * m + i]!;
  }
}
