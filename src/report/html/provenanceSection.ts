/**
 * Provenance: the tool and chart-library versions, every input file with its SHA-256, every option
 * used, and the rules that were evaluated, so that a printed report can be traced and reproduced.
 */
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import { firstItems } from '../charts/thinMarks.js';
import type { BrowserBundle } from './browserBundles.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable, noteParagraph } from './htmlTable.js';

/** At most this many input files listed; all are in results.json with their SHA-256. */
export const MAX_INPUT_ROWS = 200;

/** An option's value in words: no raw `null` or `[]` on the page. */
function settingText(value: unknown): string {
  if (value === null) return m.settingNotSet();
  if (Array.isArray(value)) {
    if (value.length === 0) return m.settingNone();
    return value.map((x) => (typeof x === 'object' && x !== null && 'resistant' in x && 'sensitive' in x ? `${String(x.resistant)} = ${String(x.sensitive)}` : String(x))).join(', ');
  }
  if (typeof value === 'boolean') return value ? m.settingYes() : m.settingNo();
  return String(value);
}

export function provenanceSection(results: Results, bundles: readonly Pick<BrowserBundle, 'name' | 'version'>[]): string {
  const facts: [string, string][] = [
    [m.provenanceTool(), `${results.tool.name} ${results.tool.version}`],
    [m.provenanceSchema(), results.schemaVersion],
    [m.provenanceCharts(), bundles.map((b) => `${b.name} ${b.version}`).join(', ')],
    [m.provenanceRules(), m.provenanceRuleSet(results.rules.name, results.rules.version, results.rules.source, results.rules.precedence)],
  ];
  const files = firstItems(results.inputs, MAX_INPUT_ROWS);
  const inputs = htmlTable([
    { title: m.columnFile() }, { title: m.columnSha256() }, { title: m.columnLayout() }, { title: m.columnRows(), numeric: true },
    { title: m.columnEncoding() }, { title: m.columnDelimiter() }, { title: m.columnDecimal() },
  ], files.rows.map((f) => [f.file, f.sha256, f.layout, String(f.rows), f.encoding, JSON.stringify(f.delimiter), f.decimal]), 'inputs') +
    noteParagraph(files.thinned ? m.cappedRows(files.rows.length, files.total, 'results.json') : null);
  const options = htmlTable([{ title: m.columnOption() }, { title: m.columnValue() }],
    Object.entries(results.settings).map(([name, value]) => [name, settingText(value)]), 'options');
  return [
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    `<h3>${escapeHtml(m.provenanceInputs())}</h3>`, inputs,
    `<h3>${escapeHtml(m.provenanceOptions())}</h3>`, options,
  ].join('\n');
}
