/**
 * One sentence per chart saying what it shows and the verdicts it bears on, with their numbers: the
 * text alternative of the chart (WCAG 1.1.1), printed in the page's figure and written as `<desc>` in
 * the chart's SVG (svgTextAlternative.ts). A reader who cannot see the chart reads the answer here.
 */
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';

/** Verdict summaries quoted in one description; the rest are counted. */
const MAX_VERDICTS = 3;

const LEADS: Readonly<Record<string, () => string>> = {
  'fraction-of-vehicle': m.describeKey,
  'phospho-total': m.describePhosphoTotal,
  'log2-heatmap': m.describeHeatmap,
  'dose-response': m.describeDose,
  'time-course': m.describeTime,
  'screen-heatmap': m.describeScreen,
  pathway: m.describePathway,
};

/**
 * The description of the chart named `name` (a ReportChart's name, or `pathway`); a chart without a
 * sentence of its own here leads with its title.
 */
export function chartDescription(name: string, results: Pick<Results, 'verdicts' | 'loading'>, title = name): string {
  if (name === 'loading-control') {
    const flagged = results.loading.filter((l) => l.drift || l.saturated).length;
    return `${m.describeLoading(results.loading.length, flagged)}.`;
  }
  const lead = (LEADS[name] ?? (() => title.charAt(0).toUpperCase() + title.slice(1)))();
  const summaries = results.verdicts.slice(0, MAX_VERDICTS).map((v) => verdictClause(v.summary));
  return m.describeVerdicts(lead, summaries, Math.max(0, results.verdicts.length - MAX_VERDICTS));
}

/** A verdict's summary without its advice (`; next: ...`): the call and its numbers. */
function verdictClause(summary: string): string {
  const next = summary.indexOf('; next:');
  return (next < 0 ? summary : summary.slice(0, next)).replace(/[.\s]+$/, '');
}
