/**
 * A vega chart's SVG without what a still picture does not use, drawn the same: vega writes every
 * mark with ARIA roles and labels, `aria-hidden`, `pointer-events` and `opacity="1"`, line ends at
 * their default 0, stroke widths of 1 and start anchors (the initial values), the font of every text
 * (said once on the root instead), vega's group classes, and empty foreground/background paths in
 * every group. The report names and
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
  let root = /^\s*<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  let body = svg.slice(root.length)
    .replace(EMPTY_PATHS, '')
    .replace(INERT_ATTRIBUTES, '')
    // A line moved by a translation is the line with its ends moved; x1, y1, x2, y2 default to 0.
    .replace(/<line\b[^>]*>/g, (tag) => translatedLine(tag).replace(/ [xy][12]="0"(?=[\s/>])/g, ''))
    // vega's group classes are for its own DOM only.
    .replace(/<g class="[^"]*"/g, '<g');
  // Inherited properties at their initial value, where no group sets them otherwise.
  const groupSets = (name: string) => new RegExp(`<(?:svg|g)\\b[^>]*\\s${name}="`).test(root + body);
  if (!groupSets('stroke-width')) body = body.replace(/ stroke-width="1"(?=[\s/>])/g, '');
  if (!groupSets('text-anchor')) body = body.replace(/ text-anchor="start"(?=[\s/>])/g, '');
  // One font for every text: said once, on the root.
  const fonts = new Set([...body.matchAll(/<text\b[^>]*?\sfont-family="([^"]*)"/g)].map((m) => m[1]!));
  const texts = body.match(/<text\b/g)?.length ?? 0;
  const fontful = body.match(/<text\b[^>]*?\sfont-family="/g)?.length ?? 0;
  if (fonts.size === 1 && fontful === texts && !groupSets('font-family')) {
    const [font] = fonts;
    body = body.replace(/(<text\b[^>]*?) font-family="[^"]*"/g, '$1');
    root = root.replace(/\s*>$/, ` font-family="${font!}">`);
  }
  return `${root}${body}`;
}

const TRANSLATE = / transform="translate\((-?[\d.]+),(-?[\d.]+)\)"/;

/** `<line transform="translate(x,y)" ...>` as a line with its ends moved (2 decimals, as vega writes). */
function translatedLine(tag: string): string {
  const move = TRANSLATE.exec(tag);
  if (!move) return tag;
  const end = (name: string, by: number): string => {
    const at = new RegExp(` ${name}="(-?[\\d.]+)"`).exec(tag);
    return ` ${name}="${Number(((at ? Number(at[1]) : 0) + by).toFixed(2))}"`;
  };
  const [dx, dy] = [Number(move[1]), Number(move[2])];
  const rest = tag.replace(TRANSLATE, '').replace(/ [xy][12]="-?[\d.]+"/g, '');
  return rest.replace(/^<line/, `<line${end('x1', dx)}${end('y1', dy)}${end('x2', dx)}${end('y2', dy)}`);
}
