/**
 * The browser app's analysis, platform-neutral (the worker runs it; tests run it in Node): a request
 * of bytes and form values -> the pipeline -> the files the page offers for download, as text.
 * The same modules as `blotbypass analyze`, so results.json is byte for byte the command line's.
 */
import { analyze, type ProgressCallback } from '../analyze.js';
import { InputError, InputErrors } from '../errors.js';
import { buildDataFiles } from '../report/dataFiles.js';
import { renderReportCharts, reportHtml } from '../report/html/reportHtml.js';
import { textSummary } from '../report/textSummary.js';
import type { StreamedContent } from '../report/writeOutputs.js';
import { inPageWords } from '../messages/app.js';
import { analyzeOptionsOf, type AppRequest } from './appRequest.js';

export interface AppFileOut {
  name: string;
  text: string;
}

export type AppOutcome =
  | { ok: true; summary: string; files: AppFileOut[] }
  /** Bad input: the located messages, as the command line prints them after `error: `. */
  | { ok: false; messages: string[]; internal: boolean };

export async function runAnalysis(request: AppRequest, onProgress?: ProgressCallback): Promise<AppOutcome> {
  try {
    const results = analyze(request.files, { ...analyzeOptionsOf(request), ...(onProgress ? { onProgress } : {}) });
    onProgress?.('report', 0, 1);
    const files = buildDataFiles(results, { lanes: request.options.lanesInJson === true }).map((f) => ({ name: f.path, text: asText(f.content) }));
    const html = await reportHtml(results, await renderReportCharts(results));
    onProgress?.('report', 1, 1);
    // The page lists the downloads itself: the summary says what was read and decided.
    return { ok: true, summary: textSummary(results, null), files: [...files, { name: 'report.html', text: html }] };
  } catch (error) {
    // The page has fields, not flags: its messages name them (messages/app.ts).
    if (error instanceof InputErrors) return { ok: false, messages: error.errors.map((e) => inPageWords(e.format())), internal: false };
    if (error instanceof InputError) return { ok: false, messages: [inPageWords(error.format())], internal: false };
    return { ok: false, messages: [error instanceof Error ? error.message : String(error)], internal: true };
  }
}

function asText(content: string | Uint8Array | StreamedContent): string {
  if (typeof content === 'string') return content;
  if (content instanceof Uint8Array) return new TextDecoder().decode(content);
  return [...content.chunks()].join('');
}
