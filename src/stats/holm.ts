import { rankPValues } from './rankPValues.js';

/**
 * [Holm–Bonferroni](https://en.wikipedia.org/wiki/Holm%E2%80%93Bonferroni_method) step-down
 * adjusted p values (family-wise error rate). With the m non-null p values sorted ascending,
 * `adjusted(i) = max over j <= i of min(1, (m - j + 1) * p(j))` (cumulative maximum from the
 * smallest rank, so the result is monotone and tied p values get the same adjusted value).
 * Matches R's `p.adjust(p, "holm")` and statsmodels `multipletests(p, method='holm')`.
 *
 * Conventions: results are in the input order; `null` entries (tests that could not be run)
 * pass through as `null` and are not counted in m. The input is not mutated.
 *
 * @param p p values in [0, 1] or `null`
 * @returns adjusted p values, same length and order as `p`
 * @throws {RangeError} when a non-null entry is not a number in [0, 1] (a programming error)
 * @example
 * holm([0.01, null, 0.04, 0.03]); // => [0.03, null, 0.06, 0.06]
 */
export function holm(p: readonly (number | null)[]): (number | null)[] {
  const idx = rankPValues(p);
  const value = (i: number): number => p[i] as number;
  const m = idx.length;
  const out: (number | null)[] = p.map(() => null);
  let running = 0;
  for (let rank = 1; rank <= m; rank++) {
    const i = idx[rank - 1] as number;
    running = Math.max(running, Math.min(1, (m - rank + 1) * value(i)));
    out[i] = running;
  }
  return out;
}
