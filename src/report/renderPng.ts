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


export interface RenderedPng {
  png: Uint8Array;
  width: number;
  height: number;
  fontsFound: boolean;
}

/**
 * Renders off the main thread (resvg's renderAsync runs on libuv's pool), so several charts render in
 * parallel while the page is assembled.
 */
export async function renderPng(svg: string): Promise<RenderedPng> {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const liberation = fontFiles.some((f) => f.includes('Liberation'));
  const image = await renderAsync(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: PNG_DPI / CSS_DPI },
    font: {
      fontFiles,
      // The system's fonts are scanned only when none of the known files is there.
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: liberation ? 'Liberation Sans' : 'DejaVu Sans',
      sansSerifFamily: liberation ? 'Liberation Sans' : 'DejaVu Sans',
    },
  });
  // resvg writes no density: without one, office software opens the figure at 96 dpi, 3x too large.
  return { png: withPixelDensity(new Uint8Array(image.asPng()), PNG_DPI), width: image.width, height: image.height, fontsFound: fontFiles.length > 0 };
}
