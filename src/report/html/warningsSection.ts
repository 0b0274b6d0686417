/** The analysis warnings with where they come from; long lists stop and point to results.json. */
import { formatLocation } from '../../errors.js';
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import { firstItems } from '../charts/thinMarks.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable, noteParagraph } from './htmlTable.js';

export const MAX_WARNINGS = 150;

export function warningsSection(warnings: Results['warnings']): string {
  if (warnings.length === 0) return `<p>${escapeHtml(m.noWarnings())}</p>`;
  const shown = firstItems(warnings, MAX_WARNINGS);
  return htmlTable([{ title: m.columnLocation() }, { title: m.columnMessage() }],
    shown.rows.map((w) => [formatLocation(w.at), w.message]), 'warnings') +
    noteParagraph(shown.thinned ? m.cappedWarnings(shown.rows.length, shown.total) : null);
}
