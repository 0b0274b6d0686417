/**
 * report.html without the chart files: chart specs -> SVG (vega, headless) -> the page with the vega
 * browser bundles inlined. Shared by the command line (reportFiles.ts adds charts/ with PNGs) and
 * the browser app, which writes report.html alone.
 */
import type { AnalysisWarning } from '../../errors.js';
import type { Results } from '../../results.js';
import { reportCharts, type ReportCharts } from '../charts/reportCharts.js';
import type { ReportChart } from '../charts/types.js';
import { pathwaySvg } from '../charts/pathwayMap.js';
import { renderSvg } from '../renderSvg.js';
import { compactSvg } from '../compactSvg.js';
import { withTextAlternative } from '../svgTextAlternative.js';
import { chartDescription } from '../charts/chartDescriptions.js';
import { pathwayMessages } from '../../messages/pathway.js';
import { readBrowserBundles } from './browserBundles.js';
import { reportPage, type RenderedChart } from './reportPage.js';
import { appendAll } from '../../arrays.js';
import { screenMessages } from '../../messages/screen.js';
import { screenHeatmapChart } from '../charts/screenHeatmapChart.js';
import { verdictReadouts } from '../screen/screenReadouts.js';
import { chartedResults, screenView } from '../screen/screenView.js';

export interface RenderedCharts {
  charts: ReportCharts<RenderedChart>;
  /** The pathway maps as one plain SVG. */
  pathway: string;
  /** Problems met while drawing (none for a correct spec), listed with the report's warnings. */
  chartWarnings: AnalysisWarning[];
}

/**
 * `onKeyChart` is called as soon as the key chart (a screen's heat map, otherwise the drug effect;
 * the first drawn) and the pathway map are ready: the command line starts report.pdf there.
 * `onSvg` is given each finished SVG (the pathway map first) as soon as it is drawn: the command line
 * draws its PNG on another thread while the next chart is drawn here.
 */
export async function renderReportCharts(
  results: Results, onKeyChart?: (key: RenderedChart, pathway: string) => void, onSvg?: (svg: string) => void,
): Promise<RenderedCharts> {
  // A screen draws its per-model charts for a few models, and one heat map of them all.
  const screen = screenView(results);
  const charted = screen ? chartedResults(results, screen.charted) : results;
  const specs = reportCharts(charted);
  const pathway = withTextAlternative(pathwaySvg(charted), 'pathway-', pathwayMessages.svgTitle(charted.verdicts.length), chartDescription('pathway', charted));
  onSvg?.(pathway);
  const screenNote = screen ? [screenMessages.chartedNote(screen.charted.length, screen.resistantTotal)] : [];
  // One chart at a time: vega's id counters are reset per chart.
  const chartWarnings: AnalysisWarning[] = [];
  const render = async (chart: ReportChart, notes: readonly string[] = screenNote): Promise<RenderedChart> => {
    const { svg, warnings } = await renderSvg(chart.spec, `${chart.name}-`);
    appendAll(chartWarnings, warnings.map((message) => ({ code: 'chart', message: `${chart.name}: ${message}` })));
    const description = chartDescription(chart.name, chart.name === 'screen-heatmap' ? results : charted, chart.title);
    // The live chart (vega-embed) takes its accessible name from the spec's description.
    const spec = { ...chart.spec, description } as ReportChart['spec'];
    const rendered = { ...chart, spec, notes: [...chart.notes, ...notes], description, svg: withTextAlternative(compactSvg(svg), `${chart.name}-`, chart.title, description) };
    onSvg?.(rendered.svg);
    return rendered;
  };
  const key = screen ? await render(screenHeatmapChart(results, verdictReadouts(results, screen.verdictOrder)), []) : await render(specs.fractionOfVehicle);
  onKeyChart?.(key, pathway);
  const charts: ReportCharts<RenderedChart> = {
    ...(screen ? { screenHeatmap: key } : {}),
    fractionOfVehicle: screen ? await render(specs.fractionOfVehicle) : key,
    phosphoTotal: await render(specs.phosphoTotal),
    heatmap: await render(specs.heatmap),
    loading: await render(specs.loading),
    ...(specs.doseResponse ? { doseResponse: await render(specs.doseResponse) } : {}),
    ...(specs.timeCourse ? { timeCourse: await render(specs.timeCourse) } : {}),
    ...(specs.trajectories ? { trajectories: await renderAll(specs.trajectories, render) } : {}),
  };
  if (specs.followUps) {
    charts.followUps = [];
    for (const chart of specs.followUps) charts.followUps.push(await render(chart));
  }
  return { charts, pathway, chartWarnings };
}

/** One chart after the other (vega's id counters are reset per chart). */
async function renderAll(charts: readonly ReportChart[], render: (chart: ReportChart) => Promise<RenderedChart>): Promise<RenderedChart[]> {
  const rendered: RenderedChart[] = [];
  for (const chart of charts) rendered.push(await render(chart));
  return rendered;
}

export async function reportHtml(results: Results, rendered: RenderedCharts): Promise<string> {
  const bundles = await readBrowserBundles();
  return reportPage({ results, charts: rendered.charts, bundles, chartWarnings: rendered.chartWarnings, pathway: rendered.pathway });
}
