/**
 * The report's output files: report.html, and each chart as charts/<name>.vl.json (its vega-lite
 * spec), charts/<name>.svg (rendered in Node) and charts/<name>.png (300 dpi, from the SVG, by resvg).
 * Loaded lazily by `buildReportFiles` so that runs without a report never load vega or resvg.
 *
 *   Results -> chart specs (pure) -> SVG (vega, headless) -> PNG (resvg) -> HTML page (+ inlined browser bundles)
 */
import type { AnalysisWarning } from '../../errors.js';
import type { Results } from '../../results.js';
import { chartList, reportCharts, type ReportCharts } from '../charts/reportCharts.js';
import type { ReportChart } from '../charts/types.js';
import { renderSvg } from '../renderSvg.js';
import { renderPng } from '../renderPng.js';
import { pathwaySvg } from '../charts/pathwayMap.js';
import { reportMessages } from '../../messages/report.js';
import type { OutputFile } from '../writeOutputs.js';
import { readBrowserBundles } from './browserBundles.js';
import { reportPage, type RenderedChart } from './reportPage.js';

export async function reportFiles(results: Results): Promise<OutputFile[]> {
  // 1. chart specs
  const specs = reportCharts(results);
  // 2. SVG, one chart at a time (vega's id counters are reset per chart)
  const chartWarnings: AnalysisWarning[] = [];
  const render = async (chart: ReportChart): Promise<RenderedChart> => {
    const { svg, warnings } = await renderSvg(chart.spec, `${chart.name}-`);
    chartWarnings.push(...warnings.map((message) => ({ code: 'chart', message: `${chart.name}: ${message}` })));
    return { ...chart, svg };
  };
  const charts: ReportCharts<RenderedChart> = {
    fractionOfVehicle: await render(specs.fractionOfVehicle),
    phosphoTotal: await render(specs.phosphoTotal),
    heatmap: await render(specs.heatmap),
    loading: await render(specs.loading),
    ...(specs.doseResponse ? { doseResponse: await render(specs.doseResponse) } : {}),
    ...(specs.timeCourse ? { timeCourse: await render(specs.timeCourse) } : {}),
  };
  // 3. the pathway map (plain SVG), and a PNG beside every SVG (300 dpi), rendered in parallel off the main thread
  const pathway = pathwaySvg(results);
  const list = chartList(charts);
  const [pathwayPng, ...pngs] = await Promise.all([renderPng(pathway), ...list.map((chart) => renderPng(chart.svg))]);
  if (pngs.some((p) => !p.fontsFound)) chartWarnings.push({ code: 'chart', message: reportMessages.pngNoFonts() });
  // 4. page
  const bundles = await readBrowserBundles();
  const html = reportPage({ results, charts, bundles, chartWarnings, pathway });
  return [
    { path: 'report.html', content: html },
    { path: 'charts/pathway.svg', content: `${pathway}\n` },
    { path: 'charts/pathway.png', content: pathwayPng!.png },
    ...list.flatMap((chart, i) => [
      { path: `charts/${chart.name}.vl.json`, content: `${JSON.stringify(chart.spec, null, 2)}\n` },
      { path: `charts/${chart.name}.svg`, content: `${chart.svg}\n` },
      { path: `charts/${chart.name}.png`, content: pngs[i]!.png },
    ]),
  ];
}
