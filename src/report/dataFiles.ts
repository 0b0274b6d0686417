/** The data files of an analysis (results.json, the CSVs), built in memory before anything touches disk. */
import type { Results } from '../results.js';
import { comparisonsCsvChunks, doseResponsesCsv, normalizedCsvChunks } from './csvOutput.js';
import { resultsJsonChunks, type ResultsJsonOptions } from './jsonOutput.js';
import type { OutputFile } from './writeOutputs.js';

/** `json` is read when results.json is written, not before (analysisOutputSet fills in its file list). */
export function buildDataFiles(results: Results, json: ResultsJsonOptions = {}): OutputFile[] {
  return [
    // Streamed: a million-row screen writes tens of megabytes here (hundreds with --lanes-in-json).
    { path: 'results.json', content: { chunks: () => resultsJsonChunks(results, json) } },
    { path: 'normalized.csv', content: { chunks: () => normalizedCsvChunks(results) } },
    { path: 'comparisons.csv', content: { chunks: () => comparisonsCsvChunks(results) } },
    ...(results.doseResponses.length > 0 ? [{ path: 'dose-responses.csv', content: doseResponsesCsv(results) }] : []),
  ];
}
