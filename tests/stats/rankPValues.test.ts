import { describe, expect, it } from 'vitest';
import { rankPValues } from '../../src/stats/rankPValues.js';

describe('rankPValues(p)', () => {
  it('returns the indexes of the non-null p values from smallest to largest, ties in input order', () => {
    expect(rankPValues([0.04, null, 0.01, 0.04, 0])).toEqual([4, 2, 0, 3]);
  });
  it('throws a RangeError for a value outside [0, 1] (a programming error)', () => {
    expect(() => rankPValues([0.2, 1.5])).toThrow(RangeError);
    expect(() => rankPValues([Number.NaN])).toThrow(RangeError);
  });
  it('does not mutate its input', () => {
    const p = [0.3, 0.1];
    rankPValues(p);
    expect(p).toEqual([0.3, 0.1]);
  });
});
