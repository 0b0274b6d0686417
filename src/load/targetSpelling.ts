/**
 * The known antibody a misspelt target label was meant to be: "GADPH" -> GAPDH, "pAKTT" -> AKT.
 * A label is compared, without its phospho / total prefix, case, spaces and punctuation, with every
 * known spelling (targetNames.ts); it is a misspelling when one letter is changed, added, left out or
 * two neighbours swapped (two edits for names of eight letters or more). Short labels (three letters
 * or fewer) are never guessed ("MEK" and "MET" are one letter apart and both real), nor a label that
 * differs from a known name in its digits only (STAT1 is not a misspelt STAT3).
 */
import { knownProteins } from './targetNames.js';
import type { TargetIdentity } from './types.js';

export interface SpellingSuggestion {
  /** The known protein, as the tool names it (GAPDH, beta-actin, AKT). */
  protein: string;
  /** True when it is a loading control. */
  loading: boolean;
}

const lettersOnly = (key: string): string => key.replace(/\d+/g, '');
const compact = (name: string): string => name.toLowerCase().replace(/[\s_.\-/()]+/g, '');

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

let spellings: { key: string; protein: string; loading: boolean }[] | null = null;

/** The known protein an unknown target is a misspelling of, or null (none close, or two equally close). */
export function suggestTarget(target: TargetIdentity): SpellingSuggestion | null {
  if (target.known) return null;
  const key = compact(target.protein);
  if (key.length <= 3) return null;
  spellings ??= knownProteins().flatMap((p) => [p.protein, ...p.aliases].map((alias) => ({ key: compact(alias), protein: p.protein, loading: p.form === 'loading' })));
  const allowed = key.length >= 8 ? 2 : 1;
  let best: SpellingSuggestion | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const s of spellings) {
    if (s.key.length < 3 || lettersOnly(s.key) === lettersOnly(key)) continue;
    const distance = editDistance(key, s.key);
    if (distance > allowed) continue;
    if (distance < bestDistance) [best, bestDistance, tie] = [{ protein: s.protein, loading: s.loading }, distance, false];
    else if (distance === bestDistance && best?.protein !== s.protein) tie = true;
  }
  return tie ? null : best;
}
