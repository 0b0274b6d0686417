/**
 * report.pdf from the rendered report (pdfInput.ts), in the fonts found on the system. Shared by the
 * command line (on a worker thread when it can, pdfThread.ts) and the browser app (app/runAnalysis.ts).
 */
import type { Results } from '../../results.js';
import type { RenderedCharts } from '../html/reportHtml.js';
import { reportPdfInput } from './pdfInput.js';
import { pdfFonts } from './pdfFonts.js';
import { reportPdf, type PdfInput } from './reportPdf.js';

export interface BuiltPdf {
  pdf: Uint8Array;
  /** False when Liberation Sans was missing and the PDF names the standard Helvetica instead. */
  fontsEmbedded: boolean;
}

export async function buildReportPdf(results: Results, rendered: RenderedCharts): Promise<BuiltPdf> {
  return pdfFile(reportPdfInput(results, rendered.charts.screenHeatmap ?? rendered.charts.fractionOfVehicle, rendered.pathway));
}

export async function pdfFile(input: PdfInput): Promise<BuiltPdf> {
  const fonts = pdfFonts();
  return { pdf: await reportPdf(input, fonts), fontsEmbedded: fonts !== null };
}
