/**
 * Deterministic ordering: outputs must not depend on the order of input rows.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Nulls first, then ascending. */
export function compareNullableNumber(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a - b;
}

export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

/**
 * Each distinct text's position in `compareText` order. A sort of many records (a screen's
 * lanes) can then compare integers: collating strings costs far more than the sort itself.
 */
export function textRanks(values: Iterable<string>): Map<string, number> {
  return new Map(uniqueSorted(values).map((text, i) => [text, i]));
}
