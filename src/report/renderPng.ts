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
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
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

/** resvg's options for a chart drawn at `dpi`, and whether a known font file was there. */
function resvgOptions(dpi: number): { options: ResvgRenderOptions; fontsFound: boolean } {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const liberation = fontFiles.some((f) => f.includes('Liberation'));
  return {
    fontsFound: fontFiles.length > 0,
    options: {
      background: 'white',
      fitTo: { mode: 'zoom', value: dpi / CSS_DPI },
      font: {
        fontFiles,
        // The system's fonts are scanned only when none of the known files is there.
        loadSystemFonts: fontFiles.length === 0,
        defaultFontFamily: liberation ? 'Liberation Sans' : 'DejaVu Sans',
        sansSerifFamily: liberation ? 'Liberation Sans' : 'DejaVu Sans',
      },
    },
  };
}

/** resvg's image as the PNG a file holds: resvg writes no density, and without one office software opens the figure at 96 dpi, 3x too large. */
function encoded(image: { asPng: () => Uint8Array; width: number; height: number }, dpi: number, fontsFound: boolean): RenderedPng {
  return { png: withPixelDensity(new Uint8Array(image.asPng()), dpi), width: image.width, height: image.height, dpi, fontsFound };
}

/** Renders off the main thread (resvg's renderAsync runs on libuv's pool). */
export async function renderPng(svg: string): Promise<RenderedPng> {
  const dpi = pngDpiFor(svg);
  const { options, fontsFound } = resvgOptions(dpi);
  return encoded(await renderAsync(svg, options), dpi, fontsFound);
}

/** The same PNG drawn on the calling thread (the PNG worker's way: pngWorker.ts). */
export function renderPngOnThisThread(svg: string): RenderedPng {
  const dpi = pngDpiFor(svg);
  const { options, fontsFound } = resvgOptions(dpi);
  return encoded(new Resvg(svg, options).render(), dpi, fontsFound);
}

/** V8's `gc` function (exposed by `--expose-gc`, or taken as pngWorker.ts takes it). */
export type CollectGarbage = (options?: { type: 'minor' | 'major' }) => void;

/**
 * resvg's image holds its pixels (about 8 bytes a pixel while it is drawn: up to 130 MB at
 * MAX_PNG_PIXELS) outside the V8 heap, freed only when V8 collects the small JS object that wraps it;
 * V8 does not count those bytes, so nothing prompts a collection, and a report's images pile up
 * (a screen's: about 350 MB). A young-generation collection after each image (a few milliseconds)
 * frees it at the next turn of the event loop, where Node runs the finalizers of native objects.
 * Without a `gc` function, nothing is done.
 */
export function freeImages(gc: CollectGarbage | undefined = (globalThis as { gc?: CollectGarbage }).gc): void {
  gc?.({ type: 'minor' });
}
