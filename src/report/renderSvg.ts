/**
 * Renders a vega-lite spec to an SVG string in Node: vega-lite compile -> vega parse -> headless
 * view (`renderer: 'none'`) -> `toSVG()`. vega and vega-lite are imported lazily, so only a run that
 * writes a report pays for loading them.
 *
 * Determinism: vega numbers clip paths and gradients from a module-wide counter; it is reset before
 * each rendering, and every id is then prefixed with the chart's name so that several SVGs can sit
 * in one HTML page without their ids colliding.
 *
 * Text widths: without a canvas, vega guesses 0.8 em per character, which truncates labels and
 * spaces legends far wider than a browser does. While rendering, vega's documented hook
 * `textMetrics.width` is pointed at Helvetica's font metrics (the charts' font; Arial and Liberation
 * Sans share them) and restored afterwards.
 *
 * vega 6 installs several versions of vega-scenegraph side by side (the renderer in vega-view and
 * the bounds in vega-view-transforms use different copies), so both the text metrics and the id
 * counters are set on every copy vega reaches (vegaRuntime.ts finds them; the browser app's
 * vegaRuntime.browser.ts has vega's single-file build, one copy).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { TextItem } from './textMetrics.js';
import { vegaRuntime } from './vegaRuntime.js';

export interface RenderedSvg {
  svg: string;
  /** Warnings from vega-lite and vega (a correct spec has none). */
  warnings: string[];
}

export async function renderSvg(spec: TopLevelSpec, idPrefix: string): Promise<RenderedSvg> {
  const { vega, vegaLite, sceneGraphs: copies, parseOptions, viewOptions } = await vegaRuntime();
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const compiled = vegaLite.compile(spec, { logger });
  const previousWidths = copies.map((copy) => copy.textMetrics.width);
  for (const copy of copies) {
    copy.textMetrics.width = helveticaWidth;
    copy.resetSVGDefIds();
  }
  const view = new vega.View(vega.parse(compiled.spec, undefined, parseOptions), { ...viewOptions, renderer: 'none', logger, logLevel: vega.Warn });
  try {
    const svg = await view.toSVG();
    return { svg: roundGeometry(prefixIds(svg, idPrefix)), warnings };
  } finally {
    view.finalize();
    copies.forEach((copy, i) => { copy.textMetrics.width = previousWidths[i]!; });
  }
}

/** Advance widths of Helvetica, characters 32 (space) to 126 (~), in thousandths of an em (Adobe AFM). */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
] as const;
const OTHER_CHARACTER_WIDTH = 584;
const BOLD_FACTOR = 1.07;

/**
 * Width in pixels of one line of text as vega draws it; never more than the item's `limit`, since
 * vega truncates such text with an ellipsis (its own truncation calls this too, for the parts).
 */
export function helveticaWidth(item: TextItem, text: unknown): number {
  const line = text === null || text === undefined ? '' : String(text).trim();
  let units = 0;
  for (const ch of line) units += HELVETICA_WIDTHS[ch.codePointAt(0)! - 32] ?? OTHER_CHARACTER_WIDTH;
  const size = item.fontSize === null || item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  const bold = /bold|[6-9]00/.test(String(item.fontWeight ?? ''));
  const width = (units / 1000) * size * (bold ? BOLD_FACTOR : 1);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}

const GEOMETRY_ATTRIBUTE = /\b(d|transform|x|y|x1|x2|y1|y2|width|height|points)="([^"]*)"/g;
const LONG_DECIMAL = /-?\d+\.\d{3,}/g;

/**
 * Rounds coordinates to 1/100 pixel, in geometry attributes only (never in text, where a label
 * such as 0.0125 must stay as written): vega writes 15 digits, which only makes the file big.
 */
export function roundGeometry(svg: string): string {
  return svg.replace(GEOMETRY_ATTRIBUTE, (_all, name: string, value: string) =>
    `${name}="${value.replace(LONG_DECIMAL, (n) => String(Number(Number(n).toFixed(2))))}"`);
}

/** Prefixes `id="x"`, `url(#x)` and `href="#x"` references. */
export function prefixIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, (_all, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_all, id: string) => `url(#${prefix}${id})`)
    .replace(/href="#([^"]+)"/g, (_all, id: string) => `href="#${prefix}${id}"`);
}

export interface Logger {
  level(): number;
  level(level: number): Logger;
  error(...args: readonly unknown[]): Logger;
  warn(...args: readonly unknown[]): Logger;
  info(...args: readonly unknown[]): Logger;
  debug(...args: readonly unknown[]): Logger;
}

/** A vega / vega-lite logger that keeps warnings and errors instead of printing them. */
function collectingLogger(into: string[]): Logger {
  let current = 0;
  const logger: Logger = {
    level: ((level?: number) => {
      if (level === undefined) return current;
      current = level;
      return logger;
    }) as Logger['level'],
    error: (...args) => (into.push(args.map(String).join(' ')), logger),
    warn: (...args) => (into.push(args.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
