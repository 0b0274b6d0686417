/**
 * report.html as one self-contained string: verdicts, the key chart, phospho/total per condition,
 * the resistant/sensitive heat map, the quality panel, the number tables, warnings, a methods
 * paragraph and provenance, top to bottom.
 *
 * Every chart is inlined as an SVG rendered at build time (what a reader without JavaScript, a lab
 * notebook that strips scripts, or a printer sees) and, packed (zlib, base64: packedText.ts), as the
 * vega-lite spec that vega-embed draws interactively (tooltips) in place of the SVG; the vega builds
 * are packed too, and the page's script inflates and runs them. A Content-Security-Policy allows
 * only the page's own scripts, by hash, and no network request of any kind.
 */
import type { AnalysisWarning } from '../../errors.js';
import { reportMessages as m } from '../../messages/report.js';
import { paperMessages } from '../../messages/paper.js';
import { seriesMessages as sm } from '../../messages/series.js';
import { pathwayMessages as pm } from '../../messages/pathway.js';
import type { Results } from '../../results.js';
import { modelColourScale } from '../charts/modelColours.js';
import type { ReportCharts } from '../charts/reportCharts.js';
import type { ReportChart } from '../charts/types.js';
import type { BrowserBundle } from './browserBundles.js';
import { contentSecurityPolicy, pageHead, scriptHash } from './browserBundles.js';
import { chartScript } from './chartScript.js';
import { escapeHtml } from './escapeHtml.js';
import { packText, packedBlock } from './packedText.js';
import { methodsParagraph } from './methodsParagraph.js';
import { comparisonsTable, doseResponseTable, lanesTable } from './numberTables.js';
import { scrollBox } from './htmlTable.js';
import { PAGE_STYLES } from './pageStyles.js';
import { provenanceSection } from './provenanceSection.js';
import { flaggedBandsTable, flaggedLanesTable, loadingControlList } from './qualitySection.js';
import { verdictSection } from './verdictSection.js';
import { warningsSection } from './warningsSection.js';
import { answerSection } from './answerSection.js';
import { trajectoryAnswers, trajectorySection } from './trajectorySection.js';
import { trajectoryReportMessages as tm } from '../../messages/lineage.js';
import { followUpSection } from './followUpSection.js';
import { followUpMessages as fm } from '../../messages/followUp.js';
import { screenMessages as sm2 } from '../../messages/screen.js';
import { verdictReadouts } from '../screen/screenReadouts.js';
import { screenSection } from '../screen/screenSection.js';
import { chartedResults, screenView } from '../screen/screenView.js';

export interface RenderedChart extends ReportChart {
  /** The chart pre-rendered to SVG (vega in Node), with its title and description as <title> and <desc>. */
  svg: string;
  /** One sentence: what the chart shows and the verdicts' numbers (charts/chartDescriptions.ts). */
  description: string;
}

export interface ReportPageInput {
  results: Results;
  charts: ReportCharts<RenderedChart>;
  bundles: readonly BrowserBundle[];
  /** Problems met while drawing the charts (none for a correct spec), listed with the warnings. */
  chartWarnings?: readonly AnalysisWarning[];
  /** The pathway maps (charts/pathway.svg), drawn at the top of the verdict section. */
  pathway?: string;
}

interface Section {
  id: string;
  title: string;
  body: string;
}

