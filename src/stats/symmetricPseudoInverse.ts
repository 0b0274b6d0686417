/**
 * The Moore-Penrose pseudo-inverse of a symmetric positive semi-definite matrix (a Gram matrix X'X
 * or X'WX) from ml-matrix's symmetric eigendecomposition: A^+ = sum over non-zero eigenvalues of
 * v v' / lambda. Also gives the rank and the log pseudo-determinant (sum of log non-zero
 * eigenvalues), which the REML likelihood needs.
 *
 * Eigenvalues of an indicator design's Gram matrix are 0 or of order one: a relative cutoff
 * (1e-10 x columns x the largest eigenvalue) separates them.
 */
import { EVD, type Matrix } from 'ml-matrix';

export interface SymmetricPseudoInverse {
  /** A^+ by rows. */
  rows: number[][];
  rank: number;
  /** Sum of the logs of the eigenvalues above the cutoff. */
  logPseudoDeterminant: number;
}

export function symmetricPseudoInverse(matrix: Matrix): SymmetricPseudoInverse {
  const columns = matrix.columns;
  const evd = new EVD(matrix, { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const vectors = evd.eigenvectorMatrix.to2DArray();
  const cutoff = 1e-10 * columns * Math.max(0, ...values);
  const rows: number[][] = Array.from({ length: columns }, () => new Array<number>(columns).fill(0));
  let rank = 0;
  let logPseudoDeterminant = 0;
  values.forEach((lambda, k) => {
    if (!(lambda > cutoff)) return;
    rank++;
    logPseudoDeterminant += Math.log(lambda);
    for (let i = 0; i < columns; i++) {
      const vik = vectors[i]![k]! / lambda;
      if (vik === 0) continue;
      const row = rows[i]!;
      for (let j = 0; j < columns; j++) row[j] = row[j]! + vik * vectors[j]![k]!;
    }
  });
  return { rows, rank, logPseudoDeterminant };
}
