/**
 * The report's output files: report.html, and each chart as charts/<name>.vl.json (its vega-lite
 * spec), charts/<name>.svg (rendered in Node) and charts/<name>.png (300 dpi, from the SVG, by resvg).
 * Loaded lazily by `buildReportFiles` so that runs without a report never load vega or resvg.
 *
 *   Results -> chart specs (pure) -> SVG (vega, headless) -> PNG (resvg) -> PDF (pdfkit) -> HTML page (+ inlined browser bundles)
 */
import type { Results } from '../../results.js';
import { chartList } from '../charts/reportCharts.js';
import { startPngThread } from '../pngThread.js';
import type { RenderedPng } from '../renderPng.js';
import { reportMessages } from '../../messages/report.js';
import { paperMessages } from '../../messages/paper.js';
import { reportPdfInput } from '../pdf/pdfInput.js';
import { startPdfThread, type PdfBuilder } from '../pdf/pdfThread.js';
import type { BuiltPdf } from '../pdf/reportPdfFile.js';
import { prismFileChunks } from '../prism/prismXml.js';
import { renderFigure, type RenderedFigure } from '../figureFile.js';
import { appendAll } from '../../arrays.js';
import type { OutputFile } from '../writeOutputs.js';
import { renderReportCharts, reportHtml, type RenderedCharts } from './reportHtml.js';
import type { RenderedChart } from './reportPage.js';

export interface ReportFileOptions {
  /** report.pdf beside report.html (default); false with --no-pdf. */
  pdf?: boolean;
  /** The PDF's thread when the caller started it already (the command line does, before the analysis). */
  pdfThread?: PdfBuilder;
}

export async function reportFiles(results: Results, options: ReportFileOptions = {}): Promise<OutputFile[]> {
  // The PDF's worker thread loads pdfkit while this one draws the charts, and lays the PDF out once
  // the key chart is drawn.
  const pdfThread = options.pdf === false ? null : options.pdfThread ?? startPdfThread();
  let pdfBuilt = null as Promise<BuiltPdf> | null;
  // Each SVG's PNG (300 dpi) is drawn on its own thread as soon as the SVG is (pngThread.ts).
  const pngThread = startPngThread();
  const pngOf = new Map<string, Promise<RenderedPng>>();
  const drawPng = (svg: string): Promise<RenderedPng> => {
    let png = pngOf.get(svg);
    if (png === undefined) {
      png = pngThread.draw(svg);
      // Awaited below: a failure meanwhile is not an unhandled rejection.
      png.catch(() => undefined);
      pngOf.set(svg, png);
    }
    return png;
  };
  try {
    // 1-3. chart specs, SVG, PNG
    const rendered = await renderReportCharts(results, pdfThread ? (key, pathway) => {
      pdfBuilt = pdfThread.build(reportPdfInput(results, key, pathway));
      pdfBuilt.catch(() => undefined);
    } : undefined, drawPng);
    const list = chartList(rendered.charts);
    const figure = await renderFigure(results);
    if (figure) appendAll(rendered.chartWarnings, figure.warnings.map((message) => ({ code: 'chart', message: `figure: ${message}` })));
    const [pathwayPng, figurePng, ...pngs] = await Promise.all([
      drawPng(rendered.pathway), figure ? drawPng(figure.svg) : null, ...list.map((chart) => drawPng(chart.svg)),
    ]);
    return await reportFileList(results, rendered, list, { pathwayPng: pathwayPng!, figure, figurePng: figurePng ?? null, pngs: pngs as RenderedPng[] }, pdfBuilt);
  } finally {
    pngThread.close();
  }
}

/** Steps 4-5 and the list of files, once every PNG is drawn. */
async function reportFileList(
  results: Results, rendered: RenderedCharts, list: readonly RenderedChart[],
  drawn: { pathwayPng: RenderedPng; figure: RenderedFigure | null; figurePng: RenderedPng | null; pngs: RenderedPng[] },
  pdfBuilt: Promise<BuiltPdf> | null,
): Promise<OutputFile[]> {
  const { pathwayPng, figure, figurePng, pngs } = drawn;
  if ([pathwayPng, ...pngs].some((p) => !p.fontsFound)) rendered.chartWarnings.push({ code: 'chart', message: reportMessages.pngNoFonts() });
  // 4. PDF (before the page, so that its font warning is listed there)
  const pdf = await pdfBuilt;
  if (pdf && !pdf.fontsEmbedded) rendered.chartWarnings.push({ code: 'chart', message: paperMessages.pdfNoFonts() });
  // 5. page
  const html = await reportHtml(results, rendered);
  return [
    { path: 'report.html', content: html },
    ...(pdf ? [{ path: 'report.pdf', content: pdf.pdf }] : []),
    // Streamed: a screen's tables are tens of megabytes.
    { path: 'prism.pzfx', content: { chunks: () => prismFileChunks(results) } },
    { path: 'charts/pathway.svg', content: `${rendered.pathway}\n` },
    { path: 'charts/pathway.png', content: pathwayPng.png },
    ...(figure && figurePng ? [
      { path: 'charts/figure.vl.json', content: `${JSON.stringify(figure.spec, null, 2)}\n` },
      { path: 'charts/figure.svg', content: `${figure.svg}\n` },
      { path: 'charts/figure.png', content: figurePng.png },
    ] : []),
    ...list.flatMap((chart, i) => [
      { path: `charts/${chart.name}.vl.json`, content: `${JSON.stringify(chart.spec, null, 2)}\n` },
      { path: `charts/${chart.name}.svg`, content: `${chart.svg}\n` },
      { path: `charts/${chart.name}.png`, content: pngs[i]!.png },
    ]),
  ];
}
