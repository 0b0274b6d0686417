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

  // publication figure
  figureTitle: () => 'publication figure',
  figureDescription: (line: string, versus: string, condition: string) => `Replicate values of ${line} and ${versus} with vehicle and ${condition}, geometric mean and interval per group, and the p value of the resistant-versus-sensitive difference in drug effect.`,
  figureCaption: (line: string, versus: string, condition: string, level: number) =>
    `Each dot is one biological replicate (normalized.csv ratioVsReference: phospho/total, fold of ${versus}'s vehicle in the same replicate), log scale; circles ${versus} (sensitive), squares ${line} (resistant). Bars: geometric mean and ${Math.round(level * 100)} % confidence interval. Bracket: two-sided p of the resistant-versus-sensitive difference in the drug effect of ${condition} (log2 fraction of vehicle; the model x condition interaction), unadjusted; * p < 0.05, ** p < 0.01, *** p < 0.001, ns not significant. Sized 85 mm (one or two panels) or 180 mm wide; the PNG is 300 dpi.`,
  figureVehicle: () => 'vehicle',
  figureGroup: (line: string, vehicle: boolean) => `${line} ${vehicle ? '−' : '+'}`,
  figureXAxis: (vehicle: string, condition: string) => `− ${vehicle}, + ${condition}`,
  figureYAxis: (target: string, versus: string, vehicle: string) => `p${target}/${target} (fold of ${versus} ${vehicle})`,
  figurePLabel: (p: number) => `p ${p < 0.0001 ? '< 0.0001' : `= ${Number(p.toPrecision(2))}`} ${p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : 'ns'}`,
} as const;
