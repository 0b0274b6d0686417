import { rankPValues } from './rankPValues.js';

/**
 * [Benjamini–Hochberg](https://en.wikipedia.org/wiki/False_discovery_rate#Benjamini%E2%80%93Hochberg_procedure)
 * step-up adjusted p values (false discovery rate). With the m non-null p values sorted
 * ascending, `adjusted(i) = min over j >= i of min(1, (m / j) * p(j))` (cumulative minimum from
 * the largest rank, so the result is monotone and tied p values get the same adjusted value).
 * Matches `scipy.stats.false_discovery_control(p, method='bh')` and R's `p.adjust(p, "BH")`.
 *
 * Conventions: results are in the input order; `null` entries (tests that could not be run)
 * pass through as `null` and are not counted in m. The input is not mutated.
 *
 * @param p p values in [0, 1] or `null`
 * @returns adjusted p values, same length and order as `p`
 * @throws {RangeError} when a non-null entry is not a number in [0, 1] (a programming error)
 * @example
 * benjaminiHochberg([0.01, null, 0.04, 0.03]); // => [0.03, null, 0.04, 0.04]
 */
export function benjaminiHochberg(p: readonly (number | null)[]): (number | null)[] {
  const idx = rankPValues(p);
  const value = (i: number): number => p[i] as number;
  const m = idx.length;
  const out: (number | null)[] = p.map(() => null);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = idx[rank - 1] as number;
    // (m / rank) * p as in R and scipy: m / rank >= 1 exactly, so the result is never below p.
    running = Math.min(running, (m / rank) * value(i));
    out[i] = running;
  }
  return out;
}
