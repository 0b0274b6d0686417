/**
 * Names as labs type them: `Larotrectinib` in one replicate and `larotrectinib` in the others are
 * one treatment, ` KM12 ` and `KM12` one model. Model (line) and treatment names are compared without
 * case and surrounding spaces, across every input file, and the first spelling in input order is kept
 * for display. Names that are probably the same but written differently (`KM12-LR` / `KM12 LR`,
 * `larotrectinb` / `larotrectinib`) are not merged: they are warned about, with the rows, so the user
 * decides.
 */
import type { AnalysisWarning } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import type { Band } from './types.js';

type NameField = 'line' | 'treatment';
const FIELDS: readonly NameField[] = ['line', 'treatment'];

const foldText = (name: string): string => name.trim().toLowerCase();
const withoutPunctuation = (name: string): string => foldText(name).replace(/[\s\-_.,;:/()[\]]+/g, '');

/** One letter inserted, deleted or replaced (digits differing are different names: KM12-R1, KM12-R2). */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.slice(i, a.length - j);
  const restB = b.slice(i, b.length - j);
  if (restA.length > 1 || restB.length > 1) return false;
  return /^[a-z]?$/.test(restA) && /^[a-z]?$/.test(restB);
}

/** The band's file and row, at the name's column (the column as the tidy layouts call it). */
const located = (at: Band['at'], field: NameField): Band['at'] => ({ file: at.file, ...(at.row === undefined ? {} : { row: at.row }), column: field });

export interface UnifiedNames {
  /** The bands with every line and treatment name in its first spelling. */
  bands: Band[];
  /** Per file, the warnings about names that were merged or look alike. */
  warnings: AnalysisWarning[];
}

export function unifyNames(bands: readonly Band[]): UnifiedNames {
  const warnings: AnalysisWarning[] = [];
  // A screen has a million bands and a few thousand names: fold each distinct text once.
  const folded = new Map<string, string>();
  const foldCase = (name: string): string => {
    let f = folded.get(name);
    if (f === undefined) folded.set(name, (f = foldText(name)));
    return f;
  };
  const spelling = new Map<NameField, Map<string, { first: string; firstAt: Band['at']; variants: Map<string, Band['at']> }>>(FIELDS.map((f) => [f, new Map()]));
  for (const b of bands) {
    for (const field of FIELDS) {
      const key = foldCase(b[field]);
      const entry = spelling.get(field)!.get(key);
      if (!entry) spelling.get(field)!.set(key, { first: b[field], firstAt: b.at, variants: new Map() });
      else if (b[field] !== entry.first && !entry.variants.has(b[field])) entry.variants.set(b[field], b.at);
    }
  }
  for (const field of FIELDS) {
    const entries = [...spelling.get(field)!.values()];
    for (const e of entries) {
      for (const [variant, at] of e.variants) warnings.push({ code: 'name-spelling', message: m.nameSpellingMerged(field, variant, e.first), at: located(at, field) });
    }
    for (let i = 0; i < entries.length; i++) {
      for (let k = i + 1; k < entries.length; k++) {
        const a = entries[i]!;
        const b = entries[k]!;
        const alike = withoutPunctuation(a.first) === withoutPunctuation(b.first) || oneLetterApart(foldText(a.first), foldText(b.first));
        if (alike) warnings.push({ code: 'similar-names', message: m.similarNames(field, a.first, a.firstAt.row ?? null, b.first, b.firstAt.row ?? null), at: located(b.firstAt, field) });
      }
    }
  }
  const first = (field: NameField, name: string): string => spelling.get(field)!.get(foldCase(name))!.first;
  const unified = bands.map((b) => {
    const line = first('line', b.line);
    const treatment = first('treatment', b.treatment);
    return line === b.line && treatment === b.treatment ? b : { ...b, line, treatment };
  });
  return { bands: unified, warnings };
}
