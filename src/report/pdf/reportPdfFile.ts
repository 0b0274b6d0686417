/**
 * report.pdf from the rendered report: the key chart (a screen's heat map, otherwise the drug
 * effect) and the pathway map as the report draws them, the methods paragraph, the fonts found.
 * Shared by the command line (html/reportFiles.ts) and the browser app (app/runAnalysis.ts).
 */
import { paperMessages as pm } from '../../messages/paper.js';
import type { Results } from '../../results.js';
import type { RenderedCharts } from '../html/reportHtml.js';
import { methodsParagraph } from '../html/methodsParagraph.js';
import { pdfFonts } from './pdfFonts.js';
import { reportPdf } from './reportPdf.js';

export interface BuiltPdf {
  pdf: Uint8Array;
  /** False when Liberation Sans was missing and the PDF names the standard Helvetica instead. */
  fontsEmbedded: boolean;
}

export async function buildReportPdf(results: Results, rendered: RenderedCharts): Promise<BuiltPdf> {
  const key = rendered.charts.screenHeatmap ?? rendered.charts.fractionOfVehicle;
  const fonts = pdfFonts();
  const pdf = await reportPdf({
    results,
    keyChart: { title: key.title, svg: key.svg },
    pathway: { title: pm.pdfPathwayTitle(), svg: rendered.pathway },
    methods: methodsParagraph(results),
  }, fonts);
  return { pdf, fontsEmbedded: fonts !== null };
}
