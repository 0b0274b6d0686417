/**
 * A vega chart's SVG without what a still picture does not use, drawn the same: vega writes every
 * mark with ARIA roles and labels, `aria-hidden`, `pointer-events` and `opacity="1"`, line ends at
 * their default 0, and empty foreground/background paths in every group. The report names and
 * describes each chart as one image (`role="img"` with its `<title>` and `<desc>`,
 * svgTextAlternative.ts), whose children assistive technology never reads, and the interactive
 * chart (vega-embed, from the spec) keeps vega's own ARIA. About a quarter of a chart's bytes.
 * Applied to vega's output only (the pathway map has focusable nodes of its own).
 */

/** Attributes that change nothing in a still image named as a whole. */
const INERT_ATTRIBUTES = / (?:role="graphics-(?:object|symbol|document)"|aria-roledescription="[^"]*"|aria-label="[^"]*"|aria-hidden="true"|pointer-events="none"|opacity="1")(?=[\s/>])/g;
/** Paths that draw nothing: a group's hidden foreground, a zero-sized background. */
const EMPTY_PATHS = /<path class="(?:foreground|background)"(?: aria-hidden="true")? d="(?:|M0,0h0v0h0Z)"(?: pointer-events="none")?(?: display="none")?\/>/g;

export function compactSvg(svg: string): string {
  const root = /^\s*<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const body = svg.slice(root.length)
    .replace(EMPTY_PATHS, '')
    .replace(INERT_ATTRIBUTES, '')
    // A line's x1, y1, x2, y2 default to 0.
    .replace(/<line\b[^>]*>/g, (tag) => tag.replace(/ [xy][12]="0"(?=[\s/>])/g, ''));
  return `${root}${body}`;
}
