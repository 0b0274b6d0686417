/**
 * Many bad cells of one kind are one problem: `time_h is not a number: "2h"` in 60 cells is said once,
 * with the cells' rows ("rows 2-61"), and a list cut at its limit says how many problems it left out.
 */
import { InputError } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';

/** Row numbers as ranges: [2, 3, 4, 9] -> "rows 2-4, 9". */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}-${sorted[i]}`);
  }
  const shown = parts.length > 12 ? [...parts.slice(0, 12), '...'] : parts;
  return `row${sorted.length > 1 ? 's' : ''} ${shown.join(', ')}`;
}

/**
 * The errors with identical problems (same code, message, file and column) merged into one that
 * counts them and lists their rows, in order of first appearance, at most `limit` of them, then one
 * line for the rest (`more` problems not collected at all are added to its count).
 */
export function groupErrors(errors: readonly InputError[], limit: number, more = 0): InputError[] {
  const groups = new Map<string, InputError[]>();
  for (const e of errors) {
    const key = JSON.stringify([e.code, e.message, e.at?.file ?? '', e.at?.column ?? '']);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const merged = [...groups.values()].map((list) => {
    const first = list[0]!;
    if (list.length === 1) return first;
    const rows = list.map((e) => e.at?.row).filter((r): r is number => r !== undefined);
    return new InputError(first.code, m.inCells(first.message, list.length, rowRanges(rows)), first.at, first.hint);
  });
  if (merged.length <= limit && more === 0) return merged;
  const left = merged.slice(limit);
  const leftCount = left.length + more;
  return [...merged.slice(0, limit), new InputError('more-errors', m.moreErrors(leftCount), merged[0]!.at?.file ? { file: merged[0]!.at.file } : undefined)];
}
