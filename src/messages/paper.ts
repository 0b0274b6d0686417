/**
 * Sentences of the outputs that carry a result into a lab notebook and a paper: the report's header
 * (experiment, operator, date), report.pdf, prism.pzfx and the publication figure.
 */
import type { ExperimentInfo } from '../results.js';

/** "2026-01-01T09:30:00.000Z" -> "2026-01-01 09:30 UTC": the stamp as people read it. */
export function readableStamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export const paperMessages = {
  // header of the report and the PDF
  experimentLine: (experiment: ExperimentInfo, generatedAt: string | null) =>
    [
      experiment.id === null ? null : `experiment ${experiment.id}`,
      experiment.operator === null ? null : `operator ${experiment.operator}`,
      generatedAt === null ? 'no date (a library call given no time)' : `analysed ${readableStamp(generatedAt)}`,
    ].filter((part): part is string => part !== null).join('; '),

  // report.pdf
  pdfPathwayTitle: () => 'pathway map',
  pdfSubject: (id: string | null) => `TRK-inhibitor resistance verdicts${id === null ? '' : `, experiment ${id}`}`,
  pdfScreenOverview: (verdicts: number, models: number) => `${verdicts} verdicts on ${models} resistant models; verdicts per mechanism:`,
  pdfScreenCount: (mechanism: string, count: number) => `${mechanism}: ${count}`,
  pdfScreenWhere: () => 'Every verdict with its evidence is in report.html and results.json.',
  pdfInputLine: (file: string, sha256: string, rows: number) => `${file} (${rows} rows), SHA-256 ${sha256}`,
  pdfMoreInputs: (more: number) => `... and ${more} more input files, each with its SHA-256 in results.json`,
  pdfNoFonts: () => 'report.pdf: Liberation Sans was not found (install fonts-liberation2); the PDF names the standard Helvetica instead of embedding a font',
} as const;
