/**
 * The browser app's analysis, platform-neutral (the worker runs it; tests run it in Node): a request
 * of bytes and form values -> the pipeline -> the files the page offers for download, as text.
 * The same modules as `blotbypass analyze`, so results.json is byte for byte the command line's.
 */
import { analyze, type ProgressCallback } from '../analyze.js';
import { InputError, InputErrors } from '../errors.js';
import { buildDataFiles } from '../report/dataFiles.js';
import { renderReportCharts, reportHtml } from '../report/html/reportHtml.js';
import { buildReportPdf } from '../report/pdf/reportPdfFile.js';
import { prismFile } from '../report/prism/prismXml.js';
import { renderFigure } from '../report/figureFile.js';
import { chartList } from '../report/charts/reportCharts.js';
import { textSummary } from '../report/textSummary.js';
import type { StreamedContent } from '../report/writeOutputs.js';
import { inPageWords } from '../messages/app.js';
import { analyzeOptionsOf, type AppRequest } from './appRequest.js';

/** A file the page offers for download: text (results.json, the CSVs, report.html, SVGs) or bytes (report.pdf, PNGs). */
export type AppFileOut = { name: string; text: string } | { name: string; bytes: Uint8Array };

export type AppOutcome =
  | { ok: true; summary: string; files: AppFileOut[] }
  /** Bad input: the located messages, as the command line prints them after `error: `. */
  | { ok: false; messages: string[]; internal: boolean };

/**
 * `onReport`: called with report.html, the data files and the report's charts as soon as they exist,
 * before report.pdf and the publication figure (about half the report's time), so that a page can
 * show the report while those are still made; the returned outcome has every file.
 */
export async function runAnalysis(request: AppRequest, onProgress?: ProgressCallback, onReport?: (early: AppOutcome) => void): Promise<AppOutcome> {
  try {
    const results = analyze(request.files, { ...analyzeOptionsOf(request), ...(onProgress ? { onProgress } : {}) });
    onProgress?.('report', 0, 1);
    const files = buildDataFiles(results, { lanes: request.options.lanesInJson === true }).map((f) => ({ name: f.path, text: asText(f.content) }));
    const rendered = await renderReportCharts(results);
    const html = await reportHtml(results, rendered);
    const summary = textSummary(results, null);
    // The charts as the command line writes them in charts/ (the page adds a PNG beside each SVG).
    const chartFiles = chartList(rendered.charts).flatMap((chart) => [
      { name: `charts/${chart.name}.vl.json`, text: `${JSON.stringify(chart.spec, null, 2)}\n` },
      { name: `charts/${chart.name}.svg`, text: `${chart.svg}\n` },
    ]);
    const pathway = { name: 'charts/pathway.svg', text: `${rendered.pathway}\n` };
    const reportFile = { name: 'report.html', text: html };
    const prism = { name: 'prism.pzfx', text: prismFile(results) };
    onReport?.({ ok: true, summary, files: [...files, reportFile, prism, pathway, ...chartFiles] });
    const { pdf } = await buildReportPdf(results, rendered);
    const figure = await renderFigure(results);
    onProgress?.('report', 1, 1);
    // The page lists the downloads itself: the summary says what was read and decided.
    return {
      ok: true, summary,
      files: [
        ...files, reportFile, { name: 'report.pdf', bytes: pdf }, prism, pathway,
        ...(figure ? [{ name: 'charts/figure.vl.json', text: `${JSON.stringify(figure.spec, null, 2)}\n` }, { name: 'charts/figure.svg', text: `${figure.svg}\n` }] : []),
        ...chartFiles,
      ],
    };
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
