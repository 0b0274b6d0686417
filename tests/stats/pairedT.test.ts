// Reference values: Python 3.11.7, scipy 1.17.1 (numpy printed with np.set_printoptions(precision=17)).
import { describe, expect, it } from 'vitest';
import { pairedT } from '../../src/stats/pairedT.js';

const control = [4.2, 2.5, 6.5];
const treated = [8.7, 4.9, 13.1];

describe('pairedT(a, b, level)', () => {
  it("reproduces GraphPad's ratio paired t test on log2 values", () => {
    // GraphPad Prism statistics guide, ratio t test example (control 4.2, 2.5, 6.5; treated
    // 8.7, 4.9, 13.1), published: ratio paired t test P = 0.0005, geometric mean of
    // treated/control 2.02, 95% CI 1.88 to 2.16.
    // python3: import numpy as np; from scipy import stats; c = [4.2, 2.5, 6.5]; t = [8.7, 4.9, 13.1]; res = stats.ttest_rel(np.log2(t), np.log2(c)); ci = res.confidence_interval(); (res, ci, np.mean(np.log2(t) - np.log2(c)), 2 ** ci.low, 2 ** ci.high)
    // -> (TtestResult(statistic=np.float64(43.89528713631653), pvalue=np.float64(0.0005185925534949981), df=np.int64(2)), ConfidenceInterval(low=np.float64(0.9117611030259652), high=np.float64(1.1099288409203327)), np.float64(1.010844971973149), np.float64(1.8813406565960245), np.float64(2.158350012541519))
    const r = pairedT(treated.map(Math.log2), control.map(Math.log2));
    expect(r).not.toBeNull();
    expect(r?.test).toBe('paired-t');
    expect(r?.n).toBe(3);
    expect(r?.df).toBe(2);
    expect(r?.t).toBeCloseTo(43.89528713631653, 6);
    expect(r?.p).toBeCloseTo(0.0005185925534949981, 10);
    expect(r?.meanDifference).toBeCloseTo(1.010844971973149, 10);
    expect(r?.ciLow).toBeCloseTo(0.9117611030259652, 8);
    expect(r?.ciHigh).toBeCloseTo(1.1099288409203327, 8);
    // back-transformed: scipy 2.0150909..., 1.8813406..., 2.1583500...; GraphPad 2.02 (1.88 to 2.16)
    expect(2 ** (r?.meanDifference as number)).toBeCloseTo(2.02, 2);
    expect(2 ** (r?.ciLow as number)).toBeCloseTo(1.8813406565960245, 8);
    expect(2 ** (r?.ciHigh as number)).toBeCloseTo(2.158350012541519, 8);
    expect(r?.p).toBeCloseTo(0.0005, 4);
  });

  it('gives the same t and p on log10 values (the log base cancels)', () => {
    // python3: import numpy as np; from scipy import stats; c = [4.2, 2.5, 6.5]; t = [8.7, 4.9, 13.1]; res = stats.ttest_rel(np.log10(t), np.log10(c)); ci = res.confidence_interval(); (res, ci, 10 ** np.mean(np.log10(t) - np.log10(c)), 10 ** ci.low, 10 ** ci.high)
    // -> (TtestResult(statistic=np.float64(43.89528713631647), pvalue=np.float64(0.0005185925534949996), df=np.int64(2)), ConfidenceInterval(low=np.float64(0.274467440890493), high=np.float64(0.3341218741695755)), np.float64(2.0150909730726547), np.float64(1.8813406565960245), np.float64(2.1583500125415194))
    const r10 = pairedT(treated.map(Math.log10), control.map(Math.log10));
    const r2 = pairedT(treated.map(Math.log2), control.map(Math.log2));
    expect(r10?.t).toBeCloseTo(43.89528713631647, 6);
    expect(r10?.p).toBeCloseTo(0.0005185925534949996, 10);
    expect(r10?.ciLow).toBeCloseTo(0.274467440890493, 8);
    expect(r10?.ciHigh).toBeCloseTo(0.3341218741695755, 8);
    expect(10 ** (r10?.meanDifference as number)).toBeCloseTo(2.0150909730726547, 10);
    expect(10 ** (r10?.ciLow as number)).toBeCloseTo(1.8813406565960245, 8);
    expect(10 ** (r10?.ciHigh as number)).toBeCloseTo(2.1583500125415194, 8);
    expect(r10?.p).toBeCloseTo(r2?.p as number, 12);
  });

  it("matches the ordinary (non-ratio) paired t on GraphPad's raw values", () => {
    // GraphPad's guide contrasts the ratio test with the ordinary paired t on raw values:
    // published 95% CI -0.72 to 9.72, P = 0.07.
    // python3: from scipy import stats; res = stats.ttest_rel([8.7, 4.9, 13.1], [4.2, 2.5, 6.5]); (res, res.confidence_interval())
    // -> (TtestResult(statistic=np.float64(3.711537444790452), pvalue=np.float64(0.06553693703742512), df=np.int64(2)), ConfidenceInterval(low=np.float64(-0.7166891946756921), high=np.float64(9.716689194675691)))
    const r = pairedT(treated, control);
    expect(r?.t).toBeCloseTo(3.711537444790452, 8);
    expect(r?.p).toBeCloseTo(0.06553693703742512, 10);
    expect(r?.ciLow).toBeCloseTo(-0.7166891946756921, 8);
    expect(r?.ciHigh).toBeCloseTo(9.716689194675691, 8);
  });

  it('matches scipy ttest_rel (t, df, p, CI at 95% and 90%)', () => {
    // python3: import numpy as np; from scipy import stats; a = [2.1, 3.4, 1.9, 5.0, 4.2, 3.3]; b = [1.8, 3.9, 1.2, 4.1, 3.0, 2.6]; res = stats.ttest_rel(a, b); (res, res.confidence_interval(), res.confidence_interval(0.90), np.mean(np.subtract(a, b)))
    // -> (TtestResult(statistic=np.float64(2.2739701341354888), pvalue=np.float64(0.07207976270555969), df=np.int64(5)), ConfidenceInterval(low=np.float64(-0.07174079965983149), high=np.float64(1.1717407996598315)), ConfidenceInterval(low=np.float64(0.06262481916698304), high=np.float64(1.0373751808330167)), np.float64(0.55))
    const a = [2.1, 3.4, 1.9, 5.0, 4.2, 3.3];
    const b = [1.8, 3.9, 1.2, 4.1, 3.0, 2.6];
    const r = pairedT(a, b);
    expect(r?.n).toBe(6);
    expect(r?.df).toBe(5);
    expect(r?.meanDifference).toBeCloseTo(0.55, 10);
    expect(r?.t).toBeCloseTo(2.2739701341354888, 8);
    expect(r?.p).toBeCloseTo(0.07207976270555969, 10);
    expect(r?.ciLow).toBeCloseTo(-0.07174079965983149, 8);
    expect(r?.ciHigh).toBeCloseTo(1.1717407996598315, 8);
    const r90 = pairedT(a, b, 0.9);
    expect(r90?.level).toBe(0.9);
    expect(r90?.p).toBeCloseTo(0.07207976270555969, 10);
    expect(r90?.ciLow).toBeCloseTo(0.06262481916698304, 8);
    expect(r90?.ciHigh).toBeCloseTo(1.0373751808330167, 8);
  });

  it('matches scipy ttest_rel for a negative mean difference', () => {
    // python3: import numpy as np; from scipy import stats; a = [0.3, -0.2, 0.1, 0.0, -0.5]; b = [1.1, 0.9, 0.4, 1.3, 0.2]; res = stats.ttest_rel(a, b); (res, res.confidence_interval(), np.mean(np.subtract(a, b)))
    // -> (TtestResult(statistic=np.float64(-4.88240082724041), pvalue=np.float64(0.008146502916276832), df=np.int64(4)), ConfidenceInterval(low=np.float64(-1.317677677619996), high=np.float64(-0.362322322380004)), np.float64(-0.8400000000000001))
    const r = pairedT([0.3, -0.2, 0.1, 0.0, -0.5], [1.1, 0.9, 0.4, 1.3, 0.2]);
    expect(r?.df).toBe(4);
    expect(r?.meanDifference).toBeCloseTo(-0.8400000000000001, 10);
    expect(r?.t).toBeCloseTo(-4.88240082724041, 8);
    expect(r?.p).toBeCloseTo(0.008146502916276832, 10);
    expect(r?.ciLow).toBeCloseTo(-1.317677677619996, 8);
    expect(r?.ciHigh).toBeCloseTo(-0.362322322380004, 8);
  });

  it('pairedT(a, b) returns null for n < 2', () => {
    expect(pairedT([], [])).toBeNull();
    expect(pairedT([1.5], [0.5])).toBeNull();
  });

  it('pairedT(a, b) returns null when all differences are equal', () => {
    expect(pairedT([2, 3, 4], [1, 2, 3])).toBeNull();
    expect(pairedT([5, 5], [5, 5])).toBeNull();
  });

  it('pairedT(a, b) returns null when the differences differ only by rounding noise', () => {
    // 1.1 - 0.1, 2.2 - 1.2, 3.3 - 2.3 are all 1 on paper but not in binary floating point;
    // scipy reports a meaningless t:
    // python3: import numpy as np; from scipy import stats; a = [1.1, 2.2, 3.3]; b = [0.1, 1.2, 2.3]; stats.ttest_rel(a, b)
    // -> TtestResult(statistic=np.float64(1.1031521092846172e+16), pvalue=np.float64(8.217301096052207e-33), df=np.int64(2))
    expect(pairedT([1.1, 2.2, 3.3], [0.1, 1.2, 2.3])).toBeNull();
  });

  it('pairedT(a, b) returns null when a value is not finite', () => {
    expect(pairedT([1, NaN, 3], [0, 1, 2.5])).toBeNull();
    expect(pairedT([1, 2, 3], [0, Infinity, 2.5])).toBeNull();
  });

  it('pairedT(a, b) throws a RangeError for arrays of different length', () => {
    expect(() => pairedT([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('pairedT(a, b, level) throws a RangeError for a level outside (0, 1)', () => {
    expect(() => pairedT([1, 2, 4], [0, 1, 2], 95)).toThrow(RangeError);
  });

  it('does not mutate its inputs', () => {
    const a = Object.freeze([2.1, 3.4, 1.9]);
    const b = Object.freeze([1.8, 3.9, 1.2]);
    pairedT(a, b);
    expect(a).toEqual([2.1, 3.4, 1.9]);
    expect(b).toEqual([1.8, 3.9, 1.2]);
  });
});
