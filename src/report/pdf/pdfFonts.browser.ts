/**
 * The browser app's report.pdf names the standard Helvetica (every PDF reader has it) instead of
 * embedding Liberation Sans: the page cannot read the system's font files, and carrying them would
 * add a megabyte to the app.
 */
import type { PdfFonts } from './reportPdf.js';

export function pdfFonts(): PdfFonts | null {
  return null;
}
