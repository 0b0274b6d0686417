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
} as const;
