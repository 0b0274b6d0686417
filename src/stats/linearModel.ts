/**
 * The blocked linear model behind every resistant-versus-sensitive comparison (SCIENCE.md,
 * "Statistics that fit the design"):
 *
 *   log2 value ~ block + cell        (cell = model x condition; block = membrane/replicate)
 *
 * which spans the same space as R's `lm(y ~ block + model * condition)`, so every contrast of cell
 * means (a model's drug-versus-vehicle log2 f, the resistant-versus-sensitive interaction, the basal
 * difference) has the estimate, standard error and residual df that R's `emmeans` gives. Missing
 * lanes and unbalanced blocks are handled by least squares; a contrast the design cannot support
 * (its cells never meet in a block, or a cell is empty) is reported as not estimable, never NaN.
 *
 * Least squares through the normal equations, X'X b = X'y, solved with the Moore-Penrose pseudo-inverse
 * of X'X from its symmetric eigendecomposition: it copes with rank-deficient designs (blocks
 * confounded with models) where a Cholesky or QR solve would fail, gives (X'X)^+ for the variances, and
 * is the same minimum-norm solution as X's own pseudo-inverse. X is a 0/1 indicator matrix, so forming
 * X'X (counts) loses no precision that matters, and the decomposition runs on a p x p matrix instead of
 * n x p. X'X depends only on the design's shape (lanes per cell and block), so its factor is computed
 * once per shape and shared by every fit laid out alike (designFactor.ts): a screen fits thousands of
 * these models on a handful of shapes.
 *
 * When the observations carry a variance `group` (their model), the fit also estimates one residual
 * variance per model by REML (perModelVariance.ts, as R `nlme::gls(..., weights = varIdent(form =
 * ~ 1 | model))`) and uses it when the variances differ materially; otherwise the least-squares fit
 * above is kept unchanged, bit for bit. `variance` says which was used and why.
 */
import { factorDesign } from './designFactor.js';
import { dot, matVec } from './denseMatrix.js';
import { choiceBeforeFit, fitPerModelVariance, MAX_COLUMNS, satterthwaiteDf, type GroupStatistics, type PerModelFit, type VarianceChoice } from './perModelVariance.js';
import { tCritical, twoSidedTPValue } from './studentT.js';

export interface Observation {
  /** The response: a log2 ratio. */
  y: number;
  /** The cell (model x condition) the observation belongs to. */
  cell: string;
  /** The block (membrane/replicate) it was measured in. */
  block: string;
  /** The variance group (the model): observations of one group share a residual variance. Absent: one pooled variance. */
  group?: string;
}

export interface FitOptions {
  /**
   * `auto` (default): per-model variances when the observations have groups and the variances differ
   * materially (perModelVariance.ts); `pooled`: always one variance; `per-model`: per-model
   * variances whenever they can be estimated.
   */
  variance?: 'auto' | 'pooled' | 'per-model';
}

export interface LinearModelFit {
  /** Cells in the order of their columns. */
  cells: string[];
  /** Observations per cell, and the distinct blocks each cell was seen in. */
  cellCounts: Map<string, number>;
  cellBlocks: Map<string, Set<string>>;
  n: number;
  rank: number;
  /** Residual degrees of freedom, n - rank. */
  df: number;
  /** Residual standard deviation; null when df = 0. */
  sigma: number | null;
  /** Column of each cell in the design. */
  cellColumn: Map<string, number>;
  /** Coefficients (minimum-norm solution). */
  coefficients: Float64Array;
  /**
   * (X'X)^+, columns x columns, row-major, for contrasts: Var(L b) = sigma^2 L (X'X)^+ L'. Shared by
   * every fit of the same design shape (designFactor.ts): read only.
   */
  covariance: Float64Array;
  /** Projection onto X's row space ((X'X)^+ X'X = X+ X), its rows of the cell columns (row-major), for the estimability check. Shared: read only. */
  rowSpace: Float64Array;
  columns: number;
  /** Which residual variance the contrasts use, and why (absent on fits built by hand: pooled). */
  variance?: VarianceChoice;
  /** The GLS fit with per-model variances, when `variance.used` is `per-model`; contrasts then read it. */
  perModel?: PerModelFit | null;
}

export interface ContrastEstimate {
  estimate: number;
  /** Null (with t, p and the interval) when the residual df is 0: the estimate alone. */
  se: number | null;
  df: number;
  t: number | null;
  p: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** `per-model`: SE from the GLS fit with a variance per model and Satterthwaite df; `pooled`: one residual variance. */
  variance: 'pooled' | 'per-model';
}

