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
 * Least squares through ml-matrix's singular value decomposition: it copes with rank-deficient
 * designs (blocks confounded with models) where a QR solve would fail, and its pseudo-inverse gives
 * (X'X)^- for the variances.
 */
import { Matrix, SVD } from 'ml-matrix';
import { tCritical, twoSidedTPValue } from './studentT.js';

export interface Observation {
  /** The response: a log2 ratio. */
  y: number;
  /** The cell (model x condition) the observation belongs to. */
  cell: string;
  /** The block (membrane/replicate) it was measured in. */
  block: string;
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
  /** Coefficients (minimum-norm solution) and X's pseudo-inverse, for contrasts. */
  coefficients: number[];
  pseudoInverse: Matrix;
  /** Projection onto X's row space (X+ X), for the estimability check. */
  rowSpace: Matrix;
  columns: number;
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
}

/**
 * Fits the model. Returns null when there is nothing to fit (no observation).
 * @example
 * const fit = fitBlockedCellMeans([{ y: 1, cell: 'a', block: '1' }, { y: 2, cell: 'b', block: '1' }, ...]);
 */
export function fitBlockedCellMeans(observations: readonly Observation[]): LinearModelFit | null {
  if (observations.length === 0) return null;
  const cells = [...new Set(observations.map((o) => o.cell))].sort();
  const blocks = [...new Set(observations.map((o) => o.block))].sort();
  const cellColumn = new Map(cells.map((c, i) => [c, i]));
  // Treatment coding of blocks: the first block is the reference (its column would duplicate the cells').
  const blockColumn = new Map(blocks.slice(1).map((b, i) => [b, cells.length + i]));
  const columns = cells.length + blocks.length - 1;
  const X = Matrix.zeros(observations.length, columns);
  const y = new Matrix(observations.length, 1);
  const cellCounts = new Map<string, number>();
  const cellBlocks = new Map<string, Set<string>>();
  observations.forEach((o, row) => {
    X.set(row, cellColumn.get(o.cell)!, 1);
    const b = blockColumn.get(o.block);
    if (b !== undefined) X.set(row, b, 1);
    y.set(row, 0, o.y);
    cellCounts.set(o.cell, (cellCounts.get(o.cell) ?? 0) + 1);
    const seen = cellBlocks.get(o.cell);
    if (seen) seen.add(o.block);
    else cellBlocks.set(o.cell, new Set([o.block]));
  });

  const svd = new SVD(X, { autoTranspose: true });
  const s = svd.diagonal;
  const cutoff = Number.EPSILON * Math.max(X.rows, X.columns) * (s[0] ?? 0) * 16;
  const inverted = s.map((v) => (Math.abs(v) > cutoff ? 1 / v : 0));
  const rank = inverted.filter((v) => v !== 0).length;
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  const pinv = V.mmul(Matrix.diag(inverted)).mmul(U.transpose());
  const beta = pinv.mmul(y);
  const residuals = y.sub(X.mmul(beta));
  const rss = residuals.to1DArray().reduce((sum, r) => sum + r * r, 0);
  const df = observations.length - rank;
  return {
    cells, cellCounts, cellBlocks, n: observations.length, rank, df,
    sigma: df > 0 ? Math.sqrt(rss / df) : null,
    coefficients: beta.to1DArray(), pseudoInverse: pinv, rowSpace: pinv.mmul(X), columns,
  };
}

/**
 * A contrast of cell means, `sum(weight x cell mean)` with weights summing to zero. Null when a cell
 * is absent from the fit or the design cannot estimate it (e.g. two cells never share a block and
 * the blocks differ). The interval is two-sided at `level` with the residual df.
 */
export function cellContrast(fit: LinearModelFit, weights: ReadonlyMap<string, number>, level: number): ContrastEstimate | null {
  const L = new Matrix(1, fit.columns);
  for (const [cell, w] of weights) {
    const column = fit.cells.indexOf(cell);
    if (column === -1) return null;
    L.set(0, column, L.get(0, column) + w);
  }
  // Estimable when L lies in X's row space: L (X+ X) = L.
  const projected = L.mmul(fit.rowSpace);
  const scale = Math.max(1, ...L.to1DArray().map(Math.abs));
  if (projected.to1DArray().some((v, i) => Math.abs(v - L.get(0, i)) > 1e-8 * scale)) return null;
  const estimate = L.to1DArray().reduce((sum, w, i) => sum + w * fit.coefficients[i]!, 0);
  if (fit.sigma === null) return { estimate, se: null, df: 0, t: null, p: null, ciLow: null, ciHigh: null };
  // Var(L b) = sigma^2 (L X+)(L X+)'.
  const lx = L.mmul(fit.pseudoInverse).to1DArray();
  const se = fit.sigma * Math.sqrt(lx.reduce((sum, v) => sum + v * v, 0));
  if (!(se > 0)) return { estimate, se: 0, df: fit.df, t: null, p: null, ciLow: estimate, ciHigh: estimate };
  const t = estimate / se;
  const q = tCritical(level, fit.df);
  return {
    estimate, se, df: fit.df, t, p: twoSidedTPValue(t, fit.df),
    ciLow: q === null ? null : estimate - q * se, ciHigh: q === null ? null : estimate + q * se,
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
