/**
 * The quality panel's tables: loading control per membrane, lanes flagged for drift or a saturated
 * loading control, and bands left out or flagged (saturated, non-positive, missing...).
 */
import { formatLocation } from '../../errors.js';
import { reportMessages as m } from '../../messages/report.js';
import type { Results } from '../../results.js';
import { firstItems } from '../charts/thinMarks.js';
import { escapeHtml } from './escapeHtml.js';
import { formatValue } from './formatNumbers.js';
import { htmlTable, noteParagraph } from './htmlTable.js';

export const MAX_QUALITY_ROWS = 200;

export function loadingControlList(results: Pick<Results, 'design'>): string {
  const shown = firstItems(results.design.loadingControls, MAX_QUALITY_ROWS);
  return htmlTable([{ title: m.columnMembrane() }, { title: m.columnControl() }],
    shown.rows.map((c) => [c.membrane, c.control ?? m.qualityNoLoadingControl()])) +
    noteParagraph(shown.thinned ? m.cappedRows(shown.rows.length, shown.total, 'results.json') : null);
}

export function flaggedLanesTable(results: Pick<Results, 'loading'>): string {
  const flagged = results.loading.filter((l) => l.drift || l.saturated);
  if (flagged.length === 0) return `<p>${escapeHtml(m.qualityNoFlaggedLanes())}</p>`;
  const shown = firstItems(flagged, MAX_QUALITY_ROWS);
  return htmlTable([
    { title: m.columnMembrane() }, { title: m.columnLane() }, { title: m.columnModel() }, { title: m.columnCondition() }, { title: m.columnReplicate() },
    { title: m.columnControl() }, { title: m.columnSignal(), numeric: true }, { title: m.columnRelative(), numeric: true }, { title: m.columnFlag() },
  ], shown.rows.map((l) => [
    l.membrane, l.lane, l.line, l.treatment, l.replicate, l.control, formatValue(l.signal, 4), formatValue(l.relativeToMembraneMedian),
    [l.drift ? m.loadingFlagDrift() : '', l.saturated ? m.loadingFlagSaturated() : ''].filter(Boolean).join(', '),
  ])) + noteParagraph(shown.thinned ? m.cappedRows(shown.rows.length, shown.total, 'results.json') : null);
}

export function flaggedBandsTable(results: Pick<Results, 'flaggedBands'>): string {
  if (results.flaggedBands.length === 0) return `<p>${escapeHtml(m.qualityNoFlaggedBands())}</p>`;
  const shown = firstItems(results.flaggedBands, MAX_QUALITY_ROWS);
  return htmlTable([
    { title: m.columnMembrane() }, { title: m.columnLane() }, { title: m.columnModel() }, { title: m.columnBand() },
    { title: m.columnSignal(), numeric: true }, { title: m.columnFlag() }, { title: m.columnSource() },
  ], shown.rows.map((b) => [
    b.membrane, b.lane, b.line, b.targetLabel, formatValue(b.signal, 4), b.flag, formatLocation(b.row === null ? { file: b.file } : { file: b.file, row: b.row }),
  ])) + noteParagraph(shown.thinned ? m.cappedRows(shown.rows.length, shown.total, 'results.json') : null);
}
