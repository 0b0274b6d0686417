// Reference values: Python 3.11.7, scipy 1.17.1 (numpy printed with np.set_printoptions(precision=17)).
import { describe, expect, it } from 'vitest';
import { log2MeanInterval } from '../../src/stats/log2MeanInterval.js';

describe('log2MeanInterval(log2Values, level)', () => {
  it('matches scipy t.interval with the sample SD (n - 1)', () => {
    // python3: import numpy as np; from scipy import stats; x = [0.5, 1.2, -0.3, 0.9, 1.7]; (np.mean(x), np.std(x, ddof=1), stats.t.interval(0.95, len(x) - 1, loc=np.mean(x), scale=stats.sem(x)))
    // -> (np.float64(0.8), np.float64(0.754983443527075), (np.float64(-0.13743576106747368), np.float64(1.7374357610674738)))
    const r = log2MeanInterval([0.5, 1.2, -0.3, 0.9, 1.7]);
    expect(r).not.toBeNull();
    expect(r?.n).toBe(5);
    expect(r?.level).toBe(0.95);
    expect(r?.mean).toBeCloseTo(0.8, 10);
    expect(r?.sd).toBeCloseTo(0.754983443527075, 10);
    expect(r?.ciLow).toBeCloseTo(-0.13743576106747368, 8);
    expect(r?.ciHigh).toBeCloseTo(1.7374357610674738, 8);
  });

  it('honours the level argument', () => {
    // python3: import numpy as np; from scipy import stats; x = [0.5, 1.2, -0.3, 0.9, 1.7]; stats.t.interval(0.90, len(x) - 1, loc=np.mean(x), scale=stats.sem(x))
    // -> (np.float64(0.0802056806820961), np.float64(1.5197943193179035))
    const r = log2MeanInterval([0.5, 1.2, -0.3, 0.9, 1.7], 0.9);
    expect(r?.level).toBe(0.9);
    expect(r?.ciLow).toBeCloseTo(0.0802056806820961, 8);
    expect(r?.ciHigh).toBeCloseTo(1.5197943193179035, 8);
  });

  it('log2MeanInterval(x) returns null for empty', () => {
    expect(log2MeanInterval([])).toBeNull();
  });

  it('log2MeanInterval(x) returns the mean with null sd/ci for n = 1', () => {
    expect(log2MeanInterval([1.25])).toEqual({
      n: 1,
      mean: 1.25,
      sd: null,
      ciLow: null,
      ciHigh: null,
      level: 0.95,
    });
  });

  it('log2MeanInterval(x) collapses to [mean, mean] with zero spread', () => {
    // scipy gives NaN here (sem = 0 -> scale 0):
    // python3: import numpy as np; from scipy import stats; x = [3.0, 3.0, 3.0]; stats.t.interval(0.95, len(x) - 1, loc=np.mean(x), scale=stats.sem(x))
    // -> (np.float64(nan), np.float64(nan))
    // our convention: sd = 0 is a valid (degenerate) estimate, the interval is [mean, mean].
    expect(log2MeanInterval([3, 3, 3])).toEqual({
      n: 3,
      mean: 3,
      sd: 0,
      ciLow: 3,
      ciHigh: 3,
      level: 0.95,
    });
  });

  it('log2MeanInterval(x) returns null when a value is not finite', () => {
    expect(log2MeanInterval([1, NaN, 2])).toBeNull();
    expect(log2MeanInterval([1, -Infinity, 2])).toBeNull();
  });

  it('log2MeanInterval(x, level) throws a RangeError for a level outside (0, 1)', () => {
    expect(() => log2MeanInterval([1, 2, 3], 95)).toThrow(RangeError);
    expect(() => log2MeanInterval([1, 2, 3], 0)).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const x = Object.freeze([1.7, 0.5, -0.3, 1.2, 0.9]);
    log2MeanInterval(x);
    expect(x).toEqual([1.7, 0.5, -0.3, 1.2, 0.9]);
  });
});
