/**
 * Small dense products on row-major Float64Arrays for the linear model and its REML fit. Every sum
 * starts at 0 and runs over its index ascending: the order the fit has always used, so its numbers
 * stay the same to the last bit.
 */

/** a . b over the length of a. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** m v for an n x n matrix m. */
export function matVec(m: Float64Array, v: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let s = 0;
    for (let j = 0; j < n; j++) s += m[row + j]! * v[j]!;
    out[i] = s;
  }
  return out;
}

/** a b for two n x n matrices. */
export function matMul(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[row + k]! * b[k * n + j]!;
      out[row + j] = s;
    }
  }
  return out;
}

/** tr(a b) for two n x n matrices, summed over i then j ascending. */
export function traceProduct(a: Float64Array, b: Float64Array, n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t += a[i * n + j]! * b[j * n + i]!;
  return t;
}
