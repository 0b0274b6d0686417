/**
 * The report's first screen: one line per resistant model and condition that answers the question
 * (mechanism, how sure, on how many replicates, in plain words) and the first thing to do next. The
 * evidence behind each answer follows lower on the page (verdictSection.ts).
 */
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import type { ModelColourScale } from '../charts/modelColours.js';
import { firstItems } from '../charts/thinMarks.js';
import { escapeHtml } from './escapeHtml.js';
import { noteParagraph } from './htmlTable.js';
import { swatch } from './verdictSection.js';
import { followUpAnswer } from './followUpSection.js';

/** At most this many answer lines on the first screen; the rest are in the verdicts section and results.json. */
export const MAX_ANSWERS = 12;

export function answerSection(results: Pick<Results, 'verdicts' | 'followUps'>, colours: ModelColourScale): string {
  if (results.verdicts.length === 0) return `<p class="no-verdict">${escapeHtml(m.noVerdict())}</p>`;
  const shown = firstItems(results.verdicts, MAX_ANSWERS);
  const lines = shown.rows.map((v) => {
    const who = m.verdictHeading(v.line, v.versus, m.conditionLabel(v.treatment, v.dose_nM, v.time_h));
    const call = m.answerCall(m.mechanismLabel(v.mechanism) ?? v.mechanism, v.drivers, v.mechanism === 'inconclusive' || v.mechanism === 'assay-invalid');
    const sure = m.answerConfidence(v.confidence, v.replicates ?? null);
    const next = v.nextSteps[0];
    return `<li class="answer mechanism-${escapeHtml(v.mechanism)}"><span class="who">${swatch(v.line, colours)}${escapeHtml(who)}:</span> `
      + `<strong class="call">${escapeHtml(call)}</strong> <span class="sure">${escapeHtml(sure)}</span>${followUpAnswer(v, results)}`
      + (next ? `<span class="next">${escapeHtml(m.answerNext(next))}</span>` : '') + '</li>';
  });
  return `<ul class="answers">${lines.join('\n')}</ul>` + noteParagraph(shown.thinned ? m.cappedAnswers(shown.rows.length, shown.total) : null);
}
