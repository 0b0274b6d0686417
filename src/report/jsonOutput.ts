/**
 * results.json text: numbers rounded to a fixed number of significant digits so that the same
 * input gives the same bytes whatever the order of floating-point sums; keys in declaration order.
 */
import type { Results } from '../results.js';

export const SIGNIFICANT_DIGITS = 10;

export function roundNumber(x: number, digits = SIGNIFICANT_DIGITS): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  return Number(x.toPrecision(digits));
}

export function resultsToJson(results: Results): string {
  return `${JSON.stringify(results, (_key, value: unknown) => (typeof value === 'number' ? roundNumber(value) : value), 2)}\n`;
}
