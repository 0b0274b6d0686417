/**
 * The set of files `blotbypass analyze` writes, built in memory before anything touches disk: the
 * data files (dataFiles.ts) and the report.
 */
import type { Results } from '../results.js';
import { buildDataFiles } from './dataFiles.js';
import type { ReportFileOptions } from './html/reportFiles.js';
import type { ResultsJsonOptions } from './jsonOutput.js';
import type { OutputFile } from './writeOutputs.js';

export { buildDataFiles } from './dataFiles.js';

/**
 * Everything an analysis writes into its output folder: the data files, whose results.json lists
 * the whole set (`outputFiles`), then the report's files. `alsoWritten` names files the writer adds
 * itself (the manifest).
 */
export function analysisOutputSet(results: Results, json: ResultsJsonOptions, report: readonly OutputFile[], alsoWritten: readonly string[]): OutputFile[] {
  // results.json is written from its options when the set is written, so the list can be filled in
  // once every path is known.
  const withList: ResultsJsonOptions = { ...json };
  const data = buildDataFiles(results, withList);
  withList.outputFiles = [...data.map((f) => f.path), ...report.map((f) => f.path), ...alsoWritten];
  return [...data, ...report];
}

/**
 * report.html, report.pdf, prism.pzfx, charts/<name>.vl.json, charts/<name>.svg and charts/<name>.png. Async: the charts are
 * rendered to SVG with vega. The report modules (and through them vega, vega-lite, resvg and the
 * browser bundles) are imported only here, lazily, so commands that write no report never load them.
 */
export async function buildReportFiles(results: Results, options: ReportFileOptions = {}): Promise<OutputFile[]> {
  const { reportFiles } = await import('./html/reportFiles.js');
  return reportFiles(results, options);
}
