/**
 * The set of files `blotbypass analyze` writes, built in memory before anything touches disk.
 */
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

/**
 * report.html, charts/<name>.vl.json and charts/<name>.svg. Async: the charts are rendered to SVG
 * with vega. The report modules (and through them vega, vega-lite and the browser bundles) are
 * imported only here, lazily, so commands that write no report never load them.
 */
export async function buildReportFiles(results: Results): Promise<OutputFile[]> {
  const { reportFiles } = await import('./html/reportFiles.js');
  return reportFiles(results);
}