/**
 * Fits the model. Returns null when there is nothing to fit (no observation).
 * @example
 * const fit = fitBlockedCellMeans([{ y: 1, cell: 'a', block: '1' }, { y: 2, cell: 'b', block: '1' }, ...]);
 */
export function fitBlockedCellMeans(observations: readonly Observation[], options: FitOptions = {}): LinearModelFit | null {
  if (observations.length === 0) return null;
  const cells = [...new Set(observations.map((o) => o.cell))].sort();
  const blocks = [...new Set(observations.map((o) => o.block))].sort();
  const cellColumn = new Map(cells.map((c, i) => [c, i]));
  // Treatment coding of blocks: the first block is the reference (its column would duplicate the cells').
  const blockColumn = new Map(blocks.slice(1).map((b, i) => [b, cells.length + i]));
  const columns = cells.length + blocks.length - 1;
  const gram = scratchGram(columns);
  const xty = new Float64Array(columns);
  let yty = 0;
  let grouped = 0;
  const cellCounts = new Map<string, number>();
  const cellBlocks = new Map<string, Set<string>>();
  const groups = new Map<string, GroupStatistics>();
  // Each model's X_g'X_g only when the REML fit can run (a wide design keeps one pooled variance).
  const force = options.variance === 'per-model';
  const gather = options.variance !== 'pooled' && (force || columns <= MAX_COLUMNS);
  const groupNames = new Set<string>();
  for (const o of observations) {
    const c = cellColumn.get(o.cell)!;
    const b = blockColumn.get(o.block);
    gram[c * columns + c]! += 1;
    xty[c]! += o.y;
    if (b !== undefined) {
      gram[b * columns + b]! += 1;
      gram[c * columns + b]! += 1;
      gram[b * columns + c]! += 1;
      xty[b]! += o.y;
    }
    yty += o.y * o.y;
    cellCounts.set(o.cell, (cellCounts.get(o.cell) ?? 0) + 1);
    const seen = cellBlocks.get(o.cell);
    if (seen) seen.add(o.block);
    else cellBlocks.set(o.cell, new Set([o.block]));
    if (o.group !== undefined) {
      if (gather) addToGroup(groups, o, c, b, columns);
      else groupNames.add(o.group);
      grouped++;
    }
  }

  // X'X is symmetric positive semi-definite: its eigendecomposition gives the pseudo-inverse, once per shape.
  const factor = factorDesign(gram, columns, cells.length);
  const { covariance, rank } = factor;
  const beta = matVec(covariance, xty, columns);
  // RSS = y'y - b'X'y for the least-squares solution.
  const rss = Math.max(0, yty - dot(beta, xty));
  const df = observations.length - rank;
  // log|X'X| for the REML likelihood: the factor's own when every observation is in a group (X'X is then the groups' sum).
  const logDetXtX = grouped === observations.length ? factor.logPseudoDeterminant : undefined;
  const groupCount = gather ? groups.size : groupNames.size;
  const perModel = groupCount > 1 && df > 0 && options.variance !== 'pooled'
    ? (gather
      ? fitPerModelVariance([...groups.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)), columns, rss / df, force, logDetXtX)
      : { choice: choiceBeforeFit(groupCount, columns, rss / df, force)!, fit: null })
    : { choice: { used: 'pooled' as const, reason: 'one-group' as const, groups: [], test: null, sdRatio: null }, fit: null };
  return {
    cells, cellCounts, cellBlocks, cellColumn, n: observations.length, rank, df,
    sigma: df > 0 ? Math.sqrt(rss / df) : null,
    coefficients: beta, covariance, rowSpace: factor.rowSpace, columns,
    variance: perModel.choice, perModel: perModel.fit,
  };
}

/** X'X is gathered in one buffer reused by every fit (zeroed first; the memo copies it when it keeps it). */
let scratch = new Float64Array(0);
function scratchGram(columns: number): Float64Array {
  const size = columns * columns;
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, 2 * scratch.length));
  const gram = scratch.subarray(0, size);
  gram.fill(0);
  return gram;
}

