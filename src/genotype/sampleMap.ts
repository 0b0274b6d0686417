/**
 * Sequenced samples to the blot's models: by exact name, by name once case and punctuation are
 * ignored (`KM12-LR` = `km12_lr` = `KM12 LR`), or through a sample map (`--sample-map`, a CSV with
 * columns sample,line). Samples that map to no model are reported, each with its first file:row.
 */
import { InputError, InputErrors, type AnalysisWarning, type SourceLocation } from '../errors.js';
import { genotypeMessages as m } from '../messages/genotype.js';
import { decodeText } from '../load/decodeText.js';
import { headerKey } from '../load/designColumns.js';
import { sha256Hex, type InputBytes } from '../load/loadFile.js';
import { isBlankRow, readTable } from '../load/readTable.js';
import type { SampleMatchKind } from './types.js';

export interface SampleMapEntry {
  sample: string;
  line: string;
  at: { file: string; row: number };
}

export interface SampleMapFile {
  file: string;
  sha256: string;
  entries: SampleMapEntry[];
}

const SAMPLE_HEADERS: readonly string[] = ['sample', 'tumor_sample_barcode', 'sample_id', 'sample_name', 'barcode'];
const LINE_HEADERS: readonly string[] = ['line', 'model', 'cell_line', 'cellline', 'blot_line', 'blot_model'];

/** The name key for loose matching: lower case, letters and digits only. */
export function sampleKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function readSampleMap(input: InputBytes): SampleMapFile {
  const file = input.name;
  const { text } = decodeText(file, input.bytes);
  const table = readTable(file, text);
  const headerIndex = table.rows.findIndex((cells) => !isBlankRow(cells));
  const keys = (table.rows[headerIndex] ?? []).map(headerKey);
  const sampleColumn = SAMPLE_HEADERS.map((h) => keys.indexOf(h)).find((i) => i !== -1);
  const lineColumn = LINE_HEADERS.map((h) => keys.indexOf(h)).find((i) => i !== -1);
  if (headerIndex === -1 || sampleColumn === undefined || lineColumn === undefined) {
    throw new InputError('sample-map-columns', m.sampleMapColumns(), { file, ...(headerIndex === -1 ? {} : { row: headerIndex + 1 }) }, m.sampleMapColumnsHint());
  }
  const header = table.rows[headerIndex]!;
  const errors: InputError[] = [];
  const entries: SampleMapEntry[] = [];
  const seen = new Map<string, SampleMapEntry>();
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    const sample = cells[sampleColumn] ?? '';
    const line = cells[lineColumn] ?? '';
    if (sample === '' || line === '') {
      const column = sample === '' ? header[sampleColumn] : header[lineColumn];
      errors.push(new InputError('sample-map-empty-cell', m.emptyCell(sample === '' ? 'sample' : 'line'), { file, row, ...(column === undefined ? {} : { column }) }, m.sampleMapEmptyHint()));
      continue;
    }
    const first = seen.get(sample);
    if (first !== undefined) {
      if (first.line !== line) errors.push(new InputError('sample-map-conflict', m.sampleMapConflict(sample, first.line, first.at.row, line), { file, row }, m.sampleMapConflictHint()));
      continue;
    }
    const entry = { sample, line, at: { file, row } };
    seen.set(sample, entry);
    entries.push(entry);
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrors(errors);
  return { file, sha256: sha256Hex(input.bytes), entries };
}

export interface SampleMatch {
  sample: string;
  /** The model the sample maps to; null when none. */
  line: string | null;
  matchedBy: SampleMatchKind | null;
  /** Where the sample first appears in a variants file. */
  at: SourceLocation;
  variants: number;
}

/** A model by exact name, else by `sampleKey`; `ambiguous` when the loose key fits several models. */
function findModel(name: string, models: readonly string[]): { line: string; by: 'exact' | 'normalised' } | { ambiguous: string[] } | null {
  if (models.includes(name)) return { line: name, by: 'exact' };
  const loose = models.filter((model) => sampleKey(model) === sampleKey(name));
  if (loose.length === 1) return { line: loose[0]!, by: 'normalised' };
  return loose.length > 1 ? { ambiguous: loose } : null;
}

/**
 * Maps each sample (with where it first appears and how many variants it has) to a model.
 * The sample map is consulted first; its samples are compared exactly, then loosely. A mapped
 * sample with no variant rows (a clean sample, listed only in the map) makes its model sequenced
 * with nothing found; that is said in a warning, so a misspelt sample is noticed.
 */
export function matchSamples(
  samples: readonly { sample: string; at: SourceLocation; variants: number }[],
  models: readonly string[],
  map: SampleMapFile | null,
): { matches: SampleMatch[]; warnings: AnalysisWarning[] } {
  const warnings: AnalysisWarning[] = [];
  const matches: SampleMatch[] = [];
  for (const s of samples) {
    const mapped = map?.entries.find((e) => e.sample === s.sample) ?? map?.entries.find((e) => sampleKey(e.sample) === sampleKey(s.sample));
    if (mapped) {
      const model = findModel(mapped.line, models);
      if (model !== null && 'line' in model) {
        matches.push({ ...s, line: model.line, matchedBy: 'sample-map' });
        if (s.variants === 0) warnings.push({ code: 'sample-without-variants', message: m.sampleMapNoVariants(s.sample, model.line), at: mapped.at });
      } else {
        warnings.push({ code: 'sample-map-unknown-line', message: m.sampleMapUnknownLine(s.sample, mapped.line, models), at: mapped.at });
        matches.push({ ...s, line: null, matchedBy: null });
      }
      continue;
    }
    const model = findModel(s.sample, models);
    if (model !== null && 'line' in model) {
      matches.push({ ...s, line: model.line, matchedBy: model.by });
    } else {
      const message = model === null ? m.unmatchedSample(s.sample, s.variants, models) : m.ambiguousSample(s.sample, model.ambiguous);
      warnings.push({ code: model === null ? 'unmatched-sample' : 'ambiguous-sample', message, at: s.at });
      matches.push({ ...s, line: null, matchedBy: null });
    }
  }
  return { matches, warnings };
}
