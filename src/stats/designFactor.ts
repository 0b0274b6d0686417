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
import { symmetricPseudoInverse } from './symmetricPseudoInverse.js';

export interface DesignFactor {
  columns: number;
  /** (X'X)^+, columns x columns, row-major. Shared: read only. */
  covariance: Float64Array;
  /** (X'X)^+ X'X, the projection onto X's row space: its rows of the cell columns (cells x columns, row-major; the estimability check reads no other). Shared: read only. */
  rowSpace: Float64Array;
  rank: number;
  /** log of the product of X'X's non-zero eigenvalues (the REML likelihood's log|X'X|). */
  logPseudoDeterminant: number;
}

/** Bytes of factors kept; past it the memo starts afresh (a screen has a handful of shapes; a wide design's factor is megabytes). */
const MAX_BYTES = 64 * 1024 * 1024;
/** Factors by the hash of their X'X; a hit is confirmed entry by entry, so a hash collision costs a miss, never a wrong factor. */
const shapes = new Map<number, { gram: Float64Array; cells: number; factor: DesignFactor }[]>();
let rememberedBytes = 0;

/** FNV-1a over the positions and values of X'X's non-zero entries (counts), its size and its number of cell columns. */
function shapeHash(gram: Float64Array, columns: number, cells: number): number {
  let h = Math.imul(Math.imul(2166136261 ^ columns, 16777619) ^ cells, 16777619);
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

/**
 * The factor of X'X (`gram`, columns x columns, row-major, symmetric; its first `cells` columns the
 * cells'), from the memo when its shape was seen.
 */
export function factorDesign(gram: Float64Array, columns: number, cells: number): DesignFactor {
  const hash = shapeHash(gram, columns, cells);
  const bucket = shapes.get(hash);
  const seen = bucket?.find((entry) => entry.cells === cells && sameEntries(entry.gram, gram));
  if (seen) return seen.factor;
  const { inverse, rank, logPseudoDeterminant } = symmetricPseudoInverse(gram, columns);
  const factor: DesignFactor = { columns, covariance: inverse, rowSpace: cellRowsTimes(inverse, gram, columns, cells), rank, logPseudoDeterminant };
  const bytes = gram.byteLength + inverse.byteLength + factor.rowSpace.byteLength;
  if (rememberedBytes + bytes > MAX_BYTES) {
    shapes.clear();
    rememberedBytes = 0;
  }
  const entry = { gram: Float64Array.from(gram), cells, factor };
  if (bucket && shapes.has(hash)) bucket.push(entry);
  else shapes.set(hash, [entry]);
  rememberedBytes += bytes;
  return factor;
}

/**
 * The first `cells` rows of c g (n x n, row-major), each entry summed over k ascending. Terms whose
 * count g[k][j] is 0 are left out: with c finite they are +-0 and leave the sum exactly as it is, so
 * the result is the dense product's to the last bit (a non-finite c takes the dense product).
 */
function cellRowsTimes(c: Float64Array, g: Float64Array, n: number, cells: number): Float64Array {
  const out = new Float64Array(cells * n);
  const finite = c.every(Number.isFinite);
  const nonZero: number[] = [];
  for (let j = 0; j < n; j++) {
    nonZero.length = 0;
    for (let k = 0; k < n; k++) if (!finite || g[k * n + j] !== 0) nonZero.push(k);
    for (let i = 0; i < cells; i++) {
      const row = i * n;
      let s = 0;
      for (const k of nonZero) s += c[row + k]! * g[k * n + j]!;
      out[row + j] = s;
    }
  }
  return out;
}
