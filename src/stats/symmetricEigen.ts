/**
 * Eigendecomposition of a symmetric matrix on Float64Arrays: Householder tridiagonalisation (tred2)
 * and the implicit QL algorithm (tql2), from the public-domain JAMA library, written here with the
 * very arithmetic, in the very order, of ml-matrix 6.15.1's `EVD(matrix, { assumeSymmetric: true })`
 * (MIT licence, below), which the blocked linear model used before: every eigenvalue and eigenvector is the
 * same to the last bit, so every number of results.json stays the same. Nothing is allocated
 * besides one work vector and the result.
 *
 * Storage: `vt` holds the eigenvectors by rows, `vt[k * n + i]` = component i of eigenvector k (the
 * transposed layout ml-matrix keeps while iterating), eigenvalues in ascending order.
 *
 * ml-matrix's licence, for the parts written after it:
 *
 * The MIT License (MIT)
 *
 * Copyright (c) 2014 Michaël Zasso
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
 * associated documentation files (the "Software"), to deal in the Software without restriction,
 * including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all copies or substantial
 * portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
 * NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 * NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
 * OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 * CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

export interface SymmetricEigen {
  n: number;
  /** Eigenvalues, ascending. */
  values: Float64Array;
  /** Eigenvectors by rows: eigenvector k is vt[k*n .. k*n + n). */
  vt: Float64Array;
}

/** `a`: n x n, row-major, symmetric (only read, never changed). */
export function symmetricEigen(a: ArrayLike<number>, n: number): SymmetricEigen {
  const v = new Float64Array(n * n);
  // ml-matrix stores V transposed while iterating: v[j*n + i] = a(i, j).
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v[j * n + i] = a[i * n + j]!;
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tred2(n, e, d, v);
  tql2(n, e, d, v);
  return { n, values: d, vt: v };
}

function tred2(n: number, e: Float64Array, d: Float64Array, v: Float64Array): void {
  let f: number, g: number, h: number, hh: number, scale: number;
  for (let j = 0; j < n; j++) d[j] = v[j * n + n - 1]!;
  for (let i = n - 1; i > 0; i--) {
    scale = 0;
    h = 0;
    for (let k = 0; k < i; k++) scale = scale + Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) {
        d[j] = v[j * n + i - 1]!;
        v[j * n + i] = 0;
        v[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] = d[k]! / scale;
        h += d[k]! * d[k]!;
      }
      f = d[i - 1]!;
      g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h = h - f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        v[i * n + j] = f;
        const row = j * n;
        g = e[j]! + v[row + j]! * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += v[row + k]! * d[k]!;
          e[k] = e[k]! + v[row + k]! * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] = e[j]! / h;
        f += e[j]! * d[j]!;
      }
      hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = e[j]! - hh * d[j]!;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        g = e[j]!;
        const row = j * n;
        for (let k = j; k <= i - 1; k++) v[row + k] = v[row + k]! - (f * e[k]! + g * d[k]!);
        d[j] = v[row + i - 1]!;
        v[row + i] = 0;
      }
    }
    d[i] = h;
  }
  for (let i = 0; i < n - 1; i++) {
    v[i * n + n - 1] = v[i * n + i]!;
    v[i * n + i] = 1;
    h = d[i + 1]!;
    const next = (i + 1) * n;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[next + k]! / h;
      for (let j = 0; j <= i; j++) {
        const row = j * n;
        g = 0;
        for (let k = 0; k <= i; k++) g += v[next + k]! * v[row + k]!;
        for (let k = 0; k <= i; k++) v[row + k] = v[row + k]! - g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) v[next + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[j * n + n - 1]!;
    v[j * n + n - 1] = 0;
  }
  v[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

function hypotenuse(a: number, b: number): number {
  let r = 0;
  if (Math.abs(a) > Math.abs(b)) {
    r = b / a;
    return Math.abs(a) * Math.sqrt(1 + r * r);
  }
  if (b !== 0) {
    r = a / b;
    return Math.abs(b) * Math.sqrt(1 + r * r);
  }
  return 0;
}

function tql2(n: number, e: Float64Array, d: Float64Array, v: Float64Array): void {
  let g: number, h: number, m: number, p: number, r: number, dl1: number, c: number, c2: number, c3: number, el1: number, s: number, s2: number;
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = Number.EPSILON;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    m = l;
    while (m < n) {
      if (Math.abs(e[m]!) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      do {
        g = d[l]!;
        p = (d[l + 1]! - g) / (2 * e[l]!);
        r = hypotenuse(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        dl1 = d[l + 1]!;
        h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i] = d[i]! - h;
        f = f + h;
        p = d[m]!;
        c = 1;
        c2 = c;
        c3 = c;
        el1 = e[l + 1]!;
        s = 0;
        s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = hypotenuse(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          const upper = (i + 1) * n;
          const lower = i * n;
          for (let k = 0; k < n; k++) {
            h = v[upper + k]!;
            v[upper + k] = s * v[lower + k]! + c * h;
            v[lower + k] = c * v[lower + k]! - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    p = d[i]!;
    for (let j = i + 1; j < n; j++) {
      if (d[j]! < p) {
        k = j;
        p = d[j]!;
      }
    }
    if (k !== i) {
      d[k] = d[i]!;
      d[i] = p;
      for (let j = 0; j < n; j++) {
        p = v[i * n + j]!;
        v[i * n + j] = v[k * n + j]!;
        v[k * n + j] = p;
      }
    }
  }
}
