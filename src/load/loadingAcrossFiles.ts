/**
 * One lane, one loading-control value. When phospho and total antibodies of one membrane are exported
 * to separate files, each file may carry the loading control too: the same lane then has two values.
 * Equal values are one band said twice (a note says which file's is used); different values are
 * refused, since normalising to either one would be a guess.
 */
import { InputError, type AnalysisWarning } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import type { Band } from './types.js';

export interface LoadingAcrossFiles {
  /** The bands with each repeated loading-control band kept once (its first file's). */
  bands: Band[];
  warnings: AnalysisWarning[];
}

/** Checks the loading-control bands of every file together; `bands` in file order. */
export function checkLoadingAcrossFiles(bands: readonly Band[]): LoadingAcrossFiles {
  const first = new Map<string, Band>();
  const repeated: { kept: Band; dropped: Band }[] = [];
  const kept: Band[] = [];
  for (const b of bands) {
    if (b.target.form !== 'loading') {
      kept.push(b);
      continue;
    }
    const key = `${b.membrane}\u0000${b.lane}\u0000${b.target.protein}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, b);
      kept.push(b);
    } else if (seen.at.file === b.at.file) kept.push(b);
    else if (seen.signal === b.signal) repeated.push({ kept: seen, dropped: b });
    else throw new InputError('loading-twice', m.loadingTwice(b.target.label, b.lane, b.membrane, seen, b), b.at, m.loadingTwiceHint());
  }
  const byFiles = new Map<string, { kept: Band; dropped: Band; count: number }>();
  for (const r of repeated) {
    const k = `${r.kept.at.file}\u0000${r.dropped.at.file}\u0000${r.kept.target.label}`;
    const entry = byFiles.get(k);
    if (entry) entry.count++;
    else byFiles.set(k, { ...r, count: 1 });
  }
  const warnings = [...byFiles.values()].map((r): AnalysisWarning => ({
    code: 'loading-repeated', message: m.loadingRepeated(r.kept.target.label, r.count, r.kept.at.file, r.dropped.at.file), at: { file: r.dropped.at.file },
  }));
  return { bands: kept, warnings };
}