export function reportPage({ results, charts, bundles, chartWarnings = [], pathway }: ReportPageInput): string {
  const colours = modelColourScale(results.design);
  // A screen opens with an overview of every model; its evidence and charts cover a few (screenView.ts).
  const screen = screenView(results);
  const charted = screen ? chartedResults(results, screen.charted) : results;
  const overview: Section[] = screen ? [{
    id: 'screen', title: sm2.sectionOverview(),
    body: screenSection(results, verdictReadouts(results, screen.verdictOrder), screen.resistantTotal, charts.screenHeatmap ? figure(charts.screenHeatmap) : ''),
  }] : [];
  // The first screen: the answers and the chart they rest on, before the contents list.
  const first: Section[] = [
    ...overview,
    { id: 'answer', title: m.sectionAnswer(), body: trajectoryAnswers(results) + answerSection(results, colours) },
    { id: 'drug-effect', title: m.sectionKeyChart(), body: figure(charts.fractionOfVehicle) },
  ];
  const chartedNote = screen ? `<p class="note">${escapeHtml(sm2.chartedNote(screen.charted.length, screen.resistantTotal))}</p>\n` : '';
  const sections: Section[] = [
    {
      id: 'verdicts', title: m.sectionVerdicts(),
      body: `${chartedNote}${pathway ? `${scrollBox(m.chartLabel(pm.svgTitle(charted.verdicts.length)), `<figure class="pathway">${pathway}<figcaption class="caption">${escapeHtml(pm.sectionIntro())}</figcaption></figure>`, 'chart-scroll')}\n` : ''}${verdictSection(charted, colours)}`,
    },
    ...(results.followUps && results.followUps.length > 0 ? [{ id: 'follow-up', title: fm.section.title(), body: followUpSection(results, (charts.followUps ?? []).map(figure)) }] : []),
    ...(charts.doseResponse ? [{ id: 'dose-response', title: sm.sectionDoseResponse(), body: `${figure(charts.doseResponse)}\n${doseResponseTable(results)}` }] : []),
    ...(charts.timeCourse ? [{ id: 'time-course', title: sm.sectionTimeCourse(), body: figure(charts.timeCourse) }] : []),
    ...(results.trajectories?.length ? [{ id: 'resistance-over-time', title: tm.sectionTitle(), body: trajectorySection(results.trajectories, (charts.trajectories ?? []).map(figure)) }] : []),
    { id: 'phospho-total', title: m.sectionPhosphoTotal(), body: figure(charts.phosphoTotal) },
    { id: 'resistant-vs-sensitive', title: m.sectionHeatmap(), body: figure(charts.heatmap) },
    {
      id: 'quality', title: m.sectionQuality(), body: [
        figure(charts.loading),
        `<h3>${escapeHtml(m.qualityFlaggedLanes())}</h3>`, flaggedLanesTable(results),
        `<h3>${escapeHtml(m.qualityFlaggedBands())}</h3>`, flaggedBandsTable(results),
        `<h3>${escapeHtml(m.qualityLoadingControls())}</h3>`, loadingControlList(results),
      ].join('\n'),
    },
    {
      id: 'numbers', title: m.sectionTables(), body: [
        `<h3>${escapeHtml(m.tableComparisons())}</h3>`, comparisonsTable(results),
        `<h3>${escapeHtml(m.tableLanes())}</h3>`, lanesTable(results),
      ].join('\n'),
    },
    { id: 'warnings', title: m.sectionWarnings(), body: warningsSection([...results.warnings, ...chartWarnings], results.notes) },
    {
      id: 'methods', title: m.sectionMethods(),
      body: `<p class="caption">${escapeHtml(m.methodsIntro())}</p>\n<p class="methods">${escapeHtml(methodsParagraph(results))}</p>`,
    },
    { id: 'provenance', title: m.sectionProvenance(), body: provenanceSection(results, bundles) },
  ];
  const script = chartScript();
  const csp = contentSecurityPolicy([...bundles.map((b) => b.cspHash), scriptHash(script)]);
  const title = results.experiment.title ?? m.pageTitle(results.design.models.map((x) => x.line));
  return `${pageHead({ csp, generator: `${results.tool.name} ${results.tool.version}`, title, styles: PAGE_STYLES })}
<header>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(m.pageSubtitle(results.tool.version, results.inputs.length, results.design.targets.length, results.design.replicates.length))}</p>
<p class="stamp">${escapeHtml(paperMessages.experimentLine(results.experiment, results.generatedAt))}</p>
<noscript><p class="note">${escapeHtml(m.noScriptNote())}</p></noscript>
</header>
${first.map(sectionHtml).join('\n')}
<nav class="toc" aria-label="${escapeHtml(m.contents())}"><ol>
${sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('\n')}
</ol></nav>
${sections.map(sectionHtml).join('\n')}
${bundles.map((b) => packedBlock({ 'data-bundle': b.name }, b.packed)).join('\n')}
<script>${script}</script>
</body>
</html>
`;
}

function sectionHtml(s: Section): string {
  return `<section id="${s.id}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.body}\n</section>`;
}

/**
 * A chart with its title, its one-sentence description (also the SVG's <desc>), its caption and a
 * pointer to the tables that hold its numbers (what the tooltips show, for keyboard and touch). The
 * chart keeps its size and scrolls sideways in a focusable box on a narrow screen, so its text never
 * shrinks below the size it was drawn at.
 */
function figure(chart: RenderedChart): string {
  const name = escapeHtml(chart.name);
  const pointer = `<p class="caption">${escapeHtml(m.tablePointer())} (<a href="#numbers">${escapeHtml(m.sectionTables())}</a>)${escapeHtml(m.tablePointerEnd())}</p>`;
  return `<figure class="chart" id="chart-${name}" data-chart="${name}" aria-labelledby="title-${name}" aria-describedby="desc-${name}">
<h3 id="title-${name}">${escapeHtml(chart.title)}</h3>
<p class="chart-description" id="desc-${name}">${escapeHtml(chart.description)}</p>
${scrollBox(m.chartLabel(chart.title), `<div class="chart-static">${chart.svg}</div>\n<div class="chart-live"></div>`, 'chart-scroll')}
<figcaption><p class="caption">${escapeHtml(chart.caption)}</p>${chart.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}${pointer}</figcaption>
${packedBlock({ id: `spec-${chart.name}` }, packText(JSON.stringify(chart.spec)))}
</figure>`;
}
