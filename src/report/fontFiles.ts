/**
 * Where the report's sans-serif lives on disk: Liberation Sans (metric-compatible with Arial and
 * Helvetica; Debian `fonts-liberation2`, older systems `fonts-liberation`), DejaVu Sans last. The
 * PNGs (renderPng.ts) and report.pdf (pdf/pdfFonts.ts) both draw their text with it.
 */
export const LIBERATION_SANS = [
  { regular: '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf' },
] as const;

export const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Fonts tried first, by path. */
export const FONT_FILES: readonly string[] = [...LIBERATION_SANS.flatMap((f) => [f.regular, f.bold]), DEJAVU_SANS];
