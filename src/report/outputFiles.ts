/**
 * The set of files `blotbypass analyze` writes, built in memory before anything touches disk: the
 * data files (dataFiles.ts) and the report.
 */
import type { Results } from '../results.js';
import type { OutputFile } from './writeOutputs.js';

export { buildDataFiles } from './dataFiles.js';

/**
 * report.html, report.pdf, charts/<name>.vl.json, charts/<name>.svg and charts/<name>.png. Async: the charts are
 * rendered to SVG with vega. The report modules (and through them vega, vega-lite, resvg and the
 * browser bundles) are imported only here, lazily, so commands that write no report never load them.
 */
export async function buildReportFiles(results: Results, options: { pdf?: boolean } = {}): Promise<OutputFile[]> {
  const { reportFiles } = await import('./html/reportFiles.js');
  return reportFiles(results, options);
}
