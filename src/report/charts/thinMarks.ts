/**
 * Keeps a chart to a bounded number of marks whatever the input size, deterministically.
 *
 * `thinByGroup` keeps an even share of the budget in every group, chosen at evenly spaced ranks of
 * the value (so the smallest and largest values and the spread survive); when there are more groups
 * than the budget, the first groups (in the given order) keep one value each (their median).
 */
export interface Thinned<T> {
  rows: T[];
  total: number;
  thinned: boolean;
}

export function thinByGroup<T>(rows: readonly T[], groupOf: (row: T) => string, valueOf: (row: T) => number, max: number): Thinned<T> {
  if (rows.length <= max) return { rows: [...rows], total: rows.length, thinned: false };
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = groupOf(row);
    const members = groups.get(key) ?? [];
    members.push(i);
    groups.set(key, members);
  });
  const perGroup = Math.max(1, Math.floor(max / groups.size));
  const kept: number[] = [];
  for (const members of [...groups.values()].slice(0, max)) {
    const sorted = [...members].sort((a, b) => valueOf(rows[a]!) - valueOf(rows[b]!) || a - b);
    kept.push(...evenlySpaced(sorted, perGroup));
  }
  return { rows: kept.sort((a, b) => a - b).map((i) => rows[i]!), total: rows.length, thinned: true };
}

/** `k` members at evenly spaced ranks (first and last included when k >= 2; the median when k = 1). */
function evenlySpaced(sorted: readonly number[], k: number): number[] {
  if (sorted.length <= k) return [...sorted];
  if (k === 1) return [sorted[Math.floor((sorted.length - 1) / 2)]!];
  const picked = new Set<number>();
  for (let i = 0; i < k; i++) picked.add(sorted[Math.round((i * (sorted.length - 1)) / (k - 1))]!);
  return [...picked];
}

/** The first `max` items, and whether any were left out. */
export function firstItems<T>(items: readonly T[], max: number): Thinned<T> {
  return { rows: items.slice(0, max), total: items.length, thinned: items.length > max };
}
