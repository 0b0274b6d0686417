/**
 * Numbers as printed in the report's tables and sentences: fixed significant digits, the same
 * text on every platform, `-` for a missing value (never NaN).
 */
import { reportMessages as m } from '../../messages/report.js';

/** Three significant digits (whole numbers above that, e.g. 24224); exponent notation outside 0.001 to 100000. */
export function formatValue(x: number | null, digits = 3): string {
  if (x === null || !Number.isFinite(x)) return m.missingValue();
  if (x === 0) return '0';
  const size = Math.abs(x);
  if (size >= 1e5 || size < 1e-3) return x.toExponential(digits - 1);
  if (size >= 10 ** digits) return String(Math.round(x));
  return x.toPrecision(digits);
}

/** Two significant digits; very small p values as `< 0.0001`. */
export function formatP(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return m.missingValue();
  if (p < 1e-4) return m.pBelow(0.0001);
  return String(Number(p.toPrecision(2)));
}

/** Signed, two decimals: `+1.23`, `-0.40`. */
export function formatLog2(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return m.missingValue();
  const fixed = x.toFixed(2);
  return x >= 0 && !fixed.startsWith('-') ? `+${fixed}` : fixed;
}

export function formatInterval(estimate: string, low: string, high: string): string {
  return low === m.missingValue() && high === m.missingValue() ? estimate : `${estimate} ${m.ciRange(low, high)}`;
}
