/**
 * The overview that opens a screen report: the number of verdicts per mechanism and confidence,
 * then every verdict in one table (model, partner, condition, mechanism, confidence, replicates and
 * the fraction of vehicle per target where it was read), sortable by clicking a column heading
 * (the report's script; without scripts the table stays in its first order: by mechanism).
 */
import { reportMessages as m } from '../../messages/report.js';
import { screenMessages as sm } from '../../messages/screen.js';
import type { Results } from '../../results.js';
import type { Confidence } from '../../rules/types.js';
import { escapeHtml } from '../html/escapeHtml.js';
import { scrollBox } from '../html/htmlTable.js';
import { formatValue } from '../html/formatNumbers.js';
import type { VerdictReadouts } from './screenReadouts.js';

const CONFIDENCES: readonly Confidence[] = ['strong', 'moderate', 'provisional'];

/** `heatmap`: the figure of the compact heat map, set between the counts and the table. */
export function screenSection(results: Pick<Results, 'design' | 'verdicts'>, readouts: readonly VerdictReadouts[], resistantTotal: number, heatmap: string): string {
  return [
    `<p>${escapeHtml(sm.overviewIntro(resistantTotal, results.verdicts.length))}</p>`,
    `<h3>${escapeHtml(sm.countsTitle())}</h3>`,
    mechanismCounts(readouts),
    heatmap,
    `<h3>${escapeHtml(sm.tableTitle())}</h3>`,
    verdictTable(results, readouts),
    `<p class="note">${escapeHtml(sm.tableNote())}</p>`,
  ].join('\n');
}

function mechanismCounts(readouts: readonly VerdictReadouts[]): string {
  const counts = new Map<string, number[]>();
  for (const { verdict } of readouts) {
    const row = counts.get(verdict.mechanism) ?? CONFIDENCES.map(() => 0);
    row[CONFIDENCES.indexOf(verdict.confidence)]! += 1;
    counts.set(verdict.mechanism, row);
  }
  const head = [sm.columnMechanism(), ...CONFIDENCES.map((c) => m.confidenceLabel(c)), sm.columnTotal()];
  const body = [...counts.entries()].map(([mechanism, row]) => {
    const label = m.mechanismLabel(mechanism as Parameters<typeof m.mechanismLabel>[0]) ?? mechanism;
    const cells = [...row, row.reduce((a, b) => a + b, 0)].map((n) => `<td class="num">${n}</td>`).join('');
    return `<tr class="mechanism-${escapeHtml(mechanism)}"><th scope="row">${escapeHtml(label)}</th>${cells}</tr>`;
  });
  return scrollBox(m.tableLabel(head), `<table class="numbers screen-counts">\n<thead><tr>${head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody></table>`);
}

function verdictTable(results: Pick<Results, 'design'>, readouts: readonly VerdictReadouts[]): string {
  const targets = results.design.targets.map((t) => t.protein);
  const head = [
    [sm.columnModel(), 'text'], [sm.columnVersus(), 'text'], [sm.columnCondition(), 'text'], [sm.columnMechanism(), 'text'],
    [sm.columnConfidence(), 'number'], [sm.columnReplicates(), 'number'], ...targets.map((t) => [sm.columnFraction(t), 'number']),
  ] as const;
  const rows = readouts.map(({ verdict: v, dose_nM, time_h, fractions }) => {
    const cells = [
      text(v.line), text(v.versus), text(m.conditionLabel(v.treatment, dose_nM, time_h)),
      text(m.mechanismLabel(v.mechanism) ?? v.mechanism),
      number(m.confidenceLabel(v.confidence), CONFIDENCES.indexOf(v.confidence)),
      number(v.replicates === undefined ? '' : String(v.replicates), v.replicates ?? null),
      ...fractions.map((f) => number(f === null ? m.notAvailable() : formatValue(f), f)),
    ];
    return `<tr class="mechanism-${escapeHtml(v.mechanism)}">${cells.join('')}</tr>`;
  });
  const headHtml = head.map(([title, kind]) => `<th scope="col" data-sort-type="${kind}"${kind === 'number' ? ' class="num"' : ''}><button type="button" class="sort">${escapeHtml(title)}</button></th>`).join('');
  return scrollBox(m.tableLabel(head.map(([title]) => title)), `<table class="numbers sortable screen-verdicts">\n<thead><tr>${headHtml}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`);
}

const text = (value: string) => `<td>${escapeHtml(value)}</td>`;
/** A number cell sorts by `data-sort` (the value), not by its text; empty sorts last. */
const number = (shown: string, value: number | null) => `<td class="num" data-sort="${value === null || !Number.isFinite(value) ? '' : value}">${escapeHtml(shown)}</td>`;
