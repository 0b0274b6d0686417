// Reference values: Python 3.11.7, scipy 1.17.1 (numpy printed with np.set_printoptions(precision=17)).
import { describe, expect, it } from 'vitest';
import { tCritical, twoSidedTPValue } from '../../src/stats/studentT.js';

describe('tCritical(level, df)', () => {
  it('matches scipy t.ppf((1 + level) / 2, df)', () => {
    // python3: from scipy import stats; stats.t.ppf(0.975, 4) -> np.float64(2.7764451051977934)
    expect(tCritical(0.95, 4)).toBeCloseTo(2.7764451051977934, 10);
    // python3: from scipy import stats; stats.t.ppf(0.95, 10) -> np.float64(1.8124611228116756)
    expect(tCritical(0.9, 10)).toBeCloseTo(1.8124611228116756, 10);
    // fractional df (Welch)
    // python3: from scipy import stats; stats.t.ppf(0.995, 7.5) -> np.float64(3.421422688124044)
    expect(tCritical(0.99, 7.5)).toBeCloseTo(3.421422688124044, 8);
  });

  it('returns null for a non-finite or non-positive df', () => {
    expect(tCritical(0.95, Infinity)).toBeNull();
    expect(tCritical(0.95, NaN)).toBeNull();
    expect(tCritical(0.95, 0)).toBeNull();
    expect(tCritical(0.95, -3)).toBeNull();
  });

  it('returns null for a level outside (0, 1)', () => {
    expect(tCritical(0, 4)).toBeNull();
    expect(tCritical(1, 4)).toBeNull();
    expect(tCritical(95, 4)).toBeNull();
    expect(tCritical(NaN, 4)).toBeNull();
  });
});

describe('twoSidedTPValue(t, df)', () => {
  it('matches scipy 2 * t.sf(|t|, df)', () => {
    // python3: from scipy import stats; 2 * stats.t.sf(2.5, 4) -> np.float64(0.06676654481198814)
    expect(twoSidedTPValue(2.5, 4)).toBeCloseTo(0.06676654481198814, 10);
    expect(twoSidedTPValue(-2.5, 4)).toBeCloseTo(0.06676654481198814, 10);
    // python3: from scipy import stats; 2 * stats.t.sf(1.3, 7.3) -> np.float64(0.23314155006616574)
    expect(twoSidedTPValue(1.3, 7.3)).toBeCloseTo(0.23314155006616574, 8);
    // python3: from scipy import stats; 2 * stats.t.sf(0, 5) -> np.float64(1.0)
    expect(twoSidedTPValue(0, 5)).toBe(1);
  });

  it('keeps relative precision for small p values', () => {
    // python3: from scipy import stats; 2 * stats.t.sf(50, 3) -> np.float64(1.761715204127197e-05)
    const p = twoSidedTPValue(50, 3) as number;
    expect(p / 1.761715204127197e-5).toBeCloseTo(1, 8);
  });

  it('returns null for non-finite t or df', () => {
    expect(twoSidedTPValue(Infinity, 4)).toBeNull();
    expect(twoSidedTPValue(NaN, 4)).toBeNull();
    expect(twoSidedTPValue(2, Infinity)).toBeNull();
    expect(twoSidedTPValue(2, NaN)).toBeNull();
    expect(twoSidedTPValue(2, 0)).toBeNull();
  });
});
