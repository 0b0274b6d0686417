/**
 * The factor of a blocked design, shared by every fit of the same shape. X'X of `y ~ block + cell`
 * holds only counts (lanes per cell, per block, per cell and block), so every pair of a screen laid
 * out alike (conditions x replicate blocks) has the same X'X, whatever its models' names and values.
 * Its pseudo-inverse, rank, log pseudo-determinant and row-space projection are computed once per
 * shape and reused: a fit then costs X'y, one p x p product and its residual sum of squares.
 *
 * The memo is keyed by X'X's content (its size and every count), never by object identity, and is
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
/** Factors by the hash of their X'X; a hit is confirmed entry by entry, so a hash collision costs a miss, never a wrong factor. */
const shapes = new Map<number, { gram: Float64Array; factor: DesignFactor }[]>();
let remembered = 0;

/** FNV-1a over the positions and values of X'X's non-zero entries (counts) and its size. */
function shapeHash(gram: Float64Array, columns: number): number {
  let h = Math.imul(2166136261 ^ columns, 16777619);
  for (let k = 0; k < gram.length; k++) {
    const x = gram[k]!;
    if (x === 0) continue;
    h = Math.imul(h ^ k, 16777619);
    h = Math.imul(h ^ x, 16777619);
  }
  return h >>> 0;
}

function sameEntries(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The factor of X'X (`gram`, columns x columns, row-major, symmetric), from the memo when its shape was seen. */
export function factorDesign(gram: Float64Array, columns: number): DesignFactor {
  const hash = shapeHash(gram, columns);
  const bucket = shapes.get(hash);
  const seen = bucket?.find((entry) => sameEntries(entry.gram, gram));
  if (seen) return seen.factor;
  const { inverse, rank, logPseudoDeterminant } = symmetricPseudoInverse(gram, columns);
  const factor: DesignFactor = { columns, covariance: inverse, rowSpace: matMul(inverse, gram, columns), rank, logPseudoDeterminant };
  if (remembered >= MAX_SHAPES) {
    shapes.clear();
    remembered = 0;
  }
  const key = Float64Array.from(gram);
  if (bucket && shapes.has(hash)) bucket.push({ gram: key, factor });
  else shapes.set(hash, [{ gram: key, factor }]);
  remembered++;
  return factor;
}
