/**
 * How every chart tells models apart, the same in every chart: a colour, a point shape and a line
 * dash per model, taken in design order. Never colour alone (WCAG 1.4.1): points carry the model's
 * shape, lines and interval rules its dash.
 *
 * Colours: sensitive models in blues, resistant models in warm colours (Okabe-Ito based); models
 * alternate between a dark and a light set in design order, so that neighbours in the legend differ
 * in lightness by at least 14 L* units in normal vision, in grey print and under deuteranopia
 * (tests/report/charts/chartColours.test.ts), and every colour keeps 3:1 against the white background
 * (1.4.11). Shapes: sensitive models start at the circle, resistant models at the square.
 */
import type { Design } from '../../normalize/types.js';

/** Dark (CIE L* 20-36) and light (L* 52-61) colours, per status; all at least 3:1 on white. */
const COLOURS = {
  sensitive: { dark: ['#1B3F66', '#253494'], light: ['#4A90C2', '#2B8CBE'] },
  resistant: { dark: ['#6A3D9A', '#7F3B08', '#8E0152', '#4D4D4D'], light: ['#D55E00', '#B8860B', '#CC79A7', '#009E73'] },
} as const;

const SHAPES = {
  sensitive: ['circle', 'diamond', 'triangle-down', 'triangle-left'],
  resistant: ['square', 'triangle-up', 'cross', 'triangle-right', 'wedge', 'arrow'],
} as const;

/** Solid for the first sensitive model; dashes that differ in rhythm for the others. */
const DASHES: { sensitive: readonly (readonly number[])[]; resistant: readonly (readonly number[])[] } = {
  sensitive: [[1, 0], [1, 2], [4, 2, 1, 2]],
  resistant: [[6, 3], [2, 2], [10, 3, 2, 3], [12, 4], [3, 5], [6, 2, 2, 2, 2, 2]],
};

/** Kept for the status legend of older specs: sensitive circle, resistant square. */
export const STATUS_SHAPES = { domain: ['sensitive', 'resistant'], range: ['circle', 'square'] } as const;

export interface ModelScale<T> {
  /** Model names in design order. */
  domain: string[];
  range: T[];
}

export type ModelColourScale = ModelScale<string>;

export function modelColourScale(design: Design): ModelColourScale {
  const used = { sensitive: { dark: 0, light: 0 }, resistant: { dark: 0, light: 0 } };
  const range = design.models.map((model, i) => {
    const tone = i % 2 === 0 ? 'dark' : 'light';
    const list = COLOURS[model.status][tone];
    return list[used[model.status][tone]++ % list.length]!;
  });
  return { domain: design.models.map((model) => model.line), range };
}

export function modelShapeScale(design: Design): ModelScale<string> {
  return byStatus<string>(design, SHAPES);
}

export function modelDashScale(design: Design): ModelScale<number[]> {
  const scale = byStatus(design, DASHES);
  return { domain: scale.domain, range: scale.range.map((dash) => [...dash]) };
}

/** The next entry of the model's status list, in design order (cycling when the list runs out). */
function byStatus<T>(design: Design, lists: { sensitive: readonly T[]; resistant: readonly T[] }): ModelScale<T> {
  const used = { sensitive: 0, resistant: 0 };
  const range = design.models.map((model) => {
    const list = lists[model.status];
    return list[used[model.status]++ % list.length]!;
  });
  return { domain: design.models.map((model) => model.line), range };
}
