/** The analysis warnings with where they come from; long lists stop and point to results.json. */
import { formatLocation } from '../../errors.js';
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import { firstItems } from '../charts/thinMarks.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable, noteParagraph } from './htmlTable.js';

export const MAX_WARNINGS = 150;

export function warningsSection(warnings: Results['warnings'], notes: Results['notes'] = []): string {
  const table = (list: Results['warnings'], css: string) => {
    const shown = firstItems(list, MAX_WARNINGS);
    return htmlTable([{ title: m.columnLocation() }, { title: m.columnMessage() }], shown.rows.map((w) => [formatLocation(w.at), w.message]), css) +
      noteParagraph(shown.thinned ? m.cappedWarnings(shown.rows.length, shown.total) : null);
  };
  const warningsPart = warnings.length === 0 ? `<p>${escapeHtml(m.noWarnings())}</p>` : table(warnings, 'warnings');
  const notesPart = notes.length === 0 ? '' : `<h3>${escapeHtml(m.notesTitle())}</h3>${table(notes, 'warnings notes')}`;
  return warningsPart + notesPart;
}
