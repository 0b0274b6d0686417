/**
 * Extremes and appends at screen sizes: spreading a few hundred thousand values into Math.min or
 * push throws "Maximum call stack size exceeded" (what crashed the report of a 1,000-model screen,
 * in the time-course chart's log-scale domain); these helpers take any length.
 */
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf, minOf } from '../src/arrays.js';

const HUGE = 2_000_000;

describe('minOf, maxOf, appendAll', () => {
  it('a spread of this many values overflows the stack (the failure these replace)', () => {
    const values = Array.from({ length: HUGE }, (_, i) => i);
    expect(() => Math.min(...values)).toThrow(RangeError);
  });

  it('take arrays of millions of values', () => {
    const values = Array.from({ length: HUGE }, (_, i) => ((i * 7919) % HUGE) - 1000);
    expect(minOf(values)).toBe(-1000);
    expect(maxOf(values)).toBe(HUGE - 1001);
    const target = [1, 2];
    expect(appendAll(target, values)).toBe(target);
    expect(target.length).toBe(HUGE + 2);
    expect(target[2]).toBe(values[0]);
    expect(target.at(-1)).toBe(values.at(-1));
  });

  it('agree with Math.min and Math.max on small inputs, the empty one and NaN included', () => {
    for (const values of [[], [3], [2, -1, 5], [-0, 0], [1, Number.NaN, 2], [Infinity, -Infinity]]) {
      expect(minOf(values)).toBe(Math.min(...values));
      expect(maxOf(values)).toBe(Math.max(...values));
    }
  });
});
