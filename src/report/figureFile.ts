/**
 * The publication figure rendered: its vega-lite spec, and the SVG at the journal column's exact
 * width (charts/figure.vl.json and charts/figure.svg; the command line adds the 300 dpi PNG).
 * Null when no verdict names targets to show.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Results } from '../results.js';
import { publicationFigure, sizeFigureSvg } from './charts/publicationFigure.js';
import { renderSvg } from './renderSvg.js';

export interface RenderedFigure {
  spec: TopLevelSpec;
  svg: string;
  /** Vega's warnings (none for a correct spec). */
  warnings: string[];
}

export async function renderFigure(results: Results): Promise<RenderedFigure | null> {
  const figure = publicationFigure(results);
  if (figure === null) return null;
  const { svg, warnings } = await renderSvg(figure.spec, 'figure-');
  const panels = (figure.spec as { hconcat?: unknown[] }).hconcat?.length ?? 1;
  return { spec: figure.spec, svg: sizeFigureSvg(svg, panels).svg, warnings };
}
