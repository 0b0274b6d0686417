/**
 * The Moore-Penrose pseudo-inverse of a symmetric positive semi-definite matrix (a Gram matrix X'X
 * or X'WX) from its symmetric eigendecomposition (symmetricEigen.ts): A^+ = sum over non-zero
 * eigenvalues of v v' / lambda. Also gives the rank and the log pseudo-determinant (sum of log
 * non-zero eigenvalues), which the REML likelihood needs.
 *
 * Eigenvalues of an indicator design's Gram matrix are 0 or of order one: a relative cutoff
 * (1e-10 x columns x the largest eigenvalue) separates them.
 */
import { symmetricEigen } from './symmetricEigen.js';

export interface SymmetricPseudoInverse {
  /** A^+, n x n, row-major. */
  inverse: Float64Array;
  rank: number;
  /** Sum of the logs of the eigenvalues above the cutoff. */
  logPseudoDeterminant: number;
}

/** `matrix`: n x n, row-major, symmetric positive semi-definite. */
export function symmetricPseudoInverse(matrix: ArrayLike<number>, n: number): SymmetricPseudoInverse {
  const { values, vt } = symmetricEigen(matrix, n);
  let largest = 0;
  for (let k = 0; k < n; k++) largest = Math.max(largest, values[k]!);
  const cutoff = 1e-10 * n * largest;
  const inverse = new Float64Array(n * n);
  let rank = 0;
  let logPseudoDeterminant = 0;
  for (let k = 0; k < n; k++) {
    const lambda = values[k]!;
    if (!(lambda > cutoff)) continue;
    rank++;
    logPseudoDeterminant += Math.log(lambda);
    const vector = k * n;
    for (let i = 0; i < n; i++) {
      const vik = vt[vector + i]! / lambda;
      if (vik === 0) continue;
      const row = i * n;
      for (let j = 0; j < n; j++) inverse[row + j] = inverse[row + j]! + vik * vt[vector + j]!;
    }
  }
  return { inverse, rank, logPseudoDeterminant };
}
