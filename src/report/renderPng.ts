/**
 * A chart's SVG as a PNG for notebooks and slide decks that take no SVG: 300 dpi (the SVG's CSS
 * pixels are 1/96 in; the density is written in the file's pHYs chunk), white background, rendered by resvg (@resvg/resvg-js, prebuilt binaries).
 *
 * Fonts: the charts ask for Helvetica, Arial, sans-serif. resvg reads the system's fonts and falls back
 * to Liberation Sans (metric-compatible with Arial and Helvetica; Debian `fonts-liberation2`) or
 * DejaVu Sans for the generic family. Without any of them the PNG still renders, and the caller is
 * told (`fontsFound: false`) so that the report can say the text may be missing.
 */
import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { FONT_FILES } from './fontFiles.js';
import { withPixelDensity } from './pngDensity.js';

export const PNG_DPI = 300;
const CSS_DPI = 96;
/**
 * At most this many pixels a PNG: a screen's loading-control chart (192 membrane panels) would be
 * 1,813 x 19,206 px at 300 dpi, a 139 MB image in memory while it is encoded. Larger charts are drawn
 * at the density that fits (written in the file, so it still prints at its size).
 */
export const MAX_PNG_PIXELS = 16_000_000;


export interface RenderedPng {
  png: Uint8Array;
  width: number;
  height: number;
  /** The density drawn at: PNG_DPI, or less for a chart above MAX_PNG_PIXELS at PNG_DPI. */
  dpi: number;
  fontsFound: boolean;
}

/** The density a chart of this SVG is drawn at: 300 dpi unless that would pass MAX_PNG_PIXELS. */
export function pngDpiFor(svg: string): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)(?:px)?"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)(?:px)?"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) return PNG_DPI;
  const pixels = width * height * (PNG_DPI / CSS_DPI) ** 2;
  return pixels <= MAX_PNG_PIXELS ? PNG_DPI : Math.floor(PNG_DPI * Math.sqrt(MAX_PNG_PIXELS / pixels));
}

/**
 * Renders off the main thread (resvg's renderAsync runs on libuv's pool); renderPngs draws a list a
 * few at a time.
 */
export async function renderPng(svg: string): Promise<RenderedPng> {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const liberation = fontFiles.some((f) => f.includes('Liberation'));
  const dpi = pngDpiFor(svg);
  const image = await renderAsync(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: dpi / CSS_DPI },
    font: {
      fontFiles,
      // The system's fonts are scanned only when none of the known files is there.
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: liberation ? 'Liberation Sans' : 'DejaVu Sans',
      sansSerifFamily: liberation ? 'Liberation Sans' : 'DejaVu Sans',
    },
  });
  // resvg writes no density: without one, office software opens the figure at 96 dpi, 3x too large.
  return { png: withPixelDensity(new Uint8Array(image.asPng()), dpi), width: image.width, height: image.height, dpi, fontsFound: fontFiles.length > 0 };
}

/** How many PNGs are drawn at once: both cores, without every chart's image in memory together. */
const PNGS_AT_ONCE = 2;

/** Every SVG as a PNG, in order, PNGS_AT_ONCE at a time. */
export async function renderPngs(svgs: readonly string[]): Promise<RenderedPng[]> {
  const done: RenderedPng[] = new Array<RenderedPng>(svgs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < svgs.length) {
      const i = next++;
      done[i] = await renderPng(svgs[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PNGS_AT_ONCE, svgs.length) }, lane));
  return done;
}
