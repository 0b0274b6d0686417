/**
 * The factor of a blocked design (designFactor.ts), shared by every fit of the same shape, and the
 * eigendecomposition under it (symmetricEigen.ts).
 *
 * Reference for the rank-deficient design (models that never share a block: the block effects are
 * confounded with the models), numpy 1.24.2:
 *
 * >>> # columns: cells S.veh S.drug R.veh R.drug, blocks 2..6 (block 1 the reference);
 * >>> # S in blocks 1-3, R in blocks 4-6, one vehicle and one drug lane each
 * >>> G = X.T @ X; P = np.linalg.pinv(G); ev = np.linalg.eigvalsh(G)
 * >>> np.linalg.matrix_rank(G), np.sum(np.log(ev[ev > 1e-9 * ev.max()]))
 * (8, 6.579251212010101)
 * >>> np.diag(P)
 * [0.6666666666666665, 0.6666666666666672, 0.22666666666666666, 0.22666666666666654, 1.0000000000000009,
 *  1.0, 0.3600000000000001, 0.3600000000000001, 0.3599999999999999]
 * >>> P[0, 1], P[0, 2]
 * (0.33333333333333376, 0.0)
 */
import { describe, expect, it } from 'vitest';
import { factorDesign } from '../../src/stats/designFactor.js';
import { cellContrast, fitBlockedCellMeans, type Observation } from '../../src/stats/linearModel.js';
import { symmetricEigen } from '../../src/stats/symmetricEigen.js';
import { symmetricPseudoInverse } from '../../src/stats/symmetricPseudoInverse.js';

/** X'X of `cells` x `blocks` (treatment coding: the first block is the reference), one lane per (cell, block) listed. */
function gramOf(lanes: readonly (readonly [number, number])[], cells: number, blocks: number): Float64Array {
  const p = cells + blocks - 1;
  const g = new Float64Array(p * p);
  for (const [c, b] of lanes) {
    const columns = b === 0 ? [c] : [c, cells + b - 1];
    for (const i of columns) for (const j of columns) g[i * p + j]! += 1;
  }
  return g;
}

const confounded = gramOf([[0, 0], [1, 0], [0, 1], [1, 1], [0, 2], [1, 2], [2, 3], [3, 3], [2, 4], [3, 4], [2, 5], [3, 5]], 4, 6);

describe('factorDesign', () => {
  it('gives the pseudo-inverse, rank and log pseudo-determinant of a rank-deficient X\'X (numpy)', () => {
    const f = factorDesign(confounded, 9, 4);
    expect(f.rank).toBe(8);
    expect(f.logPseudoDeterminant).toBeCloseTo(6.579251212010101, 12);
    const diagonal = [0.6666666666666665, 0.6666666666666672, 0.22666666666666666, 0.22666666666666654, 1.0000000000000009, 1, 0.3600000000000001, 0.3600000000000001, 0.3599999999999999];
    diagonal.forEach((v, i) => expect(f.covariance[i * 9 + i]).toBeCloseTo(v, 12));
    expect(f.covariance[1]).toBeCloseTo(0.33333333333333376, 12);
    expect(f.covariance[2]).toBeCloseTo(0, 12);
    // The row-space projection P = (X'X)^+ X'X (its rows of the 4 cell columns) leaves X'X unchanged: P X'X = X'X.
    expect(f.rowSpace.length).toBe(4 * 9);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 9; j++) {
      let projected = 0;
      for (let k = 0; k < 9; k++) projected += f.rowSpace[i * 9 + k]! * confounded[k * 9 + j]!;
      expect(projected).toBeCloseTo(confounded[i * 9 + j]!, 10);
    }
  });

  it('is a pure memo: a hit returns the very numbers a miss computes, shared by every fit of the shape', () => {
    const gram = gramOf([[0, 0], [1, 0], [0, 1], [1, 1], [0, 2]], 2, 3);
    const direct = symmetricPseudoInverse(gram, 4);
    const first = factorDesign(gram, 4, 2);
    const again = factorDesign(Float64Array.from(gram), 4, 2);
    expect(again).toBe(first);
    expect([...first.covariance]).toEqual([...direct.inverse]);
    expect(first.rank).toBe(direct.rank);
    expect(first.logPseudoDeterminant).toBe(direct.logPseudoDeterminant);
    // The cell rows of (X'X)^+ X'X, left-out zero counts and all, are the dense product's to the last bit.
    for (let i = 0; i < 2; i++) for (let j = 0; j < 4; j++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += direct.inverse[i * 4 + k]! * gram[k * 4 + j]!;
      expect(Object.is(first.rowSpace[i * 4 + j], s)).toBe(true);
    }
    // One count more is another shape.
    const other = factorDesign(gramOf([[0, 0], [1, 0], [0, 1], [1, 1], [0, 2], [1, 2]], 2, 3), 4, 2);
    expect(other).not.toBe(first);
  });

  it('shares one factor between fits laid out alike, whatever their names and values, and their contrasts do not depend on the order of the fits', () => {
    const layout = (prefix: string, shift: number): Observation[] => ['1', '2', '3'].flatMap((b, r) => ['veh', 'drug'].flatMap((c, k) => ['R', 'S'].map((m) => ({
      y: shift + r * 0.3 + k * (m === 'R' ? -0.5 : -2) + ((r * 7 + k * 3 + (m === 'R' ? 1 : 0)) % 5) * 0.05,
      cell: `${prefix}${m}.${c}`, block: `${prefix}${b}`, group: `${prefix}${m}`,
    }))));
    const a = fitBlockedCellMeans(layout('a-', 0))!;
    const b = fitBlockedCellMeans(layout('b-', 1.7))!;
    expect(b.covariance).toBe(a.covariance);
    const interaction = (p: string) => new Map([[`${p}R.drug`, 1], [`${p}R.veh`, -1], [`${p}S.drug`, -1], [`${p}S.veh`, 1]]);
    const bAfterA = cellContrast(b, interaction('b-'), 0.95);
    const bAgain = cellContrast(fitBlockedCellMeans(layout('b-', 1.7))!, interaction('b-'), 0.95);
    expect(bAgain).toEqual(bAfterA);
    expect(bAfterA!.estimate).toBeCloseTo(cellContrast(a, interaction('a-'), 0.95)!.estimate, 12);
  });
});

describe('symmetricEigen', () => {
  it('returns ascending eigenvalues and orthonormal eigenvectors with A v = lambda v', () => {
    const n = 5;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(i * 3 + j * 5 + 1) + (i === j ? 2 : 0);
    const { values, vt } = symmetricEigen(a, n);
    for (let k = 1; k < n; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let j = 0; j < n; j++) av += a[i * n + j]! * vt[k * n + j]!;
        expect(av).toBeCloseTo(values[k]! * vt[k * n + i]!, 12);
      }
      for (let l = 0; l < n; l++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += vt[k * n + i]! * vt[l * n + i]!;
        expect(d).toBeCloseTo(k === l ? 1 : 0, 12);
      }
    }
  });
});
