/**
 * The fonts report.pdf embeds: Liberation Sans regular and bold, read from the system as the PNGs
 * read them (../fontFiles.ts). Null when neither installation is there: the PDF then names the
 * standard Helvetica (every PDF reader has it; not embedded) and the report says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LIBERATION_SANS } from '../fontFiles.js';
import type { PdfFonts } from './reportPdf.js';

export function pdfFonts(): PdfFonts | null {
  const found = LIBERATION_SANS.find((f) => existsSync(f.regular) && existsSync(f.bold));
  return found ? { regular: new Uint8Array(readFileSync(found.regular)), bold: new Uint8Array(readFileSync(found.bold)) } : null;
}
