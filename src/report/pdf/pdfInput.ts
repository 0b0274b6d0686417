/**
 * What report.pdf is made of: the key chart (a screen's heat map, otherwise the drug effect) and the
 * pathway map as the report draws them, and the methods paragraph. Plain data, so that the PDF can
 * be laid out on another thread (pdfThread.ts) as soon as the key chart is drawn.
 */
import { paperMessages as pm } from '../../messages/paper.js';
import type { Results } from '../../results.js';
import { methodsParagraph } from '../html/methodsParagraph.js';
import { pdfResults } from './pdfResults.js';
import type { PdfFigure, PdfInput } from './reportPdf.js';

export function reportPdfInput(results: Results, keyChart: PdfFigure, pathway: string): PdfInput {
  return {
    // Only what the PDF shows is copied to its thread (a screen's lanes would double the memory).
    results: pdfResults(results),
    keyChart: { title: keyChart.title, svg: keyChart.svg },
    pathway: { title: pm.pdfPathwayTitle(), svg: pathway },
    methods: methodsParagraph(results),
  };
}
