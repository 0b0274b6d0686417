// Reference values: Python 3.11.7, scipy 1.17.1 (numpy printed with np.set_printoptions(precision=17)).
import { describe, expect, it } from 'vitest';
import { welchT } from '../../src/stats/welchT.js';

describe('welchT(a, b, level)', () => {
  it('matches scipy ttest_ind(equal_var=False) with unequal n and unequal variance', () => {
    // python3: import numpy as np; from scipy import stats; a = [1.2, 2.5, 3.1, 0.8, 1.9]; b = [4.5, 6.1, 2.2, 7.8, 5.0, 9.3, 3.4]; res = stats.ttest_ind(a, b, equal_var=False); (res, res.confidence_interval(), res.confidence_interval(0.99), np.mean(a) - np.mean(b))
    // -> (TtestResult(statistic=np.float64(-3.4899390480488033), pvalue=np.float64(0.007954206712239878), df=np.float64(8.156606347963368)), ConfidenceInterval(low=np.float64(-5.923414118880997), high=np.float64(-1.2194430239761482)), ConfidenceInterval(low=np.float64(-6.986092376398851), high=np.float64(-0.1567647664582945)), np.float64(-3.5714285714285725))
    const a = [1.2, 2.5, 3.1, 0.8, 1.9];
    const b = [4.5, 6.1, 2.2, 7.8, 5.0, 9.3, 3.4];
    const r = welchT(a, b);
    expect(r).not.toBeNull();
    expect(r?.test).toBe('welch-t');
    expect(r?.n).toBe(12);
    expect(r?.meanDifference).toBeCloseTo(-3.5714285714285725, 10);
    expect(r?.t).toBeCloseTo(-3.4899390480488033, 8);
    expect(r?.df).toBeCloseTo(8.156606347963368, 8);
    expect(r?.p).toBeCloseTo(0.007954206712239878, 10);
    expect(r?.ciLow).toBeCloseTo(-5.923414118880997, 8);
    expect(r?.ciHigh).toBeCloseTo(-1.2194430239761482, 8);
    const r99 = welchT(a, b, 0.99);
    expect(r99?.level).toBe(0.99);
    expect(r99?.ciLow).toBeCloseTo(-6.986092376398851, 8);
    expect(r99?.ciHigh).toBeCloseTo(-0.1567647664582945, 8);
  });

  it('matches scipy with a small second group (n = 8 vs 2)', () => {
    // python3: import numpy as np; from scipy import stats; a = [-1.3, 0.4, 2.2, -0.7, 1.1, 0.9, -2.0, 0.2]; b = [0.1, 0.3]; res = stats.ttest_ind(a, b, equal_var=False); (res, res.confidence_interval())
    // -> (TtestResult(statistic=np.float64(-0.20203050891044214), pvalue=np.float64(0.8452552794458059), df=np.float64(7.513187304425571)), ConfidenceInterval(low=np.float64(-1.2544161310884276), high=np.float64(1.0544161310884275)))
    const r = welchT([-1.3, 0.4, 2.2, -0.7, 1.1, 0.9, -2.0, 0.2], [0.1, 0.3]);
    expect(r?.n).toBe(10);
    expect(r?.t).toBeCloseTo(-0.20203050891044214, 8);
    expect(r?.df).toBeCloseTo(7.513187304425571, 8);
    expect(r?.p).toBeCloseTo(0.8452552794458059, 10);
    expect(r?.ciLow).toBeCloseTo(-1.2544161310884276, 8);
    expect(r?.ciHigh).toBeCloseTo(1.0544161310884275, 8);
  });

  it('allows one group with zero variance', () => {
    // python3: import numpy as np; from scipy import stats; a = [2.0, 2.0, 2.0]; b = [0.5, 1.5, 1.0, 2.5]; res = stats.ttest_ind(a, b, equal_var=False); (res, res.confidence_interval())
    // -> (TtestResult(statistic=np.float64(1.4638501094227998), pvalue=np.float64(0.23944259863600298), df=np.float64(3.0)), ConfidenceInterval(low=np.float64(-0.7337654418980075), high=np.float64(1.9837654418980075)))
    const r = welchT([2.0, 2.0, 2.0], [0.5, 1.5, 1.0, 2.5]);
    expect(r?.t).toBeCloseTo(1.4638501094227998, 8);
    expect(r?.df).toBeCloseTo(3.0, 10);
    expect(r?.p).toBeCloseTo(0.23944259863600298, 10);
    expect(r?.ciLow).toBeCloseTo(-0.7337654418980075, 8);
    expect(r?.ciHigh).toBeCloseTo(1.9837654418980075, 8);
  });

  it('welchT returns null when a group has one value', () => {
    expect(welchT([1.5], [0.5, 1.0, 2.0])).toBeNull();
    expect(welchT([0.5, 1.0, 2.0], [1.5])).toBeNull();
    expect(welchT([], [0.5, 1.0])).toBeNull();
  });

  it('welchT returns null when both groups have zero variance', () => {
    expect(welchT([2, 2, 2], [1, 1])).toBeNull();
    expect(welchT([2, 2], [2, 2, 2])).toBeNull();
  });

  it('welchT returns null when a value is not finite', () => {
    expect(welchT([1, NaN, 2], [0, 1])).toBeNull();
    expect(welchT([1, 2, 3], [0, -Infinity])).toBeNull();
  });

  it('welchT(a, b, level) throws a RangeError for a level outside (0, 1)', () => {
    expect(() => welchT([1, 2, 4], [0, 1, 3], 0)).toThrow(RangeError);
  });

  it('does not mutate its inputs', () => {
    const a = Object.freeze([3.1, 1.2, 2.5]);
    const b = Object.freeze([6.1, 4.5, 2.2, 7.8]);
    welchT(a, b);
    expect(a).toEqual([3.1, 1.2, 2.5]);
    expect(b).toEqual([6.1, 4.5, 2.2, 7.8]);
  });
});
