/**
 * The factor of a blocked design, shared by every fit of the same shape. X'X of `y ~ block + cell`
 * holds only counts (lanes per cell, per block, per cell and block), so every pair of a screen laid
 * out alike (conditions x replicate blocks) has the same X'X, whatever its models' names and values.
 * Its pseudo-inverse, rank, log pseudo-determinant and row-space projection are computed once per
 * shape and reused: a fit then costs X'y, one p x p product and its residual sum of squares.
 *
 * The memo is keyed by X'X's content (its size and non-zero counts), never by object identity, and is
 * pure: a hit returns exactly the arrays a miss would compute (same input, same arithmetic), so a
 * result never depends on which fits ran before it in the same thread. The arrays are shared between
 * fits: read them, never write them.
 */
import { matMul } from './denseMatrix.js';
import { symmetricPseudoInverse } from './symmetricPseudoInverse.js';

export interface DesignFactor {
  columns: number;
  /** (X'X)^+, columns x columns, row-major. Shared: read only. */
  covariance: Float64Array;
  /** (X'X)^+ X'X, the projection onto X's row space, row-major. Shared: read only. */
  rowSpace: Float64Array;
  rank: number;
  /** log of the product of X'X's non-zero eigenvalues (the REML likelihood's log|X'X|). */
  logPseudoDeterminant: number;
}

/** Shapes kept; past it the memo starts afresh (a screen has a handful of shapes). */
const MAX_SHAPES = 256;
const shapes = new Map<string, DesignFactor>();

/** The key of a Gram matrix of counts: its size and every non-zero entry of its upper triangle. */
function shapeKey(gram: Float64Array, columns: number): string {
  const parts: string[] = [String(columns)];
  for (let i = 0; i < columns; i++) {
    const row = i * columns;
    for (let j = i; j < columns; j++) {
      const x = gram[row + j]!;
      if (x !== 0) parts.push(`${i * columns + j}:${x}`);
    }
  }
  return parts.join(',');
}

/** The factor of X'X (`gram`, columns x columns, row-major, symmetric), from the memo when its shape was seen. */
export function factorDesign(gram: Float64Array, columns: number): DesignFactor {
  const key = shapeKey(gram, columns);
  const seen = shapes.get(key);
  if (seen) return seen;
  const { inverse, rank, logPseudoDeterminant } = symmetricPseudoInverse(gram, columns);
  const factor: DesignFactor = { columns, covariance: inverse, rowSpace: matMul(inverse, gram, columns), rank, logPseudoDeterminant };
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(key, factor);
  return factor;
}
