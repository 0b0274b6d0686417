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

/**
 * Geometric mean of positive ratios with a two-sided t-based confidence interval, computed on
 * log2 of the ratios (sample SD, n - 1 df) and back-transformed with 2^x.
 */
export interface GeometricMeanInterval {
  n: number;
  /** Geometric mean, 2^log2Mean. */
  estimate: number;
  /** 2^(log2Mean - t * log2SD / sqrt(n)); null when n < 2. */
  ciLow: number | null;
  /** 2^(log2Mean + t * log2SD / sqrt(n)); null when n < 2. */
  ciHigh: number | null;
  /** Mean of log2(ratios). */
  log2Mean: number;
  /** Sample standard deviation (n - 1) of log2(ratios); null when n < 2. */
  log2SD: number | null;
  level: number;
}
