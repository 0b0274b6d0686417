/**
 * The report's "resistance over time" section (docs/resistance-over-time.md), one block per lineage
 * trajectory: the lineage's line, its chart, a row per stage, the change of mechanism, the trend and
 * the next steps; and the lineage lines of the first screen.
 */
import { mechanismWords, stageLabel, trajectoryReportMessages as m } from '../../messages/lineage.js';
import { reportMessages as rm } from '../../messages/report.js';
import type { Results } from '../../results.js';
import type { Trajectory } from '../../rules/trajectoryTypes.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';

/** The first screen's lineage lines ("KM12-LR: MAPK bypass emerged by week 8, ..."), or nothing. */
export function trajectoryAnswers(results: Pick<Results, 'trajectories'>): string {
  const all = results.trajectories ?? [];
  if (all.length === 0) return '';
  return `<ul class="answers lineages">${all.map((t) => `<li class="answer lineage mechanism-${escapeHtml(t.mechanism)}"><strong class="call">${escapeHtml(t.summary)}</strong>`
    + (t.nextSteps[0] ? `<span class="next">${escapeHtml(rm.answerNext(t.nextSteps[0]))}</span>` : '') + '</li>').join('\n')}</ul>\n`;
}

/** The section body; `figures[i]` is the rendered chart of trajectory i. */
export function trajectorySection(trajectories: readonly Trajectory[], figures: readonly string[]): string {
  const blocks = trajectories.map((t, i) => {
    const condition = rm.conditionLabel(t.treatment, t.dose_nM, t.time_h);
    const rows = t.stages.map((s) => [
      s.line, stageLabel(s.weeksOnDrug ?? s.stage, t.scale), mechanismWords(s.mechanism, s.drivers), s.confidence, s.replicates === null ? '' : String(s.replicates),
    ]);
    const table = htmlTable([
      { title: m.columnLine() }, { title: m.columnStage(t.scale), nowrap: true }, { title: m.columnVerdict() }, { title: m.columnConfidence() }, { title: m.columnReplicates(), numeric: true },
    ], rows, 'trajectory');
    const changes = t.changes.length > 0
      ? `<p><strong>${escapeHtml(m.changed())}</strong> ${escapeHtml(t.changes.map((c) => `${mechanismWords(c.mechanism, c.drivers)}: ${c.lines.join(', ')}`).join('; '))}</p>` : '';
    const trend = `<p><strong>${escapeHtml(m.trend())}</strong> ${escapeHtml(t.trend?.sentence ?? m.noTrend())}</p>`;
    const next = `<p><strong>${escapeHtml(m.next())}</strong></p><ul class="next-steps">${t.nextSteps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;
    return `<article class="trajectory">
<h3>${escapeHtml(m.heading(t.lineage, t.parental, condition))}</h3>
<p class="summary"><strong>${escapeHtml(t.summary)}</strong></p>
${figures[i] ?? ''}
${table}
${changes}${trend}
${next}
</article>`;
  });
  return `<p class="caption">${escapeHtml(m.sectionIntro())}</p>\n${blocks.join('\n')}`;
}
