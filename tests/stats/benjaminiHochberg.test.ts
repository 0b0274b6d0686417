// Reference values: Python 3.11.7, scipy 1.17.1 (numpy printed with np.set_printoptions(precision=17)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/stats/benjaminiHochberg.js';

function expectCloseArray(actual: (number | null)[], expected: (number | null)[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (e === null) expect(actual[i]).toBeNull();
    else expect(actual[i]).toBeCloseTo(e, 12);
  });
}

describe('benjaminiHochberg(p)', () => {
  it('matches scipy false_discovery_control(method="bh") with ties, unsorted input and nulls', () => {
    // The nulls are removed before calling scipy (they are not counted in m = 7):
    // python3: from scipy import stats; stats.false_discovery_control([0.04, 0.01, 0.03, 0.04, 0.2, 0.005, 0.5], method='bh')
    // -> array([0.05599999999999999, 0.035              , 0.05599999999999999,
    //           0.05599999999999999, 0.23333333333333336, 0.035              ,
    //           0.5                ])
    const p = [0.04, null, 0.01, 0.03, 0.04, 0.2, null, 0.005, 0.5];
    expectCloseArray(benjaminiHochberg(p), [
      0.05599999999999999,
      null,
      0.035,
      0.05599999999999999,
      0.05599999999999999,
      0.23333333333333336,
      null,
      0.035,
      0.5,
    ]);
  });

  it('matches scipy when three p values tie', () => {
    // python3: from scipy import stats; stats.false_discovery_control([0.9, 0.02, 0.02, 0.02, 0.8], method='bh')
    // -> array([0.9                , 0.03333333333333333, 0.03333333333333333,
    //           0.03333333333333333, 0.9                ])
    expectCloseArray(benjaminiHochberg([0.9, 0.02, 0.02, 0.02, 0.8]), [
      0.9, 0.03333333333333333, 0.03333333333333333, 0.03333333333333333, 0.9,
    ]);
  });

  it('matches the JSDoc example', () => {
    // python3: from scipy import stats; stats.false_discovery_control([0.01, 0.04, 0.03], method='bh')
    // -> array([0.03, 0.04, 0.04])
    expectCloseArray(benjaminiHochberg([0.01, null, 0.04, 0.03]), [0.03, null, 0.04, 0.04]);
  });

  it('benjaminiHochberg(p) passes null through', () => {
    expect(benjaminiHochberg([null, null])).toEqual([null, null]);
    expect(benjaminiHochberg([])).toEqual([]);
    // a single p value is its own adjustment (m = 1)
    expect(benjaminiHochberg([null, 0.03, null])).toEqual([null, 0.03, null]);
  });

  it('benjaminiHochberg(p) throws a RangeError for a p value outside [0, 1]', () => {
    expect(() => benjaminiHochberg([0.1, 1.5])).toThrow(RangeError);
    expect(() => benjaminiHochberg([0.1, NaN])).toThrow(RangeError);
    expect(() => benjaminiHochberg([-0.1])).toThrow(RangeError);
  });

  it('is >= p, <= 1 and order-preserving (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })),
        (p) => {
          const q = benjaminiHochberg(p);
          p.forEach((v, i) => {
            const qi = q[i];
            if (v === null) return expect(qi).toBeNull();
            expect(qi).not.toBeNull();
            expect(qi as number).toBeGreaterThanOrEqual(v);
            expect(qi as number).toBeLessThanOrEqual(1);
            p.forEach((w, j) => {
              if (w !== null && w <= v) expect(q[j] as number).toBeLessThanOrEqual(qi as number);
            });
          });
        },
      ),
    );
  });

  it('does not mutate its input', () => {
    const p = Object.freeze([0.04, null, 0.01, 0.03]);
    benjaminiHochberg(p);
    expect(p).toEqual([0.04, null, 0.01, 0.03]);
  });
});