/** Adds an observation (cell column c, block column b) to its group's X_g'X_g, X_g'y and y_g'y. */
function addToGroup(groups: Map<string, GroupStatistics>, o: Observation, c: number, b: number | undefined, columns: number): void {
  const group = o.group!;
  let s = groups.get(group);
  if (!s) {
    s = { group, n: 0, gram: new Float64Array(columns * columns), xty: new Float64Array(columns), yty: 0 };
    groups.set(group, s);
  }
  s.n++;
  s.yty += o.y * o.y;
  s.xty[c]! += o.y;
  s.gram[c * columns + c]! += 1;
  if (b !== undefined) {
    s.gram[c * columns + b]! += 1;
    s.xty[b]! += o.y;
    s.gram[b * columns + c]! += 1;
    s.gram[b * columns + b]! += 1;
  }
}

/**
 * A contrast of cell means, `sum(weight x cell mean)` with weights summing to zero. Null when a cell
 * is absent from the fit or the design cannot estimate it (e.g. two cells never share a block and
 * the blocks differ). The interval is two-sided at `level` with the residual df.
 */
export function cellContrast(fit: LinearModelFit, weights: ReadonlyMap<string, number>, level: number): ContrastEstimate | null {
  // L is sparse (a few cells): work on its non-zero entries rather than on p-long matrix products.
  const entries = new Map<number, number>();
  for (const [cell, w] of weights) {
    const column = fit.cellColumn.get(cell);
    if (column === undefined) return null;
    entries.set(column, (entries.get(column) ?? 0) + w);
  }
  const nonZero = [...entries].filter(([, w]) => w !== 0);
  // Estimable when L lies in X's row space: L (X+ X) = L.
  const scale = Math.max(1, ...nonZero.map(([, w]) => Math.abs(w)));
  for (let j = 0; j < fit.columns; j++) {
    let projected = 0;
    for (const [i, w] of nonZero) projected += w * fit.rowSpace[i * fit.columns + j]!;
    if (Math.abs(projected - (entries.get(j) ?? 0)) > 1e-8 * scale) return null;
  }
  if (fit.perModel) return perModelContrast(fit.perModel, nonZero, fit.df, level);
  const estimate = nonZero.reduce((sum, [i, w]) => sum + w * fit.coefficients[i]!, 0);
  if (fit.sigma === null) return { estimate, se: null, df: 0, t: null, p: null, ciLow: null, ciHigh: null, variance: 'pooled' };
  // Var(L b) = sigma^2 L (X'X)^+ L'.
  let quadratic = 0;
  for (const [i, wi] of nonZero) for (const [j, wj] of nonZero) quadratic += wi * wj * fit.covariance[i * fit.columns + j]!;
  const se = fit.sigma * Math.sqrt(Math.max(0, quadratic));
  return withInterval(estimate, se, fit.df, level, 'pooled');
}

/** The contrast under per-model variances: GLS estimate, SE from (X' Sigma^-1 X)^+, Satterthwaite df (the residual df if undefined). */
function perModelContrast(fit: PerModelFit, nonZero: readonly (readonly [number, number])[], residualDf: number, level: number): ContrastEstimate {
  const estimate = nonZero.reduce((sum, [i, w]) => sum + w * fit.coefficients[i]!, 0);
  let quadratic = 0;
  for (const [i, wi] of nonZero) for (const [j, wj] of nonZero) quadratic += wi * wj * fit.covariance[i * fit.columns + j]!;
  const se = Math.sqrt(Math.max(0, quadratic));
  return withInterval(estimate, se, satterthwaiteDf(fit, nonZero) ?? residualDf, level, 'per-model');
}

function withInterval(estimate: number, se: number, df: number, level: number, variance: ContrastEstimate['variance']): ContrastEstimate {
  if (!(se > 0)) return { estimate, se: 0, df, t: null, p: null, ciLow: estimate, ciHigh: estimate, variance };
  const t = estimate / se;
  const q = tCritical(level, df);
  return {
    estimate, se, df, t, p: twoSidedTPValue(t, df),
    ciLow: q === null ? null : estimate - q * se, ciHigh: q === null ? null : estimate + q * se, variance,
  };
}

/** Distinct blocks in which every one of `cells` was observed: the replicates a contrast rests on. */
export function sharedBlocks(fit: LinearModelFit, cells: readonly string[]): number {
  const sets = cells.map((c) => fit.cellBlocks.get(c) ?? new Set<string>());
  const [first, ...rest] = sets;
  if (!first) return 0;
  let count = 0;
  for (const b of first) if (rest.every((s) => s.has(b))) count++;
  return count;
}
