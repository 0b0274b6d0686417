/**
 * Extremes and appends over arrays of any length. `Math.min(...values)` and `target.push(...items)`
 * pass every element as an argument, one stack slot each, and throw "Maximum call stack size
 * exceeded" past about 120,000 elements: a screen of a thousand models has more chart points,
 * lanes and warnings than that. These loop instead.
 */

/** The smallest value, exactly as Math.min (NaN wins, -0 below 0, Infinity for none). */
export function minOf(values: Iterable<number>): number {
  let low = Infinity;
  for (const v of values) if (v < low || Number.isNaN(v) || (v === 0 && low === 0 && Object.is(v, -0))) low = v;
  return low;
}

/** The largest value, exactly as Math.max (NaN wins, 0 above -0, -Infinity for none). */
export function maxOf(values: Iterable<number>): number {
  let high = -Infinity;
  for (const v of values) if (v > high || Number.isNaN(v) || (v === 0 && high === 0 && Object.is(v, 0))) high = v;
  return high;
}

/** Appends `items` to `target` in order and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The byte arrays one after the other, in one new array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
