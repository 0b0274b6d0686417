/** A plain HTML table; every cell is text and is escaped here. */
import { reportMessages as m } from '../../messages/report.js';
import { escapeHtml } from './escapeHtml.js';

export interface TableColumn {
  title: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Short codes that must not wrap (e.g. `paired-t`). */
  nowrap?: boolean;
}

export function htmlTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], className = '', label = m.tableLabel(columns.map((c) => c.title))): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(m.noRows())}</p>`;
  const cls = (c: TableColumn | undefined) => {
    const names = [c?.numeric ? 'num' : '', c?.nowrap ? 'nowrap' : ''].filter(Boolean);
    return names.length > 0 ? ` class="${names.join(' ')}"` : '';
  };
  const head = columns.map((c) => `<th${cls(c)} scope="col">${escapeHtml(c.title)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${cls(columns[i])}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return scrollBox(label, `<table${className ? ` class="${escapeHtml(className)}"` : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`);
}

/**
 * A box that scrolls sideways when its table is wider than a phone (WCAG 1.4.10) and that a
 * keyboard can reach to scroll it (2.1.1): focusable, and named for what it holds.
 */
export function scrollBox(label: string, inner: string, className = 'table-wrap'): string {
  return `<div class="${className}" tabindex="0" role="region" aria-label="${escapeHtml(label)}">${inner}</div>`;
}

/** A paragraph for a note (e.g. rows left out), or nothing. */
export function noteParagraph(note: string | null): string {
  return note === null ? '' : `<p class="note">${escapeHtml(note)}</p>`;
}
