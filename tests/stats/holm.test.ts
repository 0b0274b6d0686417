// Reference values: Python 3.11.7, numpy. statsmodels is not installed here
// (python3 -c "import statsmodels" -> ModuleNotFoundError: No module named 'statsmodels') and R is
// not available, so the expected values are derived step by step exactly as R's
// p.adjust(p, "holm") does: o <- order(p); pmin(1, cummax((m - i + 1) * p[o]))[order(o)].
// Arrays printed with np.set_printoptions(precision=17).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/stats/benjaminiHochberg.js';
import { holm } from '../../src/stats/holm.js';

function expectCloseArray(actual: (number | null)[], expected: (number | null)[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (e === null) expect(actual[i]).toBeNull();
    else expect(actual[i]).toBeCloseTo(e, 12);
  });
}

describe('holm(p)', () => {
  it('matches the R p.adjust("holm") derivation with ties, unsorted input and nulls', () => {
    // Nulls removed, m = 7:
    // python3: import numpy as np; p = np.array([0.04, 0.01, 0.03, 0.04, 0.2, 0.005, 0.5]); m = len(p); o = np.argsort(p, kind='stable'); s = p[o]; k = (m - np.arange(m)) * s; adj = np.empty(m); adj[o] = np.minimum(1, np.maximum.accumulate(k)); (o, s, k, adj)
    // -> (array([5, 1, 2, 0, 3, 4, 6]), array([0.005, 0.01 , 0.03 , 0.04 , 0.04 , 0.2  , 0.5  ]), array([0.035, 0.06 , 0.15 , 0.16 , 0.12 , 0.4  , 0.5  ]), array([0.16 , 0.06 , 0.15 , 0.16 , 0.4  , 0.035, 0.5  ]))
    // Step by step: sorted p = 0.005, 0.01, 0.03, 0.04, 0.04, 0.2, 0.5
    //   multipliers m - i + 1 = 7, 6, 5, 4, 3, 2, 1
    //   products = 0.035, 0.06, 0.15, 0.16, 0.12, 0.4, 0.5
    //   cumulative max = 0.035, 0.06, 0.15, 0.16, 0.16, 0.4, 0.5 (the second tied 0.04 inherits 0.16)
    //   capped at 1, back in input order -> 0.16, 0.06, 0.15, 0.16, 0.4, 0.035, 0.5
    const p = [0.04, null, 0.01, 0.03, 0.04, 0.2, null, 0.005, 0.5];
    expectCloseArray(holm(p), [0.16, null, 0.06, 0.15, 0.16, 0.4, null, 0.035, 0.5]);
  });

  it('caps adjusted values at 1', () => {
    // python3: import numpy as np; p = np.array([0.6, 0.7, 0.9]); m = len(p); o = np.argsort(p, kind='stable'); s = p[o]; k = (m - np.arange(m)) * s; adj = np.empty(m); adj[o] = np.minimum(1, np.maximum.accumulate(k)); (o, s, k, adj)
    // -> (array([0, 1, 2]), array([0.6, 0.7, 0.9]), array([1.7999999999999998, 1.4               , 0.9               ]), array([1., 1., 1.]))
    // Step by step: products 3 * 0.6 = 1.8, 2 * 0.7 = 1.4, 1 * 0.9 = 0.9; cummax 1.8, 1.8, 1.8; capped 1, 1, 1.
    expect(holm([0.6, 0.7, 0.9])).toEqual([1, 1, 1]);
  });

  it('matches the JSDoc example', () => {
    // python3: import numpy as np; p = np.array([0.01, 0.04, 0.03]); m = len(p); o = np.argsort(p, kind='stable'); s = p[o]; k = (m - np.arange(m)) * s; adj = np.empty(m); adj[o] = np.minimum(1, np.maximum.accumulate(k)); (o, s, k, adj)
    // -> (array([0, 2, 1]), array([0.01, 0.03, 0.04]), array([0.03, 0.06, 0.04]), array([0.03, 0.06, 0.06]))
    // Step by step: products 3 * 0.01 = 0.03, 2 * 0.03 = 0.06, 1 * 0.04 = 0.04; cummax 0.03, 0.06, 0.06.
    expectCloseArray(holm([0.01, null, 0.04, 0.03]), [0.03, null, 0.06, 0.06]);
  });

  it('holm(p) passes null through', () => {
    expect(holm([null, null])).toEqual([null, null]);
    expect(holm([])).toEqual([]);
    expect(holm([null, 0.03, null])).toEqual([null, 0.03, null]);
  });

  it('holm(p) throws a RangeError for a p value outside [0, 1]', () => {
    expect(() => holm([0.1, 1.5])).toThrow(RangeError);
    expect(() => holm([0.1, NaN])).toThrow(RangeError);
  });

  it('is >= BH, <= 1 and order-preserving (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })),
        (p) => {
          const q = holm(p);
          const bh = benjaminiHochberg(p);
          p.forEach((v, i) => {
            const qi = q[i];
            if (v === null) return expect(qi).toBeNull();
            expect(qi as number).toBeGreaterThanOrEqual(v);
            expect(qi as number).toBeLessThanOrEqual(1);
            expect(qi as number).toBeGreaterThanOrEqual((bh[i] as number) * (1 - 1e-12));
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
    holm(p);
    expect(p).toEqual([0.04, null, 0.01, 0.03]);
  });
});
