/**
 * The first thing a scientist reads: for each resistant model and condition, the mechanism, the
 * confidence, the evidence sentences, hints and next steps, and the genotype concordance when
 * sequencing results were given. Renders whatever verdicts exist, and says so when there are none.
 */
import { reportMessages as m } from '../../messages/report.js';
import { conditionLabel as ruleConditionLabel, ruleMessages } from '../../messages/rules.js';
import type { Results } from '../../results.js';
import type { GenotypeVariant, Verdict } from '../../rules/types.js';
import type { ModelColourScale } from '../charts/modelColours.js';
import { firstItems } from '../charts/thinMarks.js';
import { escapeHtml } from './escapeHtml.js';
import { formatValue } from './formatNumbers.js';
import { htmlTable, noteParagraph } from './htmlTable.js';

/** At most this many verdicts on the page (a long time course of many models); all are in results.json. */
export const MAX_VERDICTS = 40;

export function verdictSection(results: Pick<Results, 'verdicts'>, colours: ModelColourScale): string {
  if (results.verdicts.length === 0) return `<p class="no-verdict">${escapeHtml(m.noVerdict())}</p>`;
  const shown = firstItems(results.verdicts, MAX_VERDICTS);
  return shown.rows.map((v) => verdictArticle(v, colours)).join('\n') +
    noteParagraph(shown.thinned ? m.cappedVerdicts(shown.rows.length, shown.total) : null);
}

function verdictArticle(v: Verdict, colours: ModelColourScale): string {
  const heading = m.verdictHeading(v.line, v.versus, m.conditionLabel(v.treatment, v.dose_nM, v.time_h));
  const facts: [string, string][] = [
    [m.verdictMechanism(), m.mechanismLabel(v.mechanism) ?? v.mechanism],
    ...(v.drivers.length > 0 ? [[m.verdictDrivers(), v.drivers.join(', ')] as [string, string]] : []),
    [m.verdictConfidence(), m.confidenceLabel(v.confidence) ?? v.confidence],
    ...optionalFacts(v),
  ];
  const parts = [
    `<h3>${swatch(v.line, colours)}${escapeHtml(heading)}</h3>`,
    // The heading already names the model and condition: the summary goes on from there.
    `<p class="summary">${escapeHtml(withoutHead(v.summary, v))}</p>`,
    `<dl class="facts">${facts.map(([k, value]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`,
  ];
  if (v.concordance) {
    parts.push(`<p class="concordance concordance-${escapeHtml(v.concordance.status)}"><strong>${escapeHtml(m.verdictConcordance())}:</strong> ${escapeHtml(v.concordance.sentence)}</p>`);
  }
  parts.push(`<h4>${escapeHtml(m.verdictEvidence())}</h4>`);
  parts.push(`<ul class="evidence">${v.evidence.map((e) =>
    `<li class="outcome-${escapeHtml(e.outcome)}"><span class="badge">${escapeHtml(m.outcomeLabel(e.outcome) ?? e.outcome)}</span> ${escapeHtml(e.sentence)}</li>`).join('')}</ul>`);
  if (v.hints.length > 0) {
    parts.push(`<h4>${escapeHtml(m.verdictHints())}</h4>`);
    parts.push(`<ul class="hints">${v.hints.map((h) => `<li>${escapeHtml(h.sentence)}</li>`).join('')}</ul>`);
  }
  parts.push(`<h4>${escapeHtml(m.verdictNextSteps())}</h4>`);
  parts.push(v.nextSteps.length > 0
    ? `<ol class="next-steps">${v.nextSteps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`
    : `<p>${escapeHtml(m.noNextSteps())}</p>`);
  if (v.genotype && v.genotype.length > 0) {
    parts.push(`<h4>${escapeHtml(m.verdictGenotype())}</h4>`);
    parts.push(genotypeTable(v.genotype, v.versus));
  }
  return `<article class="verdict mechanism-${escapeHtml(v.mechanism)}">\n${parts.join('\n')}\n</article>`;
}

/** "KM12-LR vs KM12, larotrectinib 100 nM 2 h: MAPK bypass (strong) - ..." without its "KM12-LR vs KM12, ...: " head. */
function withoutHead(summary: string, v: Verdict): string {
  const head = `${ruleMessages.summaryHead(v.line, v.versus, ruleConditionLabel(v.treatment, v.dose_nM, v.time_h))}: `;
  return summary.startsWith(head) ? summary.slice(head.length) : summary;
}

/** The parts of a verdict the rules give only sometimes: replicates, why no call, what it resembles, confidence notes. */
function optionalFacts(v: Verdict): [string, string][] {
  const facts: [string, string][] = [];
  if (v.confidenceNotes && v.confidenceNotes.length > 0) facts.push([m.verdictConfidenceNotes(), v.confidenceNotes.join('; ')]);
  if (v.replicates !== undefined) facts.push([m.verdictReplicates(), String(v.replicates)]);
  if (v.withheld !== undefined) facts.push([m.verdictWithheld(), m.withheldLabel(v.withheld) ?? v.withheld]);
  if (v.resembles !== undefined) facts.push([m.verdictResembles(), m.mechanismLabel(v.resembles) ?? v.resembles]);
  return facts;
}

function genotypeTable(variants: readonly GenotypeVariant[], versus: string): string {
  return htmlTable(
    [{ title: m.columnGene() }, { title: m.columnChange() }, { title: m.columnClass() }, { title: m.columnVaf(), numeric: true }, { title: m.columnCopies(), numeric: true }, { title: m.columnSample() }, { title: m.columnSource() }, { title: m.columnAcquired() }],
    variants.map((g) => [
      g.gene, g.proteinChange ?? m.missingValue(), g.region ? `${g.class} (${g.region})` : g.class,
      formatValue(g.vaf, 2), formatValue(g.copyNumber, 2), g.sample, `${g.source.file}:${g.source.row}`,
      g.acquired === null ? m.missingValue() : g.acquired ? m.acquiredYes() : g.selected === true ? m.acquiredSelected(versus) : m.acquiredNo(versus),
    ]),
  );
}

/** A small square in the model's chart colour (colours come from the fixed palette, never from input). */
export function swatch(model: string, colours: ModelColourScale): string {
  const colour = colours.range[colours.domain.indexOf(model)];
  return colour === undefined ? '' : `<span class="swatch" style="background:${colour}" aria-hidden="true"></span>`;
}
