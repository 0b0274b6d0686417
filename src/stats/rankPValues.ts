/**
 * Shared first step of the multiple-testing adjustments: check the p values and rank the non-null
 * ones from smallest to largest (ties keep input order).
 *
 * @param p p values in [0, 1] or `null`
 * @returns the input indexes of the non-null p values, in ascending order of p
 * @throws {RangeError} when a non-null entry is not a number in [0, 1] (a programming error)
 * @example
 * rankPValues([0.04, null, 0.01]); // => [2, 0]
 */
export function rankPValues(p: readonly (number | null)[]): number[] {
  const idx: number[] = [];
  p.forEach((v, i) => {
    if (v === null) return;
    if (!(v >= 0 && v <= 1)) throw new RangeError(`p value at index ${i} is not in [0, 1]: ${v}`);
    idx.push(i);
  });
  return idx.sort((x, y) => (p[x] as number) - (p[y] as number) || x - y);
}
