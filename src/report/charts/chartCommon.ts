/**
 * Pieces every chart spec shares: the schema URL (read by vega-embed to pick vega-lite, never
 * fetched), print-friendly fonts and sizes, and rounding of data values so the same input gives
 * the same bytes.
 */
import type { Config } from 'vega-lite';
import { maxOf, minOf } from '../../arrays.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Width of the printable area of an A4 page at 15 mm margins, in CSS pixels (180 mm at 96 dpi). */
export const PAGE_WIDTH_PX = 680;

/**
 * Shared config. Data marks carry no ARIA label of their own (`mark.aria: false`): thousands of
 * per-point labels would triple the page size, and the report's tables hold every number; each
 * chart keeps its description, axes and legends for screen readers.
 */
export const CHART_CONFIG: Config = {
  font: 'Helvetica, Arial, sans-serif',
  mark: { aria: false },
  point: { opacity: 1 },
  background: 'white',
  padding: 8,
  axis: { labelFontSize: 10, titleFontSize: 11, titleFontWeight: 'normal', grid: true, gridColor: '#e6e6e6' },
  legend: { symbolOpacity: 1, labelFontSize: 10, titleFontSize: 11, titleFontWeight: 'normal', labelLimit: 220, titleLimit: 300 },
  header: { labelFontSize: 11, titleFontSize: 11, labelLimit: 300 },
  title: { fontSize: 13, fontWeight: 'bold', anchor: 'start' },
  view: { stroke: '#cccccc' },
};

/**
 * A log axis labels only 1, 2 and 5 times a power of ten: vega labels every minor tick of a short
 * decade (0.1 ... 0.9), and the labels pile up.
 */
export const LOG_AXIS_LABELS = "indexof([1, 2, 5], round(datum.value / pow(10, floor(log(datum.value) / LN10 + 1e-9)) * 1000) / 1000) >= 0 ? datum.label : ''";

/** Six significant digits: plenty for a chart, stable across platforms. */
export function chartNumber(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return Number.isInteger(x) ? x : Number(x.toPrecision(6));
}

/** Powers of ten around the positive values, for a log scale that always shows `mustShow`. */
export function logDomain(values: readonly (number | null)[], mustShow: readonly number[]): [number, number] {
  const positive = [...values, ...mustShow].filter((v): v is number => v !== null && Number.isFinite(v) && v > 0);
  const low = minOf(positive);
  const high = maxOf(positive);
  return [10 ** Math.floor(Math.log10(low) - 1e-9), 10 ** Math.ceil(Math.log10(high) + 1e-9)];
}

/**
 * Sort a channel or facet in a given order by a rank field in the data, not by an array: vega-lite
 * compiles an array sort into one nested conditional per value, and beyond about a thousand values (a
 * screen of a thousand models, its membranes or lanes) compiling that expression overflows the stack.
 * A rank sorts the same way at any size. Pair with `withRanks`.
 */
export function rankSort(field: string): { field: string; op: 'min' } {
  return { field: `${field}Rank`, op: 'min' };
}

/** The rows with `<field>Rank`: the position of the row's value in `order` (after the list when absent). */
export function withRanks<T extends object>(rows: readonly T[], orders: Readonly<Record<string, readonly string[]>>): (T & Record<string, unknown>)[] {
  const positions = Object.entries(orders).map(([field, order]) => [field, new Map(order.map((v, i) => [v, i]))] as const);
  return rows.map((row) => {
    const ranked: Record<string, unknown> = { ...(row as Record<string, unknown>) };
    for (const [field, position] of positions) {
      const value = ranked[field];
      if (typeof value === 'string') ranked[`${field}Rank`] = position.get(value) ?? position.size;
    }
    return ranked as T & Record<string, unknown>;
  });
}
