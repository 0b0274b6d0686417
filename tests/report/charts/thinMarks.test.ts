import { describe, expect, it } from 'vitest';
import { firstItems, thinByGroup } from '../../../src/report/charts/thinMarks.js';

interface Row { group: string; value: number }
const rows = (group: string, values: readonly number[]): Row[] => values.map((value) => ({ group, value }));
const thin = (input: readonly Row[], max: number) => thinByGroup(input, (r) => r.group, (r) => r.value, max);

describe('thinByGroup(rows, groupOf, valueOf, max)', () => {
  it('returns every row, in order, when they fit', () => {
    const input = [...rows('a', [3, 1, 2]), ...rows('b', [5])];
    expect(thin(input, 4)).toEqual({ rows: input, total: 4, thinned: false });
  });

  it('keeps an even share per group at evenly spaced ranks (0, 4.5 -> 5, 9 of 0..9): the smallest and largest survive', () => {
    const a = rows('a', [9, 1, 5, 3, 7, 2, 8, 4, 6, 0]);
    const b = rows('b', [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    const out = thin([...a, ...b], 6);
    expect(out.thinned).toBe(true);
    expect(out.total).toBe(20);
    expect(out.rows.filter((r) => r.group === 'a').map((r) => r.value).sort((x, y) => x - y)).toEqual([0, 5, 9]);
    expect(out.rows.filter((r) => r.group === 'b').map((r) => r.value)).toEqual([10, 60, 100]);
  });

  it('keeps a small group whole and never exceeds the budget', () => {
    const out = thin([...rows('a', [1, 2]), ...rows('b', Array.from({ length: 50 }, (_, i) => i))], 10);
    expect(out.rows.filter((r) => r.group === 'a')).toHaveLength(2);
    expect(out.rows.length).toBeLessThanOrEqual(10);
  });

  it('with more groups than the budget keeps the median of the first groups', () => {
    const input = ['a', 'b', 'c', 'd'].flatMap((g) => rows(g, [1, 2, 3]));
    expect(thin(input, 2).rows).toEqual([{ group: 'a', value: 2 }, { group: 'b', value: 2 }]);
  });

  it('does not depend on the order of the rows within a group (ties broken by position)', () => {
    const values = [5, 1, 4, 2, 3, 9, 8, 7, 6, 0];
    const forward = thin(rows('a', values), 4).rows.map((r) => r.value).sort();
    const backward = thin(rows('a', [...values].reverse()), 4).rows.map((r) => r.value).sort();
    expect(forward).toEqual(backward);
  });
});

describe('firstItems(items, max)', () => {
  it('takes the first items and says whether any were left out', () => {
    expect(firstItems([1, 2, 3], 2)).toEqual({ rows: [1, 2], total: 3, thinned: true });
    expect(firstItems([1, 2], 2)).toEqual({ rows: [1, 2], total: 2, thinned: false });
  });
});
