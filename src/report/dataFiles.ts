/** The data files of an analysis (results.json, the CSVs), built in memory before anything touches disk. */
import type { Results } from '../results.js';
import { comparisonsCsvChunks, doseResponsesCsv, normalizedCsvChunks } from './csvOutput.js';
import { resultsJsonChunks } from './jsonOutput.js';
import type { OutputFile } from './writeOutputs.js';

export function buildDataFiles(results: Results): OutputFile[] {
  return [
    // Streamed: a million-row screen writes hundreds of megabytes here.
    { path: 'results.json', content: { chunks: () => resultsJsonChunks(results) } },
    { path: 'normalized.csv', content: { chunks: () => normalizedCsvChunks(results) } },
    { path: 'comparisons.csv', content: { chunks: () => comparisonsCsvChunks(results) } },
    ...(results.doseResponses.length > 0 ? [{ path: 'dose-responses.csv', content: doseResponsesCsv(results) }] : []),
  ];
}
