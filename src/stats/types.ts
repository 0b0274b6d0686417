/**
 * Result shapes of the statistics stage. Every helper returns `null` (never NaN, never a throw)
 * when there are too few values to compute it.
 */

/** Mean of log2 values with a two-sided t-based confidence interval (sample SD, n - 1 df). */
export interface Log2MeanInterval {
  n: number;
  mean: number;
  /** Sample standard deviation (n - 1); null when n < 2. */
  sd: number | null;
  /** Null when n < 2 (no spread to estimate). */
  ciLow: number | null;
  ciHigh: number | null;
  level: number;
}

/** Outcome of a two-group t-test on log2 values. `meanDifference` is group A minus group B (paired: mean of A - B). */
export interface TTestResult {
  test: 'paired-t' | 'welch-t';
  n: number;
  meanDifference: number;
  t: number;
  df: number;
  /** Two-sided p value. */
  p: number;
  /** Confidence interval of meanDifference. */
  ciLow: number;
  ciHigh: number;
  level: number;
}
