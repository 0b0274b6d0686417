/**
 * The set of files `blotbypass analyze` writes, built in memory (pure) before anything touches disk.
 */
import type { Results } from '../results.js';
import { comparisonsCsv, normalizedCsv } from './csvOutput.js';
import { resultsToJson } from './jsonOutput.js';
import type { OutputFile } from './writeOutputs.js';

export function buildDataFiles(results: Results): OutputFile[] {
  return [
    { path: 'results.json', content: resultsToJson(results) },
    { path: 'normalized.csv', content: normalizedCsv(results) },
    { path: 'comparisons.csv', content: comparisonsCsv(results) },
  ];
}
