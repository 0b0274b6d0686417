/**
 * The parts of the results report.pdf shows (reportPdf.ts), and only those are sent to the PDF's
 * thread (pdfInput.ts): not the lanes, comparisons or levels, which a screen has by the million.
 */
import type { Results } from '../../results.js';

export const PDF_RESULT_FIELDS = ['schemaVersion', 'generatedAt', 'tool', 'experiment', 'inputs', 'design', 'rules', 'verdicts'] as const;

export type PdfResults = Pick<Results, (typeof PDF_RESULT_FIELDS)[number]>;

export function pdfResults(results: Results): PdfResults {
  return Object.fromEntries(PDF_RESULT_FIELDS.map((field) => [field, results[field]])) as unknown as PdfResults;
}
