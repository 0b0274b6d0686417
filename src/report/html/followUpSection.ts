/**
 * The follow-up experiment in the report: on each answer line, the follow-up that bears on the
 * verdict (or the first one read against it); and a section with every follow-up as a table row and
 * a chart per question (charts/followUpChart.ts).
 */
import { followUpMessages as fm } from '../../messages/followUp.js';
import { percent, pValue } from '../../messages/rules.js';
import type { Results } from '../../results.js';
import type { FollowUp } from '../../rules/followUpTypes.js';
import type { Verdict } from '../../rules/types.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable, noteParagraph } from './htmlTable.js';
import { firstItems } from '../charts/thinMarks.js';
import { MAX_COMPARISON_ROWS } from './numberTables.js';
import { reportMessages as m } from '../../messages/report.js';

/** The answer line's follow-up: the confirming or contradicting one first, else the first primary one. */
export function followUpAnswer(v: Verdict, results: Pick<Results, 'followUps'>): string {
  const mine = (results.followUps ?? []).filter((f) => f.primary && f.verdict !== null && f.line === v.line && f.versus === v.versus
    && f.verdict.treatment === v.treatment && f.verdict.dose_nM === v.dose_nM && f.verdict.time_h === v.time_h);
  const lead = mine.find((f) => f.bears === 'confirms') ?? mine.find((f) => f.bears === 'contradicts') ?? mine[0];
  if (!lead) return '';
  const bears = lead.bears === 'confirms' ? 'confirmed' : lead.bears === 'contradicts' ? 'contradicted' : 'followed up';
  return `<span class="follow-up bears-${escapeHtml(lead.bears)}">${escapeHtml(fm.answerLine(bears, lead.sentence))}</span>`;
}

/** The section's body: an intro, the table of follow-ups, the charts (already drawn as figures). */
export function followUpSection(results: Pick<Results, 'followUps' | 'settings'>, figures: readonly string[]): string {
  // Columns 3 (readout) and 8 (the interval) do not wrap; 5 to 9 are numbers.
  const columns = fm.section.columns(results.settings.confidenceLevel).map((title, i) => ({ title, numeric: i >= 5 && i <= 9, nowrap: i === 3 || i === 8 }));
  // Long tables stop at the comparison table's cap; every follow-up is in results.json.
  const shown = firstItems(results.followUps ?? [], MAX_COMPARISON_ROWS);
  const rows = shown.rows.map((f) => [
    f.line, f.arm, f.comparedWith, `p${f.readout}`, f.readIn,
    percent(armF(f)), percent(f.reference.fractionOfVehicle),
    f.difference?.log2Ratio == null ? '' : f.difference.log2Ratio.toFixed(2),
    f.difference?.ciLow == null || f.difference.ciHigh == null ? '' : `${f.difference.ciLow.toFixed(2)} to ${f.difference.ciHigh.toFixed(2)}`,
    f.difference ? pValue(f.difference.p) : '',
    fm.section.outcome(fm.label[f.outcome] ?? f.outcome, f.bears),
  ]);
  const capped = noteParagraph(shown.thinned ? m.cappedRows(shown.rows.length, shown.total, 'results.json') : null);
  return [`<p class="caption">${escapeHtml(fm.section.intro())}</p>`, htmlTable(columns, rows, 'follow-ups') + capped, ...figures].join('\n');
}

/** The arm's f in the model the question is asked in. */
function armF(f: FollowUp): number | null {
  return (f.readIn === f.versus ? f.sensitive : f.resistant)?.fractionOfVehicle ?? null;
}
