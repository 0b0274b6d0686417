/**
 * `--variant-classes file.json`: entries that extend (and, being consulted first, override) the
 * built-in classification table. Validated strictly: unknown keys, wrong types and ambiguous
 * entries are errors that name the entry, e.g. `classes.json (column "variants[2].class")`.
 *
 * ```json
 * { "description": "lab additions",
 *   "variants": [
 *     { "gene": "NTRK1", "change": "G667A", "class": "on-target", "region": "xDFG", "strategy": "type-ii-trk-inhibitor" },
 *     { "gene": "HRAS", "codon": 12, "ref": "G", "class": "mapk-driver" },
 *     { "gene": "NTRK1", "from": 480, "to": 509, "class": "possible-on-target", "region": "juxtamembrane" },
 *     { "gene": "MET", "amplification": true, "minCopyNumber": 5, "class": "amplification" } ] }
 * ```
 * A top-level `"selectedSubcloneMinFold": 4` sets the fold rise in VAF from the sensitive partner that
 * makes a shared variant a selected subclone (subclones.ts).
 * Defaults: `region` from the match (`codon 12`, `residues 480-509`, `amplification`); `strategy`
 * from the class (and, for amplifications, the gene); `protein` (the blot's name for the gene
 * product, compared with a verdict's drivers) from the gene (ERBB2 -> HER2, NTRK1/2/3 -> TRK).
 */
import { InputError, InputErrors } from '../errors.js';
import { genotypeMessages as m } from '../messages/genotype.js';
import { decodeText } from '../load/decodeText.js';
import { sha256Hex, type InputBytes } from '../load/loadFile.js';
import {
  DEFAULT_AMPLIFICATION_MIN_COPIES, STRATEGIES, VARIANT_CLASSES, canonicalGene,
  type KnownVariant, type Strategy, type VariantClass,
} from './knownVariants.js';
import { parseProteinChange, residue } from './proteinChange.js';

export interface VariantClassesFile {
  file: string;
  sha256: string;
  entries: KnownVariant[];
  /** `"selectedSubcloneMinFold"`: the fold rise in VAF that makes a shared variant a selected subclone; null = the default. */
  selectedSubcloneMinFold: number | null;
}

const TOP_KEYS: readonly string[] = ['variants', 'description', 'selectedSubcloneMinFold'];
const ENTRY_KEYS: readonly string[] = ['gene', 'class', 'region', 'strategy', 'protein', 'change', 'codon', 'ref', 'from', 'to', 'amplification', 'minCopyNumber', 'note'];

const PROTEIN_OF_GENE: Readonly<Record<string, string>> = { ERBB2: 'HER2', NTRK1: 'TRK', NTRK2: 'TRK', NTRK3: 'TRK', KRAS: 'RAS', NRAS: 'RAS', HRAS: 'RAS', MAP2K1: 'MEK', MAP2K2: 'MEK' };
const AMPLIFICATION_STRATEGY: Readonly<Record<string, Strategy>> = { MET: 'met-inhibitor', EGFR: 'egfr-inhibitor', ERBB2: 'her2-inhibitor' };
const CLASS_STRATEGY: Readonly<Record<VariantClass, Strategy>> = {
  'on-target': 'next-generation-trk-inhibitor', 'possible-on-target': 'confirm-function', 'mapk-driver': 'mek-inhibitor', amplification: 'none', other: 'none',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(x: Json | undefined): x is { [key: string]: Json } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isPositiveInteger(x: Json | undefined): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 1;
}

export function readVariantClasses(input: InputBytes): VariantClassesFile {
  const file = input.name;
  const { text } = decodeText(file, input.bytes);
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch (error) {
    throw new InputError('variant-classes-json', m.classesNotJson((error as Error).message.toLowerCase()), { file }, m.classesHint());
  }
  const errors: InputError[] = [];
  const fail = (column: string, message: string): void => {
    errors.push(new InputError('variant-classes-invalid', message, { file, column }, m.classesHint()));
  };
  if (!isObject(parsed)) {
    fail('(top level)', m.classesShape('the file', 'an object with a "variants" list'));
  } else {
    for (const key of Object.keys(parsed)) if (!TOP_KEYS.includes(key)) fail(key, m.classesUnknownKey('the file', key, TOP_KEYS));
    if (!Array.isArray(parsed.variants)) fail('variants', m.classesShape('"variants"', 'a list of entries'));
    const fold = parsed.selectedSubcloneMinFold;
    if (fold !== undefined && !(typeof fold === 'number' && Number.isFinite(fold) && fold > 1)) {
      fail('selectedSubcloneMinFold', m.classesShape('"selectedSubcloneMinFold"', 'a number above 1 (the fold rise in allele frequency, e.g. 4)'));
    }
  }
  const entries: KnownVariant[] = [];
  const list = isObject(parsed) && Array.isArray(parsed.variants) ? parsed.variants : [];
  list.forEach((raw, i) => {
    const entry = readEntry(raw, `variants[${i}]`, fail);
    if (entry) entries.push(entry);
  });
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrors(errors);
  const fold = isObject(parsed) && typeof parsed.selectedSubcloneMinFold === 'number' ? parsed.selectedSubcloneMinFold : null;
  return { file, sha256: sha256Hex(input.bytes), entries, selectedSubcloneMinFold: fold };
}

