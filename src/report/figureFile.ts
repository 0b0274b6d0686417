/**
 * The publication figure rendered: its vega-lite spec, and the SVG at the journal column's exact
 * width (charts/figure.vl.json and charts/figure.svg; the command line adds the 300 dpi PNG).
 * Null when no verdict names targets to show.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Results } from '../results.js';
import { publicationFigure, sizeFigureSvg } from './charts/publicationFigure.js';
import { renderSvg } from './renderSvg.js';
import { withTextAlternative } from './svgTextAlternative.js';
import { chartDescription } from './charts/chartDescriptions.js';
import { paperMessages } from '../messages/paper.js';

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
  // Its <title> and <desc> (what it shows, then the verdicts' numbers), as every SVG in charts/ has.
  const shows = ((figure.spec as { description?: string }).description ?? paperMessages.figureTitle()).replace(/\.$/, '');
  const described = withTextAlternative(sizeFigureSvg(svg, panels).svg, 'figure-', paperMessages.figureTitle(), chartDescription('figure', results, shows));
  return { spec: figure.spec, svg: described, warnings };
}
