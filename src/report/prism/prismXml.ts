/**
 * prism.pzfx: GraphPad Prism's XML project format (PrismXMLVersion 5.00, which Prism 5 and later
 * open), as the R package `pzfx` (Yue Jiang; read_pzfx / write_pzfx) and the Python `pzfx` packages
 * read and write it:
 *
 *   <GraphPadPrismFile PrismXMLVersion="5.00">
 *     <Created><OriginalVersion CreatedByProgram=... DateTime=.../></Created>
 *     <InfoSequence><Ref ID="Info0" Selected="1"/></InfoSequence>
 *     <Info ID="Info0"> Title, Notes (lines split by <BR/>), Constant Name/Value pairs </Info>
 *     <TableSequence><Ref ID="Table0" Selected="1"/>...</TableSequence>
 *     <Table ID="Table0" XFormat="none|numbers" YFormat="replicates" Replicates="n" TableType="OneWay|XY">
 *       <Title/> <RowTitlesColumn><Subcolumn><d/>...</Subcolumn></RowTitlesColumn>
 *       [<XColumn Subcolumns="1"><Title/><Subcolumn><d/>...</Subcolumn></XColumn>]
 *       <YColumn Subcolumns="n"><Title/><Subcolumn><d>1.5</d><d/>...</Subcolumn>...</YColumn>
 *     </Table>
 *   </GraphPadPrismFile>
 *
 * An empty cell is `<d/>`. A column table is TableType OneWay with one sub-column per Y column; an
 * XY table has the replicates as sub-columns. Prism adds its analyses and graphs when it saves.
 */
import { prismMessages as m } from '../../messages/prism.js';
import type { Results } from '../../results.js';
import { roundedNumberText } from '../jsonOutput.js';
import type { PrismTable } from './prismTables.js';
import { prismTables } from './prismTables.js';

/** The whole file as one string (prismFileChunks joined). */
export function prismFile(results: Results): string {
  return [...prismFileChunks(results)].join('');
}

/**
 * The file line by line, each with its newline: a screen's file is tens of megabytes, written as it
 * is made (report/writeOutputs.ts, StreamedContent) rather than held whole.
 */
export function* prismFileChunks(results: Results): Generator<string> {
  const tables = prismTables(results);
  const stamp = results.generatedAt === null ? '' : `${results.generatedAt.slice(0, 19)}+00:00`;
  const notes = [m.notesIntro(results.tool.version), ...tables.map((t) => m.tableNote(t.title, t.valueColumn))];
  const constants: [string, string][] = [
    ['Experiment Date', results.generatedAt?.slice(0, 10) ?? ''],
    ['Experiment ID', results.experiment.id ?? ''],
    ['Experimenter', results.experiment.operator ?? ''],
    ['Project', results.experiment.title ?? ''],
    ['Input files', results.inputs.map((i) => `${i.file} (SHA-256 ${i.sha256})`).join('; ')],
  ];
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<GraphPadPrismFile PrismXMLVersion="5.00">',
    `<Created><OriginalVersion CreatedByProgram="${esc(results.tool.name)}" CreatedByVersion="${esc(results.tool.version)}" Login="" DateTime="${stamp}"/></Created>`,
    '<InfoSequence><Ref ID="Info0" Selected="1"/></InfoSequence>',
    '<Info ID="Info0">',
    `<Title>${esc(m.infoTitle())}</Title>`,
    `<Notes><Font Color="#000000" Face="Helvetica">${notes.map(esc).join('<BR/>')}</Font></Notes>`,
    ...constants.map(([name, value]) => `<Constant><Name>${esc(name)}</Name><Value>${esc(value)}</Value></Constant>`),
    '</Info>',
    `<TableSequence>${tables.map((_, i) => `<Ref ID="Table${i}"${i === 0 ? ' Selected="1"' : ''}/>`).join('')}</TableSequence>`,
  ];
  for (const line of head) yield `${line}\n`;
  for (let i = 0; i < tables.length; i++) for (const line of tableLines(tables[i]!, i)) yield `${line}\n`;
  yield '</GraphPadPrismFile>\n';
}

/** One table's lines (its Y columns one line each). */
function* tableLines(table: PrismTable, index: number): Generator<string> {
  const replicates = Math.max(1, ...table.columns.map((c) => c.cells.length));
  const head = table.kind === 'xy'
    ? `<Table ID="Table${index}" XFormat="numbers" YFormat="replicates" Replicates="${replicates}" TableType="XY" EVFormat="AsteriskAfterNumber">`
    : `<Table ID="Table${index}" XFormat="none" YFormat="replicates" Replicates="1" TableType="OneWay" EVFormat="AsteriskAfterNumber">`;
  yield head;
  yield `<Title>${esc(table.title)}</Title>`;
  yield `<RowTitlesColumn Width="81"><Subcolumn>${table.rowTitles.map((t) => `<d>${esc(t)}</d>`).join('')}</Subcolumn></RowTitlesColumn>`;
  if (table.x) yield `<XColumn Width="81" Decimals="0" Subcolumns="1"><Title>${esc(m.doseTitle())}</Title><Subcolumn>${table.x.map(d).join('')}</Subcolumn></XColumn>`;
  for (const c of table.columns) {
    const subcolumns = table.kind === 'xy' ? replicates : 1;
    const cells = Array.from({ length: subcolumns }, (_, i) => c.cells[i] ?? table.rowTitles.map(() => null));
    yield `<YColumn Width="${81 * subcolumns}" Decimals="4" Subcolumns="${subcolumns}"><Title>${esc(c.title)}</Title>${cells.map((sub) => `<Subcolumn>${sub.map(d).join('')}</Subcolumn>`).join('')}</YColumn>`;
  }
  yield '</Table>';
}

/** A cell: the number as normalized.csv writes it, or empty. */
function d(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '<d/>' : `<d>${roundedNumberText(value)}</d>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
