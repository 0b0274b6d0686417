// Reference values: Python 3.11.7, scipy 1.17.1 (numpy printed with np.set_printoptions(precision=17)).
import { describe, expect, it } from 'vitest';
import { geometricMeanInterval } from '../../src/stats/geometricMeanInterval.js';

describe('geometricMeanInterval(ratios, level)', () => {
  it('matches scipy gmean and 2 ** t.interval on log2(ratios)', () => {
    // python3: import numpy as np; from scipy import stats; r = np.array([1.8, 2.4, 1.3, 3.1]); l = np.log2(r); iv = stats.t.interval(0.95, len(l) - 1, loc=np.mean(l), scale=stats.sem(l)); (stats.gmean(r), np.mean(l), np.std(l, ddof=1), 2 ** np.array(iv))
    // -> (np.float64(2.042665238400872), np.float64(1.0304527877854968), np.float64(0.5399362458337773), array([1.1260678300170985, 3.705355188157658 ]))
    const g = geometricMeanInterval([1.8, 2.4, 1.3, 3.1]);
    expect(g).not.toBeNull();
    expect(g?.n).toBe(4);
    expect(g?.level).toBe(0.95);
    expect(g?.estimate).toBeCloseTo(2.042665238400872, 10);
    expect(g?.log2Mean).toBeCloseTo(1.0304527877854968, 10);
    expect(g?.log2SD).toBeCloseTo(0.5399362458337773, 10);
    expect(g?.ciLow).toBeCloseTo(1.1260678300170985, 8);
    expect(g?.ciHigh).toBeCloseTo(3.705355188157658, 8);
  });

  it("reproduces GraphPad's ratio example (treated / control Km)", () => {
    // GraphPad Prism statistics guide, ratio t test example: control 4.2, 2.5, 6.5; treated
    // 8.7, 4.9, 13.1 -> geometric mean of the ratios 2.02, 95% CI 1.88 to 2.16 (published).
    // python3: import numpy as np; from scipy import stats; c = np.array([4.2, 2.5, 6.5]); t = np.array([8.7, 4.9, 13.1]); l = np.log2(t / c); iv = stats.t.interval(0.95, 2, loc=np.mean(l), scale=stats.sem(l)); (stats.gmean(t / c), 2 ** np.array(iv))
    // -> (np.float64(2.0150909730726547), array([1.8813406565960242, 2.15835001254152  ]))
    const g = geometricMeanInterval([8.7 / 4.2, 4.9 / 2.5, 13.1 / 6.5]);
    expect(g?.estimate).toBeCloseTo(2.0150909730726547, 10);
    expect(g?.ciLow).toBeCloseTo(1.8813406565960242, 8);
    expect(g?.ciHigh).toBeCloseTo(2.15835001254152, 8);
    // and GraphPad's rounded published figures
    expect(g?.estimate).toBeCloseTo(2.02, 2);
    expect(g?.ciLow).toBeCloseTo(1.88, 2);
    expect(g?.ciHigh).toBeCloseTo(2.16, 2);
  });

  it('geometricMeanInterval(ratios) returns null for empty', () => {
    expect(geometricMeanInterval([])).toBeNull();
  });

  it('geometricMeanInterval(ratios) returns the estimate with null CI for n = 1', () => {
    expect(geometricMeanInterval([4])).toEqual({
      n: 1,
      estimate: 4,
      ciLow: null,
      ciHigh: null,
      log2Mean: 2,
      log2SD: null,
      level: 0.95,
    });
  });

  it('geometricMeanInterval(ratios) returns null when a ratio is <= 0 or not finite', () => {
    expect(geometricMeanInterval([1.2, 0, 2])).toBeNull();
    expect(geometricMeanInterval([1.2, -1, 2])).toBeNull();
    expect(geometricMeanInterval([1.2, NaN, 2])).toBeNull();
    expect(geometricMeanInterval([1.2, Infinity, 2])).toBeNull();
  });

  it('geometricMeanInterval(ratios, level) throws a RangeError for a level outside (0, 1)', () => {
    expect(() => geometricMeanInterval([1, 2, 3], 1.5)).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const r = Object.freeze([3.1, 1.8, 2.4, 1.3]);
    geometricMeanInterval(r);
    expect(r).toEqual([3.1, 1.8, 2.4, 1.3]);
  });
});