function readEntry(raw: Json, path: string, fail: (column: string, message: string) => void): KnownVariant | null {
  if (!isObject(raw)) {
    fail(path, m.classesShape(path, 'an object'));
    return null;
  }
  const before = { ok: true };
  const bad = (key: string, message: string): void => {
    before.ok = false;
    fail(`${path}.${key}`, message);
  };
  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.includes(key)) bad(key, m.classesUnknownKey(path, key, ENTRY_KEYS));
  const text = (key: string, required: boolean): string | undefined => {
    const value = raw[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      bad(key, m.classesShape(`${path}.${key}`, 'a non-empty string'));
      return undefined;
    }
    return value.trim();
  };
  const choice = <T extends string>(key: string, allowed: readonly T[], required: boolean): T | undefined => {
    const value = text(key, required);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      bad(key, m.classesBadChoice(`${path}.${key}`, value, allowed));
      return undefined;
    }
    return value as T;
  };
  const geneText = text('gene', true);
  const cls = choice('class', VARIANT_CLASSES, true);
  const region = text('region', false);
  const strategyGiven = choice('strategy', STRATEGIES, false);
  const proteinGiven = text('protein', false);
  text('note', false);

  const kinds = (['change', 'codon', 'from', 'amplification'] as const).filter((k) => raw[k] !== undefined || (k === 'from' && raw.to !== undefined));
  if (kinds.length !== 1) {
    bad(kinds[1] ?? 'change', m.classesOneMatch(path));
    return null;
  }
  if (raw.minCopyNumber !== undefined && kinds[0] !== 'amplification') bad('minCopyNumber', m.classesShape(`${path}.minCopyNumber`, 'given only with "amplification": true'));
  if (raw.ref !== undefined && kinds[0] !== 'codon') bad('ref', m.classesShape(`${path}.ref`, 'given only with "codon"'));
  const ref = typeof raw.ref === 'string' ? residue(raw.ref.trim()) : null;
  if (raw.ref !== undefined && (ref === null || ref === '*' || ref === '=')) bad('ref', m.classesShape(`${path}.ref`, 'an amino acid, e.g. "G" or "Gly"'));
  if (geneText === undefined || cls === undefined) return null;
  const gene = canonicalGene(geneText);
  const base = {
    gene,
    class: cls,
    strategy: strategyGiven ?? (cls === 'amplification' ? AMPLIFICATION_STRATEGY[gene] ?? 'none' : CLASS_STRATEGY[cls]),
    protein: proteinGiven ?? PROTEIN_OF_GENE[gene] ?? gene,
  };
  if (cls === 'amplification' && kinds[0] !== 'amplification') bad('class', m.classesShape(`${path}.class "amplification"`, 'given with "amplification": true'));

  let entry: KnownVariant | null = null;
  switch (kinds[0]) {
    case 'change': {
      const reading = typeof raw.change === 'string' ? parseProteinChange(raw.change) : null;
      if (reading?.kind !== 'substitution' || reading.substitution.kind !== 'missense') {
        bad('change', m.classesBadChange(path, typeof raw.change === 'string' ? raw.change : JSON.stringify(raw.change)));
        break;
      }
      const s = reading.substitution;
      entry = { ...base, match: 'change', ref: s.ref, position: s.position, alt: s.alt, region: region ?? `${s.ref}${s.position}${s.alt}` };
      break;
    }
    case 'codon':
      if (!isPositiveInteger(raw.codon)) bad('codon', m.classesShape(`${path}.codon`, 'a residue number (a whole number from 1)'));
      else entry = { ...base, match: 'codon', position: raw.codon, ref, region: region ?? `codon ${raw.codon}` };
      break;
    case 'from': {
      const { from, to } = raw;
      if (!isPositiveInteger(from)) bad('from', m.classesShape(`${path}.from`, 'a residue number (a whole number from 1)'));
      if (!isPositiveInteger(to)) bad('to', m.classesShape(`${path}.to`, 'a residue number (a whole number from 1)'));
      if (isPositiveInteger(from) && isPositiveInteger(to)) {
        if (from > to) bad('from', m.classesBadRange(path, from, to));
        else entry = { ...base, match: 'range', from, to, region: region ?? `residues ${from}-${to}` };
      }
      break;
    }
    case 'amplification': {
      const min = raw.minCopyNumber ?? DEFAULT_AMPLIFICATION_MIN_COPIES;
      if (raw.amplification !== true) bad('amplification', m.classesShape(`${path}.amplification`, 'true'));
      else if (typeof min !== 'number' || !Number.isFinite(min) || min <= 0) bad('minCopyNumber', m.classesShape(`${path}.minCopyNumber`, 'a positive number of copies'));
      else if (cls !== 'amplification' && cls !== 'other') bad('class', m.classesBadChoice(`${path}.class`, cls, ['amplification', 'other']));
      else entry = { ...base, match: 'amplification', minCopyNumber: min, region: region ?? 'amplification' };
      break;
    }
    default:
      break;
  }
  return before.ok ? entry : null;
}
